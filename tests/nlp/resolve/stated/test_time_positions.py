"""Where a time stands and what that makes it date (``resolve.stated.time_positions``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.time_positions import dates_a_noun

from ..conftest import ArticleMaker
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("flag", [True, False])
def test_a_time_after_a_list_of_topics_dates_the_verb_not_the_last_topic(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The parser hangs "on Tuesday night" on "gap", the last of the things argued over; it dates the exchange (with
    ``LIST_END_TIMES`` off it was read as dating the gap, and the debate was carried without its night). The debate
    right after the day makes it the debate's as well (``CLOSING_MEDIA_TIMES``), off here to test the list alone."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.time_positions.LIST_END_TIMES", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.time_positions.CLOSING_MEDIA_TIMES", False)
    text = (
        "Democratic state Sen. Ann Reyes and Republican businessman Bo Tran traded sharp attacks over water rates, "
        "highway tolls and the state's budget gap on Tuesday night in their only televised debate.\n\n"
        "“We cannot afford another tax increase,” Tran said."
    )
    found = article(text, published=DAY).one("We cannot afford another tax increase,", "said", "Tran", kind="direct")
    assert _texts(found)[2] == ("on Tuesday night" if flag else None)


@pytest.mark.parametrize(
    ("text", "time", "dates_the_noun"),
    [
        # the parser hangs "on Saturday" on "pressure" after its "on China": the day dates the verb
        ("The United States stepped up pressure on China on Saturday to rein in its actions.", "on Saturday", False),
        # a day right after the object still dates it
        ("He was marking his victories on Super Tuesday.", "on Super Tuesday", True),
    ],
)  # fmt: skip
def test_a_day_stacked_on_an_object_after_its_own_phrase_dates_the_verb(
    nlp: Language, text: str, time: str, dates_the_noun: bool
) -> None:
    doc = nlp(text)
    start = text.index(time)
    span = doc.char_span(start, start + len(time))
    assert span is not None
    assert dates_a_noun(span) is dates_the_noun


@pytest.mark.parametrize("rule", [True, False])
def test_a_phrase_of_time_on_a_fronted_place_dates_the_saying(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """ "Outside the courthouse after the hearing,": when the speaker was there (``PLACES_WITH_THEIR_TIME``), up to the
    place phrase's comma although the parser hangs the speaker's name on the hearing."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.time_positions.PLACES_WITH_THEIR_TIME", rule)
    text = (
        "Outside the courthouse after the hearing, Tamsin Beale, who drove down for the day, said staff had learned "
        "of the filing from a news alert."
    )
    found = article(text, published=DAY).one(
        "staff had learned of the filing from a news alert", "said", "Tamsin Beale"
    )
    assert (None if found.time is None else found.time.text) == ("after the hearing" if rule else None)


_ACT = "quotegraph.nlp.resolve.stated.statement_times.CLOSING_ACT_TIMES"


_MEDIA = "quotegraph.nlp.resolve.stated.time_positions.CLOSING_MEDIA_TIMES"


@pytest.mark.parametrize("rule", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "content", "cue", "source", "channel", "time"),
    [
        # the object is a noun or a verb with no tense of its own: the closing time dates the act the cue tells
        (_ACT, "Senator Ann Reyes also stated her intention to vote for the bill on Wednesday.",
         "her intention to vote for the bill on Wednesday", "stated", "Senator Ann Reyes", None, "on Wednesday"),
        (_ACT, "The mayor ruled out making a bid this morning.", "making a bid this morning", "ruled out",
         "The mayor", None, "this morning"),
        (_ACT, "The union's members showed no sign of backing down on Tuesday.", "backing down on Tuesday",
         "showed no sign of", "The union's members", None, "on Tuesday"),
        # not a finite clause's time, a standing urging's, a state's or an act before the cue's
        (_ACT, "The mayor said the council met the builders on Wednesday.",
         "the council met the builders on Wednesday", "said", "The mayor", None, None),
        (_ACT, "The mayor has urged the council to approve the budget by March 31.",
         "the council to approve the budget by March 31", "has urged", "The mayor", None, None),
        (_ACT, "The mayor reported having $1.3 million in cash at the beginning of March.",
         "having $1.3 million in cash at the beginning of March", "reported", "The mayor", None, None),
        (_ACT, "The mayor condemned the group's claim to have conducted the test on Wednesday.",
         "the group's claim to have conducted the test on Wednesday", "condemned", "The mayor", None, None),
        # a time beside a medium or scene that close a clause said in the past: when and where the saying was
        (_MEDIA, "Director Jim Kane said those statements were wrong during a hearing last week.",
         "those statements were wrong during a hearing last week", "said", "Director Jim Kane", "a hearing",
         "last week"),
        (_MEDIA, "The mayor said the governor was the author of the plan on Wednesday at a town rally.",
         "the governor was the author of the plan on Wednesday at a town rally", "said", "The mayor", "a town rally",
         "on Wednesday"),
        (_MEDIA, "The company confirmed he was a passenger on the plane via Facebook on Friday.",
         "he was a passenger on the plane via Facebook on Friday", "confirmed", "The company", "Facebook",
         "on Friday"),
        # not what is to come, nor a time with no medium or scene beside it
        (_MEDIA, "The mayor said the council would meet at a town hall on Wednesday.",
         "the council would meet at a town hall on Wednesday", "said", "The mayor", None, None),
        (_MEDIA, "The mayor said the council met the builders on Wednesday.",
         "the council met the builders on Wednesday", "said", "The mayor", None, None),
    ],
)  # fmt: skip
def test_a_time_that_closes_the_content_span_may_date_the_saying(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    rule: bool,
    flag: str,
    text: str,
    content: str,
    cue: str,
    source: str,
    channel: str | None,
    time: str | None,
) -> None:
    """The content span runs over the closing time, which the parser hangs on the object's last word
    (``CLOSING_ACT_TIMES``) or, with a medium or scene beside it, in the clause said (``CLOSING_MEDIA_TIMES``); with
    the rule off none of these has a time or a channel. ``circumstances.CLOSING_IN_CONTENT`` reads the same closing
    "during a hearing" as a channel (with its time), so it is off here, to see this rule alone."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.circumstances.CLOSING_IN_CONTENT", False)
    monkeypatch.setattr(flag, rule)
    found = article(text, published=DAY).one(content, cue, source)
    assert _texts(found)[::2] == ((channel, time) if rule else (None, None))
