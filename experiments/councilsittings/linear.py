"""CPU time of extract per character on a council story of N recalled meetings, each followed by a voice told the
council (``SITTING_SPOKEN_AT`` looks back over the sittings named before each such voice): flat per character means
linear. The hostile-text bench holds no sittings.

    python experiments/councilsittings/linear.py
"""

from __future__ import annotations

import time

import quotegraph
import quotegraph.nlp.resolve.stated.sitting_hearers as sitting_hearers

SIZES = (40, 160, 640)  # recalled meetings, each with a voice told the council


def story(meetings: int) -> str:
    """A lede's meeting, then ``meetings`` recalled meetings each followed by a voice told to the council."""
    parts = [
        "Council votes\n\n",
        "Brackley town council voted 6-3 at its monthly meeting on Tuesday night to close the pool.\n\n",
    ]
    for i in range(meetings):
        parts.append(f"At a meeting on Nov. {1 + i % 28}, councillors had asked staff to price repair number {i}.\n\n")
        parts.append(f"Councillor Jane Rowe{i} told the council that repair {i} would cost more than $2 million.\n\n")
    return "".join(parts)


def main() -> None:
    quotegraph.extract(story(2), "2026-12-03")  # load the models first
    for flag in (True, False):
        sitting_hearers.SITTING_SPOKEN_AT = flag
        for meetings in SIZES:
            text = story(meetings)
            start = time.process_time()
            quotegraph.extract(text, "2026-12-03")
            spent = time.process_time() - start
            per_char = 1e6 * spent / len(text)
            print(f"on={flag} meetings={meetings} chars={len(text)} cpu={spent:.2f}s us/char={per_char:.1f}")


if __name__ == "__main__":
    main()
