"""Three sessions the hearings round left (the sessionturns round): a body's decision told by its vote or outcome with a
day and no meeting noun (``lede_sessions.DECISIONS_SAT``), a speaker named by a title with a share word ("The Minority
Leader, X,", ``types.TITLE_SHARES_NAME_NOBODY``), and one who went on trial, whose witnesses carry no court title
(``lede_sessions.TRIALS_GONE_ON``). The articles are written for the round in the forms of a US transit board, a
British council cabinet, an Indian municipal standing committee, a Ghanaian vetting, a Singapore
High Court trial and a Nigerian Federal High Court trial."""

from __future__ import annotations

import pytest

from ..conftest import occasion_of, occasion_on_and_off

pytestmark = pytest.mark.slow

_SESSIONS = "quotegraph.nlp.resolve.carrying.lede_sessions."
_DECISIONS = _SESSIONS + "DECISIONS_SAT"
_TRIALS = _SESSIONS + "TRIALS_GONE_ON"
_RECALLED = _SESSIONS + "RECALLED_BEFORE_THE_SESSION"
_TITLES = "quotegraph.nlp.resolve.speakers.types.TITLE_SHARES_NAME_NOBODY"

_TRANSIT = (
    "Transit board votes to raise fares\n\n"
    "The Metro board of directors voted 7-2 on Thursday to raise fares by 25 cents.\n\n"
    "Board chair Linda Park said the increase would close the deficit.\n\n"
    "Director James Cole said riders could not afford it.\n\n"
    "In a statement on Friday, the riders' union said it would challenge the increase.\n\n"
    "Park said the board would review the fares next year."
)
_TRANSIT_BOARD = "The Metro board of directors"
_CABINET = (
    "Libraries to close\n\n"
    "The council's cabinet on Tuesday approved the closure of three libraries.\n\n"
    "The cabinet member for communities, Sarah Hughes, said the decision had been difficult.\n\n"
    "Opposition leader Tom Price said the libraries were a lifeline."
)
_STANDING = (
    "Civic body clears road project\n\n"
    "The standing committee of the Pune Municipal Corporation decided on Monday to widen the Sinhagad Road.\n\n"
    "Committee chairman Hemant Rasane said the work would begin after the monsoon.\n\n"
    "Corporator Aba Bagul said the residents had not been consulted."
)
_RECALLING = (
    "Council bans rental scooters\n\n"
    "The city council voted 48-37 on Wednesday to ban rental scooters from the city's streets.\n\n"
    "Councillor Anna Berg said the pavements belonged to pedestrians.\n\n"
    "Councillor Leena Berg said an emergency doctor at the city hospital had told councillors on the health committee "
    'in September that scooter injuries now filled "a whole trolley bay" on Friday nights.'
)
_SENATE_VOTE = (
    "Senate passes spending bill\n\n"
    "The Senate voted 52-48 on Wednesday to pass the spending bill.\n\n"
    "Sen. Susan Collins said the bill was a compromise."
)
_GHANA = (
    "Minister-designate pledges to end galamsey\n\n"
    "The Minister-designate for Lands and Natural Resources, Emmanuel Armah-Kofi Buah, appeared before Parliament's "
    "Appointments Committee on Monday.\n\n"
    "Mr Buah said illegal mining had destroyed the country's rivers.\n\n"
    "The Minority Leader, Alexander Afenyo-Markin, asked what he would do about foreign miners."
)
_SINGAPORE = (
    "Former finance chief goes on trial\n\n"
    "The former chief financial officer of Orion Holdings, David Lim, went on trial in the High Court on Monday "
    "accused of falsifying the company's accounts.\n\n"
    "Deputy Public Prosecutor Tan Wei Ming said Lim had hidden losses of $40 million.\n\n"
    "The company's former auditor, Rachel Ng, said she had raised concerns in 2019.\n\n"
    "Speaking outside the court, Lim's wife said he was innocent.\n\n"
    "A former clerk, Ong Mei Ling, said the ledgers had been rewritten."
)
_ABUJA = (
    "Kidnap suspects in court\n\n"
    "Two men stood trial in the Federal High Court in Abuja on Wednesday over the kidnapping of a lawmaker.\n\n"
    "A neighbour of the lawmaker, Mrs Ngozi Eze, said she saw the men that night.\n\n"
    "A police officer, Inspector Musa Bello, told the court the men were arrested in Kaduna."
)


