"""The routes that extract and store: ``POST /api/extract``, ``POST /api/articles``, ``DELETE /api/articles/{id}``.

Bodies are decoded and checked by msgspec against the types in ``wire`` (the same types the spec
describes). Extraction goes through the ``ArticleExtractor`` (off the event loop, one at a time),
writes to the store through a worker thread.
"""

from __future__ import annotations

from typing import Any, TypeVar

import anyio.to_thread
import msgspec
from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from quotegraph.errors import InputError
from quotegraph.graph.statements import update_statements
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.jsonlines import NOT_JSON
from quotegraph.model.periods import checked_day
from quotegraph.server.auth import read_guard, write_guard
from quotegraph.server.cache import ResponseCache
from quotegraph.server.errors import ApiError
from quotegraph.server.extractor import ArticleExtractor, ArticleSource
from quotegraph.server.openapi import body, responses
from quotegraph.server.reads import json_response
from quotegraph.server.wire import (
    MAX_ARTICLES_PER_REQUEST,
    ArticleInput,
    ArticlesRequest,
    ExtractRequest,
    IngestedArticle,
    IngestResponse,
)
from quotegraph.settings import Settings
from quotegraph.store import Store

__all__ = ["write_router"]

S = TypeVar("S")

_INPUT_FIELDS = frozenset(ArticleInput.__struct_fields__)


class _RawArticles(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """``ArticlesRequest`` with each article kept as a mapping, so that its extra fields reach ``meta``."""

    articles: list[dict[str, Any]]


def decode_body(data: bytes, cls: type[S], content_type: str = "") -> S:
    """The body as a ``cls``; raises ``ApiError`` 400 naming what is wrong. The body is read as JSON whatever
    ``content_type`` says (``curl -d`` labels JSON as a form); that label only explains a body that is not JSON."""
    try:
        return msgspec.json.decode(data, type=cls)
    except msgspec.ValidationError as exc:
        raise ApiError(400, f"invalid request body: {exc}") from None
    except NOT_JSON as exc:
        raise ApiError(400, f"the request body is not valid JSON: {exc}{_sent_as(content_type)}") from None


def _sent_as(content_type: str) -> str:
    """What to do, when the client sent a body it labelled as something else than JSON (a form, a file upload)."""
    media = content_type.split(";")[0].strip().lower()
    if not media or media.endswith("json"):
        return ""
    return f" (it was sent as {media}: send the article as a JSON object, Content-Type application/json)"


def _unset_to_none(value: Any) -> Any:
    return None if value is msgspec.UNSET else value


def source_of(given: ArticleInput, raw: dict[str, Any]) -> ArticleSource:
    """The article to extract; fields the API does not name are kept in ``meta`` (as JSONL input's are)."""
    published = _unset_to_none(given.published)  # a day the calendar lacks is this article's failure
    meta = dict(_unset_to_none(given.meta) or {})
    meta.update({key: value for key, value in raw.items() if key not in _INPUT_FIELDS})
    if given.outlet is not msgspec.UNSET:
        meta["outlet"] = given.outlet
    return ArticleSource(
        text=_unset_to_none(given.text),
        html=_unset_to_none(given.html),
        id=_unset_to_none(given.id),
        url=_unset_to_none(given.url),
        published=published,
        title=_unset_to_none(given.title),
        meta=meta,
    )


def _ingest_response(outcomes: list[ArticleResult | Failure], store: Store) -> IngestResponse:
    results = [item for item in outcomes if isinstance(item, ArticleResult)]
    report = store.add(results)
    update_statements(store)  # as `quotegraph ingest` does: the new quotes join their statements
    return IngestResponse(
        ingested=tuple(IngestedArticle(id=r.id, attributions=len(r.attributions)) for r in results),
        failures=tuple(item for item in outcomes if isinstance(item, Failure)),
        added=report.added,
        replaced=report.replaced,
        unchanged=report.unchanged,
    )


def _delete(store: Store, article_id: str) -> bool:
    """Deletes the article; statements it alone carried went with it, the others it carried are
    clustered again without its quotes."""
    deleted = store.delete(article_id)
    if deleted:
        update_statements(store)
    return deleted


def write_router(store: Store, extractor: ArticleExtractor, settings: Settings, cache: ResponseCache) -> APIRouter:
    router = APIRouter(prefix="/api")
    writer = [Depends(write_guard(settings))]
    auth = () if settings.public_reads else (401, 403)

    @router.post(
        "/extract",
        dependencies=[Depends(read_guard(settings))],
        responses=responses(ArticleResult, 413, 503, *auth),
        openapi_extra=body(ExtractRequest),
        summary="Extract one article",
    )
    async def extract(request: Request) -> Response:
        """The attributions of one article given as `text` or `html`; nothing is stored."""
        given = decode_body(await request.body(), ExtractRequest, request.headers.get("content-type", ""))
        text, html = _unset_to_none(given.text), _unset_to_none(given.html)
        if (text is None) == (html is None):
            raise ApiError(400, "give the article as `text` or as `html` (exactly one of them)")
        published = _unset_to_none(given.published)
        try:
            checked_day(published)
        except InputError as exc:  # one article: the request itself is wrong, as for a date of the wrong shape
            raise ApiError(400, str(exc)) from None
        return json_response(await extractor.extract(text=text, html=html, published=published))

    @router.post(
        "/articles",
        dependencies=writer,
        responses=responses(IngestResponse, 401, 403, 413, 503),
        openapi_extra=body(ArticlesRequest),
        summary="Extract and store articles",
        description=f"Extracts and stores up to {MAX_ARTICLES_PER_REQUEST} articles; those that cannot be used"
        " are listed under `failures` with the reason, the others are stored.",
    )
    async def add_articles(request: Request) -> Response:
        data = await request.body()
        given = decode_body(data, ArticlesRequest, request.headers.get("content-type", ""))
        raw = decode_body(data, _RawArticles)
        sources = [source_of(item, fields) for item, fields in zip(given.articles, raw.articles, strict=True)]
        outcomes = await extractor.extract_articles(sources)
        try:
            return json_response(await anyio.to_thread.run_sync(_ingest_response, outcomes, store))
        finally:
            cache.clear()  # even a write that failed half-way may have changed the corpus

    @router.delete(
        "/articles/{article_id:path}",
        dependencies=writer,
        status_code=204,
        responses=responses(None, 401, 403, 404, 503, status=204),
        summary="Delete an article",
    )
    async def delete_article(article_id: str) -> Response:
        """Removes the article with its entities, attributions and quotes: a statement only it carried goes too."""
        try:
            deleted = await anyio.to_thread.run_sync(_delete, store, article_id)
        finally:
            cache.clear()
        if not deleted:
            raise ApiError(404, f"no article with id {article_id!r}")
        return Response(status_code=204)

    return router
