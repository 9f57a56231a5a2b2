"""The grammatical form of each stated channel a writer chose (``features.py``'s reading), counted by outcome.

python experiments/channel_false/forms.py GOLD.jsonl CACHE_DIR ROWS.jsonl WRITER
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from features import features
from spacy.tokens import DocBin

from quotegraph.nlp.pipeline import load_pipeline


def form(f: dict[str, str]) -> str:
    if f["headline"] == "True":
        return "in the headline"
    if f["dep"] == "nsubjpass":
        return "passive subject (spoken of)"
    if f["dep"] == "nsubj":
        return "active subject"
    if f["prep"] == "to" and f["anchor"] != "accord":
        return "a 'to' goal"
    if f["prep"] == "to":
        return "according to"
    if f["prep"] == "with":
        return "a 'with' phrase"
    if f["dep"] == "dobj":
        return "object of a verb"
    if f["rel"] == "anchor-other-verb":
        return "phrase on another verb of the sentence"
    if f["rel"] == "anchor-noun":
        return "phrase on a noun"
    return "phrase on the cue verb"


def main() -> None:
    gold, cache, rows_path, writer = sys.argv[1:5]
    nlp = load_pipeline()
    ids = [json.loads(line)["id"] for line in Path(gold).read_text().splitlines() if line.strip()]
    docs = dict(zip(ids, DocBin().from_disk(Path(cache) / "docs.spacy").get_docs(nlp.vocab), strict=True))
    counts: Counter[tuple[str, str]] = Counter()
    for line in Path(rows_path).read_text().splitlines():
        r = json.loads(line)
        if r["writer"] == writer and r["outcome"] in ("right", "wrong", "false-fill"):
            counts[(form(features(docs[r["article"]], tuple(r["system_span"]), r["at"])), r["outcome"])] += 1
    for name in sorted({n for n, _ in counts}, key=lambda n: -counts[(n, "false-fill")]):
        ff, wrong, right = (counts[(name, o)] for o in ("false-fill", "wrong", "right"))
        print(f"{name}: ff {ff} / wrong {wrong} / right {right}")


if __name__ == "__main__":
    main()
