"""The core both backends share: connections per thread, transactions, migrations, and the
translation of driver errors into ``StoreError``. The query layer is written once over it, in
``writing``, ``searching`` and ``listing``; a backend supplies its connection and the few pieces
that differ by dialect.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from quotegraph.errors import QueryError, StoreError
from quotegraph.store.mapping import PLAIN, Cells
from quotegraph.store.query import Query
from quotegraph.store.rows import Table
from quotegraph.store.schema import SCHEMA_VERSION, Dialect, migrations_after

__all__ = [
    "COMMON_MATCH_EVERY",
    "COMMON_RANK_BAND",
    "FILTERED_ROWS_RANKED",
    "MAX_PARAMETERS",
    "TEXT_RANK_BAND",
    "SqlBase",
    "TextMatch",
    "guarded",
    "insert_statement",
    "like_escape",
    "parameter_chunks",
    "placeholders",
    "placeholders_in",
]

MAX_PARAMETERS = 900  # SQLite before 3.32 allowed 999 parameters a statement
# Matches ranked together by relevance. Scoring costs some microseconds a match (bm25 reads each
# match's positions), so a word in a tenth of a million attributions would cost seconds a page;
# ranked in bands of the newest matches first, a page costs at most a band (searching.py).
TEXT_RANK_BAND = 5_000
# A text search whose newest matches are as dense as one attribution in COMMON_MATCH_EVERY ranks
# bands of COMMON_RANK_BAND matches instead (SQLite, where bands are counted in matches). Scoring
# costs about 1.5 us of CPU a match (bm25 reads each match's positions and its length), so a band of
# 5,000 cost such a word 7 to 10 ms, where a computed answer costs the server 5 ms on average
# (December 2). Among that many matches of one common word bm25 mostly prefers the shortest
# contents, found among the newest 1,000 as well; the pages still reach every match, band by band.
COMMON_RANK_BAND = 1_000
COMMON_MATCH_EVERY = 100  # attributions: 1,000 matches within the newest 100,000
# Filters that leave fewer attributions than this have all their matches ranked together, found from
# the filters' index: walking the bands of a common word's matches for the few that pass would read
# them all. Counting that many ids on an index costs well under a millisecond.
FILTERED_ROWS_RANKED = 5_000

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
S = TypeVar("S", bound="SqlBase")


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Driver errors out of a public method become ``StoreError`` with the backend's explanation."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.translated():
            return method(self, *args, **kwargs)

    return wrapper


@dataclass(frozen=True)
class TextMatch:
    """Where a page's keys come from, in one dialect: the tables that yield the candidates (with
    their parameters), the expression of an attribution's id there, the join that brings the
    attributions' columns (``a``) when filters need them ("" when ``source`` has them), the
    condition on the candidates (with its parameters) and a score where higher is better.
    ``bounded_id`` is the id as the page's id bounds name it: ``id`` itself, or an expression of it
    that no index serves, where those bounds hold nearly every row and the planner must walk the
    score's index instead of the id range (and then sort every row). ``listed_id`` likewise, as a
    list of ids filters it."""

    source: str
    source_params: list[Any]
    id: str
    attributions_join: str
    condition: str
    condition_params: list[Any]
    score: str
    bounded_id: str = ""
    listed_id: str = ""

    @property
    def id_bounds(self) -> str:
        return self.bounded_id or self.id

    @property
    def id_listed(self) -> str:
        """The id as a list of ids filters it (``listed_id``): ``id`` itself, or an expression that
        keeps the list a filter on the matches rather than a look-up of each listed id."""
        return self.listed_id or self.id


class SqlBase(ABC):
    """A ``Store`` over a DB-API connection; subclasses give the dialect's particulars."""

    dialect: Dialect
    url: str
    driver_errors: tuple[type[Exception], ...] = ()
    cells: Cells = PLAIN
    """How the rows of a write batch hold their cells for this driver (``store.mapping.Cells``)."""
    share_lock: str = ""
    """What a SELECT ends with to keep its rows from writers until the transaction ends: none where a write
    transaction holds the whole database (SQLite)."""
    update_lock: str = ""
    """What a SELECT ends with to take its rows for this transaction's own update: none in SQLite, as above."""

    def __init__(self) -> None:
        self._speaker_ids: dict[str, int] = {}
        self._outlet_ids: dict[str, int] = {}
        self.rank_band = TEXT_RANK_BAND
        self.common_rank_band = COMMON_RANK_BAND
        self.common_match_every = COMMON_MATCH_EVERY
        self.filtered_rows_ranked = FILTERED_ROWS_RANKED
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
    def _refresh_statistics(self) -> None:
        """Brings the query planner's statistics up to date after writes."""

    @abstractmethod
    def _text_match(self, query: Query) -> TextMatch:
        """How this dialect finds and scores the search text."""

    @abstractmethod
    def _highlight(self, rows: list[tuple[int, str]], query: Query) -> dict[int, str]:
        """Content texts with the matched words between HIGHLIGHT_START and HIGHLIGHT_END, by row id."""

    @abstractmethod
    def _monday_of(self, day: str) -> str:
        """The SQL expression for the Monday (YYYY-MM-DD) of the ISO week of ``day``, a YYYY-MM-DD text."""

    @abstractmethod
    def store_error(self, exc: Exception) -> StoreError:
        """A driver error in words a user can act on."""

    def _sql(self, statement: str) -> str:
        return statement

    def _insert_many(self, table: Table, conflict: str = "") -> str:
        """The statement inserting a write batch's rows of ``table`` (laid out in ``self.cells``)."""
        return self._sql(insert_statement(table.name, table.names) + conflict)

    @abstractmethod
    def _delete_statement_rows(self, cur: Any, article_key: int) -> None:
        """Removes an article's quotes before its rows go (``store.statements``)."""

    @contextlib.contextmanager
    def translated(self) -> Iterator[None]:
        try:
            yield
        except self.driver_errors as exc:
            raise self.store_error(exc) from exc
        except OverflowError as exc:  # an id or count past the 64-bit integers both databases hold
            raise QueryError(f"a number given is too large for the corpus ({exc})") from exc

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
        self._refresh_statistics()  # a rebuilt table has lost its statistics

    @abstractmethod
    def _schema_version(self, cur: Any = None) -> int:
        """0 for an empty database; raises ``StoreError`` when it holds other tables."""

    def _rows(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._cursor()
        cur.execute(self._sql(statement), params)
        return [tuple(row) for row in cur.fetchall()]

    @abstractmethod
    def _index_text_after(self, cur: Any, newest: int) -> None:
        """Adds the contents of the attributions after id ``newest`` to the full-text index."""

    @abstractmethod
    def _unindex_text(self, cur: Any, article_key: int) -> None:
        """Removes an article's attributions from the full-text index before they are deleted."""

    @abstractmethod
    def _article_keys(self, cur: Any, count: int) -> list[int]:
        """``count`` fresh article keys, in the write transaction."""


def insert_statement(table: str, names: Sequence[str], values: Sequence[str] | None = None) -> str:
    """An INSERT of one row into ``names``, each bound as ``?`` unless ``values`` gives its expression."""
    cells = ["?"] * len(names) if values is None else values
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(cells)})"


def parameter_chunks(values: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``values`` in slices of at most ``MAX_PARAMETERS``: each slice fits one statement's parameters."""
    for start in range(0, len(values), MAX_PARAMETERS):
        yield values[start : start + MAX_PARAMETERS]


def placeholders(values: Sequence[Any]) -> str:
    """One ``?`` per value, comma-separated, for an ``IN (...)`` list."""
    return ", ".join("?" * len(values))


def placeholders_in(column: str, values: Sequence[Any]) -> str:
    return f"{column} IN ({placeholders(values)})"


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
