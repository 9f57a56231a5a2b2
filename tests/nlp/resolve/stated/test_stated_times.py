"""The time a statement's own sentence states (``resolve.stated.stated_times``): its time expressions and clauses, and
what is no time of the saying."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import stated_times
from quotegraph.nlp.resolve.stated.stated_times import (
    _hedged_start,
    ends_a_stretch,
    short_of,
    time_phrase_of,
    with_lead_in,
)

from ..conftest import ArticleMaker, occasion_of
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


def test_a_hedging_adverb_opens_a_time_it_hangs_on_and_only_that(nlp: Language) -> None:
    doc = nlp("The mayor said shortly after 6 p.m. that the bridge was safe.")
    after = next(t for t in doc if t.text == "after")
    assert doc[after.i - 1].head == after  # the parse this reading exists for
    assert _hedged_start(doc, after.i, after.i + 1) == after.i - 1
    assert doc[_hedged_start(doc, after.i + 1, after.i + 3) : after.i + 3].text == "6 p.m."  # hung on another word
    assert with_lead_in(doc[after.i + 1 : after.i + 3]).text == "shortly after 6 p.m."
    assert _hedged_start(doc, 0, 1) == 0


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


def test_a_verbs_object_the_tagger_read_into_a_time_is_left_out(nlp: Language) -> None:
    doc = nlp("He said a nurse had told the couple the night the girls were born that she would see them walk.")
    [entity] = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert entity.text == "the couple the night"  # the tagger's misreading
    assert time_phrase_of(entity).text == "the night the girls were born"
    # one time on two heads, no object among them: kept whole
    doc = nlp("At 9:42 a.m. Eastern time on Monday, Tillpoint posted on its status page that it was investigating.")
    [entity] = [e for e in doc.ents if e.label_ == "TIME"]
    assert time_phrase_of(entity).text == "9:42 a.m. Eastern time"


def test_a_time_stops_at_a_that_opening_a_content_and_at_no_other(nlp: Language) -> None:
    doc = nlp("The warden spoke on the morning that the dam held and said so.")
    that = next(t for t in doc if t.lower_ == "that")
    time = doc[that.i - 3 : that.i + 4]  # "on the morning that the dam held"
    opened = [(that.idx, that.idx + 20)]
    assert short_of(time, opened).text == "on the morning"
    assert short_of(time, [(that.idx + 5, that.idx + 20), (0, 3)]) == time  # no content opens at this "that"
    assert short_of(doc[0:3], opened) == doc[0:3]  # no "that" in it


@pytest.mark.parametrize("rule", [True, False])
@pytest.mark.parametrize(
    "telling",
    [
        # the distance read as the verb's adverbial noun, "before the vote" hung on it
        "Moments before the vote, the senator told reporters that the bill was dead.",
        # the distance read as a second object of "told"
        "The senator told the reporters moments before the vote that the bill was dead.",
    ],
)
def test_a_short_distance_the_parser_makes_the_phrase_s_head_dates_the_saying(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool, telling: str
) -> None:
    """``DISTANCES_AS_HEADS``: "moments" the head, "before the vote" on it."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.DISTANCES_AS_HEADS", rule)
    source = "the senator" if "the senator" in telling else "The senator"
    found = article(telling, published=DAY).one("that the bill was dead", "told", source)
    time = None if found.time is None else found.time.text.casefold()
    assert time == ("moments before the vote" if rule else None)


@pytest.mark.parametrize("rule", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "until"),
    [
        (
            "Until last week, the mayor insisted that the bridge was safe.",
            "that the bridge was safe",
            "insisted",
            "the mayor",
            "Until last week",
        ),
        (
            "The mayor insisted until the inspection that the bridge was safe.",
            "that the bridge was safe",
            "insisted",
            "The mayor",
            "until the inspection",
        ),
    ],
)
def test_until_ends_a_stretch_and_dates_no_saying(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    rule: bool,
    text: str,
    content: str,
    cue: str,
    source: str,
    until: str,
) -> None:
    """``UNTIL_DATES_NO_SAYING``: "until" tells where a state or an action held up to, not the saying's moment."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_times.UNTIL_DATES_NO_SAYING", rule)
    found = article(text, published=DAY).one(content, cue, source)
    time = None if found.time is None else found.time.text
    assert time == (None if rule else until)


def test_after_still_dates_the_saying_with_until_read_as_no_time(article: ArticleMaker) -> None:
    text = "After the inspection, the mayor insisted that the bridge was safe."
    found = article(text, published=DAY).one("that the bridge was safe", "insisted", "the mayor")
    assert found.time is not None and found.time.text == "After the inspection"


def test_the_end_of_a_stretch_a_when_clause_tells_of_is_a_moment(nlp: Language) -> None:
    """ "until recent days, when he expressed concern": the "when" after it makes the end of the stretch the moment of
    what it tells, so it is still read as a time (``_moment_told_after``)."""
    told = nlp("He avoided criticism of the mayor until recent days, when he expressed concern about the bridge.")
    alone = nlp("He avoided criticism of the mayor until recent days and praised the bridge.")
    assert not ends_a_stretch(told[7:9])  # "recent days"
    assert ends_a_stretch(alone[7:9])


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("before", "cue", "addressee"),
    [
        ("said before a crowd of 300 supporters", "said", "a crowd of 300 supporters"),
        ("testified before the committee", "testified", "the committee"),
        ("said before thousands of delegates", "said", "thousands of delegates"),
    ],
)
def test_before_an_audience_is_whom_it_was_said_in_front_of_and_no_time(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, before: str, cue: str, addressee: str
) -> None:
    """``AUDIENCES_BEFORE``: "said before a crowd" names the audience, not a moment; without the rule the "before"
    phrase was taken for the time and the audience was lost."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.addressee_words.AUDIENCES_BEFORE", flag)
    text = f"Ruiz {before} that the mine would stay open."
    found = article(text, published=DAY).one("that the mine would stay open", cue, "Ruiz")
    time = before.removeprefix(cue + " ")
    assert _texts(found)[1:] == ((addressee, None) if flag else (None, time))


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Before the vote, Ruiz said that the mine would stay open.", "Before the vote"),
        ("Two days before the election, Ruiz said that the mine would stay open.", "Two days before the election"),
    ],
)
def test_before_an_event_still_dates_the_saying(article: ArticleMaker, text: str, time: str) -> None:
    """``AUDIENCES_BEFORE`` leaves "before" with an event, a date or a distance a time."""
    found = article(text, published=DAY).one("that the mine would stay open", "said", "Ruiz")
    assert _texts(found)[2] == time


@pytest.mark.parametrize(("on", "expected"), [(True, None), (False, "asking for anonymity to speak freely")])
def test_asking_for_oneself_tells_no_moment_of_the_saying(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    """ "said one resident, asking for anonymity to speak freely": the participle of asking is the speaker's own
    request, not a question put to them, so it is no time of the saying (``OWN_ASKING_NO_TIME``); "Asked about it"
    still is."""
    monkeypatch.setattr(stated_times, "OWN_ASKING_NO_TIME", on)
    text = (
        "The council voted on Monday to close the library.\n\n"
        "“It is a sad day,” said one resident, asking for anonymity to speak freely."
    )
    assert occasion_of(text, "It is a sad day") == (None, None, expected)
