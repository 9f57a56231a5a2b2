"""A content's pieces as character spans: trimmed of white space and quotation marks at their ends (``trim``), joined
over the punctuation the tagger leaves out inside a clause (``over_inner_punctuation``), and merged where they meet
(``merge``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.quotes import QUOTE_MARKS_AND_BREAKS


def trim(text: str, spans: Sequence[CharSpan]) -> list[CharSpan]:
    """Fragments without the white space and quotation marks at their ends."""
    trimmed = []
    for start, end in spans:
        while start < end and text[start] in QUOTE_MARKS_AND_BREAKS:
            start += 1
        while end > start and text[end - 1] in QUOTE_MARKS_AND_BREAKS:
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


# What the tagger may leave out between two words of one clause it marks as said: a comma ("a second, spare clock"),
# a dash, a colon or a semicolon, with their spaces; never a word, a quotation mark (a quote and the words around it
# are two pieces), a bracket (an aside) or a line break (a paragraph)
_INNER_PUNCTUATION = re.compile(r"[ \t\u00a0,;:\-–—]*")


def over_inner_punctuation(text: str, spans: Sequence[CharSpan]) -> list[CharSpan]:
    """The pieces of a content joined over the punctuation between them: the role tagger labels a comma inside a
    clause as often outside the content as in it ("would place a second[,] spare clock beside the board[,] starting
    ..."), which cuts one clause into pieces that no longer hold its words together."""
    joined: list[CharSpan] = []
    for start, end in spans:
        if joined and joined[-1][1] <= start and _INNER_PUNCTUATION.fullmatch(text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def merge(spans: Sequence[CharSpan]) -> list[CharSpan]:
    merged: list[CharSpan] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
