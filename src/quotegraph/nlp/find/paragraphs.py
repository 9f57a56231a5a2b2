"""Candidates indexed by the paragraphs (and pieces of long paragraphs) their spans touch.

The rules that weigh one candidate against another (one report inside another, another speaker's
attribution between two halves of a quote) only ever pair candidates whose spans overlap a span of
the other or the stretch between them. Looking them up here keeps those rules linear in the length
of the article rather than quadratic in its number of candidates, which a book-length text would
make hours long. A paragraph longer than ``MAX_PIECE_CHARS`` is indexed in pieces of that length, so
that a text of one endless line is no worse: a candidate overlapping a span shares a piece with it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from quotegraph.nlp.candidates import Candidate, CharSpan

__all__ = ["MAX_PIECE_CHARS", "ParagraphIndex"]

_BREAK = re.compile("\n")
MAX_PIECE_CHARS = 2000  # a long paragraph of news holds a few dozen attributions at most


class ParagraphIndex:
    """Which candidates have a content, cue or source span in which paragraph (line), or piece of one, of ``text``."""

    def __init__(self, text: str, candidates: Iterable[Candidate] = ()) -> None:
        self._breaks = _piece_breaks(text)
        self._members: dict[int, list[Candidate]] = {}
        # A candidate with no span at all is near everything (the pairwise rules accept it anywhere).
        self._spanless: list[Candidate] = []
        for candidate in candidates:
            self.add(candidate)

    def _paragraphs(self, span: CharSpan) -> range:
        start, end = span
        return range(bisect_left(self._breaks, start), bisect_left(self._breaks, max(start, end - 1)) + 1)

    def add(self, candidate: Candidate) -> None:
        """Index ``candidate`` under every paragraph its spans touch (again after its spans grew)."""
        spans = candidate.content + candidate.cue + candidate.source
        if not spans:
            self._spanless.append(candidate)
        for paragraph in {p for span in spans for p in self._paragraphs(span)}:
            self._members.setdefault(paragraph, []).append(candidate)

    def near(self, span: CharSpan) -> list[Candidate]:
        """The candidates with a span in a paragraph that ``span`` touches, each once."""
        found: dict[int, Candidate] = {id(c): c for c in self._spanless}
        for paragraph in self._paragraphs(span):
            for candidate in self._members.get(paragraph, ()):
                found.setdefault(id(candidate), candidate)
        return list(found.values())


def _piece_breaks(text: str) -> list[int]:
    """The offsets that end each piece: every line break, and a cut every ``MAX_PIECE_CHARS`` characters
    of a longer line."""
    breaks: list[int] = []
    start = 0
    for end in [*(match.start() for match in _BREAK.finditer(text)), len(text)]:
        breaks.extend(range(start + MAX_PIECE_CHARS, end, MAX_PIECE_CHARS))
        breaks.append(end)
        start = end + 1
    return breaks[:-1]
