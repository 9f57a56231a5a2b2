"""What of an occasion in force a later statement carries (``as_carried``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import as_carried, carried_times

from ..conftest import ArticleMaker, occasion_of
from .test_occasions import _resolved, _texts

pytestmark = pytest.mark.slow


# a scene set a distance after a told moment, and the speaker's statements three paragraphs on
_LATER_SCENE = (
    "At the post-race news conference {}, Chepkoech said she would donate her bonus.\n\n"
    '"It was hot," she said.\n\n"I was tired," she said.\n\nShe added that she would come back next year.'
)
_LATER_SPECS = (
    ("she would donate her bonus", "said", "Chepkoech"),
    ("It was hot,", "said", "she", "bonus.", "direct"),
    ("I was tired,", "said", "she", "hot,", "direct"),
    ("that she would come back next year", "added", "She", "tired,"),
)


@pytest.mark.parametrize(
    ("time", "rule", "expected"),
    [
        ("an hour later", True, "an hour later"),
        ("an hour later", False, None),
        ("two days later", True, "two days later"),
    ],
)
def test_a_scene_set_a_distance_later_keeps_its_time(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, time: str, rule: bool, expected: str | None
) -> None:
    """ "At the news conference ... an hour later": the scene's time is carried as its channel is, past the reach of a
    time without a date (``SCENES_KEEP_THEIR_DISTANCE``)."""
    monkeypatch.setattr(as_carried, "SCENES_KEEP_THEIR_DISTANCE", rule)
    last = _resolved(article, _LATER_SCENE.format(time), *_LATER_SPECS)[-1]
    channel, _, carried = _texts(last)
    assert channel is not None and "news conference" in channel
    assert carried == expected


@pytest.mark.parametrize(
    ("time", "rule", "expected"),
    [("at 3pm", True, "at 3pm"), ("at 3pm", False, None), ("at one point", True, None)],
)
def test_a_scene_s_clock_time_is_carried_through_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, time: str, rule: bool, expected: str | None
) -> None:
    """ "At a briefing for reporters ... at 3pm": the hour of the story's day a scene was held is carried as its channel
    is, past the reach of a time without a date (``SCENE_CLOCKS_LAST``); "at one point" is no hour and stops there."""
    monkeypatch.setattr(as_carried, "SCENE_CLOCKS_LAST", rule)
    last = _resolved(
        article, _LATER_SCENE.replace("post-race news conference", "news conference").format(time), *_LATER_SPECS
    )[-1]
    channel, _, carried = _texts(last)
    assert channel is not None and "news conference" in channel
    assert carried == expected


# a town hall on a day, a quote "at one point" of it, and the mayor's quotes after it, one and three paragraphs on
_MOMENT_OF_A_DAY = (
    "Mayor Maria Ruiz held a town hall in Elmwood on Tuesday. "
    '"The budget is tight," Ruiz told residents at the town hall.\n\n'
    '"We made mistakes on the bridge," she said at one point.\n\n'
    '"The pool stays open," she said.\n\n'
    "{}"
    "The pool was rebuilt after a flood on Elm Street.\n\n"
    '"The roads come first," she said.'
)
_MOMENT_SPECS: tuple[tuple[str | None, ...], ...] = (
    ("The budget is tight,", "told", "Ruiz", None, "direct"),
    ("We made mistakes on the bridge,", "said", "she", "tight,", "direct"),
    ("The pool stays open,", "said", "she", "bridge,", "direct"),
)


# the rule alone: with it off, the learned time fallback carries the town hall's day to the last quote, as the rule does
@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("rule", "expected"), [(True, "on Tuesday"), (False, None)])
def test_a_day_outlasts_a_moment_told_within_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool, expected: str | None
) -> None:
    """ "she said at one point" within a town hall on Tuesday: the next paragraph's quote carries the moment, and the
    speaker's quotes further on, where a time without a date is no longer carried, carry the day it fell on
    (``DAY_OUTLASTS_ITS_MOMENT``), as they carry the town hall."""
    monkeypatch.setattr(carried_times, "DAY_OUTLASTS_ITS_MOMENT", rule)
    text = _MOMENT_OF_A_DAY.format("")
    specs = (*_MOMENT_SPECS, ("The roads come first,", "said", "she", "Street.", "direct"))
    found = _resolved(article, text, *specs)
    assert [_texts(a)[2] for a in found[1:3]] == ["at one point", "at one point"]
    channel, _, time = _texts(found[-1])
    assert channel is not None and "town hall" in channel
    assert time == expected


# a radio interview on a day, a quote "at one point" of it, the next paragraph's quote to listeners, and the
# speaker's quote two paragraphs on
_MOMENT_TOLD_ON = (
    '"The budget is tight," Maria Ruiz said in a radio interview on Tuesday.\n\n'
    '"We made mistakes on the bridge," she said at one point.\n\n'
    '"Ask me in June," she told listeners.\n\n'
    "The pool was rebuilt after a flood on Elm Street.\n\n"
    '"The roads come first," Ruiz said.'
)


@pytest.mark.parametrize(("rule", "expected"), [(True, "on Tuesday"), (False, None)])
def test_a_new_addressee_keeps_the_moment_and_its_day(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool, expected: str | None
) -> None:
    """A quote told to listeners a paragraph after the moment keeps the moment as its time (``partly_stated.day_kept``);
    the speaker's quote further on carries the day the moment fell on (``DAY_OUTLASTS_ITS_MOMENT``)."""
    monkeypatch.setattr(carried_times, "DAY_OUTLASTS_ITS_MOMENT", rule)
    found = _resolved(
        article,
        _MOMENT_TOLD_ON,
        ("The budget is tight,", "said", "Maria Ruiz", None, "direct"),
        ("We made mistakes on the bridge,", "said", "she", "Tuesday.", "direct"),
        ("Ask me in June,", "told", "she", "bridge,", "direct"),
        ("The roads come first,", "said", "Ruiz", "Street.", "direct"),
    )
    assert _texts(found[2]) == ("a radio interview", "listeners", "at one point")
    assert _texts(found[3]) == ("a radio interview", "listeners", expected)


