"""What can go wrong with an SQLite file: each gives a StoreError that says what, and loses nothing."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgspec
import pytest

from quotegraph.errors import StoreError
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.store import make_query, open_store
from quotegraph.store.sqlite import PAGE_BYTES, WAL_CHECKPOINT_PAGES, SqliteStore

from .conftest import back_to_schema


def test_a_missing_corpus_is_refused_when_it_is_not_to_be_created(tmp_path: Path) -> None:
    missing = tmp_path / "corpus.db"
    with pytest.raises(StoreError, match=re.escape(f"no corpus at {missing}")):
        open_store(missing, create=False)
    assert not missing.exists()
    open_store(missing).close()  # created by default, as ingest needs
    open_store(missing, create=False).close()


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere" / "corpus.db")


def test_a_path_that_cannot_be_opened_is_named(tmp_path: Path) -> None:
    (tmp_path / "corpus.db").mkdir()  # a folder where the file should be
    with pytest.raises(StoreError, match=re.escape(f"cannot open database {tmp_path / 'corpus.db'}")) as caught:
        open_store(tmp_path / "corpus.db")
    assert "it is a folder, not a database file" in str(caught.value)


def test_a_corrupt_file_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    path.write_bytes(b"this is not an SQLite database at all" * 200)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        open_store(path)


def test_a_database_locked_past_the_timeout_is_reported(tmp_path: Path, populated_result: ArticleResult) -> None:
    path = tmp_path / "corpus.db"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    store = open_store(path, busy_timeout=0.2)
    with pytest.raises(StoreError, match="locked by another process"):
        store.add([populated_result])
    holder.execute("ROLLBACK")
    assert store.add([populated_result]).added == 1  # the store is usable once the lock is gone


def test_two_processes_ingesting_one_file_both_finish(tmp_path: Path, populated_result: ArticleResult) -> None:
    path = tmp_path / "corpus.db"
    open_store(path).close()
    inputs = []
    for name in ("a", "b"):
        results = [msgspec.structs.replace(populated_result, id=f"{name}-{i}") for i in range(150)]
        source = tmp_path / f"{name}.jsonl"
        source.write_bytes(b"".join(encode_result(r) + b"\n" for r in results))
        inputs.append(source)
    script = (
        "import sys; from quotegraph.model.codec import decode_result; from quotegraph.store import open_store\n"
        "store = open_store(sys.argv[1])\n"
        "for line in open(sys.argv[2], 'rb'): store.add([decode_result(line)])  # one transaction each: interleaved\n"
    )
    writers = [subprocess.Popen([sys.executable, "-c", script, str(path), str(source)]) for source in inputs]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    stats = open_store(path).stats()
    assert (stats.articles, stats.attributions) == (300, 300)


def test_a_new_file_has_larger_pages_and_an_older_one_keeps_its_own(
    tmp_path: Path, populated_result: ArticleResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = tmp_path / "older.db"
    with monkeypatch.context() as patched:  # a corpus made before: SQLite's default pages
        patched.setattr("quotegraph.store.sqlite.PAGE_BYTES", 4096)
        open_store(older).close()
    for path, pages in ((tmp_path / "new.db", PAGE_BYTES), (older, 4096)):
        store = SqliteStore(path)
        try:
            store.add([populated_result])
            assert store.article(populated_result.id) is not None
            assert store._rows("PRAGMA page_size") == [(pages,)]
        finally:
            store.close()


def test_a_writer_checkpoints_the_wal_only_past_its_own_page_count(
    tmp_path: Path, populated_result: ArticleResult
) -> None:
    store = SqliteStore(tmp_path / "corpus.db")
    try:
        store.add([populated_result])
        # the connection that wrote, not a fresh one: the setting belongs to each connection
        assert store._rows("PRAGMA wal_autocheckpoint") == [(WAL_CHECKPOINT_PAGES,)]
    finally:
        store.close()


def _spied(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[object]]]:
    """Every statement ``store`` reads rows with from now on, with its parameters, in order."""
    run: list[tuple[str, list[object]]] = []
    rows = store._rows

    def spy(statement: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        run.append((statement, list(params)))
        return rows(statement, params)

    monkeypatch.setattr(store, "_rows", spy)
    return run


@pytest.mark.parametrize("filters", [{}, {"kind": "direct"}, {"channel": "interview"}])
def test_a_newest_first_listing_reads_down_the_day_index(
    tmp_path: Path, corpus_results: list[ArticleResult], filters: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the id range, which holds every row and would have all of them sorted for one page."""
    store = SqliteStore(tmp_path / "c.db")
    store.add(corpus_results)
    rows = store._rows
    run = _spied(store, monkeypatch)
    store.search(make_query(limit=2, **filters))
    keys, params = next((s, p) for s, p in run if "ORDER BY a.day DESC" in s)
    plan = " / ".join(str(row[-1]) for row in rows(f"EXPLAIN QUERY PLAN {keys}", params))
    assert "attributions_day" in plan and "TEMP B-TREE" not in plan, plan


