"""``python -m quotegraph.nlp.training.measure GOLD.jsonl OUT.jsonl``: run the finder, write system JSONL.

Score the output with the reference scorer (``score_attributions.py GOLD OUT``). A cue-less quote
paragraph is written as a further fragment of the attribution it continues, as PolNeAR annotates it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from quotegraph.errors import main_status
from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.model import use_weights_dir
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.resolving_continuations import fold_continuations
from quotegraph.nlp.training.corpus import DEFAULT_CACHE, article_range, load_gold, parsed_docs

__all__ = ["system_attributions"]


def system_attributions(candidates: list[Candidate]) -> list[dict[str, Any]]:
    """Candidates as scorer attributions, continuations folded into their parents as the product does."""
    return [
        {
            "content": [list(s) for s in c.content],
            "cue": [list(s) for s in c.cue],
            "source": [list(s) for s in c.source],
            "kind": c.kind,
        }
        for c in fold_continuations(candidates)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m quotegraph.nlp.training.measure", description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--weights", type=Path, help="model directory (default: the packaged weights)")
    parser.add_argument(
        "--cue-features", default="", help="the feature set the cue model was trained with (default: the shipped one)"
    )
    parser.add_argument("--skip", type=int, default=0, help="measure from article N on (a train hold-out)")
    parser.add_argument("--limit", type=int, default=0, help="measure N articles only")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where parsed corpora are kept")
    args = parser.parse_args(argv)
    if args.weights:
        use_weights_dir(args.weights, args.cue_features)
    articles = load_gold(args.gold)
    fold = article_range(args.skip, args.limit)
    docs = list(parsed_docs(args.gold, articles, args.cache))[fold]
    articles = articles[fold]
    started = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as out:
        for doc, article in zip(docs, articles, strict=True):
            rows = system_attributions(find_candidates(doc))
            out.write(json.dumps({"id": article.id, "attributions": rows}) + "\n")
    elapsed = time.perf_counter() - started
    print(f"finder: {len(articles)} articles in {elapsed:.1f}s ({len(articles) / elapsed:.1f} articles/s)")


if __name__ == "__main__":
    sys.exit(main_status(main))
