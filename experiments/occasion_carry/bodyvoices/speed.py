"""Time the carrying on a synthetic article of N bodies, each stating "in a statement", each followed by two statements
of a voice naming no body heard ("nobodyI officials"): the shape that made a walk of the speakers quadratic.

    python experiments/occasion_carry/bodyvoices/speed.py [on|off]

``on`` / ``off``: ``taking_part.VOICES_OF_A_BODY_NAMED_BEFORE``.
"""

from __future__ import annotations

import sys
import time

import spacy

from quotegraph.nlp.resolve.carrying import taking_part
from quotegraph.nlp.resolve.carrying.occasion_records import OccasionInput
from quotegraph.nlp.resolve.carrying.occasions import carry_occasions
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

SIZES = (200, 400, 800, 1600)  # bodies


def main() -> None:
    taking_part.VOICES_OF_A_BODY_NAMED_BEFORE = sys.argv[1:] != ["off"]
    span = spacy.blank("en")("in a statement")[0:3]
    for n in SIZES:
        statements, names, bodies = [], {}, set()
        for i in range(n):
            body, voice = 2 * i, 2 * i + 1
            names[body], names[voice] = f"the body{i}", f"nobody{i} officials"
            bodies.add(body)
            statements.append(OccasionInput(position=4 * i, paragraph=2 * i, speaker=body, stated=Stated(channel=span)))
            for k in (2, 3):
                statements.append(
                    OccasionInput(position=4 * i + k, paragraph=2 * i + 1, speaker=voice, stated=Stated())
                )
        start = time.perf_counter()
        carry_occasions(statements, [], names=names, persons={}, bodies=frozenset(bodies))
        print(n, round(time.perf_counter() - start, 3))


if __name__ == "__main__":
    main()
