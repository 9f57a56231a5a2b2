"""A meeting narrated in the lede, heard through its members' and speakers' later voices (``lede_sessions``:
``SPOKEN_IN``, ``DAYS_TOLD_BEFORE``, ``SESSION_AUDIENCES``). The articles are written for the round (committeevoices)
in the forms of Scottish and English council planning, US primary debates and Australian and Indian council reporting:
the day on the decision's verb and the meeting in the next sentence; voices told to the committee or its members; a
debate the lede's own statement is made in; and where the voices stop belonging to the meeting."""

from __future__ import annotations

import pytest

from ..conftest import occasion_of, occasion_on_and_off

pytestmark = pytest.mark.slow

_MODULE = "quotegraph.nlp.resolve.carrying.lede_sessions"

_PLANNING = (
    "Councillors reject wind farm plan\n\n"
    "Members of Highland Council's south planning committee voted six to four on Wednesday to refuse the application "
    "for a 14-turbine wind farm near Tomatin. The committee heard from two objectors and the developer's agent before "
    "a debate that lasted more than an hour.\n\n"
    "Addressing councillors, Moira Grant, who lives in the village, said the turbines would tower over the glen.\n\n"
    "Alasdair Ross, who farms at Dalmagarry, spoke next. He told the committee the access road would cross his "
    "grazing.\n\n"
    "Speaking for the applicant, Fiona Baird told members the scheme would pay £300,000 a year into a community fund."
    "\n\nCouncillor Ken Gowans said the site was the wrong place for turbines of that height.\n\n"
    "After the meeting, Ms Grant told the Courier that the village was relieved."
)
_ENGLISH = (
    "Supermarket plan thrown out\n\n"
    "Plans for a new supermarket on the edge of Thame were thrown out by South Oxfordshire District Council's planning "
    "committee on Tuesday evening. The committee heard from residents, the town council and the developer at a "
    "meeting that ran for three hours.\n\n"
    "Speaking against the plans, resident Paul Hart told councillors the junction could not take more traffic.\n\n"
    "Town councillor Janet Moss said the store would empty the high street.\n\n"
    "In a statement on Thursday, the developer, Tarrant Homes, said it would appeal."
)
_PRIMARY = (
    "Democrats pile on governor in Des Moines\n\n"
    "The Democratic candidates for governor on Tuesday lashed out at Gov. Kim Reynolds over rural hospital closures in "
    "a debate that could reshape the race.\n\n"
    "State Sen. Laura Price said the closures had left whole counties without a maternity ward.\n\n"
    "Former Des Moines mayor Dan Ortiz said the state should buy the hospitals outright.\n\n"
    "In an interview on Wednesday, Price told the Register that she would not attack her rivals."
)
_SHIRE = (
    "Shire rejects quarry expansion\n\n"
    "Moira Shire councillors voted five to two at Wednesday's ordinary council meeting to reject the quarry's "
    "expansion. The gallery was full for a debate that ran for over an hour.\n\n"
    "Cr Ed Cox told the meeting the trucks would use a road past the primary school.\n\n"
    "Cr Libro Mustica said the quarry had supplied the region for forty years.\n\n"
    "Mayor Peter Mansfield later told the Cobram Courier the decision had been a hard one."
)
_INDIAN = (
    "Corporation council clears property tax hike\n\n"
    "The Coimbatore Corporation council on Friday approved a 50% increase in property tax after a heated debate. "
    "Opposition members staged a walkout during the meeting.\n\n"
    "Councillor R. Rajkumar said the hike would burden the poor.\n\n"
    "Mayor K. Kalpana said the corporation had not revised the tax for twenty years."
)


@pytest.mark.usefixtures("rules_alone")
def test_a_debate_after_a_day_told_on_the_vote_is_the_first_voice_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "voted six to four on Wednesday to refuse ... The committee heard from two objectors ... before a debate", then
    "Addressing councillors, X said": the debate, on the vote's Wednesday; off, the debate has no day, gives nothing."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.DAYS_TOLD_BEFORE", _PLANNING, "tower over the glen")
    assert on == ("a debate", None, "on Wednesday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_told_to_the_committee_s_members_stays_in_its_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Speaking for the applicant, W told members": the members are the committee's, she speaks in its debate on its
    day; off, her own addressee leaves the session and she keeps only it."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.SESSION_AUDIENCES", _PLANNING, "community fund")
    assert on == ("a debate", "members", "on Wednesday")
    assert off == (None, "members", None)


