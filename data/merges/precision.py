"""Precision of quotegraph's speaker merges against an annotator's labels.

    python data/merges/precision.py data/merges/key.jsonl data/merges/labels.jsonl

Prints, over the merges quotegraph made, the share labelled "same" of those labelled "same" or
"different" (overall and by rule), how many were "unsure" or unlabelled, and how the near misses
were labelled.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict


def main(key_path: str, labels_path: str) -> None:
    keys = {item["id"]: item for item in _lines(key_path)}
    labels = {item["id"]: item["label"] for item in _lines(labels_path)}
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for item, key in keys.items():
        rule = key["rule"] if key["merged"] else "(near miss, not merged)"
        by_rule[rule][labels.get(item, "unlabelled")] += 1
    merged: Counter[str] = sum((c for rule, c in by_rule.items() if not rule.startswith("(")), Counter())
    print(_line("all merges", merged))
    for rule, counts in sorted(by_rule.items()):
        print(_line(rule, counts))


def _lines(path: str) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _line(title: str, counts: Counter[str]) -> str:
    judged = counts["same"] + counts["different"]
    share = f"{counts['same'] / judged:.3f}" if judged else "n/a"
    rest = ", ".join(f"{label} {counts[label]}" for label in ("unsure", "unlabelled") if counts[label])
    return f"{title:<26} same {counts['same']:>3} / judged {judged:>3} = {share}" + (f" ({rest})" if rest else "")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
