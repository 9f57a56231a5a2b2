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
"""

from __future__ import annotations

import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path

from quotegraph.store import Store
from quotegraph.store.sqlite import SqliteStore

__all__ = ["UNWATCHED_TTL", "WATCH_INTERVAL", "DataVersion", "ResponseCache", "corpus_version"]

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
        self.generation = 0  # counts clearings: an answer computed across one is not kept
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> bytes | None:
        if not self.max_bytes:
            return None
        current = self._version()
        if current != self._seen:
            self.clear()
            self._seen = current
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
        self.generation += 1


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
