"""What kind of saying a cue tells (``sayings``): a habit or a saying that may or must be made carries no channel
(``HABITUAL_SAYINGS``). The articles are written for the round (channelfalsefill), on the forms train 84-473 tells: a
scene set, then its speaker's habit ("often says", "frequently criticizes") or a saying one may make ("can tell")."""

from __future__ import annotations

import pytest

import quotegraph

pytestmark = pytest.mark.slow

_SCENE = (
    "Whitfield rallies supporters in Linden\n\n"
    "Dana Whitfield spoke at a rally in Linden on Tuesday night.\n\n"
    "“We will fix the roads before we raise a single tax,” Whitfield said.\n\n"
)
_AFTER = "\n\nShe added that the budget could not bear another road program."
_HABIT = _SCENE + "“Nobody in this town trusts a promise from the capital,” she often says." + _AFTER
_FREQUENT = _SCENE + "Whitfield frequently criticizes the state government for its spending on highways." + _AFTER
_MAY = _SCENE + "Whitfield can tell voters that the roads come first, but the council decides." + _AFTER
_REPEATED = _SCENE + "Whitfield repeatedly attacked the state government for its spending on highways." + _AFTER


def _channel(text: str, content: str) -> str | None:
    """The channel the whole pipeline gives the statement of ``text`` holding ``content``."""
    found = quotegraph.extract(text, "2026-11-20").attributions
    held = next(a for a in found if a.content is not None and content in a.content.text)
    return None if held.channel is None else held.channel.text


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "content"),
    [(_HABIT, "Nobody in this town"), (_FREQUENT, "the state government"), (_MAY, "the roads come first")],
    ids=["often-says", "frequently-criticizes", "can-tell"],
)
def test_a_habitual_saying_carries_no_channel(
    monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, content: str
) -> None:
    """The rally is its speaker's occasion in force; a habit of hers, or what she may say, was not said at it. The
    statements around it keep the rally: the habit ends nothing."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.sayings.HABITUAL_SAYINGS", flag)
    assert _channel(text, content) == (None if flag else "a rally in Linden")
    assert _channel(text, "single tax") == "a rally in Linden"
    assert _channel(text, "could not bear") == "a rally in Linden"


def test_repeatedly_is_no_habit() -> None:
    """ "repeatedly attacked" tells of one occasion as often as of many (in a debate, at a rally): the scene stays."""
    assert _channel(_REPEATED, "the state government") == "a rally in Linden"


# Sayings told as no one occasion are dated by no carried day (``HABITS_UNDATED``, ``PERFECTS_UNDATED``,
# ``PRESENT_STANCES_UNDATED``; round timekinds): the rally's Tuesday night is Whitfield's occasion in force, but a
# habit, what she has said over time and a stance she holds in the story's present were not said on it.
_OFTEN = _SCENE + "“Nobody in this town trusts a promise from the capital,” she often says." + _AFTER
# the addressee stated, the rest of the occasion in force is kept (``partly_stated``): not its day, for the perfect; a
# perfect that states nothing carried nothing before (a held view, ``carrier._carried``)
_HAS_SAID = _SCENE + "Whitfield has also told reporters that the state government wastes its money." + _AFTER
_SUPPORTS = _SCENE + "Whitfield supports a freeze on the state gas tax for the rest of the year." + _AFTER
_SAYS = _SCENE + "Whitfield says the state government wastes its money on highways." + _AFTER


def _time(text: str, content: str) -> str | None:
    """The time the whole pipeline gives the statement of ``text`` holding ``content``."""
    found = quotegraph.extract(text, "2026-11-20").attributions
    held = next(a for a in found if a.content is not None and content in a.content.text)
    return None if held.time is None else held.time.text


@pytest.mark.parametrize(
    ("text", "content", "constant"),
    [
        (_OFTEN, "Nobody in this town", "HABITS_UNDATED"),
        (_HAS_SAID, "the state government wastes", "PERFECTS_UNDATED"),
        (_SUPPORTS, "a freeze on the state gas tax", "PRESENT_STANCES_UNDATED"),
    ],
    ids=["often-says", "has-told", "supports"],
)
@pytest.mark.parametrize("flag", [True, False])
def test_a_saying_told_as_no_one_occasion_carries_no_day(
    monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, content: str, constant: str
) -> None:
    """On, the statement has no time (off, it carries the rally's); the statements around it keep the rally's day
    either way (the habit ends nothing)."""
    monkeypatch.setattr(f"quotegraph.nlp.resolve.carrying.sayings.{constant}", flag)
    assert _time(text, content) == (None if flag else "on Tuesday night")
    assert _time(text, "single tax") == "on Tuesday night"
    assert _time(text, "could not bear") == "on Tuesday night"


def test_a_present_saying_keeps_the_day() -> None:
    """ "Whitfield says" is the report's present of a saying, not a stance: it keeps the day in force."""
    assert _time(_SAYS, "wastes its money") == "on Tuesday night"


# A stance in the story's present with no verb of saying carries no channel of a scene told in the past
# (``PRESENT_STANCES_CARRY_NO_CHANNEL``; round channelfalse): the rally is over, the confidence is held now.
_STANCE = _SCENE + "Whitfield remains confident that the council will back the road plan." + _AFTER
_PRESENT_SAYING = _SCENE + "Whitfield says that the council will back the road plan." + _AFTER
_INTERVIEW_NOW = (
    "Whitfield rallies supporters in Linden\n\n"
    "Dana Whitfield tells the Linden Gazette in an exclusive interview that the roads come first.\n\n"
    "Whitfield remains confident that the council will back the road plan."
)


@pytest.mark.parametrize("flag", [True, False])
def test_a_present_stance_carries_no_channel_of_a_past_scene(monkeypatch: pytest.MonkeyPatch, flag: bool) -> None:
    """The stance takes no rally with the flag on, the rally with it off; the statements around it keep the rally."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.sayings.PRESENT_STANCES_CARRY_NO_CHANNEL", flag)
    assert _channel(_STANCE, "will back the road plan") == (None if flag else "a rally in Linden")
    assert _channel(_STANCE, "single tax") == "a rally in Linden"


def test_a_present_saying_and_a_stance_in_a_present_interview_keep_the_occasion() -> None:
    """ "says" is the report's present, not a stance; an interview told in the present ("tells the Gazette in an
    exclusive interview") holds the speaker's present stances (a train 0-59 interview's, annotated so)."""
    assert _channel(_PRESENT_SAYING, "will back the road plan") == "a rally in Linden"
    assert _channel(_INTERVIEW_NOW, "will back the road plan") == "an exclusive interview"
