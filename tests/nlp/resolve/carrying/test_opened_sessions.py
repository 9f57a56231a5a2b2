"""A session narrated as it opens past the lede, heard through the voices inside it, until one speaks outside
(``lede_sessions``: ``SESSIONS_OPENED``, ``OUTSIDE_LEAVES``; ``event_days.told_in_the_past`` reading a mistagged past).
The articles are written for the round (sessionchannels) in the forms of an English Crown Court trial report and an
Australian royal commission hearing: the background first, then the session opened on its day, then its witnesses,
counsel and judge."""

from __future__ import annotations

import pytest

from ..conftest import occasion_on_and_off

pytestmark = pytest.mark.slow

_MODULE = "quotegraph.nlp.resolve.carrying.lede_sessions"

_CROWN = (
    "Builder accused of fraud over flood repairs\n\n"
    "A builder took more than £200,000 from flood victims in Carlisle for repairs he never carried out, a jury has "
    "been told.\n\n"
    "Hundreds of homes in the city were flooded by Storm Desmond in December 2015.\n\n"
    "Many families waited more than a year to return to their homes.\n\n"
    "The trial of Gary Pattinson, 52, opened yesterday at Carlisle Crown Court.\n\n"
    "Prosecutor Tim Evans told the jury Pattinson had taken deposits from 14 families.\n\n"
    "One victim, Margaret Bell, said she had paid £18,000 for a kitchen that was never fitted.\n\n"
    "Cross-examining Mrs Bell, defence counsel Kate Hughes suggested the delays were caused by the insurer.\n\n"
    "Judge Peter Davies told jurors the trial would last three weeks.\n\n"
    "Outside court, Mrs Bell said she just wanted her money back."
)
_COMMISSION = (
    "Royal commission told of ignored warnings\n\n"
    "The scheme raised debts against 400,000 welfare recipients between 2016 and 2019.\n\n"
    "A class action was settled in 2020 for $1.8 billion.\n\n"
    "Many of those who received letters said they had been frightened.\n\n"
    "The hearing resumed in Brisbane on Monday.\n\n"
    "A former departmental lawyer, Anne Pulford, said she had raised concerns in writing.\n\n"
    "Commissioner Catherine Holmes said the evidence was troubling.\n\n"
    "Speaking outside the hearing room, advocate Kate Wilson said victims wanted an apology."
)
_TRIAL = "The trial of Gary Pattinson"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    "content", ["she had paid £18,000", "the delays were caused by the insurer", "the trial would last three weeks"]
)
def test_a_trial_opened_past_the_lede_is_its_voices_channel(monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    """ "The trial of X opened yesterday at Carlisle Crown Court" in the fifth paragraph: the witness, the counsel who
    cross-examined her and the judge are heard in it, on its day; off, none of them is."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.SESSIONS_OPENED", _CROWN, content)
    assert on[0] == _TRIAL and on[2] == "yesterday"
    # "told jurors": the trial either way (``stated.sitting_hearers``)
    if content == "the trial would last three weeks":
        assert off[0] == _TRIAL
    else:
        assert off[0] is None and off[2] is None


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("content", ["she had raised concerns in writing", "the evidence was troubling"])
def test_a_hearing_resumed_is_its_witnesses_and_commissioner_s(monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    """ "The hearing resumed in Brisbane on Monday", after three paragraphs of background: the witness and the
    commissioner are heard in it; off, neither is."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.SESSIONS_OPENED", _COMMISSION, content)
    assert on == ("The hearing", None, "on Monday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content"),
    [(_CROWN, "she just wanted her money back"), (_COMMISSION, "victims wanted an apology")],
)
def test_a_voice_outside_the_room_leaves_the_session(monkeypatch: pytest.MonkeyPatch, text: str, content: str) -> None:
    """ "Outside court, Mrs Bell said", "Speaking outside the hearing room, X said": out of the session's room, the
    story has left it; off, the session carries on to them."""
    on, off = occasion_on_and_off(monkeypatch, f"{_MODULE}.OUTSIDE_LEAVES", text, content)
    assert on[0] is None
    assert off[0] is not None and off[0].startswith("The")
