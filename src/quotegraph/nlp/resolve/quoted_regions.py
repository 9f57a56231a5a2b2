"""Where a text's quotations and its statements' contents lie, as disjoint sorted character regions.

``reported_regions`` merges the quotation marks' regions and the contents into (starts, ends); ``in_regions`` asks
whether a character lies in one; ``wholly_quoted`` whether a sentence's words all lie inside quotation marks. It
finds no quotation itself (``find.quotes`` does) and reads no mention: ``salience`` asks it whether a mention is
somebody's words or the narrative's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span

from quotegraph.nlp.find.quotes import QuoteRegion

__all__ = [
    "in_regions",
    "merged_regions",
    "reported_regions",
    "wholly_quoted",
]

# A "sentence" of marks alone inside quotation marks (the ellipsis "..." with which a writer cuts a long quote, which
# the parser splits off as a sentence of its own) is part of the quote: it no longer breaks the run of quoted sentences
# a source looks past ("“I hold myself accountable. ... I regret having listened to that advice,” he said",
# ``salience._pick_salient``), nor counts as a sentence back. Rule on against off (descjoin2, fast.py on cache10):
# train-d 1 speaker better (politico_2016-08-08_how-newtown-gave-chris-murphy-a- "he said, echoing comments by his
# colleague" after a quote cut twice: "he", an entity of its own -> Chris Murphy); the two Murphy statements after it
# now carry that sentence's channel "an emotional interview with me" (Gillibrand's interview: a cost of the occasion
# stage, not of this rule) where they had "an interview for POLITICO's", and no time where they had "A few minutes
# later" (the annotated time is neither); every field's accuracy unchanged to four places. Train 0-59, train-c and
# the news pages byte-identical (it fires on no page).
MARKS_ONLY_QUOTED = True


def reported_regions(
    quotations: Sequence[QuoteRegion], contents: tuple[tuple[int, int], ...] = ()
) -> tuple[list[int], list[int]]:
    """Starts and ends of a text's quotations and of ``contents`` merged into disjoint sorted regions."""
    return merged_regions([*((r.start, r.end) for r in quotations), *contents])


def wholly_quoted(sentence: Span, quotations: tuple[list[int], list[int]]) -> bool:
    """Whether a sentence's words (its marks and the spaces after it aside) all lie inside quotation marks; with
    ``MARKS_ONLY_QUOTED``, a sentence of marks alone is judged by its marks."""
    words = [t for t in sentence if not (t.is_space or t.is_punct)]
    if not words and MARKS_ONLY_QUOTED:
        words = [t for t in sentence if not t.is_space]
    return bool(words) and all(in_regions(quotations, t.idx) for t in (words[0], words[-1]))


def in_regions(regions: tuple[list[int], list[int]], char: int) -> bool:
    """Whether ``char`` lies inside one of the disjoint sorted ``regions`` (starts, ends)."""
    starts, ends = regions
    at = bisect_right(starts, char) - 1
    return at >= 0 and char < ends[at]


def merged_regions(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
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
