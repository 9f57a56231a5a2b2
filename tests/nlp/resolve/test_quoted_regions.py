"""Quotations and statements' contents merged into the regions coreference reads as somebody's words."""

from __future__ import annotations

from quotegraph.nlp.find.quotes import quote_regions
from quotegraph.nlp.resolve.quoted_regions import reported_regions


def test_reported_regions_merge_quotations_and_contents() -> None:
    text = "“We will win,” she said, adding that the vote was close and the count slow."
    content = text.index("the vote"), len(text) - 1
    inner = text.index("the count"), len(text) - 1  # a content inside another one
    starts, ends = reported_regions(quote_regions(text), (inner, content))
    assert len(starts) == len(ends) == 2
    assert starts[0] <= text.index("We") < text.index("win") < ends[0] <= text.index(" she")
    assert (starts[1], ends[1]) == content
