"""The query layer both backends share: writing results, searching, listing and counting.

SQL here is written once with ``?`` placeholders; a backend supplies its connection, its
transactions, and the few pieces that differ by dialect (full-text match, score and highlighting).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from quotegraph.errors import StoreError
from quotegraph.model import ArticleResult, Failure, TextSpan
from quotegraph.model.codec import encode_result
from quotegraph.model.corpus import (
    ArticleRef,
    CorpusStats,
    Count,
    Hit,
    HitPage,
    IngestReport,
    OutletSummary,
    PeriodCount,
    SpeakerDetail,
    SpeakerSummary,
    StoredArticle,
)
from quotegraph.store import mapping
from quotegraph.store.keys import is_named, normalize_name, outlet_of, published_day
from quotegraph.store.query import Cursor, Query
from quotegraph.store.rows import ARTICLE_NAMES, ATTRIBUTION_NAMES, ENTITY_NAMES, RowBatch
from quotegraph.store.rows import now as now_stamp
from quotegraph.store.schema import SCHEMA_VERSION, Dialect, migrations_after
from quotegraph.store.statements import StatementStore

__all__ = ["HIGHLIGHT_END", "HIGHLIGHT_START", "TEXT_RANK_BAND", "SqlStore", "TextMatch", "guarded", "matches_of"]

HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"  # control characters never kept in stored text
ADD_BATCH = 500  # articles per write transaction: fewer commits, yet short locks for other writers
MAX_PARAMETERS = 900  # SQLite before 3.32 allowed 999 parameters a statement
MAX_SPEAKER_MATCHES = 50  # speakers a --speaker or --about name may stand for
# Matches ranked together by relevance. Scoring costs some microseconds a match (bm25 reads each
# match's positions), so a word in a tenth of a million attributions would cost seconds a page;
# ranked in bands of the newest matches first, a page costs at most a band.
TEXT_RANK_BAND = 5_000

_ATTRIBUTION_SELECT = ", ".join(f"a.{name}" for name in mapping.ATTRIBUTION_COLUMNS.names)
_ARTICLE_REF_SELECT = "art.id, o.name, art.published, art.title, art.url"


P = ParamSpec("P")
R = TypeVar("R")


def guarded(method: Callable[Concatenate[SqlStore, P], R]) -> Callable[Concatenate[SqlStore, P], R]:
    """Driver errors out of a public method become ``StoreError`` with the backend's explanation."""

    @functools.wraps(method)
    def wrapper(self: SqlStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.translated():
            return method(self, *args, **kwargs)

    return wrapper


def matches_of(marked: str) -> tuple[str, tuple[TextSpan, ...]]:
    """The text without highlight marks, and where the marks were."""
    plain: list[str] = []
    spans: list[TextSpan] = []
    length, start = 0, None
    for piece in marked.split(HIGHLIGHT_START):
        head, sep, tail = piece.partition(HIGHLIGHT_END)
        if sep and start is not None:
            spans.append(TextSpan(start, length + len(head)))
        elif not sep:
            tail = head
            head = ""
        plain.append(head)
        length += len(head)
        plain.append(tail)
        start = length + len(tail)
        length += len(tail)
    return "".join(plain), tuple(spans)


@dataclass(frozen=True)
class TextMatch:
    """Where a page's keys come from, in one dialect: the tables that yield the candidates (with
    their parameters), the expression of an attribution's id there, the join that brings the
    attributions' columns (``a``) when filters need them ("" when ``source`` has them), the
    condition on the candidates (with its parameters) and a score where higher is better."""

    source: str
    source_params: list[Any]
    id: str
    attributions_join: str
    condition: str
    condition_params: list[Any]
    score: str


# A listing without search text: every attribution, the newest first.
_LISTING = TextMatch("attributions a", [], "a.id", "", "1 = 1", [], "a.day")


class SqlStore(StatementStore, ABC):
    """A ``Store`` over a DB-API connection; subclasses give the dialect's particulars."""

    dialect: Dialect
    url: str
    driver_errors: tuple[type[Exception], ...] = ()

    def __init__(self) -> None:
        self._speaker_ids: dict[str, int] = {}
        self._outlet_ids: dict[str, int] = {}
        self.rank_band = TEXT_RANK_BAND
        # one connection per thread: the HTTP server answers from a pool of threads
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()

    def _connection(self) -> Any:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _cursor(self) -> Any:
        return self._connection().cursor()

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()

    # -- what a backend supplies ---------------------------------------------------------------

    @abstractmethod
    def _connect(self) -> Any:
        """A new DB-API connection, in autocommit mode (transactions are begun explicitly)."""

    @abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[Any]:
        """A write transaction yielding a cursor; rolled back on error."""

    @abstractmethod
    def _text_match(self, query: Query) -> TextMatch:
        """How this dialect finds and scores the search text."""

    @abstractmethod
    def _highlight(self, rows: list[tuple[int, str]], query: Query) -> dict[int, str]:
        """Content texts with the matched words between HIGHLIGHT_START and HIGHLIGHT_END, by row id."""

    @abstractmethod
    def store_error(self, exc: Exception) -> StoreError:
        """A driver error in words a user can act on."""

    def _sql(self, statement: str) -> str:
        return statement

    @contextlib.contextmanager
    def translated(self) -> Iterator[None]:
        try:
            yield
        except self.driver_errors as exc:
            raise self.store_error(exc) from exc

    # -- schema ---------------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Brings the database to SCHEMA_VERSION; refuses one that is newer or not a corpus."""
        version = self._schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.url}: the database has schema version {version}, newer than this quotegraph "
                f"knows ({SCHEMA_VERSION}): upgrade quotegraph to open it"
            )
        steps = migrations_after(version, self.dialect)
        if not steps:
            return
        with self._transaction() as cur:
            if self._schema_version(cur) != version:
                return  # another process migrated it meanwhile
            for _number, statements in steps:
                for statement in statements:
                    cur.execute(statement)
            if version == 0:
                cur.execute(
                    self._sql("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"), (str(SCHEMA_VERSION),)
                )
            else:
                cur.execute(self._sql("UPDATE meta SET value = ? WHERE key = 'schema_version'"), (str(SCHEMA_VERSION),))

    @abstractmethod
    def _schema_version(self, cur: Any = None) -> int:
        """0 for an empty database; raises ``StoreError`` when it holds other tables."""

    # -- writing --------------------------------------------------------------------------------

    @guarded
    def add(self, results: Iterable[ArticleResult]) -> IngestReport:
        report = IngestReport()
        batch: list[ArticleResult] = []
        for result in results:
            batch.append(result)
            if len(batch) == ADD_BATCH:
                report = report + self._add_batch(batch)
                batch = []
        if batch:
            report = report + self._add_batch(batch)
        return report

    def _add_batch(self, results: Sequence[ArticleResult]) -> IngestReport:
        try:
            with self._transaction() as cur:
                return self._write_batch(cur, results)
        except BaseException:
            self._speaker_ids.clear()  # ids handed out in the rolled-back transaction are gone
            self._outlet_ids.clear()
            raise

    def _write_batch(self, cur: Any, results: Sequence[ArticleResult]) -> IngestReport:
        """New and changed results of the batch in one insert per table; unchanged ones are skipped.
        The last of two results with one id in a batch wins, as if added one after the other."""
        report = IngestReport()
        stored = self._digests(cur, [r.id for r in results])
        latest: dict[str, tuple[ArticleResult, str]] = {}
        for result in results:
            digest = hashlib.sha256(encode_result(result)).hexdigest()
            if (latest[result.id][1] if result.id in latest else stored.get(result.id)) == digest:
                report.unchanged += 1
                continue
            if result.id in stored or result.id in latest:
                report.replaced += 1
            else:
                report.added += 1
            latest[result.id] = (result, digest)
        for article_id in latest.keys() & stored.keys():
            self._delete_rows(cur, article_id)
        batch = RowBatch()
        for result, digest in latest.values():
            outlet = outlet_of(result)
            outlet_id = None if outlet is None else self._outlet_id(cur, outlet)
            speakers = [self._speaker_id(cur, e.name, e.type) for e in result.entities]
            batch.add(result, digest, outlet_id, published_day(result.published) or "", speakers)
        self._insert_rows(cur, batch, list(latest))
        return report

    def _digests(self, cur: Any, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), MAX_PARAMETERS):
            chunk = ids[start : start + MAX_PARAMETERS]
            cur.execute(self._sql(f"SELECT id, digest FROM articles WHERE {_in('id', chunk)}"), chunk)
            found.update((str(i), str(d)) for i, d in cur.fetchall())
        return found

    def _insert_rows(self, cur: Any, batch: RowBatch, article_ids: list[str]) -> None:
        for start in range(0, len(article_ids), MAX_PARAMETERS):
            chunk = article_ids[start : start + MAX_PARAMETERS]
            cur.execute(self._sql(f"DELETE FROM failures WHERE {_in('id', chunk)}"), chunk)
        cur.execute("SELECT COALESCE(MAX(id), 0) FROM attributions")
        newest = int(cur.fetchone()[0])
        for table, names, rows in (
            ("articles", ARTICLE_NAMES, batch.articles),
            ("entities", ENTITY_NAMES, batch.entities),
            ("attributions", ATTRIBUTION_NAMES, batch.attributions),
        ):
            if rows:
                cur.executemany(self._sql(_insert(table, names)), rows)
        self._index_text_after(cur, newest)
        if batch.about:
            statement = (
                "INSERT INTO attribution_about (article_id, position, speaker_id) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING"
            )
            cur.executemany(self._sql(statement), batch.about)

    @guarded
    def add_failures(self, failures: Iterable[Failure]) -> int:
        now = now_stamp()
        rows = [(f.id, f.source, f.reason, f.error, now) for f in failures]
        if rows:
            statement = (
                "INSERT INTO failures (id, source, reason, error, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id, source) DO UPDATE "
                "SET reason = excluded.reason, error = excluded.error, at = excluded.at"
            )
            with self._transaction() as cur:
                cur.executemany(self._sql(statement), rows)
        return len(rows)

    @guarded
    def failures(self, *, limit: int = 100) -> list[Failure]:
        rows = self._rows("SELECT id, source, reason, error FROM failures ORDER BY at DESC, id LIMIT ?", (limit,))
        return [Failure(id=str(i), source=str(s), reason=str(r), error=str(e)) for i, s, r, e in rows]

    def _speaker_id(self, cur: Any, name: str, entity_type: str) -> int | None:
        """The corpus speaker of a named entity; None for a description ("the actress", "a source"),
        which stays the article's own entity."""
        key, named = _speaker_key(name)
        if not named:
            return None
        found = self._speaker_ids.get(key)
        if found is None:
            insert = "INSERT INTO speakers (key, name, type) VALUES (?, ?, ?)"
            found = self._upsert_id(cur, insert, (key, name, entity_type))
            self._speaker_ids[key] = found
        return found

    def _outlet_id(self, cur: Any, name: str) -> int:
        found = self._outlet_ids.get(name)
        if found is None:
            found = self._upsert_id(cur, "INSERT INTO outlets (name) VALUES (?)", (name,))
            self._outlet_ids[name] = found
        return found

    def _upsert_id(self, cur: Any, insert: str, params: Sequence[Any]) -> int:
        """The id of the row with that unique key, inserting it when new (the first column is the key)."""
        key_column = insert.split("(")[1].split(",")[0].split(")")[0].strip()
        statement = (
            f"{insert} ON CONFLICT ({key_column}) DO UPDATE SET {key_column} = excluded.{key_column} RETURNING id"
        )
        cur.execute(self._sql(statement), params)
        return int(cur.fetchone()[0])

    @guarded
    def delete(self, article_id: str) -> bool:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT 1 FROM articles WHERE id = ?"), (article_id,))
            if cur.fetchone() is None:
                return False
            self._delete_rows(cur, article_id)
        return True

    @abstractmethod
    def _index_text_after(self, cur: Any, newest: int) -> None:
        """Adds the contents of the attributions after id ``newest`` to the full-text index."""

    @abstractmethod
    def _unindex_text(self, cur: Any, article_id: str) -> None:
        """Removes an article's attributions from the full-text index before they are deleted."""

    def _delete_rows(self, cur: Any, article_id: str) -> None:
        self._unindex_text(cur, article_id)
        self._delete_statement_rows(cur, article_id)
        for table in ("attribution_about", "attributions", "entities"):
            cur.execute(self._sql(f"DELETE FROM {table} WHERE article_id = ?"), (article_id,))
        cur.execute(self._sql("DELETE FROM articles WHERE id = ?"), (article_id,))

    # -- reading --------------------------------------------------------------------------------

    def _rows(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._cursor()
        cur.execute(self._sql(statement), params)
        return [tuple(row) for row in cur.fetchall()]

    @guarded
    def article(self, article_id: str) -> StoredArticle | None:
        names = ", ".join(f"art.{n}" for n in mapping.ARTICLE_COLUMNS.names)
        found = self._rows(
            f"SELECT {names}, o.name, art.ingested_at FROM articles art "
            "LEFT JOIN outlets o ON o.id = art.outlet_id WHERE art.id = ?",
            (article_id,),
        )
        if not found:
            return None
        *article_values, outlet, ingested_at = found[0]
        entity_names = ", ".join(mapping.ENTITY_COLUMNS.names)
        entities = self._rows(
            f"SELECT {entity_names} FROM entities WHERE article_id = ? ORDER BY position", (article_id,)
        )
        attributions = self._rows(
            f"SELECT {_ATTRIBUTION_SELECT} FROM attributions a WHERE a.article_id = ? ORDER BY a.position",
            (article_id,),
        )
        fields = mapping.ARTICLE_COLUMNS.nested(article_values)
        fields["entities"] = [mapping.ENTITY_COLUMNS.nested(row) for row in entities]
        fields["attributions"] = [mapping.ATTRIBUTION_COLUMNS.nested(row) for row in attributions]
        result = mapping.result_from_fields(fields)
        ref = ArticleRef(id=result.id, outlet=outlet, published=result.published, title=result.title, url=result.url)
        return StoredArticle(result=result, article=ref, ingested_at=str(ingested_at))

    @guarded
    def search(self, query: Query) -> HitPage:
        filters: list[str] = []
        params: list[Any] = []
        for condition, values in self._filters(query):
            if condition == "FALSE":
                return HitPage(items=())
            filters.append(condition)
            params.extend(values)
        upto = query.cursor.upto if query.cursor else self._newest_attribution()
        if query.text is None:
            keys = self._keys(_LISTING, filters, params, (0, upto), query.cursor, query.limit + 1)
            bands = [upto] * len(keys)
        else:
            keys, bands = self._ranked_keys(self._text_match(query), filters, params, upto, query)
        more = len(keys) > query.limit
        keys = keys[: query.limit]
        rows = self._hit_rows([attribution_id for _, attribution_id in keys])
        marked = self._highlight([(i, rows[i][-1]) for _, i in keys if rows[i][-1]], query) if query.text else {}
        width = len(mapping.ATTRIBUTION_COLUMNS.names)
        items = []
        for _, attribution_id in keys:
            row, text = rows[attribution_id], marked.get(attribution_id)
            items.append(
                Hit(
                    attribution=mapping.attribution_from_row(row[:width]),
                    article=ArticleRef(*row[width : width + 5]),
                    matches=matches_of(text)[1] if text else (),
                    speaker_id=row[-3],
                )
            )
        next_cursor = Cursor(*keys[-1], upto, bands[len(keys) - 1]).encode() if more else None
        return HitPage(items=tuple(items), next=next_cursor)

    def _ranked_keys(
        self, match: TextMatch, filters: list[str], params: list[Any], upto: int, query: Query
    ) -> tuple[list[tuple[Any, int]], list[int]]:
        """A text search's page, ranked band by band: the newest ``rank_band`` matches by relevance,
        then the band of matches before them, and so on, so that a page costs the scoring of one
        band (a few when filters thin them out) however many attributions match. With the keys
        comes the band each was ranked in (a cursor resumes in the band of the page's last hit)."""
        band = query.cursor.band if query.cursor else upto
        after = query.cursor
        keys: list[tuple[Any, int]] = []
        bands: list[int] = []
        while True:
            floor = self._band_floor(match, band)
            found = self._keys(match, filters, params, (floor, band), after, query.limit + 1 - len(keys))
            keys += found
            bands += [band] * len(found)
            if len(keys) > query.limit or floor == 0:
                return keys, bands
            band, after = floor, None

    def _band_floor(self, match: TextMatch, band: int) -> int:
        """The id below the band of the ``rank_band`` newest matches at or before ``band`` (0 when
        fewer match: the band reaches the oldest). Counted on the index alone, without the rows."""
        rows = self._rows(
            f"SELECT {match.id} FROM {match.source} WHERE {match.condition} AND {match.id} <= ? "
            f"ORDER BY {match.id} DESC LIMIT 1 OFFSET ?",
            [*match.source_params, *match.condition_params, band, self.rank_band],
        )
        return int(rows[0][0]) if rows else 0

    def _keys(
        self,
        match: TextMatch,
        filters: list[str],
        params: list[Any],
        ids: tuple[int, int],
        after: Cursor | None,
        limit: int,
    ) -> list[tuple[Any, int]]:
        """The sort keys and ids of up to ``limit`` attributions with ids in (``ids``], best first.
        Only keys are sorted: the rows are read for the page alone (``_hit_rows``)."""
        conditions = [match.condition, *filters, f"{match.id} > ?", f"{match.id} <= ?"]
        values = [*match.condition_params, *params, *ids]
        if after is not None:
            conditions.append(f"({match.score}, {match.id}) < (?, ?)")
            values += [after.key, after.last]
        join = match.attributions_join if filters else ""
        statement = (
            f"SELECT {match.score}, {match.id} FROM {match.source} {join} WHERE {' AND '.join(conditions)} "
            f"ORDER BY {match.score} DESC, {match.id} DESC LIMIT ?"
        )
        return [(key, int(i)) for key, i in self._rows(statement, [*match.source_params, *values, limit])]

    def _hit_rows(self, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        if not ids:
            return {}
        rows = self._rows(
            f"SELECT {_ATTRIBUTION_SELECT}, {_ARTICLE_REF_SELECT}, a.speaker_id, a.id, a.content_text "
            "FROM attributions a JOIN articles art ON art.id = a.article_id "
            f"LEFT JOIN outlets o ON o.id = a.outlet_id WHERE {_in('a.id', ids)}",
            ids,
        )
        return {int(row[-2]): row for row in rows}

    def _newest_attribution(self) -> int:
        return int(self._rows("SELECT COALESCE(MAX(id), 0) FROM attributions")[0][0])

    def _filters(self, query: Query) -> Iterator[tuple[str, list[Any]]]:
        """Each filter as a condition on ``a`` (attributions) with its parameters; "FALSE" when a
        name matches nothing, so the search need not run."""
        if query.speaker_id is not None:
            yield "a.speaker_id = ?", [query.speaker_id]
        if query.speaker is not None:
            ids = self._speaker_ids_for(query.speaker)
            yield (_in("a.speaker_id", ids), ids) if ids else ("FALSE", [])
        if query.about is not None:
            ids = self._speaker_ids_for(query.about)
            if not ids:
                yield "FALSE", []
            else:
                yield (
                    "EXISTS (SELECT 1 FROM attribution_about ab WHERE ab.article_id = a.article_id "
                    f"AND ab.position = a.position AND {_in('ab.speaker_id', ids)})",
                    ids,
                )
        if query.outlet is not None:
            ids = [row[0] for row in self._rows("SELECT id FROM outlets WHERE lower(name) = lower(?)", (query.outlet,))]
            yield (_in("a.outlet_id", ids), ids) if ids else ("FALSE", [])
        if query.since is not None:
            yield "a.day >= ?", [query.since]
        if query.until is not None:
            yield "a.day <= ? AND a.day <> ''", [query.until]
        if query.kind is not None:
            yield "a.kind = ?", [query.kind]
        if query.types:
            yield _in("a.type", query.types), list(query.types)
        if query.channel is not None:
            yield "lower(a.channel_text) LIKE ? ESCAPE '\\'", [f"%{_like_escape(query.channel.lower())}%"]
        if query.article is not None:
            yield "a.article_id = ?", [query.article]

    def _speaker_ids_for(self, name: str) -> list[int]:
        """The speaker whose key is the name's; failing that, those whose name ends or starts with it
        as whole words ("Audiard" finds "Jacques Audiard")."""
        key = normalize_name(name)
        if not key:
            return []
        exact = self._rows("SELECT id FROM speakers WHERE key = ?", (key,))
        if exact:
            return [int(exact[0][0])]
        rows = self._rows(
            "SELECT id FROM speakers WHERE key = ? OR key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\' "
            "ORDER BY id LIMIT ?",
            (key, f"% {_like_escape(key)}", f"{_like_escape(key)} %", MAX_SPEAKER_MATCHES),
        )
        return [int(row[0]) for row in rows]

    # -- listings -------------------------------------------------------------------------------

    @guarded
    def speakers(self, *, name: str | None = None, limit: int = 50, offset: int = 0) -> list[SpeakerSummary]:
        condition, params = "1 = 1", list[Any]()
        if name:
            condition = "s.key LIKE ? ESCAPE '\\'"
            params.append(f"%{_like_escape(normalize_name(name))}%")
        rows = self._rows(
            f"SELECT {_SPEAKER_SUMMARY} FROM speakers s JOIN attributions a ON a.speaker_id = s.id "
            f"WHERE {condition} GROUP BY s.id, s.name, s.type ORDER BY COUNT(*) DESC, s.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_speaker_summary(row) for row in rows]

    @guarded
    def speaker(self, speaker_id: int, *, period: str = "month") -> SpeakerDetail | None:
        rows = self._rows(
            f"SELECT {_SPEAKER_SUMMARY} FROM speakers s JOIN attributions a ON a.speaker_id = s.id "
            "WHERE s.id = ? GROUP BY s.id, s.name, s.type",
            (speaker_id,),
        )
        if not rows:
            return None
        outlets = self._rows(
            "SELECT o.name, COUNT(*) FROM attributions a JOIN outlets o ON o.id = a.outlet_id "
            "WHERE a.speaker_id = ? GROUP BY o.name ORDER BY COUNT(*) DESC, o.name",
            (speaker_id,),
        )
        about = self._rows(
            "SELECT s.name, COUNT(*), s.id FROM attributions a JOIN attribution_about ab "
            "ON ab.article_id = a.article_id AND ab.position = a.position JOIN speakers s ON s.id = ab.speaker_id "
            "WHERE a.speaker_id = ? AND ab.speaker_id <> ? "
            "GROUP BY s.id, s.name ORDER BY COUNT(*) DESC, s.name LIMIT 20",
            (speaker_id, speaker_id),
        )
        days = self._rows(
            "SELECT a.day, COUNT(*) FROM attributions a WHERE a.speaker_id = ? AND a.day <> '' GROUP BY a.day",
            (speaker_id,),
        )
        return SpeakerDetail(
            speaker=_speaker_summary(rows[0]),
            outlets=tuple(Count(name=str(n), count=int(c)) for n, c in outlets),
            about=tuple(Count(name=str(n), count=int(c), id=int(i)) for n, c, i in about),
            timeline=_timeline(days, period),
        )

    @guarded
    def outlets(self) -> list[OutletSummary]:
        rows = self._rows(
            "SELECT o.name, COUNT(DISTINCT a.article_id), COUNT(a.id), MIN(NULLIF(a.day, '')), "
            "MAX(NULLIF(a.day, '')) FROM outlets o JOIN attributions a ON a.outlet_id = o.id "
            "GROUP BY o.id, o.name ORDER BY COUNT(a.id) DESC, o.name"
        )
        return [OutletSummary(str(n), int(art), int(att), first, last) for n, art, att, first, last in rows]

    @guarded
    def outlet(self, name: str) -> OutletSummary | None:
        rows = self._rows(
            "SELECT o.id, o.name, COUNT(DISTINCT art.id), MIN(NULLIF(art.day, '')), MAX(NULLIF(art.day, '')) "
            "FROM outlets o JOIN articles art ON art.outlet_id = o.id WHERE lower(o.name) = lower(?) "
            "GROUP BY o.id, o.name",
            (name,),
        )
        if not rows:
            return None
        outlet_id, outlet_name, articles, first, last = rows[0]
        total = self._rows("SELECT COUNT(*) FROM attributions WHERE outlet_id = ?", (outlet_id,))[0][0]
        quoted = self._rows(
            "SELECT s.name, COUNT(*), s.id FROM attributions a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.outlet_id = ? GROUP BY s.id, s.name ORDER BY COUNT(*) DESC, s.name LIMIT 20",
            (outlet_id,),
        )
        return OutletSummary(
            name=str(outlet_name),
            articles=int(articles),
            attributions=int(total),
            first=first,
            last=last,
            speakers=tuple(Count(name=str(n), count=int(c), id=int(i)) for n, c, i in quoted),
        )

    @guarded
    def stats(self) -> CorpusStats:
        articles, first, last = self._rows("SELECT COUNT(*), MIN(NULLIF(day, '')), MAX(NULLIF(day, '')) FROM articles")[
            0
        ]
        kinds = dict(self._rows("SELECT kind, COUNT(*) FROM attributions GROUP BY kind"))
        types = dict(self._rows("SELECT type, COUNT(*) FROM attributions GROUP BY type"))
        speakers = self._rows(
            "SELECT COUNT(*) FROM speakers s WHERE EXISTS (SELECT 1 FROM attributions a WHERE a.speaker_id = s.id)"
        )[0][0]
        outlets = self._rows("SELECT COUNT(*) FROM outlets")[0][0]
        failures = self._rows("SELECT COUNT(*) FROM failures")[0][0]
        return CorpusStats(
            articles=int(articles),
            attributions=int(sum(kinds.values())),
            speakers=int(speakers),
            outlets=int(outlets),
            first=first,
            last=last,
            kinds={k: int(v) for k, v in kinds.items()},
            types={k: int(v) for k, v in types.items()},
            failures=int(failures),
        )


_SPEAKER_SUMMARY = (
    "s.id, s.name, s.type, COUNT(*), COUNT(DISTINCT a.article_id), COUNT(DISTINCT a.outlet_id), "
    "MIN(NULLIF(a.day, '')), MAX(NULLIF(a.day, ''))"
)


def _speaker_summary(row: tuple[Any, ...]) -> SpeakerSummary:
    sid, name, kind, statements, articles, outlets, first, last = row
    return SpeakerSummary(
        id=int(sid),
        name=str(name),
        type=kind,
        statements=int(statements),
        articles=int(articles),
        outlets=int(outlets),
        first=first,
        last=last,
    )


def _timeline(days: list[tuple[Any, ...]], period: str) -> tuple[PeriodCount, ...]:
    counts: dict[str, int] = {}
    for day, count in days:
        date = dt.date.fromisoformat(str(day))
        if period == "week":
            year, week, _ = date.isocalendar()
            key = f"{year}-W{week:02d}"
        else:
            key = date.isoformat()[:7]
        counts[key] = counts.get(key, 0) + int(count)
    return tuple(PeriodCount(period=k, count=v) for k, v in sorted(counts.items()))


@functools.lru_cache(maxsize=100_000)
def _speaker_key(name: str) -> tuple[str, bool]:
    """The name's grouping key and whether it is a proper name (the same names recur in every batch)."""
    return normalize_name(name), is_named(name)


def _insert(table: str, names: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _in(column: str, values: Sequence[Any]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})"


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
