"""Where a text's quotations and its statements' contents lie, as disjoint sorted character regions.

``reported_regions`` merges the quotation marks' regions and the contents into (starts, ends); ``_inside`` asks
whether a character lies in one; ``_wholly_quoted`` whether a sentence's words all lie inside quotation marks. It
finds no quotation itself (``find.quotes`` does) and reads no mention: ``salience`` asks it whether a mention is
somebody's words or the narrative's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span

from quotegraph.nlp.find.quotes import QuoteRegion

__all__ = ["reported_regions"]


def reported_regions(
    quotations: Sequence[QuoteRegion], contents: tuple[tuple[int, int], ...] = ()
) -> tuple[list[int], list[int]]:
    """Starts and ends of a text's quotations and of ``contents`` merged into disjoint sorted regions."""
    return _merged([*((r.start, r.end) for r in quotations), *contents])


def _wholly_quoted(sentence: Span, quotations: tuple[list[int], list[int]]) -> bool:
    """Whether a sentence's words (its marks and the spaces after it aside) all lie inside quotation marks."""
    words = [t for t in sentence if not (t.is_space or t.is_punct)]
    return bool(words) and all(_inside(quotations, t.idx) for t in (words[0], words[-1]))


def _inside(regions: tuple[list[int], list[int]], char: int) -> bool:
    """Whether ``char`` lies inside one of the disjoint sorted ``regions`` (starts, ends)."""
    starts, ends = regions
    at = bisect_right(starts, char) - 1
    return at >= 0 and char < ends[at]


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of ``spans`` merged into disjoint sorted regions."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends
