"""Train-d's stated misses at a paired statement (statedsetter): the gold states a channel, addressee or time on a
statement the system found and paired, and the system's stated reading does not hold it.

Usage: setters.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [--carried-only]

Per miss: the article, field, the annotated phrase, the system's phrase, the cue, the cue's sentence, and how many
statements of the article carry the same annotated phrase (what the miss costs downstream). ``--carried-only`` keeps
the misses some later statement carries (carriedmiss's 198-value row counts those carried values).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_carry"))

from paired_runs import FIELDS, field_text, holds, paired_runs


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end_dot, end_nl = text.find(". ", at), text.find("\n", at)
    ends = [e for e in (end_dot, end_nl) if e >= 0]
    return text[start : (min(ends) if ends else len(text))].strip()


def main() -> None:
    gold_path, occ_path, sys_path = sys.argv[1:4]
    carried_only = "--carried-only" in sys.argv
    per_field: Counter[str] = Counter()
    articles: set[str] = set()
    for article in paired_runs(gold_path, occ_path, sys_path):
        carried: Counter[tuple[str, tuple[int, int]]] = Counter()
        for fields in article.pairs.values():
            for f in FIELDS:
                v: dict[str, Any] | None = fields.get(f)
                if v and v.get("carried"):
                    carried[(f, tuple(v["span"]))] += 1
        for pi, fields in sorted(article.pairs.items()):
            a = article.attrs[pi]
            for f in FIELDS:
                v = fields.get(f)
                if not v or v.get("carried") or holds(a, f, v["text"]):
                    continue
                n = carried[(f, tuple(v["span"]))]
                if carried_only and not n:
                    continue
                per_field[f] += 1
                articles.add(article.gold["id"])
                cue = a.get("cue") or {}
                at = int((cue.get("spans") or [[0]])[0][0])
                print(
                    f"{f:9s} carried={n:2d} want={v['text']!r} got={field_text(a, f)!r} cue={cue.get('text')!r} "
                    f"| {article.gold['id'][:60]}"
                )
                print(f"    {_sentence(article.text, at)[:400]!r}")
    print(dict(per_field), "articles", len(articles))


if __name__ == "__main__":
    main()
