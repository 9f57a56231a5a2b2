"""Where `quotegraph ingest` of extracted results spends its CPU (issue 8, section 2, round 5).

    .venv/bin/python experiments/ingest_round5/cpu.py results N OUT.jsonl
    .venv/bin/python experiments/ingest_round5/cpu.py run OUT.jsonl
    .venv/bin/python experiments/ingest_round5/cpu.py phases OUT.jsonl
    .venv/bin/python experiments/ingest_round5/cpu.py capture OUT.jsonl ROWS.pickle EMPTY.db
    python experiments/ingest_round5/cpu.py replay ROWS.pickle EMPTY.db sqlite3|apsw

``results`` writes N results recombined from `make bench-store`'s source as `bench store` does;
``run`` times one `ingest` of them into a new SQLite corpus (CPU and wall clock); ``phases`` does
the same with the CPU of each phase and of each SQL statement kind taken around it; ``capture``
records the rows `ingest` inserts into articles, entities, attributions and attribution_about (and
makes an empty corpus); ``replay`` inserts those rows again, batch by batch, with nothing but SQLite
working, through the standard library's driver or apsw (run with a Python that has apsw).
"""

from __future__ import annotations

import collections
import functools
import gc
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SPENT: collections.Counter[str] = collections.Counter()
BATCH_TABLES = ("articles", "entities", "attributions", "attribution_about")


def timed(owner: Any, name: str, label: str) -> None:
    """Adds the CPU time of every call of ``owner.name`` to ``SPENT[label]``."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - started

    setattr(owner, name, wrapper)


class TimedCursor:
    """A cursor whose statements' CPU is added up by kind ("INSERT INTO quotes", "COMMIT", ...)."""

    def __init__(self, cursor: Any, record: Callable[[str, list[tuple[Any, ...]]], None] | None = None) -> None:
        self._cursor, self._record = cursor, record

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Any:
        return iter(self._cursor)

    def _timed(self, method: Callable[..., Any], statement: str, *args: Any) -> Any:
        found = re.match(r"\s*(INSERT INTO \w+|DELETE FROM \w+|UPDATE \w+|\w+)", statement)
        started = time.process_time()
        method(statement, *args)
        SPENT["sql " + (found.group(1) if found else statement[:20])] += time.process_time() - started
        return self

    def execute(self, statement: str, *args: Any) -> Any:
        return self._timed(self._cursor.execute, statement, *args)

    def executemany(self, statement: str, rows: Any) -> Any:
        rows = [tuple(row) for row in rows]
        if self._record is not None and statement.split("(")[0].split()[-1] in BATCH_TABLES:
            self._record(statement, rows)
        return self._timed(self._cursor.executemany, statement, rows)


def cursors(record: Callable[[str, list[tuple[Any, ...]]], None] | None = None) -> None:
    from quotegraph.store import sqlite

    plain = sqlite.SqliteStore._cursor
    sqlite.SqliteStore._cursor = lambda self: TimedCursor(plain(self), record)  # type: ignore[method-assign,assignment,return-value]


def ingest_once(results: str) -> tuple[float, float, int]:
    """CPU and wall-clock seconds of one `ingest` of ``results`` into a new SQLite corpus, and the
    results it loaded."""
    from quotegraph.batch.ingest import ingest
    from quotegraph.settings import Settings
    from quotegraph.store import open_store

    folder = tempfile.mkdtemp(prefix="ingest-round5-")
    store = open_store(os.path.join(folder, "corpus.db"))
    wall, cpu = time.perf_counter(), time.process_time()
    loaded = ingest([results], store, Settings()).loaded
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    store.close()
    shutil.rmtree(folder)
    return cpu, wall, loaded


def say(cpu: float, wall: float, loaded: int) -> None:
    print(
        f"{loaded:,} results: {cpu:.2f} s of CPU ({loaded / cpu:,.0f} a CPU second), {wall:.2f} s wall clock "
        f"({loaded / wall:,.0f} a second), load {os.getloadavg()[0]:.1f}"
    )


