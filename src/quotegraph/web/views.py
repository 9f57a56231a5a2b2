"""The routes: extract a pasted article, search the corpus, and its speakers, articles and outlets.

Every page is a plain HTML document that works without JavaScript; htmx, where present, swaps the
search results in place. Values a user typed come back as a message on the page (status 400, 404,
413 or 503), never as an error page of the server.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from quotegraph.errors import InputError, QuotegraphError
from quotegraph.settings import Settings
from quotegraph.store import Store
from quotegraph.web.annotate import annotate
from quotegraph.web.extractor import Extractor
from quotegraph.web.pages import Pages
from quotegraph.web.params import SEARCH_FIELDS, link
from quotegraph.web.paste import FORMATS, check_published, pasted_article
from quotegraph.web.timeline import PERIODS, fill_periods, timeline_svg

__all__ = ["build_router"]

SPEAKERS_PAGE = 50  # speakers a listing page shows
LATEST_ON_OUTLET_PAGE = 10  # an outlet page's latest attributions; the rest are a search away
MAX_ID_DIGITS = 18  # a speaker id fits a signed 64-bit integer: longer is no id of ours


def build_router(store: Store, extractor: Extractor, settings: Settings) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    pages = Pages(store)

    def home(status: int = 200, form: dict[str, str] | None = None, **context: object) -> HTMLResponse:
        form = form or {"text": "", "published": "", "format": FORMATS[0]}
        stats = None if "result" in context else store.stats()  # the corpus is shown beside the empty form only
        return pages.render(
            "home.html", status=status, section="extract", stats=stats, formats=FORMATS, form=form, **context
        )

    @router.get("/", response_class=HTMLResponse)
    def extract_form() -> HTMLResponse:
        return home()

    @router.post("/", response_class=HTMLResponse)
    async def extract(request: Request) -> HTMLResponse:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > settings.max_body_bytes:
            error = f"the form is larger than {settings.max_body_bytes:,} bytes"
            return await run_in_threadpool(home, 413, None, error=error)
        try:
            # parsed here, not by FastAPI, so that a malformed or oversized form is a page too
            data = await request.form(max_part_size=settings.max_body_bytes)
        except HTTPException as exc:
            return await run_in_threadpool(
                home, exc.status_code, None, error=f"the form could not be read: {exc.detail}"
            )
        form = {name: _text_field(data, name) for name in ("text", "published", "format")}
        upload = data.get("file")
        content = await upload.read(settings.max_body_bytes + 1) if isinstance(upload, UploadFile) else b""
        too_large = _too_large(form["text"], content, settings)
        if too_large:
            return await run_in_threadpool(home, 413, form, error=too_large)
        try:
            filename = (upload.filename or "") if isinstance(upload, UploadFile) else ""
            pasted = pasted_article(form["text"], content, filename, form["format"] or FORMATS[0])
            published = check_published(form["published"])
            result = await extractor.extract(text=pasted.text, html=pasted.html, published=published)
        except InputError as exc:
            return await run_in_threadpool(home, 400, form, error=str(exc))
        except QuotegraphError as exc:  # the pipeline cannot run: nothing the user typed will help
            return await run_in_threadpool(home, 503, form, error=f"extraction is not available: {exc}")
        # marking a long article and reading the corpus are blocking work: off the event loop
        return await run_in_threadpool(lambda: home(form=form, result=result, annotated=annotate(result)))

    @router.get("/search", response_class=HTMLResponse)
    def search(request: Request) -> HTMLResponse:
        values = {name: request.query_params.get(name, "") for name in SEARCH_FIELDS}
        results = pages.results("/search", values, values, request.query_params)
        return pages.page_with_results(request, "search.html", results, section="search", values=values)

    @router.get("/speakers", response_class=HTMLResponse)
    def speakers(request: Request) -> HTMLResponse:
        name = request.query_params.get("name", "").strip()
        offset = _offset(request.query_params.get("offset"))
        found = store.speakers(name=name or None, limit=SPEAKERS_PAGE + 1, offset=offset)
        more = len(found) > SPEAKERS_PAGE
        return pages.render(
            "speakers.html",
            section="speakers",
            name=name,
            speakers=found[:SPEAKERS_PAGE],
            offset=offset,
            next_url=link("/speakers", {"name": name, "offset": offset + SPEAKERS_PAGE}) if more else None,
            previous_url=link("/speakers", {"name": name, "offset": max(offset - SPEAKERS_PAGE, 0)})
            if offset
            else None,
        )

    @router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
    def speaker(request: Request, speaker_id: str) -> HTMLResponse:
        period = request.query_params.get("period", PERIODS[0])
        period = period if period in PERIODS else PERIODS[0]
        detail = store.speaker(int(speaker_id), period=period) if _is_id(speaker_id) else None
        if detail is None:
            return pages.not_found(f"There is no speaker {speaker_id!r} in the corpus.")
        name = detail.speaker.name
        path = f"/speakers/{speaker_id}"
        results = pages.results(path, {"speaker": name}, {"period": period}, request.query_params)
        timeline = fill_periods(detail.timeline, period)
        return pages.page_with_results(
            request,
            "speaker.html",
            results,
            section="speakers",
            detail=detail,
            period=period,
            periods=PERIODS,
            timeline=timeline,
            svg=timeline_svg(timeline, period, label=f"Statements by {name} per {period}"),
        )

    @router.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article(article_id: str) -> HTMLResponse:
        stored = store.article(article_id)
        if stored is None:
            return pages.not_found(f"There is no article {article_id!r} in the corpus.")
        return pages.render("article.html", stored=stored, annotated=annotate(stored.result))

    @router.get("/outlets", response_class=HTMLResponse)
    def outlets() -> HTMLResponse:
        return pages.render("outlets.html", section="outlets", outlets=store.outlets())

    @router.get("/outlets/{name:path}", response_class=HTMLResponse)
    def outlet(name: str) -> HTMLResponse:
        summary = store.outlet(name)
        if summary is None:
            return pages.not_found(f"There is no outlet {name!r} in the corpus.")
        values = {"outlet": summary.name}
        latest = pages.results("/search", values, values, {"limit": str(LATEST_ON_OUTLET_PAGE)})
        return pages.render(
            "outlet.html", section="outlets", outlet=summary, results=latest, search_url=link("/search", values)
        )

    return router


def _text_field(data: FormData, name: str) -> str:
    value = data.get(name)
    return value if isinstance(value, str) else ""


def _too_large(text: str, upload: bytes, settings: Settings) -> str | None:
    """Why the form's article is refused as too large (413), or None."""
    if len(upload) > settings.max_body_bytes:
        return f"the file is larger than {settings.max_body_bytes:,} bytes"
    if len(text) > settings.max_extract_chars:
        return f"the text is longer than {settings.max_extract_chars:,} characters: extract it with the command line"
    return None


def _is_id(value: str) -> bool:
    return value.isascii() and value.isdigit() and len(value) <= MAX_ID_DIGITS


def _offset(value: str | None) -> int:
    return int(value) if value and _is_id(value) else 0
