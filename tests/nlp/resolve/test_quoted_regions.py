"""Quotations and statements' contents merged into the regions coreference reads as somebody's words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find.quotes import quote_regions
from quotegraph.nlp.resolve import quoted_regions
from quotegraph.nlp.resolve.quoted_regions import reported_regions, wholly_quoted

from .conftest import ArticleMaker, speaker_name


def test_reported_regions_merge_quotations_and_contents() -> None:
    text = "“We will win,” she said, adding that the vote was close and the count slow."
    content = text.index("the vote"), len(text) - 1
    inner = text.index("the count"), len(text) - 1  # a content inside another one
    starts, ends = reported_regions(quote_regions(text), (inner, content))
    assert len(starts) == len(ends) == 2
    assert starts[0] <= text.index("We") < text.index("win") < ends[0] <= text.index(" she")
    assert (starts[1], ends[1]) == content


@pytest.mark.parametrize("on", [True, False])
def test_a_sentence_of_marks_inside_a_quotation_is_quoted(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """MARKS_ONLY_QUOTED: the parser splits a quote's ellipsis off as a sentence of its own, which is part of the
    quote; a row of marks outside quotation marks (a section break) is not."""
    monkeypatch.setattr(quoted_regions, "MARKS_ONLY_QUOTED", on)
    text = "“I hold myself accountable. ... I really regret that,” he said.\n\n***\n\nThe vote is on Monday."
    doc = nlp(text)
    regions = reported_regions(quote_regions(text))
    inside = doc.char_span(text.index("..."), text.index("...") + 3, alignment_mode="expand")
    outside = doc.char_span(text.index("***"), text.index("***") + 3, alignment_mode="expand")
    assert inside is not None and outside is not None
    assert wholly_quoted(inside, regions) == on
    assert not wholly_quoted(outside, regions)


@pytest.mark.parametrize("on", [True, False])
def test_a_source_after_a_quote_cut_by_ellipses_looks_past_all_of_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """MARKS_ONLY_QUOTED: "he said" after a long quote cut by "..." looks past every sentence of the quote to the
    person named before it, as it does past an uncut one."""
    monkeypatch.setattr(quoted_regions, "MARKS_ONLY_QUOTED", on)
    art = article(
        "Senator Tom Reyes spoke at the rally in Hartford on Monday. Reyes thanked the volunteers.\n\n“I hold myself "
        "accountable. ... I was told to stay clear of guns. ... I really regret that. I regret having listened to "
        "that advice,” he said."
    )
    _, (said,) = art.resolve([art.candidate("I regret having listened to that advice", "said", "he", after="advice")])
    assert (speaker_name(said) == "Tom Reyes") == on
