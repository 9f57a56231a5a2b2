"""A roundup's lede dating the field heard below it (``roundups.ROUNDUP_DAYS``). The articles are written for the round
(unseencarried), on the form of the campaign roundups that train 474-513 tells and no rule read."""

from __future__ import annotations

import pytest

import quotegraph

pytestmark = pytest.mark.slow

_ROUNDUP = (
    "Governors' race heats up in final week\n\n"
    "The leading candidates for governor traded sharp attacks Tuesday at stops across the state.\n\n"
    "“We will fix the roads before we raise a single tax,” said Dana Whitfield, the former mayor of Linden.\n\n"
    "Her rival, state Sen. Marcus Hale, said the state budget could not bear another road program."
)
_COMPLEMENT = (
    "Governors' race heats up in final week\n\n"
    "One week before the vote, the candidates for governor began making their final pitches Monday at stops across "
    "the state.\n\n"
    "“We will fix the roads before we raise a single tax,” said Dana Whitfield, the former mayor of Linden.\n\n"
    "Her rival, state Sen. Marcus Hale, said the state budget could not bear another road program."
)
_ONE_PERSON = (
    "Governor's race heats up in final week\n\n"
    "The leading candidate for governor traded sharp attacks Tuesday at stops across the state.\n\n"
    "“We will fix the roads before we raise a single tax,” said Dana Whitfield, the former mayor of Linden.\n\n"
    "Her rival, state Sen. Marcus Hale, said the state budget could not bear another road program."
)
_VOTERS = (
    "Linden elects a new mayor\n\n"
    "Linden voters elected Dana Whitfield as mayor Tuesday, ending a decade of rule by the council's old guard.\n\n"
    "“We will fix the roads before we raise a single tax,” said Dana Whitfield, the former school board head.\n\n"
    "State Sen. Marcus Hale said the state budget could not bear another road program."
)
_PLANNED = (
    "Governors' race turns to the budget\n\n"
    "The leading candidates for governor will unveil their budget plans on Tuesday.\n\n"
    "“We will fix the roads before we raise a single tax,” said Dana Whitfield, the former mayor of Linden.\n\n"
    "Her rival, state Sen. Marcus Hale, said the state budget could not bear another road program."
)


def _time(text: str, content: str) -> str | None:
    """The time the whole pipeline gives the statement of ``text`` holding ``content``."""
    found = quotegraph.extract(text, "2026-11-20").attributions
    held = next(a for a in found if a.content is not None and content in a.content.text)
    return None if held.time is None else held.time.text


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "day"), [(_ROUNDUP, "Tuesday"), (_COMPLEMENT, "Monday")], ids=["on-the-verb", "on-its-complement"]
)
def test_the_field_heard_after_a_roundup_lede_is_heard_on_its_day(
    monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, day: str
) -> None:
    """ "traded sharp attacks Tuesday"; "began making their final pitches Monday", the day on the verb's complement."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.roundups.ROUNDUP_DAYS", flag)
    want = day if flag else None
    assert _time(text, "fix the roads") == want
    assert _time(text, "budget could not bear") == want


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("text", [_ONE_PERSON, _VOTERS, _PLANNED], ids=["one-candidate", "voters", "planned"])
def test_no_roundup_without_a_field_that_acted_on_the_day(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """One candidate's lede dates only their own scene; voters are no race's field; a day planned is no day done: the
    rule changes nothing."""
    on = _time(text, "budget could not bear")
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.roundups.ROUNDUP_DAYS", False)
    assert on == _time(text, "budget could not bear")
    assert on is None
