"""Write the selector's training files: PolNeAR train articles with occasion annotations and their lines.

    python experiments/carry_selector/articles.py N OUT_ARTICLES OUT_OCCASIONS

The first N annotated train articles in PolNeAR order: train 0-59 (``data/occasion/train.jsonl``), then
84-473 (``train-d.jsonl``). ``train-e.jsonl`` (114-359) is a second annotation of articles train-d covers,
so it is never read: one copy of each article, never both in one fold. ``train-c.jsonl`` (60-83) is the
check set and is never written here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLNEAR_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
OCCASION_FILES = ("train.jsonl", "train-d.jsonl")


def main() -> None:
    count, out_articles, out_occasions = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    lines: dict[str, str] = {}
    for name in OCCASION_FILES:
        for line in (ROOT / "data" / "occasion" / name).read_text().splitlines():
            article = json.loads(line)["id"]
            if article in lines:
                raise SystemExit(f"{article} annotated twice")
            lines[article] = line
    articles = [line for line in POLNEAR_TRAIN.read_text().splitlines() if json.loads(line)["id"] in lines]
    chosen = articles[:count]
    out_articles.write_text("".join(line + "\n" for line in chosen))
    out_occasions.write_text("".join(lines[json.loads(line)["id"]] + "\n" for line in chosen))
    print(f"{len(chosen)} articles of {len(articles)} annotated")


if __name__ == "__main__":
    main()
