"""Datelines: the place (and date, and agency) that opens a wire story's first paragraph.

"LONDON, April 9 (Reuters) - SkyBridge Airways said ...", "Washington (AFP) – Democrat Hillary Clinton has taken a
swipe": the tagger may take the dateline into the subject it tags as source, and the place then becomes the speaker.
A span that opens a line on a dateline starts after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.lines import Lines

__all__ = ["dateline_place", "in_dateline", "past_dateline"]

# Capital letters of a place name, accented ones of Latin-1 included: BELÉM, BOGOTÁ, SÃO PAULO, ZÜRICH (Latin
# Extended-A mixes capitals and small letters in one range, so "ŁÓDŹ" is not matched)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>[{_CAPITAL}][{_CAPITAL}.'’-]+(?: [{_CAPITAL}][{_CAPITAL}.'’-]*)*)"  # LONDON, MEXICO CITY, U.S.
    # a date or a country after a comma: ", April 9", ", Ukraine", and a date written day first (", 5 December"), the
    # story's date, which the time readers now date (``timeexpr``) and must not take for a statement's (no PolNeAR
    # train article or tuned page opens so)
    r"(?:, [A-Z0-9][\w.'’ ]{0,30}?)?"
    r"(?: ?\([^()\n]{1,40}\))?"  # the agency: "(Reuters)", "(AP)"
    r" ?(?:--|[—–-])[ \t]*"  # the dash that ends every dateline
)
# A wire service's place in ordinary capitals ("Washington (AFP) –", "Mexico City (AFP) –", as AFP's copy runs on
# Breitbart): only with the agency in brackets, since a name and a dash open many a line ("Smith - who led ...")
_TITLED_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2})"  # Washington, New York, Mexico City
    r" \([A-Z][A-Za-z ]{0,20}\)"  # the agency: "(AFP)", not a party's "(R-Texas)" after a name
    r" ?(?:--|[—–-])[ \t]*"
)


def _dateline(text: str, line_start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline opening the line at ``line_start`` (and ending before ``end``), if any."""
    end = len(text) if end is None else end
    return _DATELINE.match(text, line_start, end) or _TITLED_DATELINE.match(text, line_start, end)


MAX_INDENT = 8  # chars of white space before a dateline on its line


def past_dateline(text: str, lines: Lines, spans: Sequence[CharSpan]) -> list[CharSpan]:
    """``spans`` with the one that opens a line on a dateline starting after it."""
    return [_past(text, lines.start(start), start, end) for start, end in spans]


def _past(text: str, line_start: int, start: int, end: int) -> CharSpan:
    if start - line_start > MAX_INDENT or text[line_start:start].strip():
        return start, end
    match = _dateline(text, line_start, end)
    return (match.end(), end) if match is not None and match.end() < end else (start, end)


def in_dateline(text: str, lines: Lines, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside the dateline that opens its line, after its place ("Feb. 8" of "MEXICO
    CITY, Feb. 8 (UPI) —"): the story's date, not a statement's."""
    line_start = lines.start(start)
    match = _dateline(text, line_start)
    return match is not None and line_start < start and end <= match.end()


def dateline_place(text: str, line_start: int) -> CharSpan | None:
    """The place of the dateline that opens the line starting at ``line_start`` ("ST. PAUL" of "ST. PAUL —"), if
    any: a place, never a person or a body the tagger may take it for."""
    match = _dateline(text, line_start)
    return None if match is None else match.span("place")
