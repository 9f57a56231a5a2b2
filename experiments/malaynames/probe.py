"""The malaynames round's written articles (``articles.py``): each expected statement's found speaker against the
expected one, as the news pages' check counts a speaker (the expected name stands in the system's as whole words, case
aside). With FLAG (module.NAME under quotegraph.nlp.resolve.speakers), that reading off.

    PYTHONPATH=src python experiments/malaynames/probe.py [FLAG]
"""

from __future__ import annotations

import importlib
import sys

from articles import ARTICLES  # type: ignore[import-not-found]

import quotegraph
from quotegraph.evaluation.occasion import speaker_named


def main() -> None:
    if len(sys.argv) > 1:
        module, name = sys.argv[1].rsplit(".", 1)
        setattr(importlib.import_module(f"quotegraph.nlp.resolve.speakers.{module}"), name, False)
    right = total = 0
    for name, _, text, expected in ARTICLES:
        found = [a for a in quotegraph.extract(text, "2026-11-02").attributions if a.content is not None]
        for piece, speaker in expected:
            held = sorted((a for a in found if piece in a.content.text), key=lambda a: len(a.content.text))
            got = "(not found)" if not held else ("" if held[0].speaker is None else held[0].speaker.name)
            ok = bool(held) and speaker_named(speaker, got)
            right += ok
            total += 1
            print(f"{'ok  ' if ok else 'MISS'} {name}: {piece!r} -> {got!r} (expected {speaker!r})")
    print(f"{right}/{total}")


if __name__ == "__main__":
    main()
