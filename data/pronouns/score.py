"""Scores extraction output against labels.jsonl: a pronoun source is right when the engine's speaker
name contains the labelled antecedent (case-folded). python3 score.py out.jsonl [-v]"""

import json
import sys
from collections import Counter
from pathlib import Path

speakers = {}
for line in open(sys.argv[1], encoding="utf-8"):
    result = json.loads(line)
    for attribution in result["attributions"]:
        if attribution.get("source"):
            key = (result["id"], attribution["source"]["spans"][0][0])
            speakers[key] = (attribution.get("speaker") or {}).get("name")
right: Counter[str] = Counter()
total: Counter[str] = Counter()
for line in Path(__file__).with_name("labels.jsonl").open(encoding="utf-8"):
    label = json.loads(line)
    got = speakers.get((label["article"], label["start"]))
    ok = got is not None and label["antecedent"].casefold() in got.casefold()
    total[label["batch"]] += 1
    right[label["batch"]] += ok
    if not ok and "-v" in sys.argv:
        print(f"{label['batch']} {label['article']} {label['start']} {label['pronoun']}: "
              f"want {label['antecedent']!r}, got {got!r}")
for batch in sorted(total):
    print(f"batch {batch}: {right[batch]}/{total[batch]} = {right[batch] / total[batch]:.3f}")
print(f"all: {sum(right.values())}/{sum(total.values())} = {sum(right.values()) / sum(total.values()):.3f}")
