"""CPU time a character of ``tagged_names._mended_entities`` on a text thick with particle names, at two sizes, the
particle joins off and on: linear when the figure a character stays flat as the text grows ten times.

    PYTHONPATH=src python experiments/particle_names/speed.py
"""

from __future__ import annotations

import time

import spacy

from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.resolve.speakers import particle_joins
from quotegraph.nlp.resolve.speakers.tagged_names import _mended_entities
from quotegraph.settings import Settings

UNIT = (
    "The Centre de Services de la Ville de Laval de Montréal et Maria da Silva de Souza y Ana van der Berg de la "
    "Fuente said Hanna á Heygum de Lima. "
)
SIZES = (40, 400)  # units: about 5,800 and 58,000 characters
RUNS = 5  # runs a measure, averaged


def main() -> None:
    register_extensions()
    nlp = spacy.load(Settings().spacy_model)
    for units in SIZES:
        text = UNIT * units
        doc = nlp(text)
        for on in (False, True):
            particle_joins.PARTICLE_JOINS = on
            start = time.process_time()
            for _ in range(RUNS):
                names = len(list(_mended_entities(doc)))
            seconds = (time.process_time() - start) / RUNS
            state = "on" if on else "off"
            print(f"{len(text)} chars, joins {state}: {names} names, {seconds * 1e6 / len(text):.3f} µs/char")


if __name__ == "__main__":
    main()