@pytest.mark.usefixtures("rules_alone")
def test_the_voice_after_one_told_to_councillors_is_still_in_the_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "resident Paul Hart told councillors", then "Town councillor Janet Moss said": both in the committee's meeting
    on Tuesday evening; off, Hart's addressee ends the meeting for the story and Moss gets nothing."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.SESSION_AUDIENCES", _ENGLISH, "empty the high street")
    assert on == ("a meeting", None, "on Tuesday evening")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_voices_after_the_meeting_are_not_given_it() -> None:
    """ "After the meeting, Ms Grant told the Courier", "In a statement on Thursday, the developer said", "Mayor X later
    told the Cobram Courier": each has an occasion of its own, and the story has left the meeting."""
    assert occasion_of(_PLANNING, "village was relieved") == (None, "the Courier", "After the meeting")
    assert occasion_of(_ENGLISH, "it would appeal") == ("a statement", None, "on Thursday")
    assert occasion_of(_SHIRE, "a hard one")[0] is None


@pytest.mark.usefixtures("rules_alone")
def test_the_field_heard_after_a_lede_statement_made_in_a_debate_is_in_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "The Democratic candidates for governor on Tuesday lashed out at Gov. X ... in a debate", then each candidate:
    the debate on Tuesday for the second of them; off, the lede's own statement keeps the debate from being read as the
    lede's session, and the second candidate gets nothing."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.SPOKEN_IN", _PRIMARY, "buy the hospitals outright")
    assert on == ("a debate", None, "on Tuesday")
    assert off != on


@pytest.mark.usefixtures("rules_alone")
def test_a_candidate_heard_again_in_an_interview_leaves_the_debate() -> None:
    """ "In an interview on Wednesday, Price told the Register": her own occasion, another day."""
    assert occasion_of(_PRIMARY, "not attack her rivals") == ("an interview", "the Register", "on Wednesday")


@pytest.mark.usefixtures("rules_alone")
def test_council_meetings_read_before_the_round_keep_their_voices() -> None:
    """The shire's "Wednesday's ordinary council meeting" and the corporation's "during the meeting" on Friday were read
    before the round (``lede_session``'s possessive day, the scene's own readings) and still are."""
    assert occasion_of(_SHIRE, "quarry had supplied") == ("Wednesday's ordinary council meeting", None, "Wednesday")
    assert occasion_of(_INDIAN, "not revised the tax") == ("the meeting", None, "on Friday")


_MOVED_ON = (
    "Supermarket plan thrown out\n\n"
    "Plans for a new supermarket on the edge of Thame were thrown out by South Oxfordshire District Council's planning "
    "committee on Tuesday evening. The committee heard from residents, the town council and the developer at a "
    "meeting that ran for three hours.\n\n"
    "Town councillor Janet Moss said the store would empty the high street.\n\n"
    "The store would have had 200 parking spaces and a petrol station.\n\n"
    "Tarrant Homes bought the field from a local farmer on 3 March 2019.\n\n"
    "Local historian Ann Bell said the field had flooded every winter since the war."
)


@pytest.mark.usefixtures("rules_alone")
def test_a_sentence_telling_another_day_ends_the_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Tarrant Homes bought the field from a local farmer on 3 March 2019": the story has gone to another day, and the
    historian heard after it (beyond a gathering's reach) was not at the meeting; off, she is given the meeting and its
    evening."""
    assert occasion_of(_MOVED_ON, "empty the high street") == ("a meeting", None, "on Tuesday evening")
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.TIMES_MOVED_ON", _MOVED_ON, "flooded every winter")
    assert on == (None, None, None)
    assert off == ("a meeting", None, "on Tuesday evening")


_CLAUSE_TIME = (
    "Republicans pile on the governor\n\n"
    "The leading Republican candidates for governor Thursday lashed out at Gov. Tom Hale and his lieutenant, Mary "
    "Cole, in a debate that could make or break some of their campaigns.\n\n"
    "As Ann Kerr and Bill Moss led the field before the primary Feb. 1, those trailing them heaped criticism on the "
    "governor and his lieutenant.\n\n"
    '"Our schools are falling apart, and our teachers are leaving," state Rep. Carl Dunn said. If Cole is elected, he '
    'said, "she will close more of them."\n\n'
    "Former sheriff Dale Ames said Hale should resign over the audit.\n\n"
    'Kerr said, "Our state is a mess, and we cannot let it go on."'
)


@pytest.mark.usefixtures("rules_alone")
def test_a_time_told_as_a_clause_does_not_leave_the_debate(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "As Ann Kerr and Bill Moss led the field before the primary Feb. 1, those trailing them heaped criticism": the
    day dates the clause's race, not the statement; the candidates heard after it are still in Thursday's debate. Off,
    that statement's own day leaves the debate for the story. The lede session's ``RECALLS_SUSPEND`` (the forty-second
    set) brings the voices back to the debate by itself, so it is off here to test this reading alone."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.RECALLS_SUSPEND", False)
    on, off = occasion_on_and_off(
        monkeypatch, f"{_MODULE}.CLAUSE_TIMES_LEAVE_NOTHING", _CLAUSE_TIME, "resign over the audit"
    )
    assert on == ("a debate", None, "Thursday")
    assert off[0] is None
