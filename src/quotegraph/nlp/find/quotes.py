"""Quoted regions of a text, paragraph by paragraph (a paragraph is a line).

Every double quotation mark toggles, whatever its direction, because news texts often type the wrong
one ("Trump Wins“); a region still open at the end of its paragraph runs to the end and is marked
``open_end`` so a multi-paragraph quote (the next paragraph reopens it) can be followed. Single
quotation marks do not toggle: inside a double-quoted region they nest, elsewhere they cannot be told
from apostrophes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from quotegraph.nlp.memo import document_text, per_document

__all__ = [
    "DOUBLE_MARKS",
    "OPENING_LINES",
    "QUOTE_MARKS",
    "QUOTE_MARKS_AND_BREAKS",
    "QuoteRegion",
    "balanced",
    "document_quote_regions",
    "ends_as_clause",
    "every_quote_region",
    "headline_quotes",
    "quote_regions",
    "region_end",
    "regions_touching",
]

_DOUBLE_MARK = re.compile(r"``|''|[\"“”„«»‟]")
# What lies around a quote's words: white space, double and single quotation marks, backticks.
QUOTE_MARKS = " \t\u00a0\"“”„«»‟`'‘’"
# The same, and the line breaks a quote may open or close a paragraph with: what lies between a quote and the words
# reporting it ("said:\n“...”").
QUOTE_MARKS_AND_BREAKS = QUOTE_MARKS + "\n"
# A quote ending in one of these marks is a reported clause ("“X,” she said"), not a whole sentence.
_CLAUSE_END = ",?!"
# Characters after a quote's words read for such a mark outside it: its closing marks ("''", "”") and a space.
_CLOSING_REACH = 4


@dataclass(frozen=True)
class QuoteRegion:
    """A quoted region: ``start``/``end`` are the offsets of the text between the marks."""

    start: int
    end: int
    open_end: bool = False
    opens_paragraph: bool = False


def region_end(region: QuoteRegion) -> int:
    """The key to bisect regions by: they come in order and never overlap."""
    return region.end


def regions_touching(start: int, end: int, regions: Sequence[QuoteRegion]) -> list[QuoteRegion]:
    """The regions overlapping ``start``..``end``, in order, found by bisection: a long text has
    thousands of quotes and of attributions."""
    touching = []
    at = bisect_right(regions, start, key=region_end)
    while at < len(regions) and regions[at].start < end:
        touching.append(regions[at])
        at += 1
    return touching


def _paragraph_regions(text: str, offset: int) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    opened: int | None = None
    # where the paragraph's words begin, found once: read again for each quote, it made a paragraph of
    # thousands of quotes quadratic
    first = len(text) - len(text.lstrip())
    for mark in _DOUBLE_MARK.finditer(text):
        if opened is None:
            opened = mark.end()
        else:
            regions.append(_region(text, offset, first, opened, mark.start(), open_end=False))
            opened = None
    if opened is not None:
        regions.append(_region(text, offset, first, opened, len(text.rstrip()), open_end=True))
    return [r for r in regions if r.end > r.start]


# The double quotation marks, each as the tokenizer keeps it: what opens or closes a speaker's quoted words (a lone "'"
# may close a plural possessive, so the single marks are left out).
DOUBLE_MARKS = frozenset({'"', "“", "”", "„", "«", "»", "``", "''", "‟"})
_LONGEST_MARK = max(len(m) for m in DOUBLE_MARKS)


def _region(text: str, offset: int, first: int, start: int, end: int, open_end: bool) -> QuoteRegion:
    """The quote from ``start`` to ``end`` of a paragraph whose words begin at ``first``; it opens the
    paragraph when only its opening mark stands before it (a mark holds no white space, so the words
    from ``first`` to ``start`` are the mark itself or longer)."""
    opens = start - first <= _LONGEST_MARK and text[first:start] in DOUBLE_MARKS
    return QuoteRegion(offset + start, offset + end, open_end, opens)


def quote_regions(text: str) -> list[QuoteRegion]:
    """Every quoted region of ``text``, in order."""
    regions: list[QuoteRegion] = []
    offset = 0
    for line in text.split("\n"):
        regions.extend(_paragraph_regions(line, offset))
        offset += len(line) + 1
    return regions


# Each document's regions, found once: the finding stage and five parts of the resolving stage read them. Kept per
# document (``memo.per_document``), so a document's regions go with it.
@per_document
def document_quote_regions(doc: Doc) -> tuple[QuoteRegion, ...]:
    """``quote_regions`` of a document's text, found on the first call for that document."""
    return tuple(quote_regions(document_text(doc)))


