"""Where the annotated CARRIED values a system run misses were set: how many paragraphs before the statement
(or after, or in the headline), in a sentence holding a gold cue or in a narrative sentence, and whether the
system read that phrase anywhere (and, if not, whether it found the setter sentence's statement at all).

    python experiments/occasion_carry/carried_where.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [-v]

SYSTEM is a run's output (``quotegraph eval GOLD --occasion OCCASIONS --output SYSTEM`` or ``fast.py run ...
--output``). Statements are paired as the scorer pairs them; a field is right as the scorer counts it (the
channel or addressee may carry either). Sentences are cut by punctuation here (no parse), so the cue test is
approximate. ``-v`` prints three examples of each group: on tuning slices only; on dev, counts only.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

from paired_runs import FIELDS, field_text, holds, paired_runs, statement_start

from quotegraph.evaluation.occasion import shares_content

FAR = 4  # paragraphs: the distances of 4 and more are counted together
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[A-Z“\"‘])|\n+")


def _spans(value: Any) -> list[tuple[int, int]]:
    if not value:
        return []
    return [(sp[0], sp[1]) for sp in (value if isinstance(value[0], list) else [value])]


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]
    return max(b for b in bounds if b <= start), min([b for b in bounds if b > start] or [len(text)])


def main(gold_path: str, occasions_path: str, system_path: str, verbose: bool) -> None:
    counts: Counter[tuple[str, ...]] = Counter()
    examples: dict[tuple[str, ...], list[tuple[str, str, str | None]]] = {}
    for article in paired_runs(gold_path, occasions_path, system_path):
        gold, attrs, text = article.gold, article.attrs, article.text
        gold_cues = [sp for a in gold["attributions"] for sp in _spans(a.get("cue"))]
        read_values = [field_text(a, f) for a in attrs for f in FIELDS if field_text(a, f)]
        for index, fields in article.pairs.items():
            attr = attrs[index]
            own = statement_start(attr)
            for field in FIELDS:
                annotated = fields.get(field)
                if not annotated or not annotated.get("carried"):
                    continue
                said = field_text(attr, field)
                if holds(attr, field, annotated["text"]):
                    counts[(field, "right")] += 1
                    continue
                verdict = "wrong" if said else "null"
                counts[(field, verdict)] += 1
                start = annotated["span"][0]
                lo, hi = _sentence_of(text, start)
                in_statement = any(lo <= cue[0] < hi for cue in gold_cues)
                if any(shares_content(value, annotated["text"]) for value in read_values):
                    read = "sys-read"
                elif in_statement:
                    found = any(lo <= sp[0] < hi for a in attrs for sp in (a.get("cue") or {}).get("spans") or [])
                    read = "unread, setter found" if found else "unread, setter not found"
                else:
                    read = "unread"
                if article.paragraph(start) == 0:
                    where = "headline"
                else:
                    gap = abs(article.paragraph(own) - article.paragraph(start))
                    where = f"{'before' if start < own else 'after'} d={min(gap, FAR)}"
                key = (field, verdict, where, "stmt-sentence" if in_statement else "narrative-sentence", read)
                counts[key] += 1
                examples.setdefault(key, []).append((gold["id"][:40], annotated["text"], said))
    for field in FIELDS:
        print(field, {k[1]: v for k, v in counts.items() if k[0] == field and len(k) == 2})
        groups = sorted(((k, v) for k, v in counts.items() if k[0] == field and len(k) > 2), key=lambda kv: -kv[1])
        for group, n in groups[:14]:
            print("   ", n, group[1:], examples[group][:3] if verbose else "")


if __name__ == "__main__":
    gold_file, occasions_file, system_file = (a for a in sys.argv[1:] if a != "-v")
    main(gold_file, occasions_file, system_file, verbose="-v" in sys.argv)
