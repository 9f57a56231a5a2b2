"""What a corpus's analytics answer: who is quoted most (in the corpus, per outlet, per period), how
often each outlet quotes each side of a pair of speakers, and statements by speaker gender.

A statement here is an attribution of type ``statement`` (what someone said; thoughts and findings
are left out) whose speaker is a named corpus speaker. Days are ``YYYY-MM-DD``; periods are
"2016-03" (a month) or "2016-W09" (an ISO week), as in ``PeriodCount``.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from quotegraph.model.corpus import Count
from quotegraph.model.identity import GenderShare  # one type for the share, with the identity types

__all__ = [
    "ALL_DAYS",
    "MAX_TOP",
    "PERIODS",
    "Analytics",
    "AnalyticsRequest",
    "Chart",
    "GenderBreakdown",
    "GenderShare",
    "Grouping",
    "PairComparison",
    "PairOutlet",
    "PairSide",
    "Period",
    "QuotedGroup",
    "QuotedMost",
    "SideCount",
    "Window",
    "percent",
]

MAX_TOP = 50  # speakers a ranking lists: a longer one is a listing (`quotegraph speakers`), not a chart
Period = Literal["month", "week"]
PERIODS: tuple[Period, ...] = ("month", "week")
# what statements are grouped by: nothing (the whole corpus), their outlet, or their period
Grouping = Literal["corpus", "outlet", "month", "week"]


class Window(msgspec.Struct, frozen=True):
    """The days counted, both ends included; None: no bound. A bounded window leaves undated
    statements out."""

    since: str | None = None
    until: str | None = None


ALL_DAYS = Window()


class QuotedGroup(msgspec.Struct, frozen=True):
    """The speakers quoted most in one group: "" for the whole corpus, an outlet's name, or a period.
    ``statements`` counts every statement of the group by the speakers considered, not only the
    ``speakers`` listed (each a ``Count`` with the speaker's id)."""

    group: str
    statements: int
    speakers: tuple[Count, ...]


class QuotedMost(msgspec.Struct, frozen=True):
    """``groups`` in order: by outlet name, or by period from the earliest."""

    by: Grouping
    since: str | None
    until: str | None
    groups: tuple[QuotedGroup, ...]


class SideCount(msgspec.Struct, frozen=True):
    """One side's statements in an outlet; ``pair_share``: their part of the two sides' statements
    there, ``outlet_share``: their part of all the outlet's statements (None when there are none)."""

    statements: int
    pair_share: float | None = None
    outlet_share: float | None = None


class PairOutlet(msgspec.Struct, frozen=True):
    """How one outlet (None: all of them together) quotes the two sides; ``statements`` counts all of
    its statements by named speakers."""

    outlet: str | None
    statements: int
    sides: tuple[SideCount, SideCount]


class PairSide(msgspec.Struct, frozen=True):
    """A side as it was asked (``name``) and the corpus speakers it stands for, read as a search's
    ``speaker`` reads a name (the full name, else speakers whose name starts or ends with it), each
    with their statements in the window."""

    name: str
    speakers: tuple[Count, ...]


class PairComparison(msgspec.Struct, frozen=True):
    """How often each outlet quotes each side: all outlets together first, then each by name."""

    since: str | None
    until: str | None
    sides: tuple[PairSide, PairSide]
    outlets: tuple[PairOutlet, ...]


class GenderBreakdown(msgspec.Struct, frozen=True):
    """Statements of people in a window of days by their speaker's gender, the corpus first, then
    each outlet (``Store.gender_shares``)."""

    since: str | None
    until: str | None
    outlets: tuple[GenderShare, ...]


class AnalyticsRequest(msgspec.Struct, frozen=True):
    """What a report shows: the window, the period of its timelines, the pairs of speaker names to
    compare (none: the two people quoted most) and how many speakers each ranking lists."""

    window: Window = ALL_DAYS
    period: Period = "month"
    pairs: tuple[tuple[str, str], ...] = ()
    top: int = 10


class Analytics(msgspec.Struct, frozen=True):
    """Everything a report shows. ``quoted``: the most quoted in the window; ``by_outlet`` and
    ``by_period``: each outlet's and each period's own most quoted; ``timeline``: the statements of
    the window's most quoted in each period."""

    request: AnalyticsRequest
    quoted: QuotedGroup
    by_outlet: tuple[QuotedGroup, ...]
    by_period: tuple[QuotedGroup, ...]
    timeline: tuple[QuotedGroup, ...]
    pairs: tuple[PairComparison, ...]
    genders: GenderBreakdown


class Chart(msgspec.Struct, frozen=True):
    """One plot as SVG markup, with a file name (``name``.svg), a title and a sentence that sums it
    up for those who cannot see it."""

    name: str
    title: str
    description: str
    svg: str


def percent(share: float | None) -> str:
    """A share as people read it: a whole percentage ("37%"), one decimal below 1% ("0.4%"), a dash
    when there is none."""
    if share is None:
        return "–"
    return f"{share:.1%}" if 0 < share < 0.01 else f"{share:.0%}"