@pytest.mark.usefixtures("rules_alone")
def test_a_board_s_vote_is_the_sitting_its_members_speak_at(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The Metro board of directors voted 7-2 on Thursday": the chair's and a director's words are heard at the
    board's sitting on its day; off, nothing."""
    chair, chair_off = occasion_on_and_off(monkeypatch, _DECISIONS, _TRANSIT, "close the deficit")
    assert chair == (_TRANSIT_BOARD, None, "on Thursday")
    assert chair_off == (None, None, None)
    monkeypatch.setattr(_DECISIONS, True)
    director, director_off = occasion_on_and_off(monkeypatch, _DECISIONS, _TRANSIT, "could not afford")
    assert director == (_TRANSIT_BOARD, None, "on Thursday")
    assert director_off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_statement_of_its_own_closes_the_board_s_sitting() -> None:
    """ "In a statement on Friday": the story has left the sitting; the chair's word after it gets nothing of it."""
    channel, _, time = occasion_of(_TRANSIT, "review the fares")
    assert channel != _TRANSIT_BOARD and time != "on Thursday"


@pytest.mark.usefixtures("rules_alone")
def test_a_cabinet_s_approval_with_a_fronted_day_is_its_sitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The council's cabinet on Tuesday approved the closure": the opposition leader is heard there."""
    on, off = occasion_on_and_off(monkeypatch, _DECISIONS, _CABINET, "a lifeline")
    assert on == ("The council's cabinet", None, "on Tuesday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_standing_committee_s_decision_is_its_sitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The standing committee ... decided on Monday to widen the road": a corporator's objection is heard there."""
    on, off = occasion_on_and_off(monkeypatch, _DECISIONS, _STANDING, "not been consulted")
    assert on[0] is not None and "standing committee" in on[0] and on[2] == "on Monday"
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_telling_recalled_in_the_past_perfect_is_not_heard_at_the_sitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "said an emergency doctor ... had told councillors on the health committee in September": that telling was
    before the council sat, though to its members; off, the council's audience kept it in the session."""
    on, off = occasion_on_and_off(monkeypatch, _RECALLED, _RECALLING, "an emergency doctor")
    assert on[0] is None
    assert off[0] == "The city council"


@pytest.mark.usefixtures("rules_alone")
def test_a_legislature_s_vote_is_no_sitting_of_its_members_words() -> None:
    """ "The Senate voted 52-48 on Wednesday": a senator's words may come from anywhere that day; no session."""
    assert occasion_of(_SENATE_VOTE, "a compromise")[0] is None


@pytest.mark.usefixtures("rules_alone")
def test_a_minority_leader_named_by_apposition_is_heard_in_the_hearing(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The Minority Leader, Alexander Afenyo-Markin, asked": a person, not a polled minority, so the committee's
    session reaches the question; off, the title typed a polled share kept it out."""
    on, off = occasion_on_and_off(monkeypatch, _TITLES, _GHANA, "foreign miners")
    assert on == ("Parliament's Appointments Committee", None, "on Monday")
    assert off[0] is None


@pytest.mark.usefixtures("rules_alone")
def test_a_witness_with_no_court_title_speaks_inside_the_trial(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "went on trial in the High Court on Monday", then "The company's former auditor, Rachel Ng, said": she is
    heard in the trial on its day; off, the court's scene reached its counsel only."""
    on, off = occasion_on_and_off(monkeypatch, _TRIALS, _SINGAPORE, "raised concerns")
    assert on == ("trial in the High Court", None, "on Monday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_outside_the_court_closes_the_trial() -> None:
    """ "Speaking outside the court": the story has left the trial; the witness after it gets nothing of it."""
    channel, _, time = occasion_of(_SINGAPORE, "ledgers had been rewritten")
    assert channel is None and time is None


@pytest.mark.usefixtures("rules_alone")
def test_a_neighbour_after_one_who_stood_trial_speaks_inside_it() -> None:
    """ "Two men stood trial in the Federal High Court in Abuja on Wednesday", then a neighbour named by no court role:
    heard in the trial (read on main by the story's scene already; ``TRIALS_GONE_ON`` must not take it away)."""
    channel, _, time = occasion_of(_ABUJA, "saw the men")
    assert channel is not None and "trial" in channel and time == "on Wednesday"
