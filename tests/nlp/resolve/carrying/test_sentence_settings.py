"""A sentence's own setting (``resolve.carrying.sentence_settings``): a medium read out, a scene one is on, a scene over
before the story's moment, a phrase in another's relative clause, a year in a relative clause on who speaks."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import ArticleMaker
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow


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
    article: ArticleMaker, reading: str, channel: str | None
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


def test_a_year_in_a_relative_clause_on_who_speaks_is_no_scene_time(article: ArticleMaker) -> None:
    """The setting's medium is carried to the quote after it, but the year the relative clause on its speaker tells
    ("who joined the club in 2019") is that person's past."""
    text = (
        "The striker, who joined the club from Dunmore in 2019, made the promise in a video posted on the club's "
        "website. “I have never thought about leaving,” the striker said."
    )
    found = article(text, published=DAY).one("I have never thought about leaving,", "said", "the striker")
    assert _texts(found) == ("a video posted on the club's website", None, None)


@pytest.mark.parametrize(
    ("introduction", "expected"),
    [
        # a person introduced by name and age: the time of that sentence is of her life, not of her quote before it
        ("Tamsin Hocking, 19, joined the crew last Christmas.", (None, None)),
        # with whom she spoke to, the sentence tells of a saying: its time is the occasion's
        ("Tamsin Hocking, 19, spoke to reporters on Tuesday.", (None, "on Tuesday")),
    ],
)
def test_a_sentence_introducing_a_person_by_age_dates_no_statement_of_hers(
    article: ArticleMaker, introduction: str, expected: tuple[str | None, str | None]
) -> None:
    text = f"“I have never been so cold,” said the youngest volunteer at the table.\n\n{introduction}"
    art = article(text, published=DAY)
    found = art.one("I have never been so cold,", "said", "the youngest volunteer at the table", kind="direct")
    channel, _, time = _texts(found)
    assert (channel, time) == expected


@pytest.mark.parametrize(
    ("setting", "channel"),
    [
        ("Earlier, on a walkabout along Bridge Street, Mayor Dana Hill stopped to talk to Jean Harker.", "a walkabout"),
        # after its verb "on" names a seat or a topic, no scene anyone was at
        ("Earlier, Mayor Dana Hill stopped to talk to Jean Harker on the walkabout plans.", None),
    ],
)
def test_a_scene_one_is_on_set_off_before_the_verb_places_its_subject_there(
    article: ArticleMaker, setting: str, channel: str | None
) -> None:
    text = f"{setting}\n\nHill asked whether she had saved her photographs."
    art = article(text, published=DAY)
    [asked] = art.resolve([art.candidate("whether she had saved her photographs", "asked", "Hill")])[1]
    assert _texts(asked)[0] == channel


_THE_CALL = (
    "“I had to get off the train to hear anything,” Tomasz Wierzbicki told SRF in an interview.\n\n"
    "Wierzbicki {verb} on his way to a conference in Basel when the call came.\n\n"
    "He said he would spend his share on a very good bicycle."
)


@pytest.mark.parametrize(
    ("flag", "verb", "expected"),
    [
        (True, "had been", ("an interview", "SRF")),
        (False, "had been", ("the call", None)),
        (True, "was", ("the call", None)),  # the call came as the story goes on: he speaks in it
    ],
)
def test_a_scene_over_before_the_story_s_moment_is_not_where_its_subject_speaks_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, verb: str, expected: tuple[Any, ...]
) -> None:
    """ "Wierzbicki had been on his way to a conference in Basel when the call came": a sentence with no statement
    telling of a scene in the past perfect sets nothing for the statements after it; the interview goes on
    (``EARLIER_SCENES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.sentence_settings.EARLIER_SCENES", flag)
    art = article(_THE_CALL.format(verb=verb), published=DAY)
    assert _texts(art.one("a very good bicycle", "said", "He"))[:2] == expected


_OWN_CLAUSE = (
    "On Tuesday Ruth Malloy spoke about the flood rules, {clause}.\n\n“We built too close to the river,” Malloy said."
)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("clause", "channel"),
    [
        # the interview is the governor's, in a relative clause of his own: not where Malloy spoke
        ("a plan Governor Tom Reyes praised in an interview with the Gazette", None),
        # the relative clause's own subject is the sentence's: her own interview
        ("a plan she set out in an interview with the Gazette", "an interview with the Gazette"),
        # the relative clause is the rules' own, with no subject of its own: no one else's interview
        ("which were set out in an interview with the Gazette", "an interview with the Gazette"),
    ],
)
def test_a_channel_in_a_relative_clause_with_its_own_subject_is_not_the_sentence_subject_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, clause: str, channel: str | None
) -> None:
    """ "Starr ... investigated the suicide of Vincent Foster, an incident Trump brought up in an interview with The
    Washington Post": the interview belongs to the relative clause's own subject, and the sentence's subject, set the
    sentence's day, is not carried into it (with ``OWN_CLAUSE_PHRASES`` off, the interview was carried to Malloy's
    quote after it)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.sentence_settings.OWN_CLAUSE_PHRASES", flag)
    art = article(_OWN_CLAUSE.format(clause=clause), published=DAY)
    found = art.one("We built too close to the river,", "said", "Malloy", kind="direct")
    expected = channel if flag else "an interview with the Gazette"
    assert _texts(found)[0] == expected
    assert _texts(found)[2] == "Tuesday"


