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
