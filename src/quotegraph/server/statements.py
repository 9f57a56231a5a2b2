"""The statement routes: ``GET /api/statements`` (a page of statements, the most quoted first) and
``GET /api/statements/{id}`` (one statement with a page of its occurrences).

Pages follow a keyset cursor, the (occurrences, id) of the page's last statement, so a deep page
costs what the first does: the store starts each page from its ranked index. Answers go through the
read cache, as the other reads.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from quotegraph.model.statements import (
    StatementRecord,
    parse_statement_cursor,
    statement_cursor,
    statement_record,
)
from quotegraph.server.cache import ResponseCache
from quotegraph.server.openapi import responses
from quotegraph.server.reads import MAX_NAME_CHARS, MAX_SQL_INT, auth_errors, cached_answers, found_or_404, read_guards
from quotegraph.server.wire import StatementPage
from quotegraph.settings import Settings
from quotegraph.store import Store
from quotegraph.store.query import MAX_LIMIT

__all__ = ["LISTED_OCCURRENCES", "MAX_OCCURRENCES", "parse_cursor", "statement_router", "statements_page"]

LISTED_OCCURRENCES = 20  # occurrences each listed statement carries: a statement may have thousands
MAX_OCCURRENCES = 1_000  # occurrences one answer of /api/statements/{id} carries at most
MAX_CURSOR_CHARS = 1_000  # as /api/attributions: a page's cursor is far shorter
StatementId = Annotated[int, Path(ge=1, le=MAX_SQL_INT)]


def parse_cursor(cursor: str | None) -> tuple[int, int] | None:
    """The (occurrences, id) a ``next`` names; a 400 (``invalid_query``, as for a search's cursor) for
    any text a page did not give."""
    return None if cursor is None else parse_statement_cursor(cursor)


def statements_page(
    store: Store,
    *,
    speaker: str | None = None,
    speaker_id: int | None = None,
    min_occurrences: int = 1,
    variants: bool = False,
    limit: int = 20,
    cursor: str | None = None,
) -> StatementPage:
    """One page of statements and the cursor of the next (None: this is the last)."""
    found = store.statements(
        speaker=speaker,
        speaker_id=speaker_id,
        min_occurrences=min_occurrences,
        variants=variants,
        limit=limit + 1,
        after=parse_cursor(cursor),
        occurrence_limit=LISTED_OCCURRENCES,
    )
    shown = found[:limit]
    more = len(found) > limit
    following = statement_cursor(shown[-1]) if more and shown else None
    return StatementPage(items=tuple(statement_record(s) for s in shown), next=following)


def statement_router(store: Store, settings: Settings, cache: ResponseCache) -> APIRouter:
    router = APIRouter(prefix="/api/statements", dependencies=read_guards(settings))
    answer = cached_answers(cache)
    auth = auth_errors(settings)

    @router.get(
        "",
        responses=responses(StatementPage, 503, *auth),
        summary="List statements",
        description="Statements (a quote carried by one or more articles), the most quoted first, each as a line"
        f" of `quotegraph statements --format jsonl` with its first {LISTED_OCCURRENCES} occurrences"
        " (`occurrence_count` says how many there are; `/api/statements/{id}` has them all).",
    )
    async def statements(
        speaker: Annotated[
            str | None, Query(max_length=MAX_NAME_CHARS, description="a full name or a surname some occurrence credits")
        ] = None,
        speaker_id: Annotated[int | None, Query(ge=1, le=MAX_SQL_INT, description="one corpus speaker")] = None,
        min_occurrences: Annotated[int, Query(ge=1, le=MAX_SQL_INT, description="quoted at least this often")] = 1,
        variants: Annotated[bool, Query(description="only statements with an occurrence whose words differ")] = False,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
        cursor: Annotated[
            str | None, Query(max_length=MAX_CURSOR_CHARS, description="`next` of the previous page")
        ] = None,
    ) -> Response:
        key = ("statements", speaker, speaker_id, min_occurrences, variants, limit, cursor)
        return await answer(
            key,
            lambda: statements_page(
                store,
                speaker=speaker,
                speaker_id=speaker_id,
                min_occurrences=min_occurrences,
                variants=variants,
                limit=limit,
                cursor=cursor,
            ),
        )

    @router.get("/{statement_id}", responses=responses(StatementRecord, 404, 503, *auth), summary="One statement")
    async def statement(
        statement_id: StatementId,
        offset: Annotated[int, Query(ge=0, le=MAX_SQL_INT, description="occurrences skipped")] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_OCCURRENCES, description="occurrences given")] = MAX_OCCURRENCES,
    ) -> Response:
        """The statement with its occurrences from the earliest (`offset` and `limit` page them),
        where it first appeared, its reporting chain and the word diffs of its variants."""

        def one() -> StatementRecord:
            found = store.statement(statement_id, offset=offset, limit=limit)
            return statement_record(found_or_404(found, f"no statement with id {statement_id}"))

        return await answer(("statement", statement_id, offset, limit), one)

    return router
