"""A group's scene for its members (``resolve.carrying.group_scenes``): a group named back speaks in its scene."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker
from .test_scenes import _carried_channels

pytestmark = pytest.mark.slow


_ROSTER = (
    "Three candidates are running for mayor: Ruth Okafor, Dan Pell and Lena Voss.\n\n"
    "{group}\n\n"
    "Okafor said she would cut bus fares.\n\n"
    "Pell said the budget came first."
)


@pytest.mark.parametrize(
    ("group", "channel"),
    [
        (
            "In a series of interviews with the Ledger, the candidates outlined their plans for the city.",
            "a series of interviews with the Ledger",
        ),
        ("At a debate on Monday, the candidates outlined their plans for the city.", "a debate"),
        # not named back: some of them, whoever they are
        ("In a series of interviews with the Ledger, some candidates outlined their plans for the city.", None),
        # each in an interview of their own, many occasions, none of them carried
        ("In interviews with the Ledger, the candidates outlined their plans for the city.", None),
    ],
)
def test_a_group_named_back_speaks_in_its_scene_for_the_people_named_before_it(
    article: ArticleMaker, group: str, channel: str | None
) -> None:
    subject = "some candidates" if "some candidates" in group else "the candidates"
    said = [
        ("their plans for the city", "outlined", subject, None),
        ("she would cut bus fares", "said", "Okafor", "city."),
        ("the budget came first", "said", "Pell", "fares."),
    ]
    assert _carried_channels(article, _ROSTER.format(group=group), said)[1:] == [channel, channel]
