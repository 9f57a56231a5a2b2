"""Seconds the learned time step takes beside the whole resolving stage, on a text of narrated days and statements
repeated to growing lengths: the step must stay linear (the ratio per character flat as the text grows).

    python experiments/learned_time/speed.py
"""

from __future__ import annotations

import time

from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.memo import document_text
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.learned_times import with_learned_times
from quotegraph.nlp.resolving import resolve

UNIT = (
    "The council met in the town hall on Thursday evening to debate the bridge. "
    "Mayor Ann Lee said the repairs would take a year. \u201cWe cannot wait,\u201d said Tom Reyes, a shopkeeper. "
    "He added that trade had fallen since Monday.\n\n"
)


def main() -> None:
    nlp = load_pipeline()
    for repeats in (25, 75, 225):
        text = UNIT * repeats
        with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("quotegraph")]):
            doc = nlp(text)
        found = find_candidates(doc)
        started = time.perf_counter()
        entities, attributions = resolve(doc, found, learned=False)
        resolving = time.perf_counter() - started
        started = time.perf_counter()
        with_learned_times(doc, document_text(doc), attributions, entities)
        step = time.perf_counter() - started
        print(
            f"{len(text):>7} chars: resolving {resolving:6.2f} s, learned step {step:6.3f} s "
            f"({1e6 * step / len(text):.2f} us a char), {len(attributions)} statements"
        )


if __name__ == "__main__":
    main()
