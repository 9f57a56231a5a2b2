"""The day of an event told in narration (``resolve.carrying.event_days``): for the people heard at it after, until a
sentence tells another day."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import ArticleMaker
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow

_FLAG = "quotegraph.nlp.resolve.carrying.scenes.EVENT_DAYS"


def _times(art: Any, statements: list[tuple[str, str]], opening: tuple[str, str] | None = None) -> list[str | None]:
    """The times of ``statements``, made after the story's ``opening`` statement if any."""
    made = statements if opening is None else [opening, *statements]
    found = art.resolve([art.candidate(content, "said", source, after=source) for content, source in made])[1]
    return [_texts(f)[2] for f in found[len(made) - len(statements) :]]


def _ferry(event: str) -> str:
    return (
        "The ferry to Inchmore will stop running in the winter, the operator said.\n\n"
        f"{event}\n\n"
        "Councillor Irene Shaw said the island's school could not do without it.\n\n"
        "Councillor Peter Lamb said he would vote against the plan."
    )


_OPERATOR = ("The ferry to Inchmore will stop running in the winter", "the operator")
_COUNCILLORS = [
    ("the island's school could not do without it", "Councillor Irene Shaw"),
    ("he would vote against the plan", "Councillor Peter Lamb"),
]


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("event", "day"),
    [
        ("The community council met by video link on Tuesday evening.", "on Tuesday evening"),  # a verb of meeting
        ("Dozens of islanders were waiting at the slipway on Monday morning.", "on Monday morning"),  # many present
    ],
)
def test_an_event_told_in_narration_dates_the_statements_of_those_heard_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, event: str, day: str
) -> None:
    """Two people heard after a narrated event, with no occasion of their own, speak at it, on its day."""
    monkeypatch.setattr(_FLAG, flag)
    times = _times(article(_ferry(event), published=DAY), _COUNCILLORS, _OPERATOR)
    assert times == ([day, day] if flag else [None, None])


@pytest.mark.parametrize(
    "event",
    [
        "The community council meets on Tuesday evening.",  # an event to come, in the present
        "The community council will meet on Tuesday evening.",  # a plan
        "The ferry broke down on Tuesday evening.",  # something done, no event people come together at
        "The community council met in 2019 to discuss the ferry.",  # a year, no day
    ],
)
def test_no_day_without_an_event_over_on_a_day(article: ArticleMaker, event: str) -> None:
    times = _times(article(_ferry(event), published=DAY), _COUNCILLORS, _OPERATOR)
    assert times == [None, None]


def test_the_day_of_talking_to_many_goes_to_the_one_of_them_named_after_and_ends_at_another_day(
    article: ArticleMaker,
) -> None:
    """ "Four drivers spoke to the paper at the depot on Saturday": the one of them named next speaks then; a later
    sentence telling another day ("The depot's manager met union officials on Monday") ends it."""
    text = (
        "Bus drivers in Carrow say the new timetable leaves them no time for a break, the union said.\n\n"
        "Four drivers spoke to the paper at the depot on Saturday.\n\n"
        "One of them, Kevin Doyle, said he had not had a proper lunch in a month.\n\n"
        "The depot's manager sat down with union officials on Monday.\n\n"
        "Another driver, Sam Okafor, said nobody had asked the drivers."
    )
    statements = [
        ("he had not had a proper lunch in a month", "One of them, Kevin Doyle"),
        ("nobody had asked the drivers", "Another driver, Sam Okafor"),
    ]
    opening = ("the new timetable leaves them no time for a break", "the union")
    times = _times(article(text, published=DAY), statements, opening)
    assert times[0] == "on Saturday"
    assert times[1] != "on Saturday"
