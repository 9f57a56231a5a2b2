"""A text's paragraphs: its non-empty lines, numbered from 0, for the resolving stage's one reading of "the same
paragraph" and "paragraphs apart" (coreference's weighing of mentions, scenes and carried occasions).

A blank or white-space line is no paragraph, so two paragraphs a blank line parts are one apart, as two a single
break parts are. An offset in the white space before the first paragraph (a text opening with blank lines, which the
parser makes a sentence of its own) is the first paragraph's; a headline is a paragraph like any other, and a
dateline is part of the paragraph it opens.

``BlankLineParagraphs`` is the other splitting, kept apart under its own name: blocks a blank line parts, a run of
lines with single breaks one block. The learned fallbacks (``carrying.learned_times``) read it: their weights were
fitted on features counted in those blocks (paragraphs back, the article's length), so reading them through
``Paragraphs`` would move their outputs on every text with single line breaks (a narrower four-paragraph window:
8,800 -> 8,551 candidates on train-d, ``experiments/learned_time_v2``). On a text whose paragraphs a blank line parts
the two count alike, apart from a leading blank line.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["BlankLineParagraphs", "Paragraphs"]

# A line that is only a clock time ("12:50 p.m.:") heads a live blog's entry: a new story starts there.
_TIMESTAMP_LINE = re.compile(r"\s*\d{1,2}(?::\d\d)?\s*[ap]\.?\s*m\.?\s*[:.\-—–]*\s*", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n\s*\n")  # a line break, any white space (blank lines among it), a line break


class Paragraphs:
    """The paragraph (non-empty line) number of a character offset, by bisection; which paragraphs open
    a live blog's entry (a line that is only a time); whether the first is a headline (the caller's reading of the
    parse, ``headlines.title_end``)."""

    def __init__(self, text: str, headline: bool = False) -> None:
        self.starts: list[int] = []
        self.entries: list[int] = []  # paragraphs that a timestamp line opens
        self.end = len(text)
        at = 0
        for line in text.split("\n"):
            if line.strip():
                if _TIMESTAMP_LINE.fullmatch(line):
                    self.entries.append(len(self.starts))
                self.starts.append(at)
            at += len(line) + 1
        self.headline = headline

    def of(self, offset: int) -> int:
        """The number of the last paragraph to start at or before ``offset`` (0 before the first)."""
        return max(0, bisect_right(self.starts, offset) - 1)


class BlankLineParagraphs:
    """The block (text a blank line parts from the next) of a character offset, by bisection, numbered from 0; a block
    starts at 0 and after every run of blank lines, so lines a single break parts are one block."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _BLANK_LINE.finditer(text)]

    def of(self, offset: int) -> int:
        """The number of the last block to start at or before ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)
