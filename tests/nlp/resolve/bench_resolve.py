"""Benchmark, not a test: resolver time on one long article (the sample's parse repeated, so no re-parse).

    .venv/bin/python tests/nlp/resolve/bench_resolve.py 250 2500    # ~0.5 MB and ~5 MB of text

Prints characters, tokens, candidates, entities and seconds spent in ``resolve`` per size; time per
character should stay flat as the article grows (the stage is linear in article length).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings

SAMPLE = Path(__file__).resolve().parents[3] / "examples" / "seed-article.txt"


def main(sizes: list[int]) -> None:
    register_extensions()
    text = SAMPLE.read_text(encoding="utf-8") + "\n\n"
    base = spacy.load(Settings().spacy_model)(text)
    length, cue = len(text), text.index("she reiterated")
    for copies in sizes:
        doc = Doc.from_docs([base] * copies)
        doc._.published = "2025-02-01"
        candidates = [
            Candidate(
                content=[(cue + 15 + k * length, cue + 26 + k * length)],
                cue=[(cue + 4 + k * length, cue + 14 + k * length)],
                source=[(cue + k * length, cue + 3 + k * length)],
            )
            for k in range(copies)
        ]
        started = time.perf_counter()
        entities, _ = resolve(doc, candidates)
        seconds = time.perf_counter() - started
        print(
            f"chars={len(doc.text):,} tokens={len(doc):,} candidates={len(candidates)} entities={len(entities)} "
            f"resolve_seconds={seconds:.2f} us_per_char={seconds / len(doc.text) * 1e6:.2f}"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [50, 250])