def phases(results: str) -> None:
    import quotegraph.batch.ingest as ingesting
    import quotegraph.io.results as reading
    import quotegraph.store.rows as rows
    import quotegraph.store.writing as writing
    from quotegraph.store.identity import IdentityStore
    from quotegraph.store.statements import StatementWriter

    cursors()
    timed(reading, "decode_result", "decoding")
    timed(reading, "offsets_problem", "checking spans")
    timed(writing, "encode_result", "encoding for the digest")
    timed(rows.RowBatch, "add", "laying out rows")
    timed(IdentityStore, "_entity_speakers", "entities' speakers and pronouns")
    timed(writing.Writing, "_add_batch", "store.add, all of it")
    timed(ingesting, "update_statements", "placing quotes, all of it")
    timed(ingesting, "update_speakers", "regrouping speakers")
    for name in ("quote_sources", "outlet_mentions", "add_quotes", "add_forms"):
        timed(StatementWriter, name, f"placing: {name}")
    say(*ingest_once(results))
    for label, seconds in SPENT.most_common():
        if seconds >= 0.01:
            print(f"  {seconds:5.2f}  {label}")


def capture(results: str, rows_path: str, empty: str) -> None:
    from quotegraph.store import open_store

    recorded: list[tuple[str, list[tuple[Any, ...]]]] = []
    cursors(lambda statement, rows: recorded.append((statement, rows)))
    ingest_once(results)
    open_store(empty).close()
    with open(rows_path, "wb") as out:
        pickle.dump(recorded, out)
    print(f"{len(recorded)} inserts, {sum(len(rows) for _, rows in recorded):,} rows")


def replay(rows_path: str, empty: str, driver: str) -> None:
    with open(rows_path, "rb") as stream:
        recorded: list[tuple[str, list[tuple[Any, ...]]]] = pickle.load(stream)
    path = Path(tempfile.mkdtemp(prefix="ingest-round5-")) / "replay.db"
    shutil.copy(empty, path)
    if driver == "apsw":
        import apsw  # type: ignore[import-not-found]

        cursor = apsw.Connection(str(path)).cursor()
    else:
        import sqlite3

        cursor = sqlite3.connect(path, isolation_level=None).cursor()
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "wal_autocheckpoint = 10000", "cache_size = -131072"):
        list(cursor.execute(f"PRAGMA {pragma}"))  # as a writer of the store sets them
    gc.disable()
    started = time.process_time()
    for number, (statement, rows) in enumerate(recorded):
        if statement.split("(")[0].split()[-1] == "articles":  # a write batch starts: one transaction
            if number:
                commit(cursor)
            cursor.execute("BEGIN IMMEDIATE")
        mark = time.process_time()
        cursor.executemany(statement, rows)
        SPENT[statement.split("(")[0].strip()] += time.process_time() - mark
    commit(cursor)
    print(f"{driver}: {time.process_time() - started:.2f} s of CPU", {k: round(v, 2) for k, v in SPENT.items()})
    shutil.rmtree(path.parent)


def commit(cursor: Any) -> None:
    mark = time.process_time()
    cursor.execute("COMMIT")
    SPENT["COMMIT"] += time.process_time() - mark


def write_results(count: int, out: str) -> None:
    from quotegraph.batch.storebench import load_sources, recombined
    from quotegraph.model.codec import encode_result

    sources = load_sources(Path(".cache/bench/polnear-dev-results.jsonl"))
    with open(out, "wb") as stream:
        for number, result in enumerate(recombined(sources, 10**12)):
            if number == count:
                break
            stream.write(encode_result(result) + b"\n")


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "results":
        write_results(int(args[0]), args[1])
    elif command == "run":
        say(*ingest_once(args[0]))
    elif command == "phases":
        phases(args[0])
    elif command == "capture":
        capture(*args)
    elif command == "replay":
        replay(*args)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
