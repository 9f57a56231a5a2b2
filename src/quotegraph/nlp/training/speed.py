"""``python -m quotegraph.nlp.training.speed GOLD.jsonl``: the finder's cost beside the bare spaCy pipeline.

Parses every article with the base pipeline, then runs the finder on the parsed Docs, and prints both
throughputs and the share of bare-spaCy speed left with the finder added.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from quotegraph.errors import main_status
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.training.corpus import load_gold
from quotegraph.settings import Settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m quotegraph.nlp.training.speed", description=__doc__)
    parser.add_argument("gold", type=Path)
    args = parser.parse_args(argv)
    texts = [a.text for a in load_gold(args.gold)]
    settings = Settings()
    nlp = spacy.load(settings.spacy_model)
    find_candidates(nlp(texts[0]))  # loads the models outside the timing
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=settings.batch_size))
    parsing = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(find_candidates(doc)) for doc in docs)
    finding = time.perf_counter() - started
    print(f"spaCy alone: {len(texts) / parsing:.1f} articles/s; finder alone: {len(texts) / finding:.1f} articles/s")
    print(f"with the finder: {parsing / (parsing + finding):.2f} x bare spaCy ({found} candidates)")


if __name__ == "__main__":
    sys.exit(main_status(main))
