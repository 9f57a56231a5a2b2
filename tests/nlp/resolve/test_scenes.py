"""Scene settings read from sentences that hold no statement: many people questioned (a person on air is with the
events read whatever the verb, in ``test_occasions.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quotegraph.model import Attribution

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


def _texts(found: Attribution) -> tuple[str | None, str | None, str | None]:
    return tuple(None if f is None else f.text for f in (found.channel, found.addressee, found.time))  # type: ignore[return-value]


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
    article: Callable[..., Any], scene: str, addressee: str | None
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


@pytest.mark.parametrize(
    ("reading", "channel"),
    [
        ("A fourth-grader, Maya Chen, read from a letter her class had written.", "a letter"),
        ("A fourth-grader, Maya Chen, read out a statement.", "a statement"),
        ("A fourth-grader, Maya Chen, read her own statement from the stage.", "her own statement"),
        # read to herself before: no statement made through it
        ("A fourth-grader, Maya Chen, had read the letter twice.", None),
        # a plan, not a reading
        ("A fourth-grader, Maya Chen, will read from a letter.", None),
    ],
)
def test_a_medium_read_out_is_the_channel_of_the_reader_s_quotes_after_it(
    article: Callable[..., Any], reading: str, channel: str | None
) -> None:
    text = f"{reading} “We like our school because everybody knows our names,” she read."
    art = article(text, published=DAY)
    [chen] = art.resolve(
        [
            art.candidate(
                "We like our school because everybody knows our names,", "read", "she", after="names,", kind="direct"
            )
        ]
    )[1]
    assert _texts(chen)[0] == channel


def test_each_questioning_holds_the_people_named_after_it_until_the_next(article: Callable[..., Any]) -> None:
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


def test_a_year_in_a_relative_clause_on_who_speaks_is_no_scene_time(article: Callable[..., Any]) -> None:
    """The setting's medium is carried to the quote after it, but the year the relative clause on its speaker tells
    ("who joined the club in 2019") is that person's past."""
    text = (
        "The striker, who joined the club from Dunmore in 2019, made the promise in a video posted on the club's "
        "website. “I have never thought about leaving,” the striker said."
    )
    found = article(text, published=DAY).one("I have never thought about leaving,", "said", "the striker")
    assert _texts(found) == ("a video posted on the club's website", None, None)


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_a_coordinated_subject_was_at_is_set_for_each_of_them(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Reyes and Tran clashed ... at a town hall meeting": the meeting is carried to the second of the two as to the
    first (with ``COORDINATED_SUBJECTS`` off, only the parser's head, Reyes, was there)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.COORDINATED_SUBJECTS", flag)
    text = (
        "Mayor Ann Reyes and Councilman Bo Tran clashed over the budget at a town hall meeting on Tuesday.\n\n"
        "“We cannot afford another tax increase,” Tran said."
    )
    art = article(text, published=DAY)
    found = art.one("We cannot afford another tax increase,", "said", "Tran", kind="direct")
    assert _texts(found)[0] == ("a town hall meeting" if flag else None)
