"""The default store: one SQLite file, in WAL mode, with FTS5 over attribution contents.

Each thread gets its own connection (the HTTP server answers from a thread pool). Writers take the
write lock at the start of a transaction (``BEGIN IMMEDIATE``) and wait up to ``busy_timeout``
seconds for one another, so two processes ingesting into one file both finish.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotegraph.errors import StoreError
from quotegraph.store.mapping import Cells
from quotegraph.store.query import Query
from quotegraph.store.rows import Table
from quotegraph.store.sql import HIGHLIGHT_END, HIGHLIGHT_START, SqlStore, TextMatch
from quotegraph.store.sqlbase import insert_statement

__all__ = ["SqliteStore"]

# Read through a memory map (SQLite caps it at its build's limit, 2 GiB less 64 KiB in the usual
# builds). At 1 GiB the newest tenth of a 1.2 GB corpus of 10^6 attributions, which searches read
# most, and three fifths of its full-text index lay past the map and were read into each
# connection's own page cache, one system call a page: 0.1 ms more of CPU a search of the benchmark's
# mix over 40 connections (December 2).
MMAP_BYTES = 1 << 31
# Pages of a new database (one made before keeps its own: the size is fixed once the file has a
# table). Ingest writes every page it touches to the WAL and again at the checkpoint; with twice
# SQLite's default 4 KiB, a bulk ingest spent a sixth less time in SQLite (fewer frames, splits
# and b-tree levels), and a search reads a few pages either way.
PAGE_BYTES = 8192
# A writer's page cache: ingest inserts into five indexes at scattered keys, and with SQLite's 2 MB
# default it spent an eighth more time re-reading their pages. Readers keep the default.
WRITER_CACHE_KIB = 131_072
# Pages the WAL holds before a commit copies them into the database file. At SQLite's default (1,000
# pages, 8 MB here) every ingest batch of 500 results (about 14 MB of pages) ended in a checkpoint
# that copied the index and full-text pages the next batch rewrites; at 10,000 (80 MB) the commits of
# an ingest of 5,000 results took about a fifth less CPU (0.30-0.39 s -> 0.24-0.28 s, five runs each),
# as much as one transaction for the whole run saved, with the short locks kept. The WAL file keeps
# its largest size until the last connection closes (then SQLite checkpoints and removes it).
WAL_CHECKPOINT_PAGES = 10_000
# The planner chooses between the speaker, outlet and day indexes by their statistics; without any
# it rates them alike and may read an outlet's hundred thousand rows to find a speaker's hundred.
# Analysed again each time the attributions have doubled, the statistics cost a constant share of
# ingest (half a second at 10^6 attributions); below the floor any plan reads few rows.
STATISTICS_FLOOR = 10_000  # attributions
STATISTICS_GROWTH = 2


# What a write batch's rows hold for NULL. Python 3.11's sqlite3 binds an int, a float or a string
# directly but None and bool through its adapter look-up (a key tuple, a dict look-up, two attribute
# look-ups that fail): about 350 ns a cell against 40 for an int, and the attributions of 5,000
# PolNeAR results hold 860,000 Nones and 70,000 booleans. So the rows hold this integer instead of
# None, and 0 and 1 for booleans (stored as INTEGER either way), and the insert turns the mark back
# into NULL with NULLIF in the columns that may be NULL: the same values are stored. No value of
# those columns is this integer (they hold text, ids, keys and flags).
NULL_MARK = -(2**63)  # the smallest 64-bit integer, which SQLite's parser reads as one in the NULLIF


class SqliteStore(SqlStore):
    dialect = "sqlite"
    driver_errors = (sqlite3.Error,)
    cells = Cells(null=NULL_MARK, bools_as_ints=True)

    def __init__(self, path: str | Path, *, busy_timeout: float = 30.0, create: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self.url = str(path)
        self.busy_timeout = busy_timeout
        if not create and self.path.parent.is_dir() and not self.path.exists():  # a missing folder: _connect says so
            raise StoreError(f"no corpus at {self.path}: nothing has been stored there (ingest makes one)")
        with self.translated():
            self._migrate()

    def _connect(self) -> sqlite3.Connection:
        if not self.path.parent.is_dir():
            raise StoreError(f"cannot open database {self.path}: folder {self.path.parent} does not exist")
        if self.path.is_dir():
            raise StoreError(f"cannot open database {self.path}: it is a folder, not a database file")
        connection = sqlite3.connect(
            self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA page_size = {PAGE_BYTES}")  # before WAL mode, which writes the header
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: durable at checkpoints, never corrupt
        connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        # reads through the OS page cache, shared by every connection instead of copied into each
        connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        return connection

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        cursor = self._cursor()
        cursor.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        cursor.execute("BEGIN IMMEDIATE")
        try:
            yield cursor
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        cursor.execute("COMMIT")

    def _insert_many(self, table: Table, conflict: str = "") -> str:
        values = [f"NULLIF(?, {NULL_MARK})" if nullable else "?" for nullable in table.nullable]
        return insert_statement(table.name, table.names, values) + conflict

    def _refresh_statistics(self) -> None:
        newest = int(self._rows("SELECT COALESCE(MAX(id), 0) FROM attributions")[0][0])
        if newest < STATISTICS_FLOOR:
            return
        analysed = 0
        if self._rows("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"):
            stats = self._rows("SELECT stat FROM sqlite_stat1 WHERE tbl = 'attributions' LIMIT 1")
            analysed = int(str(stats[0][0]).split()[0]) if stats else 0
        if newest >= STATISTICS_GROWTH * analysed:
            with self._transaction() as cur:
                cur.execute("ANALYZE attributions")

    def _schema_version(self, cur: Any = None) -> int:
        cursor = cur or self._cursor()
        tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return 0
        if "meta" not in tables:
            raise StoreError(
                f"{self.url} is an SQLite database but not a quotegraph corpus (tables: {', '.join(sorted(tables))})"
            )
        row = cursor.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _index_text_after(self, cur: Any, newest: int) -> None:
        cur.execute(
            "INSERT INTO attributions_fts (rowid, content_text) SELECT id, content_text FROM attributions WHERE id > ?",
            (newest,),
        )

    def _unindex_text(self, cur: Any, article_key: int) -> None:
        cur.execute(
            "INSERT INTO attributions_fts (attributions_fts, rowid, content_text) "
            "SELECT 'delete', id, content_text FROM attributions WHERE article_key = ?",
            (article_key,),
        )

    def _article_keys(self, cur: Any, count: int) -> list[int]:
        top = int(cur.execute("SELECT COALESCE(MAX(key), 0) FROM articles").fetchone()[0])  # the write lock is held
        return list(range(top + 1, top + 1 + count))

    def _monday_of(self, day: str) -> str:
        # strftime %w: 0 for Sunday; days since Monday are (%w + 6) % 7
        return f"date({day}, '-' || ((CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7) || ' days')"

    def _text_match(self, query: Query) -> TextMatch:
        assert query.text is not None  # for mypy only: ``search`` asks for a text match when there is a text
        return TextMatch(
            source="attributions_fts f",
            source_params=[],
            id="f.rowid",
            attributions_join="JOIN attributions a ON a.id = f.rowid",
            condition="attributions_fts MATCH ?",
            condition_params=[query.text.fts5()],
            score="(-f.rank)",  # bm25 is lower for a better match; negated, every order here is "higher first"
            listed_id="(+f.rowid)",  # FTS5 would seek each listed id in the words' matches, a tenth of a ms each
        )

    def _highlight(self, rows: list[tuple[int, str]], query: Query) -> dict[int, str]:
        if not rows or query.text is None:
            return {}
        ids = [row_id for row_id, _ in rows]
        # FTS5 seeks to a rowid range but reads a word's whole list of matches for an IN list; the
        # range bounds the walk to the page's band, and the unary + keeps the IN a plain filter
        marked = self._rows(
            f"SELECT rowid, highlight(attributions_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}') "
            "FROM attributions_fts WHERE attributions_fts MATCH ? AND rowid >= ? AND rowid <= ? "
            f"AND +rowid IN ({', '.join('?' * len(ids))})",
            [query.text.fts5(), min(ids), max(ids), *ids],
        )
        return {int(row_id): str(text) for row_id, text in marked}

    def store_error(self, exc: Exception) -> StoreError:
        message = str(exc)
        if "locked" in message or "busy" in message:
            return StoreError(f"{self.url}: the database is locked by another process (waited {self.busy_timeout:g} s)")
        if "not a database" in message or "malformed" in message:
            return StoreError(f"{self.url} is not a usable SQLite database ({message}): is it corrupt?")
        if "unable to open" in message or "readonly" in message:
            return StoreError(f"cannot open database {self.url}: {message}")
        return StoreError(f"{self.url}: {message}")
