from __future__ import annotations

import random

from quotegraph.nlp.find.lines import Lines


def test_bounds_agree_with_find_and_rfind() -> None:
    rng = random.Random(7)
    for _ in range(50):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 40)))
        lines = Lines(text)
        for at in range(len(text) + 1):
            end = text.find("\n", at)
            assert lines.start(at) == text.rfind("\n", 0, at) + 1
            assert lines.end(at) == (len(text) if end < 0 else end)
            for stop in range(at, len(text) + 1):
                assert lines.next_break(at, stop) == text.find("\n", at, stop)
                assert lines.crosses(at, stop) == ("\n" in text[at:stop])
