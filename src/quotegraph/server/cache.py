"""Encoded answers of read routes, kept while the corpus does not change.

Searches and listings are read far more often than the corpus is written, and the same ones come
back (a first page, a popular speaker): an answer kept as the bytes sent costs no query and no
encoding the next time. The cache is bounded in bytes (least recently used answers go first) and
is emptied whenever the corpus changes:

* writes through this server empty it at once;
* for an SQLite corpus, commits by any other connection or process (``quotegraph ingest``, another
  server process) are seen through ``PRAGMA data_version`` on a connection of its own, read at most
  every ``WATCH_INTERVAL`` seconds;
* for other backends, which offer no such counter, an answer is kept ``UNWATCHED_TTL`` seconds at
  most, so another writer's change shows within that time.

It is used from the event loop's thread only, so it needs no lock.

The worker processes of ``quotegraph serve --workers N`` share one cache (``SharedCache``): an
SQLite file the command makes for them, so that an answer one worker computed is not computed again
by another. Each worker still watches the corpus, and whichever sees a change empties the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path

from quotegraph.store import Store
from quotegraph.store.sqlite import SqliteStore

__all__ = ["UNWATCHED_TTL", "WATCH_INTERVAL", "DataVersion", "ResponseCache", "SharedCache", "corpus_version"]

UNWATCHED_TTL = 5.0  # seconds an answer lives when other writers cannot be watched
# seconds between two reads of SQLite's data version: each read waits for the interpreter lock held
# by the worker threads, which cost the event loop more than all else a cached answer needs
WATCH_INTERVAL = 0.05


class ResponseCache:
    def __init__(self, max_bytes: int, version: Callable[[], Hashable]) -> None:
        self.max_bytes = max_bytes
        self._version = version
        self._seen: Hashable = version()
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._clearings = 0
        self.hits = 0
        self.misses = 0

    @property
    def generation(self) -> int:
        """Counts clearings: an answer computed across one is not kept."""
        return self._clearings

    def _watch(self) -> None:
        """Empties the cache when the corpus has changed since the last look."""
        current = self._version()
        if current != self._seen:
            self.clear()
            self._seen = current

    def get(self, key: Hashable) -> bytes | None:
        if not self.max_bytes:
            return None
        self._watch()
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return found

    def put(self, key: Hashable, body: bytes, generation: int) -> None:
        """Keeps ``body``, unless the cache was cleared since ``generation`` was read (the answer may
        then predate a write) or the answer alone would push out much of the rest."""
        if generation != self.generation or len(body) > self.max_bytes // 4:
            return
        old = self._entries.pop(key, None)
        self._bytes += len(body) - (len(old) if old is not None else 0)
        self._entries[key] = body
        while self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped)

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0
        self._clearings += 1


SHARED_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, body BLOB NOT NULL)",  # rowid: the order kept
    "CREATE TABLE IF NOT EXISTS state (one INTEGER PRIMARY KEY CHECK (one = 1), generation INTEGER, bytes INTEGER)",
    "INSERT OR IGNORE INTO state VALUES (1, 0, 0)",
)
SHARED_WAIT = 5.0  # s a worker waits for another's write to the cache file (each takes microseconds)


class SharedCache(ResponseCache):
    """The cache of the worker processes of one server, in an SQLite file they all open. A key is
    stored as its ``repr``, which is faithful for what the routes key by (tuples of strings, numbers,
    dataclasses and msgspec structs). Bounded in bytes like the cache of one process, but the
    oldest answers go first rather than the least recently used: marking each use would make every
    cached answer a write. Its generation is kept in the file, so an answer computed across a
    clearing by any worker is not kept."""

    def __init__(self, path: Path, max_bytes: int, version: Callable[[], Hashable]) -> None:
        self._db = sqlite3.connect(path, timeout=SHARED_WAIT, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = OFF")  # answers need not survive a crash: a new server starts empty
        with self._writing():
            for statement in SHARED_SCHEMA:
                self._db.execute(statement)
        super().__init__(max_bytes, version)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @property
    def generation(self) -> int:
        return int(self._db.execute("SELECT generation FROM state").fetchone()[0])

    def get(self, key: Hashable) -> bytes | None:
        if not self.max_bytes:
            return None
        self._watch()
        row = self._db.execute("SELECT body FROM answers WHERE key = ?", (repr(key),)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return bytes(row[0])

    def put(self, key: Hashable, body: bytes, generation: int) -> None:
        if len(body) > self.max_bytes // 4:
            return
        with self._writing():
            kept, stored = self._db.execute("SELECT generation, bytes FROM state").fetchone()
            if kept != generation:
                return
            text = repr(key)
            old = self._db.execute("SELECT length(body) FROM answers WHERE key = ?", (text,)).fetchone()
            self._db.execute("INSERT OR REPLACE INTO answers (key, body) VALUES (?, ?)", (text, body))
            stored += len(body) - (old[0] if old else 0)
            while stored > self.max_bytes:
                rowid, size = self._db.execute(
                    "SELECT rowid, length(body) FROM answers ORDER BY rowid LIMIT 1"
                ).fetchone()
                self._db.execute("DELETE FROM answers WHERE rowid = ?", (rowid,))
                stored -= size
            self._db.execute("UPDATE state SET bytes = ?", (stored,))

    def clear(self) -> None:
        with self._writing():
            self._db.execute("DELETE FROM answers")
            self._db.execute("UPDATE state SET generation = generation + 1, bytes = 0")

    def close(self) -> None:
        self._db.close()


class DataVersion:
    """SQLite's ``PRAGMA data_version`` of a corpus file, read on a connection of its own."""

    def __init__(self, path: Path, interval: float = WATCH_INTERVAL) -> None:
        self._connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._interval = interval
        self._checked = -interval
        self._version: Hashable = None

    def __call__(self) -> Hashable:
        now = time.monotonic()
        if now - self._checked >= self._interval:
            self._checked = now
            try:
                self._version = self._connection.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                self._version = now  # unreadable: never the same twice, so nothing is kept
        return self._version

    def close(self) -> None:
        self._connection.close()


def corpus_version(store: Store) -> Callable[[], Hashable]:
    """What changes when the corpus does: SQLite's data version, else the current TTL period."""
    if isinstance(store, SqliteStore) and Path(store.path).is_file():
        return DataVersion(Path(store.path))
    return lambda: int(time.monotonic() // UNWATCHED_TTL)
