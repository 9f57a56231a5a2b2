"""Run speakerforms' written articles (the last nine of ``tests/nlp/resolve/speakers/stress_articles.py``) and print
each expected statement's found speaker, as ``test_stress_articles`` checks it.

    PYTHONPATH=src python experiments/speakerforms/run_articles.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotegraph

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "nlp" / "resolve" / "speakers"))
from stress_articles import ARTICLES  # type: ignore[import-not-found]

SPEAKERFORMS = 9  # the last nine articles are this round's


def main() -> None:
    right = total = 0
    for name, _, text, expected in ARTICLES[-SPEAKERFORMS:]:
        found = [a for a in quotegraph.extract(text, "2026-11-02").attributions if a.content is not None]
        for piece, speaker in expected:
            held = sorted((a for a in found if piece in a.content.text), key=lambda a: len(a.content.text))
            got = "(not found)" if not held else ("" if held[0].speaker is None else held[0].speaker.name)
            ok = speaker.casefold() in got.casefold()
            right += ok
            total += 1
            print(f"{'ok  ' if ok else 'MISS'} {name}: {piece!r} -> {got!r} (expected {speaker!r})")
    print(f"{right}/{total}")


if __name__ == "__main__":
    main()
