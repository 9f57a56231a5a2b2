"""A gathering told once with its day, and the voices quoted after it: a debate held in a council's or a legislature's
room (``gatherings.DEBATES_IN_A_CHAMBER``), an event named by a gathering's noun (``event_days.EVENT_GATHERINGS``),
and a telling recalled in the past perfect between two voices (``carrier.RECALLED_TELLINGS_KEEP_THE_LATEST``). The
articles are written for the round (sessionvoices2)."""

from __future__ import annotations

import pytest

from ..conftest import occasion_of

pytestmark = pytest.mark.slow

_COUNCIL = (
    "Riverton council bans delivery drones over parks\n\n"
    "Riverton's council voted on Tuesday night to ban delivery drones from flying over the city's parks.\n\n"
    "{setting}, Deputy Mayor Ruth Okafor was the first to address councillors.\n\n"
    "“Our parks are not flight paths,” Okafor said.\n\n"
    "The Liberal group opposed the ban. Its spokesman, councillor Marcus Fenwick, called it “a ban on a future we "
    "have not seen yet.”\n\n"
    "Fenwick said the operators had offered to fly only above the river."
)
_IN_THE_CHAMBER = "During a three-hour debate in the council chamber on Tuesday evening"
_DEBATE = (
    "Riverton council bans delivery drones over parks\n\n"
    "Riverton's council voted on Tuesday night to ban delivery drones from flying over the city's parks.\n\n"
    f"{_IN_THE_CHAMBER}, Deputy Mayor Ruth Okafor was the first to address councillors.\n\n"
    "“Our parks are not flight paths,” Okafor said.\n\n"
)
_THE_DEBATE = "a three-hour debate in the council chamber"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_member_quoted_after_the_first_voice_speaks_in_the_chamber_s_debate(
    monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The deputy mayor opens "a three-hour debate in the council chamber on Tuesday evening"; the councillor named
    after her spoke in it, on its day, not to the councillors she addressed; with the reading off, a debate is no
    gathering and he is given nothing."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.DEBATES_IN_A_CHAMBER", flag)
    # the reading alone: the lede's session (``lede_sessions``) gives the same to the voices after it
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.LEDE_SESSIONS", False)
    text = _COUNCIL.format(setting=_IN_THE_CHAMBER)
    assert occasion_of(text, "Our parks are not flight paths") == (_THE_DEBATE, "councillors", "on Tuesday evening")
    expected = (_THE_DEBATE, None, "on Tuesday evening") if flag else (None, None, None)
    assert occasion_of(text, "fly only above the river") == expected


@pytest.mark.usefixtures("rules_alone")
def test_a_debate_named_without_its_room_is_not_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "During Tuesday's televised debate": a debate the story names without the room it was held in may be one that
    commentators speak of from anywhere, so the councillor named next is not placed at it by the gathering's reading.
    (The lede's session, ``lede_sessions``, does place him: a debate the story's first paragraphs tell on a day, in the
    past, fronted on the first voice; measured on PolNeAR debates, docs/occasion-rounds.md, round ledesessions.)"""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.LEDE_SESSIONS", False)
    text = _COUNCIL.format(setting="During a televised debate on Tuesday evening")
    assert occasion_of(text, "fly only above the river") == (None, None, None)


_SCHOOL = (
    "Parents win reprieve for village school\n\n"
    "The village school in Dunmore will stay open for at least another year.\n\n"
    "The school board said in a statement on Friday that it would review the plan.\n\n"
    "{setting}\n\n"
    "A parent of two pupils, Declan Moran, said the families had collected 900 signatures in a week.\n\n"
    "The board's chair, Aoife Brennan, said the board had listened."
)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_an_event_named_by_a_gathering_s_noun_gives_its_channel_with_its_day(
    monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "The vote followed a two-hour meeting of the school board ... on Monday evening": an event's noun that is a
    gathering is the channel of the people heard next as well as their day (``EVENT_GATHERINGS``); off, the day
    alone."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.event_days.EVENT_GATHERINGS", flag)
    # the reading alone: the lede's session (``lede_sessions``) gives the same to the voices after it
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.LEDE_SESSIONS", False)
    setting = "The vote followed a two-hour meeting of the school board in the parish hall on Monday evening."
    meeting = "a two-hour meeting of the school board in the parish hall" if flag else None
    assert occasion_of(_SCHOOL.format(setting=setting), "900 signatures") == (meeting, None, "on Monday evening")


@pytest.mark.usefixtures("rules_alone")
def test_an_event_named_by_a_noun_that_is_no_gathering_gives_its_day_alone() -> None:
    """ "The vote followed a rally outside the parish hall on Monday evening": a rally is one speaker's scene, not
    many people's turns before one room, so the parent quoted next keeps only its day."""
    setting = "The vote followed a rally outside the parish hall on Monday evening."
    assert occasion_of(_SCHOOL.format(setting=setting), "900 signatures") == (None, None, "on Monday evening")


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_recalled_telling_is_not_where_the_story_moved(monkeypatch: pytest.MonkeyPatch, flag: bool) -> None:
    """The deputy mayor says a ranger "had told her in a phone call on Sunday": a telling before the story's past, so
    the councillor named next still joins the debate (``RECALLED_TELLINGS_KEEP_THE_LATEST``); off, he joined the
    recalled call as a gathering, a wrong channel and day. The lede session's ``RECALLS_SUSPEND`` (the forty-second
    set) brings him back to the debate by itself, so it is off here to test this reading alone."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.RECALLS_SUSPEND", False)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.carrier.RECALLED_TELLINGS_KEEP_THE_LATEST", flag)
    text = _DEBATE + (
        "Okafor said a park ranger had told her in a phone call on Sunday that the drones scared the geese.\n\n"
        "Councillor Marcus Fenwick said the operators had offered to fly only above the river."
    )
    assert occasion_of(text, "scared the geese") == ("a phone call", "her", "on Sunday")
    expected = (_THE_DEBATE, None, "on Tuesday evening") if flag else ("a phone call", None, "on Sunday")
    assert occasion_of(text, "fly only above the river") == expected
