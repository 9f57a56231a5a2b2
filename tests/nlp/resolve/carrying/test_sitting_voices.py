"""An inquest opened "before" its coroner, heard through its voices: the opening turns named as their own channel ("In
her opening remarks"), and a witness who "told the court" (``lede_sessions``: ``BEFORE_A_PRESIDER``,
``TURNS_IN_THE_SESSION``, ``AUDIENCE_NAMED``). The articles are written for the round (sessionvoices) in the forms of a
Welsh and a Queensland inquest report, in other words than the tuned page's."""

from __future__ import annotations

import pytest

from ..conftest import occasion_on_and_off

pytestmark = pytest.mark.slow

_MODULE = "quotegraph.nlp.resolve.carrying.lede_sessions"

_PONTYPRIDD = (
    "Inquest hears crane driver was not trained\n\n"
    "A crane driver who died when his load fell on a Cardiff building site had not been trained on the machine, an "
    "inquest in Pontypridd has heard.\n\n"
    "Gareth Lloyd, 44, died on March 3 last year after a steel beam slipped from its sling.\n\n"
    "The inquest before Coroner Helen Price opened at Pontypridd Coroner's Court on Tuesday.\n\n"
    "In her opening remarks, the coroner said the jury would hear from six witnesses.\n\n"
    "The site manager, Owen Davies, said the firm had been short of staff all winter.\n\n"
    '"We had nobody to send on the course," Davies told the court.\n\n'
    "A safety inspector, Rhian Morgan, said the crane had not been checked for a year."
)
_ROCKHAMPTON = (
    "Coroner told quad bike had no roll bar\n\n"
    "A farmhand killed when his quad bike rolled on a steep paddock had never been shown how to ride it, an inquest "
    "in Rockhampton has been told.\n\n"
    "Liam Tully, 23, died on a cattle property near Marlborough in June 2024.\n\n"
    "The inquest before Coroner Sandra Kane opened at Rockhampton Courthouse on Monday and is expected to run for two "
    "days.\n\n"
    "In her opening statement, counsel assisting the coroner, Priya Raman, said the bike had no crush protection "
    "fitted.\n\n"
    "The property's manager, Neville Ashby, said the farm had bought the bike second-hand.\n\n"
    '"I never thought to ask about a roll bar," Ashby told the court.\n\n'
    "A police officer, Senior Constable Ben Harris, said the slope was about 25 degrees."
)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content", "day"),
    [
        (_PONTYPRIDD, "short of staff all winter", "on Tuesday"),
        (_PONTYPRIDD, "not been checked for a year", "on Tuesday"),
        (_ROCKHAMPTON, "bought the bike second-hand", "on Monday"),
        (_ROCKHAMPTON, "about 25 degrees", "on Monday"),
    ],
)
def test_an_inquest_opened_before_its_coroner_is_its_witnesses_channel(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, day: str
) -> None:
    """ "The inquest before Coroner X opened at Y on Tuesday", parsed with "before" as a conjunction and the inquest as
    the sentence's root: the witnesses after it are heard in it, on its day; off, the inquest never opens."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.BEFORE_A_PRESIDER", text, content)
    assert on == ("The inquest", None, day)
    assert off[0] != "The inquest" and off[2] is None


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content", "turn", "day"),
    [
        (_PONTYPRIDD, "hear from six witnesses", "her opening remarks", "on Tuesday"),
        (_ROCKHAMPTON, "no crush protection fitted", "her opening statement", "on Monday"),
    ],
)
def test_an_opening_turn_is_made_in_the_session_on_its_day(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, turn: str, day: str
) -> None:
    """ "In her opening remarks, the coroner said": the turn is the channel and the session's day its time; off, the
    turn leaves the session and names no day."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.TURNS_IN_THE_SESSION", text, content)
    assert on == (turn, None, day)
    assert off == (turn, None, None)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content"), [(_PONTYPRIDD, "not been checked for a year"), (_ROCKHAMPTON, "about 25 degrees")]
)
def test_the_witness_after_an_opening_turn_is_still_in_the_session(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str
) -> None:
    """The witnesses after the opening turn: off, the turn's own channel ended the session before any of them spoke."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.TURNS_IN_THE_SESSION", text, content)
    assert on[0] == "The inquest"
    assert off[0] != "The inquest"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content"),
    [(_PONTYPRIDD, "nobody to send on the course"), (_ROCKHAMPTON, "never thought to ask about a roll bar")],
)
def test_a_witness_who_told_the_court_is_heard_in_the_inquest(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str
) -> None:
    """ "Davies told the court": the inquest is the channel, not the court the story named as a place."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.AUDIENCE_NAMED", text, content)
    assert on[0] == "The inquest" and on[1] == "the court"
    assert off[0] != "The inquest"
