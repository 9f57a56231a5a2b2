"""A session the lede narrates on a day, heard through its voices (``lede_sessions.LEDE_SESSIONS``). The articles are
written for the round (ledesessions) in the forms of council, assembly, court and legislature reporting the newest
blind pages and the PolNeAR debates tell: the lede narrates the session and holds no statement of its own (or only a
turn told inside the session's phrase), and the voices then speak without naming it again."""

from __future__ import annotations

import pytest

from ..conftest import Found, occasion_of

pytestmark = pytest.mark.slow

_FLAG = "quotegraph.nlp.resolve.carrying.lede_sessions.LEDE_SESSIONS"

_CHENNAI = (
    "Council passes Rs 9,420-crore budget amid walkout\n\n"
    "The Greater Chennai Corporation council passed a ₹9,420-crore budget at its budget session at Ripon Buildings on "
    "Thursday, after a five-hour debate in which Opposition councillors staged a walkout.\n\n"
    "Presenting the budget, standing committee chairman R. Suresh said the corporation would spend ₹1,200 crore on "
    "storm water drains this year.\n\n"
    "Outside the hall, Mr. Ramesh told reporters that the walkout was a protest against the mayor.\n\n"
    "Councillor Meena Devi later said the new schools had no teachers."
)
_SENATE = (
    "Senate passes spending bill\n\n"
    "The Senate voted 52-48 on Wednesday to pass the spending bill after a day of debate in which Democrats accused "
    "Republicans of hiding cuts.\n\n"
    "Sen. Mitch Jones, Republican of Kansas, said the bill would balance the budget within ten years.\n\n"
    "Sen. Amy Clark, Democrat of Oregon, said the cuts would hurt veterans."
)
_FRONTED = (
    "Mayoral hopefuls clash on rates\n\n"
    "During Thursday night's mayoral debate at the Grand Theatre in Ballarat, moderator Kate Hill asked the candidates "
    "a simple question: would they raise rates?\n\n"
    "“Not while I am mayor,” Councillor Tom Price replied.\n\n"
    "His rival, Sarah Lund, said the city could not avoid a rise."
)
_MAYORAL = "Thursday night's mayoral debate at the Grand Theatre in Ballarat"
_TO_COME = (
    "Nevada waits for the debate\n\n"
    "Nevada is staking its claim for influence as the field gathers in Las Vegas on Tuesday night for their fifth "
    "debate.\n\n"
    "Eric Herzik, who chairs the political science department at the University of Nevada, said the state was hard to "
    "poll.\n\n"
    "Michael Green, a historian, said Nevada was a newcomer to the early calendar."
)
_VIEW_HELD = (
    "Committee hears platform testimony\n\n"
    "Supporters of both candidates avoided confrontations during the platform committee's first hearing on Wednesday."
    "\n\nProgressive organizations that have endorsed the senator say they believe the delegates should choose the "
    "winner of the most votes."
)


def _both(monkeypatch: pytest.MonkeyPatch, text: str, content: str) -> tuple[Found, Found]:
    """The statement's occasion with the rule on, then off."""
    on = occasion_of(text, content)
    monkeypatch.setattr(_FLAG, False)
    return on, occasion_of(text, content)


@pytest.mark.usefixtures("rules_alone")
def test_the_first_voice_after_a_narrated_session_is_heard_in_it_on_its_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "passed a budget at its budget session at Ripon Buildings on Thursday", then "Presenting the budget, X said":
    the session and its day; off, the fronted participle keeps the first voice out of it."""
    on, off = _both(monkeypatch, _CHENNAI, "storm water drains")
    assert on == ("its budget session at Ripon Buildings", None, "on Thursday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_with_an_occasion_of_its_own_leaves_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Outside the hall, Mr. Ramesh told reporters": the story has left the session; the voice after it is not given
    the session or its day by the rule."""
    on, off = _both(monkeypatch, _CHENNAI, "no teachers")
    assert on == off
    assert on[0] != "its budget session at Ripon Buildings"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content", "want"),
    [
        (_SENATE, "balance the budget", ("debate", None, "on Wednesday")),
        (_SENATE, "hurt veterans", ("debate", None, "on Wednesday")),
        (_FRONTED, "could not avoid a rise", (_MAYORAL, None, "Thursday night")),
    ],
    ids=["day-on-the-verb-above", "second-voice", "fronted-on-a-statement"],
)
def test_the_voices_of_a_lede_session_are_heard_in_it(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, want: Found
) -> None:
    """A session in the lede: a day of debate on the day the Senate voted, with a turn told in its own phrase; a
    debate with its possessive day fronted on the lede's own statement (the moderator's question), for the voice after
    the reply (the reply itself is the exchange ``taking_part`` reads already)."""
    on, off = _both(monkeypatch, text, content)
    assert on == want
    assert off != want


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content"),
    [(_TO_COME, "hard to poll"), (_TO_COME, "newcomer"), (_VIEW_HELD, "delegates should choose")],
    ids=["session-to-come", "its-second-voice", "a-view-held-now"],
)
def test_no_session_for_one_to_come_or_a_view_held_now(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str
) -> None:
    """A debate to come ("the field gathers ... on Tuesday night for their fifth debate") has no voices yet; a view
    told in the present ("say they believe") is no turn at the session: the rule changes nothing."""
    on, off = _both(monkeypatch, text, content)
    assert on == off
