"""The analytics routes: ``GET /api/analytics`` (everything the report and the ``/analytics`` page
show), and its parts ``/api/analytics/quoted``, ``/pair`` and ``/genders``; and the ``Analyst`` the
web page draws its plots through.

Answers are computed in a worker thread and kept in the read cache, as the other reads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from starlette.responses import Response

from quotegraph.graph.analytics import (
    MAX_TOP,
    analytics,
    compare_pair,
    gender_breakdown,
    make_request,
    make_window,
    quoted_most,
)
from quotegraph.model.analytics import Analytics, Chart, GenderBreakdown, PairComparison, QuotedMost
from quotegraph.server.cache import ResponseCache
from quotegraph.server.openapi import responses
from quotegraph.server.reads import MAX_NAME_CHARS, DateBound, Name, auth_errors, cached_answers, read_guards
from quotegraph.settings import Settings
from quotegraph.store import Store

__all__ = ["REPORTS_KEPT", "GraphAnalyst", "analytics_router"]

REPORTS_KEPT = 8  # the web page's latest reports, plots drawn: drawing them costs a second or more
Top = Annotated[int, Query(ge=1, le=MAX_TOP, description="speakers a ranking lists")]
Side = Annotated[
    str, Query(min_length=1, max_length=MAX_NAME_CHARS, description="a speaker's name, as `speaker` reads it")
]


def analytics_router(store: Store, settings: Settings, cache: ResponseCache) -> APIRouter:
    router = APIRouter(prefix="/api/analytics", dependencies=read_guards(settings))
    answer = cached_answers(cache)
    auth = auth_errors(settings)

    @router.get("", responses=responses(Analytics, 503, *auth), summary="Everything a report shows")
    async def everything(
        since: DateBound = None,
        until: DateBound = None,
        period: Literal["month", "week"] = "month",
        top: Top = 10,
        a: Name = None,
        b: Name = None,
    ) -> Response:
        """Who is quoted most (in the window, per outlet, per period, and the most quoted period by
        period), how each outlet quotes `a` and `b` (no `a`: the two quoted most; no `b`: `a` and the
        most quoted other), and statements of people by their article's pronouns."""
        pairs = [(a, b or "")] if a else []
        request = make_request(since=since, until=until, period=period, pairs=pairs, top=top)
        return await answer(("analytics", request), lambda: analytics(store, request))

    @router.get("/quoted", responses=responses(QuotedMost, 503, *auth), summary="Who is quoted most")
    async def quoted(
        by: Literal["corpus", "outlet", "month", "week"] = "corpus",
        since: DateBound = None,
        until: DateBound = None,
        top: Top = 10,
    ) -> Response:
        """The `top` speakers with the most statements in each group: the corpus, each outlet, each
        month or ISO week (undated statements are in no period)."""
        window = make_window(since, until)
        return await answer(("quoted", by, window, top), lambda: quoted_most(store, by, window, top))

    @router.get("/pair", responses=responses(PairComparison, 503, *auth), summary="How outlets quote two sides")
    async def pair(a: Side, b: Side, since: DateBound = None, until: DateBound = None) -> Response:
        """Statements of each side in each outlet, their share of the pair's and of the outlet's. Two
        names that stand for a speaker in common are a 400."""
        request = make_request(since=since, until=until, pairs=[(a, b)])
        names, window = request.pairs[0], request.window
        return await answer(("pair", names, window), lambda: compare_pair(store, names, window))

    @router.get("/genders", responses=responses(GenderBreakdown, 503, *auth), summary="Statements by gender")
    async def genders(since: DateBound = None, until: DateBound = None) -> Response:
        """Statements of people by what their own article's pronouns say (he, she, they, none), the
        corpus first, then each outlet."""
        window = make_window(since, until)
        return await answer(("genders", window), lambda: gender_breakdown(store, window))

    return router


class GraphAnalyst:
    """The web page's ``Analyst``: the analytics and their plots, the latest few kept while the
    corpus does not change (``version`` says when it does)."""

    def __init__(self, store: Store, version: Callable[[], Hashable]) -> None:
        self.store, self.version = store, version
        self._kept: OrderedDict[Hashable, tuple[Analytics, list[Chart]]] = OrderedDict()
        self._lock = threading.Lock()  # pages are answered from a pool of threads

    def report(
        self, *, since: str | None, until: str | None, period: str, pairs: Sequence[tuple[str, str]], top: int
    ) -> tuple[Analytics, list[Chart]]:
        from quotegraph.graph.charts import charts

        request = make_request(since=since, until=until, period=period, pairs=pairs, top=top)
        key = (request, self.version())
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        found = analytics(self.store, request)
        drawn = (found, charts(found))
        with self._lock:
            self._kept[key] = drawn
            while len(self._kept) > REPORTS_KEPT:
                self._kept.popitem(last=False)
        return drawn
