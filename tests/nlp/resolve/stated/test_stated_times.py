"""The time a statement's own sentence states (``resolve.stated.stated_times``): its time expressions and clauses, and
what is no time of the saying."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.stated.stated_times import (
    _hedged_start,
    _in_a_verbs_phrase,
    dates_a_noun,
    time_phrase_of,
    with_lead_in,
)

from ..conftest import ArticleMaker
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "in_a_verbs_phrase"),
    [
        # "Later on TV she said": the preposition the adverb hangs on hangs on the verb
        (["Later", "on", "TV", "she", "said"], [1, 4, 1, 4, 4], ["advmod", "prep", "pobj", "nsubj", "ROOT"],
         ["ADV", "ADP", "NOUN", "PRON", "VERB"], True),
        # "her trip later on Tuesday": on a noun's preposition, the adverb dates the trip
        (["her", "trip", "later", "on", "Tuesday"], [1, 1, 3, 1, 3], ["poss", "ROOT", "advmod", "prep", "pobj"],
         ["PRON", "NOUN", "ADV", "ADP", "PROPN"], False),
    ],
)  # fmt: skip
def test_an_adverb_on_a_preposition_is_in_a_verbs_phrase_only_when_the_preposition_is_the_verbs(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str], in_a_verbs_phrase: bool
) -> None:
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    adverb = next(t for t in doc if t.dep_ == "advmod")
    assert _in_a_verbs_phrase(adverb) is in_a_verbs_phrase


def test_a_hedging_adverb_opens_a_time_it_hangs_on_and_only_that(nlp: Language) -> None:
    doc = nlp("The mayor said shortly after 6 p.m. that the bridge was safe.")
    after = next(t for t in doc if t.text == "after")
    assert doc[after.i - 1].head == after  # the parse this reading exists for
    assert _hedged_start(doc, after.i, after.i + 1) == after.i - 1
    assert doc[_hedged_start(doc, after.i + 1, after.i + 3) : after.i + 3].text == "6 p.m."  # hung on another word
    assert with_lead_in(doc[after.i + 1 : after.i + 3]).text == "shortly after 6 p.m."
    assert _hedged_start(doc, 0, 1) == 0


@pytest.mark.parametrize("flag", [True, False])
def test_a_time_after_a_list_of_topics_dates_the_verb_not_the_last_topic(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The parser hangs "on Tuesday night" on "gap", the last of the things argued over; it dates the exchange (with
    ``LIST_END_TIMES`` off it was read as dating the gap, and the debate was carried without its night). The debate
    right after the day makes it the debate's as well (``CLOSING_MEDIA_TIMES``), off here to test the list alone."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.LIST_END_TIMES", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.CLOSING_MEDIA_TIMES", False)
    text = (
        "Democratic state Sen. Ann Reyes and Republican businessman Bo Tran traded sharp attacks over water rates, "
        "highway tolls and the state's budget gap on Tuesday night in their only televised debate.\n\n"
        "“We cannot afford another tax increase,” Tran said."
    )
    found = article(text, published=DAY).one("We cannot afford another tax increase,", "said", "Tran", kind="direct")
    assert _texts(found)[2] == ("on Tuesday night" if flag else None)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("In the coming weeks, the mayor warned that the tunnel was unsafe.", "In the coming weeks"),
        ("In the run-up to the vote, the mayor warned that the tunnel was unsafe.", "In the run-up to the vote"),
    ],
)
def test_a_fronted_stretch_in_the_plural_or_hyphenated_dates_the_saying(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, time: str
) -> None:
    """With ``WRITTEN_PERIODS`` off, the noun of the stretch was read by its lemma ("week", "up"), which the list of
    periods does not hold."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.WRITTEN_PERIODS", flag)
    found = article(text, published=DAY).one("that the tunnel was unsafe", "warned", "the mayor")
    assert _texts(found)[2] == (time if flag else None)


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
def test_a_short_distance_after_a_gerund_dates_the_saying(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """ "Minutes after crossing the line": the distance makes the gerund's act the saying's moment
    (``MEASURED_GERUND_TIMES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.MEASURED_GERUND_TIMES", rule)
    text = "Minutes after crossing the line, the 29-year-old told the Courier that she had thought about stopping."
    found = article(text, published=DAY).one("that she had thought about stopping", "told", "the 29-year-old")
    expected = "Minutes after crossing the line" if rule else None
    assert (None if found.time is None else found.time.text) == expected


@pytest.mark.parametrize("rule", [True, False])
def test_a_phrase_of_time_on_a_fronted_place_dates_the_saying(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """ "Outside the courthouse after the hearing,": when the speaker was there (``PLACES_WITH_THEIR_TIME``), up to the
    place phrase's comma although the parser hangs the speaker's name on the hearing."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.PLACES_WITH_THEIR_TIME", rule)
    text = (
        "Outside the courthouse after the hearing, Tamsin Beale, who drove down for the day, said staff had learned "
        "of the filing from a news alert."
    )
    found = article(text, published=DAY).one(
        "staff had learned of the filing from a news alert", "said", "Tamsin Beale"
    )
    assert (None if found.time is None else found.time.text) == ("after the hearing" if rule else None)


def test_a_verbs_object_the_tagger_read_into_a_time_is_left_out(nlp: Language) -> None:
    doc = nlp("He said a nurse had told the couple the night the girls were born that she would see them walk.")
    [entity] = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert entity.text == "the couple the night"  # the tagger's misreading
    assert time_phrase_of(entity).text == "the night the girls were born"
    # one time on two heads, no object among them: kept whole
    doc = nlp("At 9:42 a.m. Eastern time on Monday, Tillpoint posted on its status page that it was investigating.")
    [entity] = [e for e in doc.ents if e.label_ == "TIME"]
    assert time_phrase_of(entity).text == "9:42 a.m. Eastern time"


_ACT = "quotegraph.nlp.resolve.stated.statement_times.CLOSING_ACT_TIMES"
_MEDIA = "quotegraph.nlp.resolve.stated.stated_times.CLOSING_MEDIA_TIMES"


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
