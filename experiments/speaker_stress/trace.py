"""Run speakerstress's written articles (tests/nlp/resolve/speakers/stress_articles.py) and print each expected
statement's speaker, the source span and whether it is right as the page scorer counts it.

    PYTHONPATH=src python experiments/speaker_stress/trace.py [ARTICLE ...] [--all]

--all also prints every statement the system found in the article (content opening, source, speaker)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "nlp" / "resolve" / "speakers"))

from stress_articles import ARTICLES

import quotegraph


def main(argv: list[str]) -> None:
    every = "--all" in argv
    names = [a for a in argv if not a.startswith("--")]
    right = total = 0
    for name, _, text, expected in ARTICLES:
        if names and name not in names:
            continue
        found = [a for a in quotegraph.extract(text, published="2026-11-02").attributions if a.content is not None]
        print(f"== {name}")
        for piece, speaker in expected:
            held = [a for a in found if a.content is not None and piece in a.content.text]
            held.sort(key=lambda a: len(a.content.text) if a.content is not None else 0)
            name_found = held[0].speaker.name if held and held[0].speaker is not None else ""
            source = held[0].source.text if held and held[0].source is not None else None
            ok = bool(name_found) and speaker.casefold() in name_found.casefold()
            right += ok
            total += 1
            what = "NOT FOUND" if not held else f"speaker {name_found!r} source {source!r}"
            print(f"  {'ok ' if ok else 'MISS'} {piece!r}: want {speaker!r}, {what}")
        if every:
            for a in found:
                print(
                    "    .",
                    a.content.text[:50] if a.content else None,
                    "|",
                    a.source.text if a.source else None,
                    "|",
                    a.speaker.name if a.speaker else None,
                )
    print(f"right {right} of {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
