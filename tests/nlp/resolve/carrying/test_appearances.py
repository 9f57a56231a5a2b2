"""A body one appears before, narrated in the lede with its day, heard through the voices after it
(``lede_sessions.APPEARANCES``), a question put in the room to one of its people (``QUESTIONS_IN_THE_ROOM``), and a
headline's speaker who is not heard before the session (``occasions.HEADLINE_HEARD_IN_SESSION``), and a trial opened
with its first turn (``OPENED_WITH_A_TURN``). The articles are written for the round (hearings) in the forms of a US
Senate confirmation hearing, a Westminster select committee, a Ghanaian and a Kenyan parliamentary vetting, and a Crown
Court and a US federal trial."""

from __future__ import annotations

import pytest

from ..conftest import occasion_of, occasion_on_and_off

pytestmark = pytest.mark.slow

_SESSIONS = "quotegraph.nlp.resolve.carrying.lede_sessions."
_APPEARANCES = _SESSIONS + "APPEARANCES"
_QUESTIONS = _SESSIONS + "QUESTIONS_IN_THE_ROOM"
_TURN = _SESSIONS + "OPENED_WITH_A_TURN"
_HEADLINE = "quotegraph.nlp.resolve.carrying.occasions.HEADLINE_HEARD_IN_SESSION"

_SENATE = (
    "Defence nominee grilled over Ukraine aid\n\n"
    "Pete Hanley, the president's nominee for defence secretary, appeared before the Senate Armed Services Committee "
    "on Tuesday.\n\n"
    "Hanley said he would keep every commitment the department had made to its allies.\n\n"
    "Sen. Roger Wicker asked whether the Pentagon could afford a new fleet of ships.\n\n"
    "Hanley replied that the budget would have to grow.\n\n"
    "Sen. Jack Reed said the nominee had not answered the question.\n\n"
    "In an interview with Fox News on Friday, the senator's spokesman said the vote would be close.\n\n"
    "Reed later said the committee would vote next week."
)
_COMMITTEE = "the Senate Armed Services Committee"
_SELECT = (
    "Water boss defends bonuses\n\n"
    "The chief executive of Thames Water, Chris Weston, gave evidence to the Environment Select Committee on "
    "Wednesday.\n\n"
    "Weston said the company needed new investors before the summer.\n\n"
    "The committee's chair, Alistair Carmichael, said customers would be angry."
)
_GHANA = (
    "Minister-designate pledges to end galamsey\n\n"
    "The Minister-designate for Lands and Natural Resources, Emmanuel Armah-Kofi Buah, appeared before Parliament's "
    "Appointments Committee on Monday.\n\n"
    "Mr Buah said illegal mining had destroyed the country's rivers."
)
_KENYA = (
    "CS nominee vows to clean up ministry\n\n"
    "Health Cabinet Secretary nominee Deborah Barasa faced the National Assembly's Appointments Committee on "
    "Thursday.\n\n"
    "Barasa said the ministry would clear the pending bills within a year.\n\n"
    "Kimilili MP Didmus Barasa asked her how she would fix the health insurance scheme.\n\n"
    "She said the scheme would be audited."
)
_KENYA_COMMITTEE = "the National Assembly's Appointments Committee"
_SAID_AFTER = (
    "Nominee faces senators\n\n"
    "The nominee for attorney general, Jane Ford, testified before the Senate Judiciary Committee in 2019.\n\n"
    "Ford said on Monday that she would recuse herself.\n\n"
    "Sen. Dick Durbin said the recusal came too late."
)

_OPENED_WITH = (
    "Fraud trial opens\n\n"
    "The fraud trial of a former bank manager opened at Southwark Crown Court on Tuesday, with prosecutors telling the "
    "jury she had stolen £2 million from elderly customers.\n\n"
    "Prosecutor Jane Carter KC said the defendant had forged signatures on 40 accounts.\n\n"
    "Defence barrister Tom Hill KC said his client had been framed."
)
_BEGAN_AS = (
    "Ex-mayor's bribery trial begins\n\n"
    "The bribery trial of former Mayor Carl Dent began in federal court in Chicago on Tuesday as prosecutors told "
    "jurors that he had taken $50,000 in cash.\n\n"
    "Defense lawyer Mark Hunter said the money was a loan.\n\n"
    "A former aide, Lisa Moreno, said she had counted the cash."
)


