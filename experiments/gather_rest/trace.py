"""Trace the written hearing and meeting articles (``tests/nlp/resolve/carrying/hearing_articles.py``): every
statement's speaker, cue, channel, addressee and time, then each expected later statement marked right or not.

    PYTHONPATH=src python experiments/gather_rest/trace.py [--steps] [NAME ...]

``--steps`` also prints the carrier's reading, statement by statement (gatherfire's
``experiments/gather_fire/steps.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "nlp" / "resolve" / "carrying"))

from hearing_articles import HEARINGS, MEETINGS

import quotegraph


def _text(span: object) -> str | None:
    return None if span is None else str(getattr(span, "text", span))


def main(names: list[str]) -> None:
    right = total = 0
    for name, shape, text, expected in HEARINGS + MEETINGS:
        if names and name not in names:
            continue
        print(f"== {name} ({shape})")
        found = quotegraph.extract(text, "2026-11-02", id=name).attributions
        rows = []
        for held in found:
            if held.content is None:
                continue
            row = (held.content.text, _text(held.channel), _text(held.addressee), _text(held.time))
            rows.append(row)
            said = f"{_text(held.source)!r} | {_text(held.cue)!r} | {row[0][:50]!r}"
            print(f"   {said} | ch={row[1]!r} ad={row[2]!r} t={row[3]!r}")
        for content, channel, addressee, time in expected:
            got = next((r for r in rows if content in r[0]), None)
            total += 1
            if got is None:
                print(f"   MISS {content[:40]!r}: not found")
                continue
            ok_channel = got[1] is None if channel is None else got[1] is not None and got[1].startswith(channel)
            ok = ok_channel and got[2] == addressee and got[3] == time
            right += ok
            print(f"   {'ok  ' if ok else 'MISS'} {content[:40]!r}: want ({channel!r}, {addressee!r}, {time!r})")
    print(f"right {right} of {total}")


if __name__ == "__main__":
    if "--steps" in sys.argv:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gather_fire"))
        import steps  # noqa: F401  (its import wraps the carrier's reading with prints)
    main([a for a in sys.argv[1:] if a != "--steps"])
