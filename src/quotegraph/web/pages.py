"""What every page needs: the templates, rendering with a status, and one page of search hits.

Pages are whole HTML documents; a request htmx sends for the ``#results`` region (a search, the
next page) gets that region alone. A history restore asks for the whole page again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from quotegraph.errors import QueryError
from quotegraph.model import Attribution
from quotegraph.model.corpus import ArticleRef, Hit
from quotegraph.store import Store
from quotegraph.web.highlight import match_highlights, render, segments
from quotegraph.web.params import link, page_number, path_part, search_query, web_url
from quotegraph.web.words import counted

__all__ = ["TEMPLATES_DIR", "HitView", "Pages", "Results", "error_page", "wants_results_only"]

TEMPLATES_DIR = Path(__file__).parent / "templates"
RESULTS_TARGET = "results"  # the id of the region htmx swaps


@dataclass(frozen=True)
class HitView:
    """A search hit as a page lists it: its content with the matched words marked."""

    attribution: Attribution
    article: ArticleRef
    content: Markup
    speaker_id: int | None = None  # the corpus speaker, whose page the speaker's name links to


@dataclass(frozen=True)
class Results:
    """One page of hits with the links to the next and first pages, or why there are none."""

    hits: list[HitView] = field(default_factory=list)
    page: int = 1
    next_url: str | None = None
    first_url: str | None = None
    error: str | None = None

    @property
    def status(self) -> int:
        return 400 if self.error else 200


def _content_html(hit: Hit) -> Markup:
    content = hit.attribution.content
    if content is None:
        return Markup("")
    match_open, match_close = Markup('<mark class="match">'), Markup("</mark>")
    return render(segments(content.text, match_highlights(hit.matches)), lambda _: match_open, lambda _: match_close)


_TITLES = {400: "That request cannot be answered", 404: "Not found", 405: "Not allowed", 413: "Too large"}


def error_page(status: int, message: str) -> HTMLResponse:
    """A whole page saying what went wrong, for errors raised outside a page's own handling."""
    title = _TITLES.get(status, "Something went wrong" if status >= 500 else "That request cannot be answered")
    html = template_environment().get_template("error.html").render(title=title, message=message)
    return HTMLResponse(html, status_code=status)


def wants_results_only(request: Request) -> bool:
    headers = request.headers
    return (
        headers.get("HX-Request") == "true"
        and headers.get("HX-Target") == RESULTS_TARGET
        and "HX-History-Restore-Request" not in headers
    )


def template_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every value a template prints is escaped unless it is Markup built here
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["number"] = "{:,}".format
    environment.filters["path"] = path_part
    environment.filters["counted"] = counted
    environment.filters["web_url"] = web_url
    environment.globals["link"] = link
    return environment


class Pages:
    """The templates and the store, shared by the routes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.environment = template_environment()

    def render(self, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.environment.get_template(template).render(**context)
        # the same URL answers a whole page or, to htmx, one region: caches must tell them apart
        return HTMLResponse(html, status_code=status, headers={"Vary": "HX-Request, HX-Target"})

    def not_found(self, message: str) -> HTMLResponse:
        return self.render("not_found.html", status=404, message=message)

    def results(
        self, path: str, query_values: Mapping[str, str], link_values: Mapping[str, str], params: Mapping[str, str]
    ) -> Results:
        """The page of hits ``params`` ask for (their ``cursor``, ``limit`` and ``page``), searched with
        ``query_values``; pagination links go to ``path`` with ``link_values``."""
        cursor, limit = params.get("cursor"), params.get("limit")
        try:
            found = self.store.search(search_query(query_values, limit=limit, cursor=cursor))
        except QueryError as exc:
            return Results(error=str(exc))
        page = page_number(params.get("page")) if cursor else 1
        kept = {**link_values, "limit": limit}
        return Results(
            hits=[HitView(h.attribution, h.article, _content_html(h), h.speaker_id) for h in found.items],
            page=page,
            next_url=link(path, {**kept, "cursor": found.next, "page": page + 1}) if found.next else None,
            first_url=link(path, kept) if cursor else None,
        )

    def page_with_results(self, request: Request, template: str, results: Results, **context: Any) -> HTMLResponse:
        """The whole page ``template``, or only its results region when htmx asks for it."""
        chosen = "_results.html" if wants_results_only(request) else template
        return self.render(chosen, status=results.status, results=results, **context)
