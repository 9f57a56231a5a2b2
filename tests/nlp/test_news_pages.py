"""Real-looking news pages in HTML end to end (tests/fixtures/news-pages, written for these tests):
the page is read as ``quotegraph extract`` reads it, then each expected statement is checked for its
speaker, kind, channel, addressee and time, and the page furniture (bylines, photo captions, related
links, embeds' credit lines, pull quotes, share bars) must become no statement, source or speaker.

Expectations are in ``expected.json``; a statement is the attribution whose content holds the given
words. A channel or addressee is right when the system's channel or addressee holds it (occasion.md
lets either carry an outlet or an audience). Known misses are strict xfails with why.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article, Attribution

pytestmark = pytest.mark.slow

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "news-pages"
EXPECTED: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
KNOWN_MISSES: dict[str, str] = {
    "earnings-call.html:margins to recover": "a second executive on the same conference call does not carry "
    "the call: only a named scene noun carries to others, and 'said' after a paragraph break is a new occasion",
}


@cache
def _found(page: str) -> tuple[Attribution, ...]:
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    return tuple(quotegraph.extract(article.text, article.published, id=article.id).attributions)


def _param(case_id: str, value: Any) -> Any:
    marks = [pytest.mark.xfail(reason=KNOWN_MISSES[case_id], strict=True)] if case_id in KNOWN_MISSES else []
    return pytest.param(value, id=case_id, marks=marks)


def _statement_cases() -> list[Any]:
    return [
        _param(f"{page}:{expected['content']}", (page, expected))
        for page, spec in EXPECTED.items()
        for expected in spec["statements"]
    ]


def _text(part: Any) -> str:
    return "" if part is None else str(part.text).casefold()


@pytest.mark.parametrize("case", _statement_cases())
def test_a_statement_on_a_page_has_its_speaker_and_occasion(case: tuple[str, dict[str, Any]]) -> None:
    page, expected = case
    holding = [a for a in _found(page) if a.content is not None and expected["content"] in a.content.text]
    assert holding, f"no statement holds {expected['content']!r}"
    if expected.get("once"):
        assert len(holding) == 1, [a.content.text for a in holding if a.content]
    statement = holding[0]
    name = statement.speaker.name if statement.speaker is not None else ""
    assert expected["speaker"].casefold() in name.casefold(), name
    if "source" in expected:  # the source span ends where the name does: no account or date after it
        assert statement.source is not None and statement.source.text == expected["source"], statement.source
    if "kind" in expected:
        assert statement.kind == expected["kind"]
    parties = _text(statement.channel) + " | " + _text(statement.addressee)
    for field in ("channel", "addressee"):
        if field in expected:
            assert expected[field].casefold() in parties, (field, parties)
    if "not_channel" in expected:
        assert expected["not_channel"].casefold() not in _text(statement.channel), _text(statement.channel)
    if "time" in expected:
        assert expected["time"].casefold() in _text(statement.time), _text(statement.time)


@pytest.mark.parametrize("page", [_param(page, page) for page in EXPECTED])
def test_no_page_furniture_becomes_a_statement_or_a_speaker(page: str) -> None:
    found = _found(page)
    said = " | ".join(_text(a.content) + " | " + _text(a.source) for a in found)
    assert not [piece for piece in EXPECTED[page]["furniture"] if piece.casefold() in said], said
    names = {a.speaker.name for a in found if a.speaker is not None}
    assert not names & set(EXPECTED[page]["not_speakers"]), names
