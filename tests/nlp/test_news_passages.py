"""Speakers and same-sentence occasions end to end on short news passages written for these tests
(tests/fixtures/news-passages.jsonl): one or more passages for each form issue 9 names.

A passage's expected statement is the attribution whose content holds the given words. Its speaker's
name holds the expected one as whole words (``speaker_named``; or is it, with ``exact_speaker``); a
channel or addressee is right when the system's channel or addressee holds it as whole words
(occasion.md lets either carry an outlet or an audience: ``statement_parts.part_holds``); a time when
the system's time holds it as whole words; a content opens with ``content_opens`` when given.
``not_speakers`` are names no statement may be given.
Passages the rules still miss are listed in KNOWN_MISSES with why; they fail strictly once fixed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import quotegraph
from quotegraph.evaluation.occasion import speaker_named
from quotegraph.model import Attribution

from .statement_parts import part_holds

pytestmark = pytest.mark.slow

PASSAGES = Path(__file__).resolve().parents[1] / "fixtures" / "news-passages.jsonl"
KNOWN_MISSES: dict[str, str] = {
    "the-teenager-by-age": "the parser reads 'The 17-year-old told reporters' as 'reporters' described by the age",
    "its-own-clause": "the tagger tags no entity in 'Copper Kettle', so there is no name for 'the company' to find",
}


def _passages() -> list[Any]:
    rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines()]
    return [
        pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(reason=KNOWN_MISSES[row["id"]], strict=True)])
        if row["id"] in KNOWN_MISSES
        else pytest.param(row, id=row["id"])
        for row in rows
    ]


def _text(part: Any) -> str:
    return "" if part is None else str(part.text).casefold()


def _statement(found: Sequence[Attribution], words: str) -> Attribution:
    matches = [a for a in found if a.content is not None and words in a.content.text]
    assert matches, f"no statement holds {words!r}: {[a.content.text for a in found if a.content]}"
    return matches[0]


def _check(statement: Attribution, expected: dict[str, Any]) -> None:
    name = statement.speaker.name if statement.speaker is not None else ""
    if expected.get("exact_speaker"):
        assert name == expected["speaker"]
    else:
        assert speaker_named(expected["speaker"], name), name
    parts = (_text(statement.channel), _text(statement.addressee), _text(statement.time))
    for field in ("channel", "addressee", "time"):  # whole words; a channel or addressee pooled (statement_parts)
        if field in expected:
            assert part_holds(statement, field, expected[field]), (field, parts)
    if "content_opens" in expected:
        assert statement.content is not None and statement.content.text.startswith(expected["content_opens"])
    if expected.get("balanced_marks"):
        assert statement.content is not None
        marks = sum(statement.content.text.count(mark) for mark in '"“”')
        assert marks > 0 and marks % 2 == 0, statement.content.text


@pytest.mark.parametrize("passage", _passages())
def test_a_news_passage_gives_its_statements_their_speakers_and_occasions(passage: dict[str, Any]) -> None:
    found = quotegraph.extract(passage["text"], published="2025-02-07").attributions
    for expected in passage["expect"]:
        _check(_statement(found, expected["content"]), expected)
    names = {a.speaker.name for a in found if a.speaker is not None}
    assert not names & set(passage.get("not_speakers", [])), names