def test_a_moment_told_with_a_channel_of_its_own_keeps_no_day(article: ArticleMaker) -> None:
    """ "she said at one point in a radio interview": a new occasion, not a moment of the town hall's day; the speaker's
    quotes further on carry none of that day."""
    text = _MOMENT_OF_A_DAY.replace("she said at one point", "she said at one point in a radio interview").format("")
    specs = (*_MOMENT_SPECS, ("The roads come first,", "said", "she", "Street.", "direct"))
    found = _resolved(article, text, *specs)
    assert _texts(found[-1])[2] is None


# an interview on a day, a paraphrase "When later pressed" (a moment, dated by no day of its own) and the speaker's
# quote: only the day is left of the moment to carry, so the quote returns to the interview before the digression
_PRESSED_LATER = (
    '"Well, look, the plan is sound," campaign manager Rita Olsen said Monday in an interview with Radio Kestrel\'s '
    "Tom Hall.\n\n"
    '"But a plan is not enough," she continued. "So on paper, of course it works."\n\n'
    "When later pressed about the cost of the plan, Olsen rejected the notion that the campaign had hidden it.\n\n"
    "\"It's not about hiding anything. It's about a budget that nobody reads,\" Olsen said."
)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [(True, ("an interview with Radio Kestrel's Tom Hall", None, "Monday")), (False, (None, None, "later"))],
)
def test_a_day_alone_left_of_a_moment_returns_to_the_scene_before_the_digression(
    monkeypatch: pytest.MonkeyPatch, rule: bool, expected: tuple[str | None, str | None, str | None]
) -> None:
    """ "When later pressed ..., Olsen rejected", then her quote: what it carries of the moment is its day alone, which
    ``carrier._carried_from`` reads as nothing carried (``DAY_OUTLASTS_ITS_MOMENT``), so the quote goes back to the
    interview told before the digression, with its day. Switching that one reading off alone gives the "off" result
    (``experiments/flagpins/sites.py``); the flag's other readings do not pin it."""
    monkeypatch.setattr(carried_times, "DAY_OUTLASTS_ITS_MOMENT", rule)
    assert occasion_of(_PRESSED_LATER, "It's not about hiding anything.") == expected


@pytest.mark.parametrize(("on", "expected"), [(True, None), (False, "Senator Jane Holt")])
def test_a_person_told_with_no_channel_is_told_that_exchange_only(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    """ "Governor Tim Hale told Senator Jane Holt on Monday", his quote in the next paragraph, then one after a
    paragraph of background: the senator, told with no channel, is told that exchange (``PEOPLE_TOLD_IN_PASSING``),
    not the governor's words further on; the day still carries."""
    monkeypatch.setattr(as_carried, "PEOPLE_TOLD_IN_PASSING", on)
    text = (
        "Governor Tim Hale told Senator Jane Holt on Monday that the budget would pass.\n\n"
        "“We have the votes,” Hale said.\n\n"
        "The state has run a deficit for three years.\n\n"
        "“Nobody wants a shutdown,” Hale said."
    )
    assert occasion_of(text, "Nobody wants a shutdown") == (None, expected, "on Monday")
