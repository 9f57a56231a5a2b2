"""Run speakerforms' written articles (the last thirteen of ``tests/nlp/resolve/speakers/stress_articles.py``) and
print each expected statement's found speaker, as ``test_stress_articles`` checks it; with FLAG (module.NAME under
quotegraph.nlp.resolve.speakers), that reading off.

    PYTHONPATH=src python experiments/speakerforms/run_articles.py [FLAG]
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import quotegraph

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "nlp" / "resolve" / "speakers"))
from stress_articles import ARTICLES  # type: ignore[import-not-found]

SPEAKERFORMS = 13  # the last thirteen articles are this round's (nine written first, four after the readings)


def switch_off(flag: str) -> None:
    """Turn the reading FLAG (module.NAME under quotegraph.nlp.resolve.speakers) off."""
    module, name = flag.rsplit(".", 1)
    setattr(importlib.import_module(f"quotegraph.nlp.resolve.speakers.{module}"), name, False)


def count_speakers(
    articles: Iterable[tuple[str, str, str, list[tuple[str, str]]]],
    named: Callable[[str, str], bool] = lambda speaker, got: speaker.casefold() in got.casefold(),
) -> None:
    """Print each expected statement's found speaker against the expected one (``named`` tells whether the found name
    names the expected speaker), and the count right."""
    right = total = 0
    for name, _, text, expected in articles:
        found = [a for a in quotegraph.extract(text, "2026-11-02").attributions if a.content is not None]
        for piece, speaker in expected:
            held = sorted((a for a in found if piece in a.content.text), key=lambda a: len(a.content.text))
            got = "(not found)" if not held else ("" if held[0].speaker is None else held[0].speaker.name)
            ok = bool(held) and named(speaker, got)
            right += ok
            total += 1
            print(f"{'ok  ' if ok else 'MISS'} {name}: {piece!r} -> {got!r} (expected {speaker!r})")
    print(f"{right}/{total}")


def main() -> None:
    if len(sys.argv) > 1:
        switch_off(sys.argv[1])
    count_speakers(ARTICLES[-SPEAKERFORMS:])


if __name__ == "__main__":
    main()
