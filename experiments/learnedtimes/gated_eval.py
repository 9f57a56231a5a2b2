"""``quotegraph eval`` (any of its arguments) with the gate of ``gate.patch`` added in this process only
(``BEFORE_THE_SPEAKER_ENTERS``: the learned time fallback withholds a day told before the statement's speaker is
first named): the gate's dev aggregates without a second copy of the package.

    python experiments/learnedtimes/gated_eval.py eval DEV.jsonl --occasion ... --json
"""

from __future__ import annotations

import sys

from quotegraph.cli import main
from quotegraph.nlp.resolve.carrying import learned_times

_interview = learned_times._an_interview_going_out


def _gated(doc, candidate):  # type: ignore[no-untyped-def]
    return bool(candidate.features.get("speaker_first_named_after")) or _interview(doc, candidate)


learned_times._an_interview_going_out = _gated  # type: ignore[assignment]

if __name__ == "__main__":
    sys.argv[0] = "quotegraph"
    main()
