"""The paired statements whose channel, addressee or time two fast-loop outputs give differently, with the annotated
value and whether each output is right (as the occasion scorer counts: half the content words, channel and addressee
either field).

    python experiments/own_sentence/changed.py GOLD.jsonl OCCASIONS.jsonl BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content


def _rows(path: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


def _text(part: Any) -> str | None:
    return part.get("text") if isinstance(part, dict) else part


def _right(a: dict[str, Any], field: str, want: str) -> bool:
    holders = ("time",) if field == "time" else ("channel", "addressee")
    return any(shares_content(_text(a.get(h)), want) for h in holders)


def main(gold_path: str, occ_path: str, before_path: str, after_path: str) -> None:
    occasions = read_occasions(Path(occ_path))
    before = {str(r["id"]): r.get("attributions") or [] for r in _rows(before_path)}
    after = {str(r["id"]): r.get("attributions") or [] for r in _rows(after_path)}
    counts: Counter[str] = Counter()
    for row in _rows(gold_path):
        if str(row["id"]) not in occasions:
            continue
        b_pairs = paired_annotations(row, before[str(row["id"])], occasions)
        a_pairs = paired_annotations(row, after[str(row["id"])], occasions)
        for index, fields in a_pairs.items():
            a = after[str(row["id"])][index]
            b = next((x for x in before[str(row["id"])] if x["content"] == a["content"]), None)
            if b is None or index not in a_pairs or fields != b_pairs.get(before[str(row["id"])].index(b)):
                continue
            for field in ("channel", "addressee", "time"):
                if _text(a.get(field)) == _text(b.get(field)):
                    continue
                value = fields.get(field)
                if value and value.get("text"):
                    rb, ra = _right(b, field, value["text"]), _right(a, field, value["text"])
                    verdict = "gained" if ra and not rb else "lost" if rb and not ra else "changed, still wrong/right"
                else:
                    verdict = (
                        "false fill added"
                        if not b.get(field)
                        else "false fill removed"
                        if not a.get(field)
                        else "false fill changed"
                    )
                counts[f"{field} {verdict}"] += 1
                gold = value.get("text") if value else None
                was, now = _text(b.get(field)), _text(a.get(field))
                print(f"{field} {verdict} | {row['id']} | gold [{gold}] | {was} -> {now}")
                print(f"   {a['content']['text'][:160]!r}")
    for name, n in sorted(counts.items()):
        print(f"# {name}: {n}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
