"""When an occasion in force lapses for a later statement (``lapses``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import lapses
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, OccasionInput
from quotegraph.nlp.resolve.stated.stated_occasion import Stated


@pytest.mark.parametrize(
    ("paraphrase", "later", "others", "gone"),
    [
        (True, lapses.LAPSE_PARAGRAPHS, True, True),
        (False, lapses.LAPSE_PARAGRAPHS, True, False),  # a quote long after is as often still the speech
        (True, lapses.LAPSE_PARAGRAPHS - 1, True, False),
        (True, lapses.LAPSE_PARAGRAPHS, False, False),  # nobody else heard in between
    ],
)
def test_a_paraphrase_long_after_with_others_heard_between_no_longer_carries_the_occasion(
    paraphrase: bool, later: int, others: bool, gone: bool
) -> None:
    frame = Frame(Stated(), shared=True, paragraph=2, last=4)
    statement = OccasionInput(0, 2 + later, 1, Stated(), paraphrase=paraphrase)
    asked: list[tuple[int, int | None]] = []

    def other_since(since: int, speaker: int | None) -> bool:
        asked.append((since, speaker))
        return others

    assert lapses.lapsed(frame, statement, other_since) is gone
    assert asked in ([], [(4, 1)])
