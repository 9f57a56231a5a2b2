"""Between character offsets and tokens: quote masks, cue windows, masks and runs of tokens."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.quotes import QuoteRegion

__all__ = ["char_mask", "cue_window", "quote_mask", "runs", "runs_to_chars"]


def _covered(start: int, end: int, spans: Sequence[CharSpan]) -> bool:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return inside * 2 >= end - start and inside > 0


def char_mask(doc: Doc | Span, spans: Sequence[CharSpan]) -> list[bool]:
    """For each token, whether at least half of its characters lie inside ``spans``."""
    return [_covered(t.idx, t.idx + len(t.text), spans) for t in doc]


def quote_mask(doc: Doc, regions: Sequence[QuoteRegion]) -> list[bool]:
    """For each token of ``doc``, whether it lies inside a quoted region."""
    return char_mask(doc, [(r.start, r.end) for r in regions])


def cue_window(doc: Doc, cue_start: int, regions: Sequence[QuoteRegion]) -> Span:
    """The cue's sentence, widened over every quoted region of its paragraph that it touches.

    A cue after a colon also takes the next sentence of its paragraph, where its content starts.
    """
    sentence = doc[cue_start].sent
    first, last = sentence.start_char, sentence.end_char
    if sentence.text.rstrip().endswith(":") and sentence.end < len(doc):
        last = doc[sentence.end].sent.end_char
    for region in regions:
        if region.start < last and region.end > first:
            first, last = min(first, region.start), max(last, region.end)
    span = doc.char_span(first, last, alignment_mode="expand")
    return span if span is not None else sentence


def runs(mask: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal runs of True as (start, end) index pairs, end exclusive."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for i, value in enumerate([*mask, False]):
        if value and start is None:
            start = i
        elif not value and start is not None:
            found.append((start, i))
            start = None
    return found


def runs_to_chars(span: Span | Doc, index_runs: Sequence[tuple[int, int]]) -> list[CharSpan]:
    """Token runs (indices into ``span``) as character offsets into the document."""
    return [(span[a].idx, span[b - 1].idx + len(span[b - 1].text)) for a, b in index_runs]
