"""Annotated channels, addressees and times stated in the statement's own sentence (gold ``carried`` false,
span inside the cue's sentence or the content) that the system leaves empty or gives differently, on a fast-loop
output. Prints each miss (for reading on the tuning slice only) and counts by field.

    python experiments/own_sentence/misses.py GOLD.jsonl OCCASIONS.jsonl SYS.jsonl [FIELD]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content

SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[\"'“‘A-Z])|\n")  # a rough sentence break: counts only


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    end = SENTENCE_END.search(text, at)
    return start, end.start() + 1 if end else len(text)


def _rows(path: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


def main(gold_path: str, occ_path: str, sys_path: str, only: str | None) -> None:
    occasions = read_occasions(Path(occ_path))
    system = {str(r["id"]): r.get("attributions") or [] for r in _rows(sys_path)}
    counts: Counter[str] = Counter()
    for row in _rows(gold_path):
        if str(row["id"]) not in occasions:
            continue
        text = row["text"]
        attrs = system.get(str(row["id"]), [])
        for index, fields in paired_annotations(row, attrs, occasions).items():
            a = attrs[index]
            cue = a.get("cue") or {}
            spans = cue.get("spans") or []
            if not spans:
                continue
            lo, hi = _sentence(text, int(spans[0][0]))
            for span in (a.get("content") or {}).get("spans") or []:
                lo, hi = min(lo, int(span[0])), max(hi, int(span[1]))
            for field in ("channel", "addressee", "time"):
                value = fields.get(field)
                if (only and field != only) or not value or value.get("carried") or not value.get("span"):
                    continue
                start = int(value["span"][0])
                if not lo <= start < hi:
                    counts[f"{field} stated outside"] += 1
                    continue
                got = a.get(field)
                got_text = got.get("text") if isinstance(got, dict) else got
                other = "addressee" if field == "channel" else "channel" if field == "addressee" else None
                o = a.get(other) if other else None
                o_text = o.get("text") if isinstance(o, dict) else o
                if shares_content(got_text, value["text"]) or (o_text and shares_content(o_text, value["text"])):
                    counts[f"{field} own sentence right"] += 1
                    continue
                state = "empty" if not got_text else "different"
                counts[f"{field} own sentence {state}"] += 1
                content = (a.get("content") or {}).get("spans") or []
                inside = any(int(c[0]) <= start < int(c[1]) for c in content)
                side = (
                    "inside the content"
                    if inside
                    else "before the cue"
                    if start < int(spans[0][0])
                    else "after the cue"
                )
                counts[f"{field} own sentence {state}, {a.get('type')} cue, {side}"] += 1
                print(f"== {field} | {row['id']} | gold [{value['text']}] sys [{got_text}] cue [{cue.get('text')}]")
                print("   " + text[lo:hi].replace("\n", " ")[:600])
    for name, n in sorted(counts.items()):
        print(f"# {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
