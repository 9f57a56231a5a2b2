"""A session or a meeting told once in narration, its first voice speaking to the body gathered at a moment of it, and
the later voices at it (``open_scenes.MOMENTS_AT_THE_SCENE``, ``gatherings.DAY_UNDER_A_MOMENT``,
``gatherings.SESSIONS``). The articles are written for the round (sessionvoices)."""

from __future__ import annotations

import pytest

from ..conftest import occasion_of

pytestmark = pytest.mark.slow

_LEDE = (
    "Lakeside council backs ferry plan\n\n"
    "Lakeside will get a year-round ferry to the mainland after a close vote by its council.\n\n"
    "The plan has divided the island since the old pier was closed in 2023.\n\n"
    "The vote was taken at the council's evening session in the town hall on Tuesday night.\n\n"
)
_MAYOR = (
    "“We have argued about this for two years. Tonight we decide,” the mayor, Ingrid Solberg, told the councillors "
    "{when}."
)
_SESSION = (
    _LEDE + _MAYOR + "\n\n"
    "Solberg said nine of the eleven members had asked for the plan to go ahead.\n\n"
    "A fisherman from the north shore, Tomas Reinholt, said the ferry would cut his trip to market by an hour.\n\n"
    "In a statement on Wednesday, the ferry company said it welcomed the vote.\n\n"
    "A commuter, Hanne Lie, said the plan came too late for her."
)
_MEETING = (
    "Parents win reprieve for village school\n\n"
    "The village school in Dunmore will stay open for at least another year.\n\n"
    "The plan to close it was shelved at a meeting of the school board in the parish hall on Monday evening.\n\n"
    "“You have heard the parents, and so have I,” the board's chair, Aoife Brennan, told the trustees as the meeting "
    "drew to a close.\n\n"
    "A parent of two pupils, Declan Moran, said the families had collected 900 signatures in a week."
)
_THE_SESSION = "the council's evening session in the town hall"


def _flags(monkeypatch: pytest.MonkeyPatch, moments: bool, sessions: bool, day: bool) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.open_scenes.MOMENTS_AT_THE_SCENE", moments)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.SESSIONS", sessions)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.DAY_UNDER_A_MOMENT", day)
    # these readings alone: the lede's session ("The vote was taken at the council's evening session ... on Tuesday
    # night") reaches the voices after the mayor's too once her words to the councillors no longer leave it
    # (``lede_sessions.SESSION_AUDIENCES``, test_committee_voices)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.SESSION_AUDIENCES", False)
    # nor the stated join of a body told to its sitting named before (``stated.sitting_hearers.BODY_HEARERS_TOLD``),
    # which gives the mayor's words to the councillors the session and its day of its own
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.sitting_hearers.BODY_HEARERS_TOLD", False)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_one_told_the_body_gathered_at_a_moment_of_the_session_speaks_in_it(
    monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "The vote was taken at the council's evening session ... on Tuesday night", then the mayor "told the councillors
    before she called the vote": a moment of the session, not another occasion, so she speaks in it, to them, at that
    moment, and her next words carry the session, the councillors and its day; with the reading off, no channel."""
    _flags(monkeypatch, flag, True, True)
    text = _SESSION.format(when="before she called the vote")
    channel = _THE_SESSION if flag else None
    assert occasion_of(text, "Tonight we decide") == (channel, "the councillors", "before she called the vote")
    assert occasion_of(text, "nine of the eleven members") == (channel, "the councillors", "on Tuesday night")


@pytest.mark.usefixtures("rules_alone")
def test_a_day_of_its_own_is_another_occasion_than_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "told the councillors on Wednesday": a day of its own, not a moment of Tuesday night's session: not in it, and
    no later voice joins the session through her."""
    _flags(monkeypatch, True, True, True)
    text = _SESSION.format(when="on Wednesday")
    assert occasion_of(text, "Tonight we decide") == (None, "the councillors", "on Wednesday")
    assert occasion_of(text, "cut his trip to market") == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("sessions", "day"), [(True, True), (False, True), (True, False)])
def test_a_later_voice_joins_the_session_on_its_day(monkeypatch: pytest.MonkeyPatch, sessions: bool, day: bool) -> None:
    """The fisherman named after the mayor's words speaks at the session (a council's session is many people's turns,
    ``SESSIONS``) on its day, the day kept under her moment (``DAY_UNDER_A_MOMENT``), not to the councillors she told;
    either reading off, he is given nothing."""
    _flags(monkeypatch, True, sessions, day)
    text = _SESSION.format(when="before she called the vote")
    expected = (_THE_SESSION, None, "on Tuesday night") if sessions and day else (None, None, None)
    assert occasion_of(text, "cut his trip to market") == expected


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_after_a_statement_on_another_day_is_not_at_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commuter quoted after the company's statement of Wednesday: the story has left the session."""
    _flags(monkeypatch, True, True, True)
    text = _SESSION.format(when="before she called the vote")
    assert occasion_of(text, "came too late for her") == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_meeting_s_day_under_its_chair_s_moment_dates_its_next_voice(
    monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The chair "told the trustees as the meeting drew to a close" (the meeting named again, at a moment of it); the
    parent named next speaks at the meeting on Monday evening, its day (``DAY_UNDER_A_MOMENT``); with the reading off,
    the moment is no weekday and he joins nothing. The channel carried is the meeting's first mention, "a meeting of
    the school board" (``circumstances.SCENES_NAMED_BY_THEIR_MATTER``), as occasion.md wants a carried value."""
    _flags(monkeypatch, True, True, flag)
    first_mention = "a meeting of the school board in the parish hall"
    expected = (first_mention, None, "on Monday evening") if flag else (None, None, None)
    assert occasion_of(_MEETING, "900 signatures") == expected


@pytest.mark.usefixtures("rules_alone")
def test_a_session_whose_day_was_kept_from_elsewhere_is_not_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mayor "told the island's radio station on Monday", then "said at the council's session in the town hall"
    (its day kept from the interview, not named with it): a session may be one sitting of a longer event, so the
    fisherman named next is not placed at it on a day nobody gave it. Since the forty-second set the interview is a
    recall that suspends the lede's session (``RECALLS_SUSPEND``), and the fisherman is heard at that session, on
    the day the lede gave it; with that reading off he joins nothing, as before."""
    _flags(monkeypatch, True, True, True)
    text = (
        _LEDE + "The mayor, Ingrid Solberg, told the island's radio station on Monday that the ferry was overdue.\n\n"
        "Solberg said at the council's session in the town hall that the island could not wait another winter.\n\n"
        "A fisherman from the north shore, Tomas Reinholt, said the ferry would cut his trip to market by an hour."
    )
    assert occasion_of(text, "not wait another winter") == ("the council's session in the town hall", None, "on Monday")
    lede_session = ("the council's evening session in the town hall", None, "on Tuesday night")
    assert occasion_of(text, "cut his trip to market") == lede_session
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.RECALLS_SUSPEND", False)
    assert occasion_of(text, "cut his trip to market") == (None, None, None)