_SPOKE_WITH = (
    "The mayor later flew back to Dayton, where she spoke with {whom}.\n\n"
    "“We will not raise taxes this year,” the mayor said."
)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("whom", "coordinated"),
    [
        # two people named with "and": the words that follow went to both
        ("Gazette reporter Ann Lee and Herald writer Bo Tran", "Gazette reporter Ann Lee and Herald writer Bo Tran"),
        # one person: nothing to join
        ("Gazette reporter Ann Lee", "Gazette reporter Ann Lee"),
    ],
)
def test_a_setting_s_addressee_is_the_whole_coordination(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, whom: str, coordinated: str
) -> None:
    """ "where he spoke with POLITICO senior writer Michael Grunwald and Washington Post reporter Jim Tankersley": the
    setting's addressee is everyone the verb names with "and", as a statement's is (``SETTING_COORDINATED``); off, the
    first one only."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.sentence_settings.SETTING_COORDINATED", flag)
    art = article(_SPOKE_WITH.format(whom=whom), published=DAY)
    found = art.one("We will not raise taxes this year,", "said", "the mayor", kind="direct")
    assert _texts(found)[1] == (coordinated if flag else "Gazette reporter Ann Lee")


_TOWN_HALL_OFFERED = (
    "During a town hall meeting broadcast by a local station, the senator and the governor offered Ohio voters "
    "different plans for the state.\n\n"
    "“We can fix the roads,” the senator said."
)
_DEBUT = (
    "In his first campaign appearance of the year, Tom Harlan gave a crowd of about 500 in the school gym a warm "
    "endorsement of his wife.\n\n“She is the most amazing person,” Harlan said."
)


@pytest.mark.parametrize("flag", [True, False])
def test_an_audience_given_something_at_a_scene_is_whom_its_people_speak_to(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "In his first campaign appearance ..., Tom Harlan gave a crowd of about 500 ... a warm endorsement": the crowd
    is the scene's addressee, carried to his quote after it (``told_addressees.AUDIENCES_GIVEN``); off, none."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.told_addressees.AUDIENCES_GIVEN", flag)
    found = article(_DEBUT, published=DAY).one("She is the most amazing person", "said", "Harlan", kind="direct")
    assert _texts(found)[:2] == ("his first campaign appearance", "a crowd of about 500" if flag else None)


@pytest.mark.parametrize("flag", [True, False])
def test_an_audience_a_statement_s_cue_gives_to_is_carried_in_its_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "the senator and the governor offered Ohio voters different plans": the statement's own addressee
    (``stated_addressees.cue_addressee``), carried to the senator's quote in the town hall meeting."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.told_addressees.AUDIENCES_GIVEN", flag)
    art = article(_TOWN_HALL_OFFERED, published=DAY)
    offered = art.candidate("different plans for the state", "offered", "the senator and the governor")
    said = art.candidate("We can fix the roads", "said", "the senator", after="fix", kind="direct")
    first, second = art.resolve([offered, said])[1]
    whom = "Ohio voters" if flag else None
    assert _texts(first)[1] == whom and _texts(second)[1] == whom
