"""Odd candidates must not break the resolver: misaligned offsets, loops of continuations, no cue or source."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.nlp.candidates import Candidate

from .conftest import ArticleMaker

pytestmark = pytest.mark.slow

TEXT = "Anna Berg said the port would close. “It is over,” she added.\n\n“We tried everything.”"


def test_offsets_inside_words_and_past_tokens_are_expanded(article: ArticleMaker) -> None:
    art = article(TEXT)
    start, end = art.span("Anna Berg")
    _, (attribution,) = art.resolve(
        [Candidate(content=[art.span("the port would close")], source=[(start + 2, end - 1)])]
    )
    assert attribution.speaker is not None and attribution.speaker.name == "Anna Berg"


def test_a_loop_of_continuations_ends(article: ArticleMaker) -> None:
    art = article(TEXT)
    looped = [
        Candidate(content=[art.span("“It is over,”")], continues=1),
        Candidate(content=[art.span("“We tried everything.”")], continues=0),
    ]
    _, attributions = art.resolve(looped)
    assert len(attributions) == 2


def test_a_continuation_is_folded_into_the_statement_it_continues(article: ArticleMaker) -> None:
    art = article(TEXT)
    candidates = [
        art.candidate("“It is over,”", "added", "she", kind="direct"),
        Candidate(content=[art.span("“We tried everything.”")], kind="direct", continues=0),
    ]
    _, (statement,) = art.resolve(candidates)
    assert statement.speaker is not None and statement.speaker.name == "Anna Berg"
    assert statement.content is not None
    assert [TEXT[s.start : s.end] for s in statement.content.spans] == ["“It is over,”", "“We tried everything.”"]
    assert statement.kind == "direct"


def test_a_quote_paragraph_after_a_partly_quoted_paraphrase_is_a_statement_of_its_own(
    article: ArticleMaker,
) -> None:
    """A news page counts the quote paragraph as its own direct statement, as after a plain paraphrase."""
    art = article(TEXT)
    candidates = [
        art.candidate("the port would close", "said", "Anna Berg", kind="mixed"),
        Candidate([art.span("“We tried everything.”")], [], [art.span("Anna Berg")], "direct", continues=0),
    ]
    _, (paraphrase, quote) = art.resolve(candidates)
    assert [paraphrase.kind, quote.kind] == ["mixed", "direct"]
    assert quote.speaker is not None and quote.speaker.name == "Anna Berg"


def test_a_quote_running_on_over_a_paragraph_break_stays_one_statement() -> None:
    """Its first paragraph has no closing mark: the next paragraph goes on with the same quote."""
    text = (
        "The mayor, Ann Holt, said the plan was “a disaster for the town and for all who live in it.\n\n"
        "“We will fight it in every court we can find.”\n\nThe council meets again in May.\n"
    )
    (statement,) = quotegraph.extract(text).attributions
    assert statement.kind == "mixed"
    assert statement.content is not None and statement.content.text.endswith("every court we can find.")


def test_a_quote_paragraph_after_a_paraphrase_is_a_statement_of_its_own(article: ArticleMaker) -> None:
    """occasion.md, "Carried occasion", 2: the quote continues the paraphrase's speaker, not its content."""
    art = article(TEXT)
    candidates = [
        art.candidate("the port would close", "said", "Anna Berg"),
        art.candidate("“It is over,”", "added", "she", kind="direct"),
        Candidate([art.span("“We tried everything.”")], [], [art.span("Anna Berg")], "direct", continues=0),
    ]
    _, (paraphrase, quote, added) = art.resolve(candidates)
    assert [paraphrase.kind, quote.kind] == ["indirect", "direct"]
    assert quote.content is not None and [TEXT[s.start : s.end] for s in quote.content.spans] == [
        "“We tried everything.”"
    ]
    assert quote.speaker is not None and quote.speaker.name == "Anna Berg"
    assert added.kind == "direct"


def test_no_candidates_still_lists_entities(article: ArticleMaker) -> None:
    entities, attributions = article(TEXT).resolve([])
    assert attributions == []
    assert any(e.name == "Anna Berg" and e.type == "PERSON" for e in entities)


def test_a_source_without_words_is_no_speaker(article: ArticleMaker) -> None:
    art = article(TEXT)
    quote_mark = art.span("“")
    _, (attribution,) = art.resolve([Candidate(content=[art.span("the port would close")], source=[quote_mark])])
    assert attribution.speaker is None
