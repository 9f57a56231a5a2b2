"""People questioned (``resolve.carrying.questioned``): many people interviewed answer the questioner, from where each
is first named; a pollster conducting its poll dates the poll's answers."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow


_FARMERS = (
    "Governor Lane said the drought was over.\n\n"
    "{scene}\n\n"
    "“The rain never came,” said Tom Avery, who grows corn near Marlow.\n\n"
    "Maria Quist said prices had fallen by half.\n\n"
    "Lane said the state would help."
)


@pytest.mark.parametrize(
    ("scene", "addressee"),
    [
        ("The Ledger interviewed more than a dozen farmers in Marlow County.", "The Ledger"),
        ("The Ledger interviewed 14 of the county's farmers.", "The Ledger"),
        ("The Ledger interviewed the county's oldest farmer.", None),  # one person, named by the sentence itself
        ("The Ledger questioned the governor's figures.", None),  # doubted, not asked
        ("The poll surveyed 900 adults in Marlow County.", None),  # a poll's fieldwork, not an interview
        ("The Ledger will interview farmers in Marlow County.", None),  # a plan
    ],
)
def test_many_people_questioned_answer_the_questioner_when_the_story_names_them_after(
    article: ArticleMaker, scene: str, addressee: str | None
) -> None:
    text = _FARMERS.format(scene=scene)
    art = article(text, published=DAY)
    lane, avery, quist, lane_again = art.resolve(
        [
            art.candidate("the drought was over", "said", "Governor Lane"),
            art.candidate("The rain never came,", "said", "Tom Avery", after="came,", kind="direct"),
            art.candidate("prices had fallen by half", "said", "Maria Quist", after="Maria Quist"),
            art.candidate("the state would help", "said", "Lane", after="half."),
        ]
    )[1]
    for found in (avery, quist):
        assert _texts(found) == (None, addressee, None)
        if addressee is not None:
            assert found.addressee is not None and found.addressee.carried
            span = found.addressee.spans[0]
            assert text[span.start : span.end] == addressee
    # the governor, named before the questioning, was not among those questioned
    assert _texts(lane) == (None, None, None)
    assert _texts(lane_again) == (None, None, None)


def test_each_questioning_holds_the_people_named_after_it_until_the_next(article: ArticleMaker) -> None:
    text = (
        "The Ledger interviewed more than a dozen farmers in Marlow County.\n\n"
        "Tom Avery said the rain never came.\n\n"
        "The Courier surveyed 30 ranchers in Dell County.\n\n"
        "Maria Quist said prices had fallen by half."
    )
    art = article(text, published=DAY)
    avery, quist = art.resolve(
        [
            art.candidate("the rain never came", "said", "Tom Avery", after="Tom Avery"),
            art.candidate("prices had fallen by half", "said", "Maria Quist", after="Maria Quist"),
        ]
    )[1]
    assert _texts(avery) == (None, "The Ledger", None)
    assert _texts(quist) == (None, "The Courier", None)


def test_many_people_questioned_by_a_person_answer_them_though_the_questioning_is_the_person_s_own(
    article: ArticleMaker,
) -> None:
    # the questioner's own setting (a person, "interviewed ... on Tuesday") is no reason to drop whom they questioned
    text = (
        "Reporter Dana Whitfield interviewed more than a dozen farmers in Marlow County on Tuesday.\n\n"
        "Tom Avery said the rain never came."
    )
    art = article(text, published=DAY)
    [avery] = art.resolve([art.candidate("the rain never came", "said", "Tom Avery", after="Tom Avery")])[1]
    assert _texts(avery) == (None, "Reporter Dana Whitfield", "on Tuesday")


@pytest.mark.parametrize(
    ("method", "time"),
    [
        ("Marist conducted the poll Feb. 3-5 via landlines and cellphones.", "Feb. 3"),
        ("Marist conducted its survey from Feb. 3 to Feb. 5, reaching 1,000 adults.", "Feb. 3"),
        ("Marist conducted interviews with officials on Feb. 3.", None),  # no poll fielded
    ],
)
def test_a_pollster_conducting_its_poll_dates_the_poll_s_answers(
    article: ArticleMaker, method: str, time: str | None
) -> None:
    text = (
        "A new Marist poll found that most voters want change.\n\n"
        f"Sixty percent of voters say the economy is weak.\n\n{method}"
    )
    art = article(text, published=DAY)
    _, sixty = art.resolve(
        [
            art.candidate("that most voters want change", "found", "A new Marist poll"),
            art.candidate("the economy is weak", "say", "Sixty percent of voters"),
        ]
    )[1]
    assert (None if sixty.time is None else sixty.time.text) == time
    assert sixty.time is None or sixty.time.carried


_QUESTIONED_FAR_ON = (
    "Reporter Dana Whitfield interviewed more than a dozen farmers in Marlow County over the past week.\n\n"
    "{between}\n\n"
    "The county's wells have been dry since spring.\n\n"
    "Tom Avery said the rain never came."
)


def test_the_questioned_are_set_from_where_each_is_first_named(article: ArticleMaker) -> None:
    # quoted three paragraphs after the questioning, Avery still answers it, over the same week
    text = _QUESTIONED_FAR_ON.format(between="Most grow corn and soybeans.")
    art = article(text, published=DAY)
    [avery] = art.resolve([art.candidate("the rain never came", "said", "Tom Avery", after="Tom Avery")])[1]
    assert _texts(avery) == (None, "Reporter Dana Whitfield", "over the past week")


_CHAIRS = (
    "{source} revealed that voters in the state are restless.\n\n"
    "“The rain never came,” said Tom Avery, the party chair in Marlow County.\n\n"
    "Maria Quist, who chairs the party in Dell County, said prices had fallen by half."
)


@pytest.mark.parametrize(
    ("source", "flag", "channel"),
    [
        ("Close to 50 interviews with county party chairs", True, "Close to 50 interviews"),
        ("Close to 50 interviews with county party chairs", False, None),  # the rule off
        ("Interviews with the governor", True, None),  # one person interviewed, not the people named after
    ],
)
def test_many_interviews_with_many_people_are_the_channel_of_the_people_named_after(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, source: str, flag: bool, channel: str | None
) -> None:
    """ "Close to 50 interviews with GOP and Democratic party chairs ... revealed": each chair the story quotes after it
    spoke in one of the interviews (``INTERVIEWS_WITH_MANY``), a plural carried as one occasion each."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.questioned.INTERVIEWS_WITH_MANY", flag)
    text = _CHAIRS.format(source=source)
    art = article(text, published=DAY)
    _, avery, quist = art.resolve(
        [
            art.candidate("voters in the state are restless", "revealed", source),
            art.candidate("The rain never came,", "said", "Tom Avery", after="came,", kind="direct"),
            art.candidate("prices had fallen by half", "said", "Maria Quist", after="Maria Quist"),
        ]
    )[1]
    for found in (avery, quist):
        assert _texts(found)[0] == channel
