"""The routes: the extract page, and the corpus's search, speakers, articles and outlets.

Every page is a plain HTML document that works without JavaScript; htmx, where present, swaps the
search results in place. Values a user typed come back as a message on the page (status 400, 404,
413 or 503), never as an error page of the server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from quotegraph.settings import Settings
from quotegraph.store import Store
from quotegraph.web.analyst import Analyst
from quotegraph.web.analytics_page import AnalyticsPage
from quotegraph.web.annotate import annotate
from quotegraph.web.extract_page import ExtractPage
from quotegraph.web.extractor import Extractor
from quotegraph.web.pages import Pages
from quotegraph.web.params import SEARCH_FIELDS, link, whole_number
from quotegraph.web.statements import StatementPages
from quotegraph.web.timeline import PERIODS, fill_periods, timeline_svg

__all__ = ["CorpusPages", "build_router"]

SPEAKERS_PAGE = 50  # speakers a listing page shows
SPEAKER_STATEMENTS = 10  # a speaker page's most quoted statements; the rest are on /statements
LATEST_ON_OUTLET_PAGE = 10  # an outlet page's latest attributions; the rest are a search away


def build_router(store: Store, extractor: Extractor, settings: Settings, analyst: Analyst | None) -> APIRouter:
    pages = Pages(store, analytics=analyst is not None)
    home, corpus = ExtractPage(store, extractor, settings, pages), CorpusPages(store, pages)
    statements = StatementPages(store, pages)
    routes: list[tuple[str, str, Callable[..., Any]]] = [
        ("GET", "/", home.form),
        ("POST", "/", home.extract),
        ("GET", "/search", corpus.search),
        ("GET", "/speakers", corpus.speakers),
        ("GET", "/speakers/{speaker_id}", corpus.speaker),
        ("GET", "/articles/{article_id:path}", corpus.article),  # ids may hold "/" (a URL, say)
        ("GET", "/outlets", corpus.outlets),
        ("GET", "/outlets/{name:path}", corpus.outlet),
        ("GET", "/statements", statements.listing),
        ("GET", "/statements/{statement_id}", statements.statement),
    ]
    if analyst is not None:
        routes.append(("GET", "/analytics", AnalyticsPage(analyst, pages).page))
    router = APIRouter(include_in_schema=False)  # pages are not part of the API's OpenAPI spec
    for method, path, endpoint in routes:
        router.add_api_route(path, endpoint, methods=[method], response_class=HTMLResponse)
    return router


class CorpusPages:
    """The pages that read the corpus (blocking calls: FastAPI runs them in its thread pool)."""

    def __init__(self, store: Store, pages: Pages) -> None:
        self.store, self.pages = store, pages

    def search(self, request: Request) -> HTMLResponse:
        values = {name: request.query_params.get(name, "") for name in SEARCH_FIELDS}
        results = self.pages.results("/search", values, values, request.query_params)
        return self.pages.page_with_results(request, "search.html", results, section="search", values=values)

    def speakers(self, request: Request) -> HTMLResponse:
        name = request.query_params.get("name", "").strip()
        offset = whole_number(request.query_params.get("offset"), 0)
        found = self.store.speakers(name=name or None, limit=SPEAKERS_PAGE + 1, offset=offset)
        following = link("/speakers", {"name": name, "offset": offset + SPEAKERS_PAGE})
        previous = link("/speakers", {"name": name, "offset": max(offset - SPEAKERS_PAGE, 0)})
        return self.pages.render(
            "speakers.html",
            section="speakers",
            name=name,
            speakers=found[:SPEAKERS_PAGE],
            next_url=following if len(found) > SPEAKERS_PAGE else None,
            previous_url=previous if offset else None,
        )

    def speaker(self, request: Request, speaker_id: str) -> HTMLResponse:
        period = request.query_params.get("period", PERIODS[0])
        period = period if period in PERIODS else PERIODS[0]
        number = whole_number(speaker_id, -1)
        detail = self.store.speaker(number, period=period) if number >= 0 else None
        if detail is None:
            return self.pages.not_found(f"There is no speaker {speaker_id!r} in the corpus.")
        name = detail.speaker.name
        path = f"/speakers/{speaker_id}"
        results = self.pages.results(path, {"speaker_id": speaker_id}, {"period": period}, request.query_params)
        timeline = fill_periods(detail.timeline, period)
        return self.pages.page_with_results(
            request,
            "speaker.html",
            results,
            section="speakers",
            detail=detail,
            period=period,
            periods=PERIODS,
            timeline=timeline,
            svg=timeline_svg(timeline, period, label=f"Statements by {name} per {period}"),
            quoted=self.store.statements(
                speaker_id=detail.speaker.id, limit=SPEAKER_STATEMENTS + 1, occurrence_limit=1
            ),
            quoted_shown=SPEAKER_STATEMENTS,
        )

    def article(self, article_id: str) -> HTMLResponse:
        stored = self.store.article(article_id)
        if stored is None:
            return self.pages.not_found(f"There is no article {article_id!r} in the corpus.")
        return self.pages.render("article.html", stored=stored, annotated=annotate(stored.result))

    def outlets(self) -> HTMLResponse:
        return self.pages.render("outlets.html", section="outlets", outlets=self.store.outlets())

    def outlet(self, name: str) -> HTMLResponse:
        summary = self.store.outlet(name)
        if summary is None:
            return self.pages.not_found(f"There is no outlet {name!r} in the corpus.")
        values = {"outlet": summary.name}
        latest = self.pages.results("/search", values, values, {"limit": str(LATEST_ON_OUTLET_PAGE)})
        return self.pages.render(
            "outlet.html", section="outlets", outlet=summary, results=latest, search_url=link("/search", values)
        )
