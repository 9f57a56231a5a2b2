"""What the orphan-quote rules read about a quote: the parse, the line breaks, the quoted regions."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.lines import document_lines
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import QuoteRegion

__all__ = ["DIGEST_OUTLET", "QuoteContext", "past", "words_of"]

# The outlet that ends a digest item: "[WaPo.]", "[Mollie Reilly.]", right after the quote's closing mark.
DIGEST_OUTLET = re.compile(r"(?<=[\"”'’.]) ?(\[[^\]\n]{2,40}\])\s*$")


class QuoteContext:
    """The document, its line breaks and quoted regions, read once for all the orphan quotes."""

    def __init__(self, parse: ParseIndex, regions: Sequence[QuoteRegion]) -> None:
        self.parse = parse
        self.doc: Doc = parse.doc
        self.text = parse.text
        self.lines = document_lines(self.doc)
        self.regions = regions
        self._outlets: dict[int, re.Match[str] | None] = {}

    def region_at(self, at: int) -> QuoteRegion | None:
        """The quoted region holding offset ``at``, if any."""
        found = bisect_right(self.regions, at, key=attrgetter("start")) - 1
        return self.regions[found] if found >= 0 and at < self.regions[found].end else None

    def digest_outlet(self, region: QuoteRegion) -> re.Match[str] | None:
        """The bracketed outlet ending the quote's line after it ("“...” [AP.]"): searched once a line, and
        again from the quote only when the line's outlet starts before the quote ends."""
        line_start, line_end = self.lines.start(region.start), self.lines.end(region.end)
        if line_start not in self._outlets:
            self._outlets[line_start] = DIGEST_OUTLET.search(self.text, line_start, line_end)
        outlet = self._outlets[line_start]
        if outlet is not None and outlet.start() < region.end:
            outlet = DIGEST_OUTLET.search(self.text, region.end, line_end)
        return outlet

    def sentence_tokens(self, number: int, reach: range) -> list[Token]:
        start, end = self.parse.sentences[number]
        return [self.doc[i] for i in range(max(start, reach.start), min(end, reach.stop))]


def words_of(tokens: list[Token]) -> CharSpan:
    """The span of ``tokens`` without the punctuation at its ends (a closing quotation mark)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space] or tokens
    return (words[0].idx, words[-1].idx + len(words[-1].text))


def past(run: re.Pattern[str], text: str, at: int) -> int:
    """The offset just after the run of ``run`` that starts at ``at``."""
    match = run.match(text, at)
    return at if match is None else match.end()
