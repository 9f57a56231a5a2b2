"""The corpus's analytics, composed from the store's counts: who is quoted most (in the corpus, per
outlet, per period), how often each outlet quotes each side of a pair of speakers, and statements
by speaker gender as the articles' own pronouns say it.

A statement is an attribution of type ``statement`` by a named corpus speaker (``store.analytics``).
Everything here is a function of the store and the request; nothing is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotegraph.errors import QueryError
from quotegraph.model.analytics import (
    MAX_TOP,
    PERIODS,
    Analytics,
    AnalyticsRequest,
    GenderBreakdown,
    Grouping,
    PairComparison,
    PairOutlet,
    PairSide,
    QuotedGroup,
    QuotedMost,
    SideCount,
    Window,
)
from quotegraph.store import Store
from quotegraph.store.query import MAX_NAME_CHARS, parse_day

__all__ = [
    "MAX_NAME_CHARS",
    "MAX_PAIRS",
    "MAX_TOP",
    "TIMELINE_SPEAKERS",
    "analytics",
    "compare_pair",
    "gender_breakdown",
    "make_request",
    "make_window",
    "quoted_most",
]

MAX_PAIRS = 10  # pairs a report compares: each is a query over the sides' statements
TIMELINE_SPEAKERS = 8  # the most quoted followed period by period: more rows crowd the heat map


def make_window(since: str | None = None, until: str | None = None) -> Window:
    """The days from ``since`` to ``until`` (each YYYY, YYYY-MM or YYYY-MM-DD; blank: no bound)."""
    first = parse_day(since.strip()) if since and since.strip() else None
    last = parse_day(until.strip(), end=True) if until and until.strip() else None
    if first and last and first > last:
        raise QueryError(f"since ({since}) is after until ({until})")
    return Window(first, last)


def make_request(
    *,
    since: str | None = None,
    until: str | None = None,
    period: str = "month",
    pairs: Sequence[tuple[str, str]] = (),
    top: int = 10,
) -> AnalyticsRequest:
    """A checked request; raises ``QueryError`` naming what is wrong."""
    if period not in PERIODS:
        raise QueryError(f"unknown period {period!r}: choose one of {', '.join(PERIODS)}")
    if not 1 <= top <= MAX_TOP:
        raise QueryError(f"top must be between 1 and {MAX_TOP}")
    if len(pairs) > MAX_PAIRS:
        raise QueryError(f"at most {MAX_PAIRS} pairs can be compared at once")
    checked = tuple(_name_pair(first, second) for first, second in pairs)
    return AnalyticsRequest(make_window(since, until), period, checked, top)


def _name_pair(first: str, second: str) -> tuple[str, str]:
    """Two names; the second may be "" (the speaker quoted most who is not the first)."""
    names = (first.strip(), second.strip())
    if not names[0] or any(len(n) > MAX_NAME_CHARS for n in names):
        raise QueryError(f"a pair is two speaker names of 1 to {MAX_NAME_CHARS} characters")
    if names[0].casefold() == names[1].casefold():
        raise QueryError(f"a pair is two different speakers, not {names[0]!r} twice")
    return names


def quoted_most(store: Store, by: Grouping, window: Window, top: int) -> QuotedMost:
    groups = store.quoted_most(by=by, window=window, limit=top)
    return QuotedMost(by, window.since, window.until, tuple(groups))


def compare_pair(
    store: Store, names: tuple[str, str], window: Window, totals: Mapping[str | None, int] | None = None
) -> PairComparison:
    """How often each outlet quotes each side. ``totals`` are the statements of the corpus (None) and
    of each outlet in the window, when already counted. Two sides that share a speaker are refused."""
    first, second = (PairSide(name, tuple(store.speakers_named(name, window=window))) for name in names)
    shared = {c.id for c in first.speakers} & {c.id for c in second.speakers}
    if shared:
        both = ", ".join(sorted(c.name for c in first.speakers if c.id in shared))
        raise QueryError(f"{names[0]!r} and {names[1]!r} both stand for {both}: name the two sides apart")
    totals = totals if totals is not None else _totals(store, window)
    ids = [c.id for c in (*first.speakers, *second.speakers) if c.id is not None]
    by_outlet = {g.group: g for g in store.quoted_most(by="outlet", window=window, limit=None, speaker_ids=ids)}
    whole = (sum(c.count for c in first.speakers), sum(c.count for c in second.speakers))
    rows = [_pair_row(None, totals.get(None, 0), whole)]
    for outlet in sorted(o for o in totals if o is not None):
        quoted = by_outlet.get(outlet)
        counts = {c.id: c.count for c in quoted.speakers} if quoted else {}
        sides = tuple(sum(counts.get(c.id, 0) for c in side.speakers) for side in (first, second))
        rows.append(_pair_row(outlet, totals[outlet], (sides[0], sides[1])))
    return PairComparison(window.since, window.until, (first, second), tuple(rows))


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _pair_row(outlet: str | None, statements: int, sides: tuple[int, int]) -> PairOutlet:
    both = sum(sides)
    first, second = (SideCount(n, _share(n, both), _share(n, statements)) for n in sides)
    return PairOutlet(outlet, statements, (first, second))


def _totals(store: Store, window: Window) -> dict[str | None, int]:
    """Statements of the corpus (None) and of each outlet in the window."""
    corpus = store.quoted_most(by="corpus", window=window, limit=1)
    outlets = store.quoted_most(by="outlet", window=window, limit=1)
    return _totals_of(corpus, outlets)


def _totals_of(corpus: Sequence[QuotedGroup], outlets: Sequence[QuotedGroup]) -> dict[str | None, int]:
    totals: dict[str | None, int] = {None: corpus[0].statements if corpus else 0}
    totals.update({g.group: g.statements for g in outlets})
    return totals


def gender_breakdown(store: Store, window: Window) -> GenderBreakdown:
    return GenderBreakdown(window.since, window.until, tuple(store.gender_shares(window=window)))


def analytics(store: Store, request: AnalyticsRequest) -> Analytics:
    """Everything a report shows. Without pairs, the two speakers quoted most in the window are
    compared (when there are two); a pair without its second name compares the first with the
    speaker quoted most who is not them."""
    window, top = request.window, request.top
    corpus = store.quoted_most(by="corpus", window=window, limit=top)
    quoted = corpus[0] if corpus else QuotedGroup("", 0, ())
    by_outlet = store.quoted_most(by="outlet", window=window, limit=top)
    by_period = store.quoted_most(by=request.period, window=window, limit=top)
    followed = [c.id for c in quoted.speakers[:TIMELINE_SPEAKERS] if c.id is not None]
    timeline = store.quoted_most(by=request.period, window=window, limit=None, speaker_ids=followed)
    pairs = [_completed(store, pair, quoted, window) for pair in request.pairs] or [_default_pair(quoted)]
    totals = _totals_of(corpus, by_outlet)
    return Analytics(
        request=request,
        quoted=quoted,
        by_outlet=tuple(by_outlet),
        by_period=tuple(by_period),
        timeline=tuple(timeline),
        pairs=tuple(compare_pair(store, pair, window, totals) for pair in pairs if pair is not None),
        genders=gender_breakdown(store, window),
    )


def _default_pair(quoted: QuotedGroup) -> tuple[str, str] | None:
    names = [c.name for c in quoted.speakers[:2]]
    return (names[0], names[1]) if len(names) == 2 else None


def _completed(store: Store, pair: tuple[str, str], quoted: QuotedGroup, window: Window) -> tuple[str, str] | None:
    """A pair with its second name, when it was left out: the speaker quoted most who is not one the
    first name stands for (None when every speaker of the ranking is)."""
    if pair[1]:
        return pair
    taken = {c.id for c in store.speakers_named(pair[0], window=window)}
    other = next((c.name for c in quoted.speakers if c.id not in taken), None)
    return (pair[0], other) if other is not None else None
