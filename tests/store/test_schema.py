"""Every model field has a column; older databases migrate; newer ones are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import StoreError
from quotegraph.graph.speakers import update_speakers
from quotegraph.graph.statements import update_statements
from quotegraph.model import ArticleResult, Attribution, Entity
from quotegraph.model.fields import leaves
from quotegraph.store import SCHEMA_VERSION, Store, make_query, open_store
from quotegraph.store.mapping import ARTICLE_COLUMNS, ATTRIBUTION_COLUMNS, ENTITY_COLUMNS, Columns
from quotegraph.store.schema import MIGRATIONS

from .conftest import back_to_schema, sql_store


def _columns(store: Store, table: str) -> set[str]:
    cursor: Any = sql_store(store)._cursor()
    if sql_store(store).dialect == "sqlite":
        cursor.execute(f"PRAGMA table_info({table})")
        return {row[1] for row in cursor.fetchall()}
    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = %s",
        (table,),
    )
    return {row[0] for row in cursor.fetchall()}


@pytest.mark.parametrize(
    ("columns", "model", "table", "skipped"),
    [
        (ATTRIBUTION_COLUMNS, Attribution, "attributions", ()),
        (ENTITY_COLUMNS, Entity, "entities", ()),
        (ARTICLE_COLUMNS, ArticleResult, "articles", ("entities", "attributions")),
    ],
)
def test_every_model_field_has_a_column(
    store: Store, columns: Columns, model: type, table: str, skipped: tuple[str, ...]
) -> None:
    wanted = [leaf for leaf in leaves(model) if leaf.path[0] not in skipped]
    assert [leaf.path for leaf in columns.leaves] == [leaf.path for leaf in wanted]
    missing = set(columns.names) - _columns(store, table)
    assert not missing, f"add a migration creating {sorted(missing)}"


def _version_1_database(path: Path) -> None:
    """A corpus as the first release wrote it: migration 1 only, and one result-1.0 row."""
    connection = sqlite3.connect(path)
    for statement in MIGRATIONS[0]("sqlite"):
        connection.execute(statement)
    connection.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    connection.execute(
        "INSERT INTO articles (id, text, schema_version, digest, ingested_at, day) "
        "VALUES ('old', 'He said yes on Monday.', '1.0', 'x', '2024-01-01', '2024-01-02')"
    )
    connection.execute(
        "INSERT INTO attributions (article_id, position, attribution_id, kind, content_spans, content_text, "
        "cue_spans, cue_text, time_spans, time_text, confidence, day) "
        "VALUES ('old', 0, 'A1', 'indirect', '[[8,11]]', 'yes', '[[3,7]]', 'said', '[[15,21]]', 'Monday', 0.5, "
        "'2024-01-02')"
    )
    connection.execute("INSERT INTO attributions_fts (rowid, content_text) SELECT id, content_text FROM attributions")
    connection.commit()
    connection.close()


def test_an_older_database_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _version_1_database(path)
    store = open_store(path)
    stored = store.article("old")
    assert stored is not None
    attribution = stored.result.attributions[0]
    assert attribution.type == "statement" and attribution.cue is not None and attribution.cue.head is None
    assert attribution.time is not None and attribution.time.carried is False
    assert [h.article.id for h in store.search(make_query("yes")).items] == ["old"]  # its words were indexed
    assert [h.article.id for h in store.search(make_query(since="2024")).items] == ["old"]
    store.close()
    assert sqlite3.connect(path).execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)


def test_a_newer_database_is_refused(store_url: str) -> None:
    store = sql_store(open_store(store_url))
    cursor: Any = store._cursor()
    cursor.execute(store._sql("UPDATE meta SET value = ? WHERE key = 'schema_version'"), (str(SCHEMA_VERSION + 1),))
    store.close()
    with pytest.raises(StoreError, match="newer than this quotegraph"):
        open_store(store_url)


def test_a_database_of_other_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE invoices (id INTEGER)").connection.commit()
    with pytest.raises(StoreError, match="not a quotegraph corpus"):
        open_store(path)


def _answers(store: Store, ids: list[str]) -> tuple[Any, ...]:
    """What the readers of an article's rows answer: the articles, searches (text, about, one
    article), speakers, outlets, statements, counts."""
    return (
        [store.article(i) for i in ids],
        store.search(make_query("apologized")).items,
        store.search(make_query(about="Karla Sofía Gascón")).items,
        store.search(make_query(article=ids[0])).items,
        store.speakers(),
        [store.speaker(s.id) for s in store.speakers()],
        store.outlets(),
        store.statements(),
        store.gender_shares(),
        store.stats(),
    )


def test_a_corpus_of_schema_6_gives_the_same_answers_with_article_keys(
    store_url: str, corpus_results: list[ArticleResult]
) -> None:
    """Migration 7 names each row's article by an integer key: every reader answers as before."""
    store = open_store(store_url)
    store.add(corpus_results)
    update_statements(store)
    update_speakers(store)
    ids = [r.id for r in corpus_results]
    expected = _answers(store, ids)
    assert expected[2] and expected[3] and expected[4]  # the about, article and speaker answers hold something
    back_to_schema(store, 6)
    store.close()
    store = open_store(store_url)
    try:
        assert _answers(store, ids) == expected
        assert store.delete(ids[0]) and store.article(ids[0]) is None
        assert not store.search(make_query(article=ids[0])).items
    finally:
        store.close()