@per_document  # as above
def every_quote_region(doc: Doc) -> tuple[QuoteRegion, ...]:
    """A document's quotation regions, the headline's single-quoted ones among them (``headline_quotes``), in order:
    what a statement's kind is read against (``assemble.find_candidates``, and ``nested.inner_kind`` for each nested
    report), found on the first call for that document."""
    return tuple(sorted([*document_quote_regions(doc), *headline_quotes(document_text(doc))], key=region_end))


# A headline or standfirst is one of the short paragraphs opening the text, before the first longer one (the lede)
HEADLINE_MAX_WORDS = 25
# How many lines a news text opens with at most before its body: a kicker ("Exclusive"), a headline and a standfirst.
# Where they end is read two ways: here, up to a longer paragraph (PolNeAR's headlines end with a full stop);
# ``resolve.headlines.opening_lines_end``, up to a line that ends with one (a body sentence).
OPENING_LINES = 3
# Headlines quote with single marks ("... vows he will 'never' ask to leave"): a mark opening a quote follows a
# space, a dash or the line's start and precedes a word; one closing it follows a word or a stop and precedes a
# space, a stop or the line's end. A mark inside a word ("Clinton’s", "don't") is neither; a possessive plural
# ("Scientists' open letter") closes nothing that has not opened.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\w)")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?=$|[\s.,;:!?)\]—–-])")
_WORDS = re.compile(r"\S+")


def headline_quotes(text: str) -> list[QuoteRegion]:
    """The single-quoted regions of the headline paragraphs that open ``text`` and hold no double quotation mark
    (see ``HEADLINE_MAX_WORDS``): "Scientists' open letter warns weather station cuts will leave forecasters 'partly
    blind'". In the body, single marks nest inside double ones or are apostrophes (``quote_regions``)."""
    regions: list[QuoteRegion] = []
    offset = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip():
            if seen == OPENING_LINES or len(_WORDS.findall(line)) > HEADLINE_MAX_WORDS:
                break
            seen += 1
            if not _DOUBLE_MARK.search(line):
                regions.extend(_single_quoted(line, offset))
        offset += len(line) + 1
    return regions


def _single_quoted(line: str, offset: int) -> list[QuoteRegion]:
    """Each single-quoted region of a line: an opening mark and the first closing mark after it."""
    regions = []
    at = 0
    first = len(line) - len(line.lstrip())
    while (opening := _SINGLE_OPENING.search(line, at)) is not None:
        closing = _SINGLE_CLOSING.search(line, opening.end())
        if closing is None:
            break
        regions.append(QuoteRegion(offset + opening.end(), offset + closing.start(), False, opening.start() == first))
        at = closing.end()
    return regions


def ends_as_clause(text: str, region: QuoteRegion) -> bool:
    """Whether the quote ends with a comma, question or exclamation mark, inside or just after its
    closing mark: a clause reported by the words that follow ("“X,” she said"; ''X'', he said). A comma
    inside a single-quoted quote that closes the quote with it counts ("“My wife told me, ‘Not this one,’”
    Ortega said")."""
    inside = text[region.start : region.end].rstrip(QUOTE_MARKS)[-1:]
    return any(c in _CLAUSE_END for c in inside + closed_by(text, region))


def closed_by(text: str, region: QuoteRegion) -> str:
    """The character just after the quote's closing marks ("" when none is near): "," of "“X,” she said", ":" of a
    headline's "'X': Minister ..."."""
    return text[region.end : region.end + _CLOSING_REACH].lstrip(QUOTE_MARKS)[:1]


def balanced(text: str, spans: list[tuple[int, int]], single: Sequence[QuoteRegion] = ()) -> list[tuple[int, int]]:
    """Each fragment holding both marks of a quote it opens or closes, or neither: a fragment with an odd
    number of double marks takes the mark right after its end (``that he hasn’t “spoken to her.`` ->
    ``... her.”``) or, failing that, right before its start. A headline's single-quoted regions (``single``, from
    ``headline_quotes``) count too: a fragment ending where such a quote's words end, its opening mark inside, takes
    the closing mark (``saying she 'cannot defend the indefensible`` -> ``... indefensible'``), and one starting where
    the words start, the closing mark inside, takes the opening one."""
    fixed = []
    for start, end in spans:
        if len(_DOUBLE_MARK.findall(text, start, end)) % 2:
            after = _DOUBLE_MARK.match(text, end)
            before = next((m for m in _DOUBLE_MARK.finditer(text, max(0, start - 2), start) if m.end() == start), None)
            start, end = (start, after.end()) if after else (before.start(), end) if before else (start, end)
        for region in regions_touching(start, end, single):
            if end == region.end and start < region.start:
                end += _SINGLE_MARK_LENGTH
            if start == region.start and region.end < end:
                start -= _SINGLE_MARK_LENGTH
        fixed.append((start, end))
    return fixed


_SINGLE_MARK_LENGTH = len("'")  # ``_SINGLE_OPENING`` and ``_SINGLE_CLOSING`` match one character