@pytest.mark.usefixtures("rules_alone")
def test_the_voices_after_an_appearance_are_heard_before_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "appeared before the Senate Armed Services Committee on Tuesday", then the nominee's answer and a senator's
    remark: the committee and its day; off, the day only (the nominee's own), and nothing for the senator."""
    nominee, nominee_off = occasion_on_and_off(monkeypatch, _APPEARANCES, _SENATE, "every commitment")
    assert nominee == (_COMMITTEE, None, "on Tuesday")
    assert nominee_off == (None, None, "on Tuesday")
    monkeypatch.setattr(_APPEARANCES, True)
    senator, senator_off = occasion_on_and_off(monkeypatch, _APPEARANCES, _SENATE, "had not answered")
    assert senator == (_COMMITTEE, None, "on Tuesday")
    assert senator_off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_with_an_occasion_of_its_own_closes_the_hearing(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "In an interview with Fox News on Friday": the story has left the hearing; the voice after it gets nothing of
    it."""
    on, off = occasion_on_and_off(monkeypatch, _APPEARANCES, _SENATE, "vote next week")
    assert on == off
    assert on[0] != _COMMITTEE and on[2] != "on Tuesday"


@pytest.mark.usefixtures("rules_alone")
def test_evidence_given_to_a_select_committee_is_its_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "gave evidence to the Environment Select Committee on Wednesday": the chair's remark is heard there."""
    on, off = occasion_on_and_off(monkeypatch, _APPEARANCES, _SELECT, "customers would be angry")
    assert on == ("the Environment Select Committee", None, "on Wednesday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_vetting_lede_with_no_statement_opens_the_hearing(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "appeared before Parliament's Appointments Committee on Monday", a sentence the finder reads no statement in:
    the nominee's answer is given the committee and the day; off, nothing."""
    on, off = occasion_on_and_off(monkeypatch, _APPEARANCES, _GHANA, "destroyed the country's rivers")
    assert on == ("Parliament's Appointments Committee", None, "on Monday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_headline_speaker_is_not_heard_before_the_hearing(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "CS nominee vows to clean up ministry" quotes the nominee in the headline; her answer below is still heard in
    the committee she "faced"; off, the headline counted as heard before keeps her out of it."""
    on, off = occasion_on_and_off(monkeypatch, _HEADLINE, _KENYA, "pending bills")
    assert on == (_KENYA_COMMITTEE, None, "on Thursday")
    assert off[0] is None


@pytest.mark.usefixtures("rules_alone")
def test_a_question_put_in_the_room_stays_in_the_hearing(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Kimilili MP Didmus Barasa asked her how": the member's question and the nominee's answer after it are heard in
    the committee; off, the question told to "her" leaves the session and the answer gets nothing."""
    asked, asked_off = occasion_on_and_off(monkeypatch, _QUESTIONS, _KENYA, "health insurance scheme")
    assert asked == (_KENYA_COMMITTEE, "her", "on Thursday")
    assert asked_off[0] is None
    monkeypatch.setattr(_QUESTIONS, True)
    answer, answer_off = occasion_on_and_off(monkeypatch, _QUESTIONS, _KENYA, "would be audited")
    assert answer == (_KENYA_COMMITTEE, None, "on Thursday")
    assert answer_off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_an_appearance_with_no_day_opens_nothing() -> None:
    """ "testified before the Senate Judiciary Committee in 2019": a year is no session's day; a later voice is not
    heard in that committee."""
    assert occasion_of(_SAID_AFTER, "came too late")[0] != "the Senate Judiciary Committee"


@pytest.mark.usefixtures("rules_alone")
def test_a_trial_opened_with_its_first_turn_is_the_voices_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The fraud trial ... opened at Southwark Crown Court on Tuesday, with prosecutors telling the jury": the
    defence barrister after it is heard in the trial on its day; off, the lede's statement kept the trial unread."""
    on, off = occasion_on_and_off(monkeypatch, _TURN, _OPENED_WITH, "been framed")
    assert on == ("The fraud trial of a former bank manager", None, "on Tuesday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_trial_begun_as_a_turn_is_told_is_the_witness_s_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The bribery trial ... began ... on Tuesday as prosecutors told jurors": a witness after it, named by no court
    role, is heard in the trial; off, nothing."""
    on, off = occasion_on_and_off(monkeypatch, _TURN, _BEGAN_AS, "counted the cash")
    assert on[2] == "on Tuesday" and on[0] is not None and "trial" in on[0]
    assert off == (None, None, None)
