"""The read routes: search attributions, list speakers and outlets, open an article, count.

Each answer is msgspec-encoded bytes, looked up first in the ``ResponseCache`` on the event loop;
on a miss the store is queried and the answer encoded in a worker thread (the store keeps one
connection per thread), so the event loop never waits for the database.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Annotated, Any, Literal, TypeVar

import anyio.to_thread
from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from quotegraph.model.corpus import CorpusStats, OutletSummary, SpeakerDetail
from quotegraph.server.auth import read_guard
from quotegraph.server.cache import ResponseCache
from quotegraph.server.errors import ApiError
from quotegraph.server.hits import note_cache_key
from quotegraph.server.openapi import responses
from quotegraph.server.wire import (
    ArticlePage,
    OutletList,
    SpeakerPage,
    StoredArticleView,
    encode,
    found,
    stored_view,
)
from quotegraph.settings import Settings
from quotegraph.store import Store, make_query
from quotegraph.store.query import MAX_LIMIT, MAX_NAME_CHARS, MAX_QUERY_CHARS, MAX_SQL_INT

__all__ = [
    "DATE_BOUND_PATTERN",
    "MAX_NAME_CHARS",
    "MAX_OFFSET",
    "MAX_SQL_INT",
    "Answer",
    "DateBound",
    "Name",
    "auth_errors",
    "cached_answers",
    "found_or_404",
    "json_response",
    "no_nul",
    "read_guards",
    "read_router",
]

JSON = "application/json"
CACHE_HIT, CACHE_MISS = {"X-Cache": "hit"}, {"X-Cache": "miss"}  # says which answers the cache gave
MAX_CURSOR_CHARS = 1000  # a cursor is a short encoded key; a longer one is not ours
MAX_OFFSET = 10_000  # deeper pages of a listing cost a scan of every row before them
# a bound of a date range may be a year or a month as well as a day (wire.DAY_PATTERN is a day only)
DATE_BOUND_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TYPES_PATTERN = r"^(statement|thought|finding)(,(statement|thought|finding))*$"

T = TypeVar("T")

Name = Annotated[str | None, Query(max_length=MAX_NAME_CHARS)]
DateBound = Annotated[str | None, Query(pattern=DATE_BOUND_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]


def json_response(value: object, status: int = 200) -> Response:
    return Response(encode(value), status_code=status, media_type=JSON)


def found_or_404(value: T | None, message: str) -> T:
    if value is None:
        raise ApiError(404, message)
    return value


async def no_nul(request: Request) -> None:
    """NUL characters in a parameter are refused here: PostgreSQL text cannot hold them."""
    values = [*request.query_params.values(), *(str(v) for v in request.path_params.values())]
    if any("\x00" in value for value in values):
        raise ApiError(400, "a parameter contains a NUL character")


Answer = Callable[[Hashable, Callable[[], object]], Awaitable[Response]]


def cached_answers(cache: ResponseCache) -> Answer:
    """``answer(key, compute)``: the cached answer under ``key``, else ``compute()`` encoded in a
    worker thread and kept."""

    async def answer(key: Hashable, compute: Callable[[], object]) -> Response:
        note_cache_key(key)
        body = cache.get(key)
        if body is not None:
            return Response(body, media_type=JSON, headers=CACHE_HIT)
        generation = cache.generation
        body = await anyio.to_thread.run_sync(lambda: encode(compute()))
        cache.put(key, body, generation)
        return Response(body, media_type=JSON, headers=CACHE_MISS)

    return answer


def read_guards(settings: Settings) -> list[Any]:
    """The dependencies of every read route: the token when reads need it, and no NUL in a parameter."""
    return [Depends(read_guard(settings)), Depends(no_nul)]


def auth_errors(settings: Settings) -> tuple[int, ...]:
    """The statuses a read may answer for its token: none while reads are public."""
    return () if settings.public_reads else (401, 403)


def read_router(store: Store, settings: Settings, cache: ResponseCache) -> APIRouter:
    router = APIRouter(prefix="/api", dependencies=read_guards(settings))
    auth = auth_errors(settings)
    answer = cached_answers(cache)

    @router.get("/attributions", responses=responses(ArticlePage, 503, *auth), summary="Search attributions")
    async def attributions(
        q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, description='words, "phrases", OR, -word')] = None,
        speaker: Name = None,
        speaker_id: Annotated[int | None, Query(ge=1, le=MAX_SQL_INT, description="one corpus speaker")] = None,
        outlet: Name = None,
        since: DateBound = None,
        until: DateBound = None,
        kind: Literal["direct", "indirect", "mixed"] | None = None,
        types: Annotated[
            str | None,
            Query(alias="type", pattern=TYPES_PATTERN),
        ] = None,
        channel: Annotated[str | None, Query(max_length=MAX_NAME_CHARS)] = None,
        about: Annotated[
            str | None, Query(max_length=MAX_NAME_CHARS, description="the content mentions this name")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
        cursor: Annotated[
            str | None, Query(max_length=MAX_CURSOR_CHARS, description="`next` of the previous page")
        ] = None,
    ) -> Response:
        """Full text over the contents ranked by relevance, else the newest first; every filter narrows."""
        query = make_query(
            q,
            speaker=speaker,
            speaker_id=speaker_id,
            outlet=outlet,
            since=since,
            until=until,
            kind=kind,
            types=types,
            channel=channel,
            about=about,
            limit=limit,
            cursor=cursor,
        )

        def search() -> ArticlePage:
            page = store.search(query)
            return ArticlePage(items=tuple(found(hit) for hit in page.items), next=page.next)

        return await answer(("attributions", query), search)

    @router.get("/speakers", responses=responses(SpeakerPage, 503, *auth), summary="List speakers")
    async def speakers(
        name: Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description="part of the name")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> Response:
        """Named speakers, the most quoted first."""

        def listing() -> SpeakerPage:
            found_speakers = store.speakers(name=name, limit=limit + 1, offset=offset)
            more = len(found_speakers) > limit
            return SpeakerPage(items=tuple(found_speakers[:limit]), next_offset=offset + limit if more else None)

        return await answer(("speakers", name, limit, offset), listing)

    @router.get("/speakers/{speaker_id}", responses=responses(SpeakerDetail, 404, 503, *auth), summary="One speaker")
    async def speaker(
        speaker_id: Annotated[int, Path(ge=1, le=MAX_SQL_INT)],
        period: Literal["month", "week"] = "month",
    ) -> Response:
        """The outlets that quote the speaker, whom they talk about, and their statements per period."""
        return await answer(
            ("speaker", speaker_id, period),
            lambda: found_or_404(store.speaker(speaker_id, period=period), f"no speaker with id {speaker_id}"),
        )

    @router.get(
        "/articles/{article_id:path}", responses=responses(StoredArticleView, 404, 503, *auth), summary="One article"
    )
    async def article(article_id: str) -> Response:
        """The stored article: its text, entities and attributions, with its outlet."""
        return await answer(
            ("article", article_id),
            lambda: stored_view(found_or_404(store.article(article_id), f"no article with id {article_id!r}")),
        )

    @router.get("/outlets", responses=responses(OutletList, 503, *auth), summary="List outlets")
    async def outlets() -> Response:
        """Every outlet with its articles and attributions, the most quoting first."""
        return await answer(("outlets",), lambda: OutletList(items=tuple(store.outlets())))

    @router.get("/outlets/{name:path}", responses=responses(OutletSummary, 404, 503, *auth), summary="One outlet")
    async def outlet(name: str) -> Response:
        """An outlet with the speakers it quotes most."""
        return await answer(
            ("outlet", name.lower()), lambda: found_or_404(store.outlet(name), f"no outlet named {name!r}")
        )

    @router.get("/stats", responses=responses(CorpusStats, 503, *auth), summary="Corpus counts")
    async def stats() -> Response:
        """Articles, attributions, speakers and outlets, the dates covered, and counts by kind and type."""
        return await answer(("stats",), store.stats)

    return router
