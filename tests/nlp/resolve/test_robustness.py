"""Odd candidates must not break the resolver: misaligned offsets, loops of continuations, no cue or source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quotegraph.nlp.candidates import Candidate

pytestmark = pytest.mark.slow

TEXT = "Anna Berg said the port would close. “It is over,” she added.\n\n“We tried everything.”"


def test_offsets_inside_words_and_past_tokens_are_expanded(article: Callable[..., Any]) -> None:
    art = article(TEXT)
    start, end = art.span("Anna Berg")
    _, (attribution,) = art.resolve(
        [Candidate(content=[art.span("the port would close")], source=[(start + 2, end - 1)])]
    )
    assert attribution.speaker is not None and attribution.speaker.name == "Anna Berg"


def test_a_loop_of_continuations_ends(article: Callable[..., Any]) -> None:
    art = article(TEXT)
    looped = [
        Candidate(content=[art.span("“It is over,”")], continues=1),
        Candidate(content=[art.span("“We tried everything.”")], continues=0),
    ]
    _, attributions = art.resolve(looped)
    assert len(attributions) == 2


def test_a_continuation_chain_reaches_the_first_speaker(article: Callable[..., Any]) -> None:
    art = article(TEXT)
    candidates = [
        art.candidate("“It is over,”", "added", "she", kind="direct"),
        Candidate(content=[art.span("“We tried everything.”")], kind="direct", continues=0),
    ]
    _, (first, second) = art.resolve(candidates)
    assert first.speaker is not None and first.speaker.name == "Anna Berg"
    assert second.speaker == first.speaker


def test_no_candidates_still_lists_entities(article: Callable[..., Any]) -> None:
    entities, attributions = article(TEXT).resolve([])
    assert attributions == []
    assert any(e.name == "Anna Berg" and e.type == "PERSON" for e in entities)


def test_a_source_without_words_is_no_speaker(article: Callable[..., Any]) -> None:
    art = article(TEXT)
    quote_mark = art.span("“")
    _, (attribution,) = art.resolve([Candidate(content=[art.span("the port would close")], source=[quote_mark])])
    assert attribution.speaker is None
