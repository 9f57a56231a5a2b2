"""Paragraph (line) bounds of a text, found by bisection over its line breaks.

``text.find("\\n", at)`` and ``text.rfind("\\n", 0, at)`` scan as far as the paragraph runs, so asked
once per cue or per quote of a text that is one long line (thousands of quotes and no break) they
made the finding stage quadratic; the breaks are listed here once, and once a document for the finding stage and
the resolving stage both (``document_lines``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from quotegraph.nlp.memo import document_text, per_document

__all__ = ["Lines", "document_lines"]

_BREAK = re.compile("\n")


class Lines:
    """The line breaks of a text, for paragraph bounds in logarithmic time."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.breaks = [match.start() for match in _BREAK.finditer(text)]

    def start(self, at: int) -> int:
        """Where the paragraph holding offset ``at`` starts: ``text.rfind("\\n", 0, at) + 1``."""
        before = bisect_left(self.breaks, at)
        return self.breaks[before - 1] + 1 if before else 0

    def end(self, at: int) -> int:
        """The first line break at or after ``at``, or the text's length: ``text.find("\\n", at)`` with no -1."""
        after = bisect_left(self.breaks, at)
        return self.breaks[after] if after < len(self.breaks) else self.length

    def next_break(self, start: int, end: int) -> int:
        """The first line break in ``start``..``end`` (end exclusive), or -1: ``text.find("\\n", start, end)``."""
        after = bisect_left(self.breaks, start)
        return self.breaks[after] if after < len(self.breaks) and self.breaks[after] < end else -1

    def crosses(self, start: int, end: int) -> bool:
        """Whether a line break lies in ``start``..``end``: ``"\\n" in text[start:end]``."""
        return self.next_break(start, end) >= 0


# Each document's line breaks, listed once: the finding stage (its candidates, resumed quotes, continuations and orphan
# quotes) and the resolving stage's circumstances read them. Kept per document (``memo.per_document``).
@per_document
def document_lines(doc: Doc) -> Lines:
    """``Lines`` of a document's text, listed on the first call for that document."""
    return Lines(document_text(doc))
