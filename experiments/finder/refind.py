"""Re-run the finding and resolving stages on cached parses, to measure finder rules in minutes rather than the
full eval's parse.

    python experiments/finder/refind.py GOLD.jsonl CACHE_DIR [--output SYS.jsonl] [--check]

CACHE_DIR is a cache of ``experiments/occasion_stated/fast.py cache`` (``docs.spacy``, ``candidates.pkl``): its
parses are read, its candidates are found again with the current finder code. ``--check`` also counts the articles
whose candidates differ from the cached ones (on an untouched branch: none). ``quotegraph eval`` stays the measure
that is reported; this is for iterating on a tuning slice.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

from spacy.tokens import DocBin

from quotegraph.evaluation.metrics import score
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    nlp = load_pipeline()
    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(args.cache_dir / "docs.spacy").get_docs(nlp.vocab))
    cached = pickle.loads((args.cache_dir / "candidates.pkl").read_bytes()) if args.check else None
    kept = Settings().kept_types
    rows = []
    moved = 0
    for index, (row, doc) in enumerate(zip(gold, docs, strict=True)):
        doc._.published = row.get("date")
        found = find_candidates(doc)
        if cached is not None and found != cached[index]:
            moved += 1
        entities, attributions = resolve(doc, found)
        result = ArticleResult(
            id=str(row["id"]),
            entities=tuple(entities),
            attributions=tuple(a for a in attributions if a.type in kept),
            published=row.get("date"),
        )
        rows.append(json.loads(encode_result(result)))
    scores = score(gold, rows)
    keys = [k for k in scores if k.startswith(("attribution", "source_acc", "cue_", "content_"))]
    print(json.dumps({k: scores[k] for k in keys}))
    if cached is not None:
        print(f"{moved} articles' candidates differ from the cache")
    if args.output is not None:
        args.output.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main()
