"""A hearing's or a sitting's later voices (round hearingvoices): a sentencing hearing told with its named court
(``channels.PLACES_OF_A_SESSION``) and a minister's question time in a house
(``carried_channels.QUESTION_TIMES_ARE_ONE_SITTING``). The articles are written for the round in the forms of Irish
court reporting and of a South African parliament's question session."""

from __future__ import annotations

import pytest

from ..conftest import occasion_on_and_off

pytestmark = pytest.mark.slow

_PLACES = "quotegraph.nlp.resolve.stated.channels.PLACES_OF_A_SESSION"
_QUESTIONS = "quotegraph.nlp.resolve.carrying.carried_channels.QUESTION_TIMES_ARE_ONE_SITTING"

_TULLAMORE = (
    "Driver jailed for killing cyclist\n\n"
    "Detective Garda Aoife Kelly told a sentencing hearing at Tullamore Circuit Criminal Court on Wednesday that the "
    "accused had been driving at 160km/h.\n\n"
    "Defence counsel Brian Doyle said his client was deeply remorseful.\n\n"
    "Judge Karen Moran said the driving had been reckless in the extreme."
)
_HEARING = "a sentencing hearing at Tullamore Circuit Criminal Court"
_ASSEMBLY = (
    "Answering questions in the National Assembly on Thursday, Water Minister Thandi Mokoena said the new tariffs "
    "would protect the poorest households.\n\n"
    "She said 40 percent of homes would pay nothing for the first six kilolitres.\n\n"
    "Mokoena said the department would publish the figures next month."
)
_QUESTION_TIME = "questions in the National Assembly"
_SUPREME = (
    "Justices weigh the map\n\n"
    "Speaking at the Supreme Court on Tuesday, Solicitor General Ann Park said the state's new map was fair.\n\n"
    "Justice Ruth Lane said the map looked drawn for one party."
)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    "content",
    ["160km/h", "deeply remorseful", "reckless in the extreme"],
    ids=["the-garda-told-it", "counsel", "the-judge"],
)
def test_a_hearing_at_a_named_court_is_the_channel_its_voices_are_heard_in(
    monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    """ "told a sentencing hearing at Tullamore Circuit Criminal Court on Wednesday": the hearing (with its court) is
    the channel and the voices after it are heard in it on its day; off, the named court alone is the garda's channel
    and is carried to nobody."""
    on, off = occasion_on_and_off(monkeypatch, _PLACES, _TULLAMORE, content)
    assert on == (_HEARING, None, "on Wednesday")
    assert off != on


@pytest.mark.usefixtures("rules_alone")
def test_a_named_court_on_its_own_is_still_a_scene(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Speaking at the Supreme Court on Tuesday": no session noun houses the court, which stays the channel."""
    on, off = occasion_on_and_off(monkeypatch, _PLACES, _SUPREME, "new map was fair")
    assert on == off
    assert on[0] == "the Supreme Court"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("content", ["40 percent of homes", "publish the figures"], ids=["she-said", "named-again"])
def test_a_ministers_question_time_is_one_sitting_her_next_turns_are_heard_in(
    monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    """ "Answering questions in the National Assembly on Thursday, the minister said", then "She said": the questions
    are one sitting's, carried to her next turns; off, the plural is read as many occasions and none is carried."""
    on, off = occasion_on_and_off(monkeypatch, _QUESTIONS, _ASSEMBLY, content)
    assert on[0] == _QUESTION_TIME
    assert off[0] is None


@pytest.mark.usefixtures("rules_alone")
def test_the_ministers_own_sentence_keeps_its_question_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stated channel of the first turn is the question time with the rule on or off."""
    on, off = occasion_on_and_off(monkeypatch, _QUESTIONS, _ASSEMBLY, "poorest households")
    assert on == off == (_QUESTION_TIME, None, "on Thursday")
