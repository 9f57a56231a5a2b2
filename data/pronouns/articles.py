"""Prints the 60 PolNeAR TRAIN articles the sample comes from (every 14th of the 840) as JSON Lines:
python3 data/pronouns/articles.py [TRAIN] > .cache/pronoun-articles.jsonl"""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TRAIN = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared/data/polnear/train.jsonl"
STRIDE, COUNT = 14, 60

rows = [json.loads(line) for line in TRAIN.open(encoding="utf-8")]
for row in rows[::STRIDE][:COUNT]:
    print(json.dumps({k: row[k] for k in ("id", "text", "date")}))