def test_highlighting_a_page_walks_the_matches_between_its_ids_only(
    tmp_path: Path, corpus_results: list[ArticleResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An IN list alone has FTS5 read every match of the words; a common word has a tenth of a
    million at scale, for twenty rows to mark."""
    store = SqliteStore(tmp_path / "c.db")
    store.add(corpus_results)
    rows = store._rows
    run = _spied(store, monkeypatch)
    page = store.search(make_query("Gascón OR film OR poll", limit=3))
    assert page.items and all(hit.matches for hit in page.items)
    marking, params = next((s, p) for s, p in run if "highlight(" in s)
    plan = " / ".join(str(row[-1]) for row in rows(f"EXPLAIN QUERY PLAN {marking}", params))
    assert "M1><" in plan, plan  # FTS5's index: the match, then a rowid from-to range


def test_the_planner_statistics_are_made_and_renewed_as_the_attributions_double(
    tmp_path: Path, corpus_results: list[ArticleResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without statistics SQLite rates an outlet's index like a speaker's and may read a hundred
    thousand rows for a hundred."""
    monkeypatch.setattr("quotegraph.store.sqlite.STATISTICS_FLOOR", 2)
    store = SqliteStore(tmp_path / "c.db")

    def analysed() -> int | None:
        rows = store._rows("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        stat = rows and store._rows("SELECT stat FROM sqlite_stat1 WHERE tbl = 'attributions' LIMIT 1")
        return int(stat[0][0].split()[0]) if stat else None

    first, second, *rest = corpus_results
    store.add([first])  # one attribution: below the floor
    assert analysed() is None
    store.add([second])
    assert analysed() == 2
    store.add([msgspec.structs.replace(rest[0], id="third")])  # 3 < twice 2: kept
    assert analysed() == 2
    store.add(rest)
    assert analysed() == 2 + 1 + len(rest)


def test_a_migrated_corpus_has_its_planner_statistics_again(
    tmp_path: Path, corpus_results: list[ArticleResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 7 rebuilds the attributions table, and SQLite drops a dropped table's statistics."""
    monkeypatch.setattr("quotegraph.store.sqlite.STATISTICS_FLOOR", 2)
    path = tmp_path / "v6.db"
    store = open_store(path)
    store.add(corpus_results)
    back_to_schema(store, 6, "DELETE FROM sqlite_stat1")
    store.close()
    store = SqliteStore(path)
    try:
        assert store._rows("SELECT stat FROM sqlite_stat1 WHERE tbl = 'attributions'")
    finally:
        store.close()


def _every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table with each value's SQLite type (the time of ingest aside)."""
    db = sqlite3.connect(path)
    tables = [str(name) for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {}
    for table in tables:
        columns = [str(row[1]) for row in db.execute(f"PRAGMA table_info('{table}')") if row[1] != "ingested_at"]
        cells = ", ".join(f"{c}, typeof({c})" for c in columns)
        found[table] = sorted(db.execute(f"SELECT {cells} FROM {table}").fetchall(), key=repr)
    db.close()
    return found


def test_rows_are_stored_as_plain_cells_would_store_them(
    tmp_path: Path, populated_result: ArticleResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write batch hands SQLite a mark for NULL and 0/1 for booleans (``SqliteStore.cells``), for
    speed; every stored value and type is the one plain None and bool cells give."""
    from quotegraph.model import Attribution, Entity, Mention, SpeakerRef, TextSpan, excerpt_of
    from quotegraph.store.mapping import PLAIN
    from quotegraph.store.sqlbase import SqlBase
    from quotegraph.store.sqlite import NULL_MARK

    text = "Ana Ruiz won, someone said."
    sparse = ArticleResult(
        id="sparse",
        entities=(Entity(id="E1", name="Ana Ruiz", type="PERSON", mentions=(Mention(TextSpan(0, 8), "Ana Ruiz"),)),),
        attributions=(
            Attribution(id="A1", kind="indirect", content=excerpt_of(text, [(0, 12)]), cue=None, source=None),
            Attribution(
                id="A2",
                kind="direct",
                content=None,
                cue=None,
                source=None,
                speaker=SpeakerRef(entity="E1", name="Ana Ruiz", type="PERSON"),
            ),
        ),
        text=text,
    )
    results = [populated_result, sparse]
    fast = open_store(tmp_path / "fast.db")
    fast.add(results)
    fast.close()
    plain = SqliteStore(tmp_path / "plain.db")
    plain.cells = PLAIN
    # SqlBase's plain statement in place of SQLite's own
    monkeypatch.setattr(plain, "_insert_many", lambda table, conflict="": SqlBase._insert_many(plain, table, conflict))
    plain.add(results)
    plain.close()
    stored = _every_row(tmp_path / "fast.db")
    assert stored == _every_row(tmp_path / "plain.db")
    assert NULL_MARK not in [cell for rows in stored.values() for row in rows for cell in row]
    db = sqlite3.connect(tmp_path / "fast.db")
    picked = "SELECT attribution_id, typeof(content_text), channel_carried, typeof(channel_carried), typeof(speaker_id)"
    assert db.execute(f"{picked} FROM attributions ORDER BY id").fetchall() == [
        ("A1", "text", 1, "integer", "null"),  # the senator is a description: no corpus speaker
        ("A1", "text", None, "null", "null"),
        ("A2", "null", None, "null", "integer"),
    ]
    assert db.execute("SELECT position, typeof(speaker_id), typeof(by_speaker) FROM attribution_about").fetchall() == [
        (0, "integer", "null")  # Ana Ruiz, in the content of an attribution with no speaker
    ]
    db.close()
