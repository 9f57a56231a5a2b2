"""Highlighted text: overlapping and nested spans cut into segments, and the segments as HTML.

Attributions overlap in every way a text allows: a cue inside its content, a source inside another
attribution's content, a content in two pieces around its cue. ``segments`` cuts the text where any
span starts or ends and gives each piece the stack of spans open around it, outermost first; a span
that ends later is opened outside one that ends sooner, so a span is cut into several elements only
when spans really cross. ``render`` turns the segments into HTML with every piece of text escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from quotegraph.model import Attribution, TextSpan

__all__ = ["ROLES", "Highlight", "Segment", "attribution_highlights", "match_highlights", "render", "segments"]

ROLES = ("content", "source", "cue")
"""The highlighted parts of an attribution; at equal extent the first is opened outermost."""

MATCH = "match"


@dataclass(frozen=True)
class Highlight:
    """One span to mark: what it is (``role``), whose (``attribution`` id, ``speaker`` entity id)."""

    start: int
    end: int
    role: str
    attribution: str = ""
    speaker: str | None = None


@dataclass(frozen=True)
class Segment:
    """A piece of text and the highlights around it, outermost first."""

    start: int
    text: str
    marks: tuple[Highlight, ...]


def attribution_highlights(attributions: Iterable[Attribution]) -> list[Highlight]:
    """Every fragment of every content, cue and source."""
    found = []
    for attribution in attributions:
        speaker = attribution.speaker.entity if attribution.speaker else None
        for role in ROLES:
            excerpt = getattr(attribution, role)
            for span in excerpt.spans if excerpt else ():
                found.append(Highlight(span.start, span.end, role, attribution.id, speaker))
    return found


def match_highlights(spans: Iterable[TextSpan]) -> list[Highlight]:
    """The words a search matched."""
    return [Highlight(span.start, span.end, MATCH) for span in spans]


def _nesting_key(mark: Highlight) -> tuple[int, int, int, str]:
    """Opened first (outermost): the span that lasts longest, then the one that began first."""
    rank = ROLES.index(mark.role) if mark.role in ROLES else len(ROLES)
    return -mark.end, mark.start, rank, mark.attribution


def segments(text: str, marks: Iterable[Highlight]) -> list[Segment]:
    """``text`` cut at every boundary of ``marks`` (empty spans and spans past the text dropped),
    each piece with the marks open around it. Joined, the pieces' text is ``text``."""
    usable = {m for m in marks if 0 <= m.start < m.end <= len(text)}
    cuts = sorted({0, len(text)} | {m.start for m in usable} | {m.end for m in usable})
    opening: dict[int, set[Highlight]] = {}
    closing: dict[int, set[Highlight]] = {}
    for mark in usable:
        opening.setdefault(mark.start, set()).add(mark)
        closing.setdefault(mark.end, set()).add(mark)
    pieces: list[Segment] = []
    active: set[Highlight] = set()
    stack: list[Highlight] = []
    for start, end in pairwise(cuts):
        active = (active - closing.get(start, set())) | opening.get(start, set())
        kept = 0
        while kept < len(stack) and stack[kept] in active:
            kept += 1
        stack = stack[:kept] + sorted(active - set(stack[:kept]), key=_nesting_key)
        pieces.append(Segment(start, text[start:end], tuple(stack)))
    return pieces


def render(
    pieces: Sequence[Segment],
    open_tag: Callable[[Highlight], Markup],
    close_tag: Callable[[Highlight], Markup],
) -> Markup:
    """The segments as HTML: each piece's text escaped, marks opened and closed where their stacks
    differ (``close_tag`` ends what ``open_tag`` began, innermost first)."""
    out: list[str] = []
    open_now: tuple[Highlight, ...] = ()
    for piece in pieces:
        common = 0
        while common < min(len(open_now), len(piece.marks)) and open_now[common] == piece.marks[common]:
            common += 1
        out.extend(close_tag(mark) for mark in reversed(open_now[common:]))
        out.extend(open_tag(mark) for mark in piece.marks[common:])
        out.append(escape(piece.text))
        open_now = piece.marks
    out.extend(close_tag(mark) for mark in reversed(open_now))
    return Markup("".join(out))
