"""Statements on both backends: clustering, its independence of ingest order, incremental updates,
deletion and re-extraction, origin, reporting chain and variants."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quotegraph.errors import QueryError, StoreError
from quotegraph.graph.speakers import update_speakers
from quotegraph.graph.statements import update_statements
from quotegraph.model import ArticleResult
from quotegraph.store import Store, open_store, sqlbase

from .conftest import back_to_schema, sql_store
from .quoted import TAXES, WALL, article, corpus, spoken


def partition(store: Store) -> set[frozenset[tuple[str, str]]]:
    """The statements as sets of (article, attribution): what must not depend on order."""
    found = store.statements(limit=10_000)
    return {frozenset((o.article.id, o.attribution) for o in s.occurrences) for s in found}


def ingest(store: Store, results: list[ArticleResult]) -> None:
    store.add(results)
    update_statements(store)


def test_quotes_cluster_into_statements(store: Store) -> None:
    ingest(store, corpus())
    assert partition(store) == {
        frozenset({("a1", "A1"), ("a2", "A1"), ("a3", "A1"), ("a4", "A1")}),
        frozenset({("b1", "A1"), ("b2", "A1")}),
        frozenset({("c1", "A1")}),
    }
    wall = store.statements(min_occurrences=4)[0]
    assert [o.article.id for o in wall.occurrences] == ["a2", "a3", "a1", "a4"]  # by date, undated last
    assert wall.text == WALL.replace(",", "") and wall.origin == "fox"
    assert wall.chain == ("fox", "cnn", "nyt")
    assert wall.speaker is not None and wall.speaker.name == "Donald Trump"
    diffs = {v.article: v.diff for v in wall.variants}
    assert set(diffs) == {"a3", "a4"}  # a1 differs from a2 in punctuation only
    assert "[-build-] {+construct+}" in diffs["a3"]
    assert store.statement(wall.id) == wall
    assert store.statement(10_000) is None


def test_speakers_weigh_in(store: Store) -> None:
    ingest(store, spoken())
    assert partition(store) == {
        frozenset({("s1", "A1"), ("s3", "A1")}),  # one slogan, two people: two statements
        frozenset({("s2", "A1")}),
        frozenset({("h1", "A1"), ("h2", "A1")}),  # her five words join her longer quote
        frozenset({("h3", "A1")}),  # the same five words from someone else do not
    }


def test_a_corpus_of_schema_5_places_its_statements_again(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    store = open_store(path)
    ingest(store, spoken())
    expected = partition(store)
    back_to_schema(store, 5, "ALTER TABLE quote_forms DROP COLUMN speaker")  # forms as schema 5 kept them: no speaker
    store.close()
    store = open_store(path)
    try:
        assert store.statements() == []
        assert update_statements(store).articles == len(spoken())
        assert partition(store) == expected
    finally:
        store.close()


def test_statements_filter_by_occurrences_speaker_variants_limit_and_offset(store: Store) -> None:
    ingest(store, corpus())
    assert {len(s.occurrences) for s in store.statements(min_occurrences=2)} == {4, 2}
    assert [len(s.occurrences) for s in store.statements(speaker="Bush")] == [2]
    assert store.statements(speaker="Nobody Known") == []
    assert all(s.variants for s in store.statements(variants=True))
    assert len(store.statements(limit=1)) == 1 and store.statements(offset=5) == []


def test_told_an_outlet_makes_it_the_origin(store: Store) -> None:
    ingest(
        store,
        [
            article("d1", [WALL], published="2016-03-02", outlet="nyt", told="Deadline"),
            article("d2", [WALL], published="2016-03-01", outlet="fox"),
        ],
    )
    (statement,) = store.statements()
    assert statement.occurrences[0].article.id == "d2"
    assert statement.origin == "Deadline" and statement.chain == ("Deadline", "fox", "nyt")
    assert statement.occurrences[1].cited_outlet == "Deadline"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_statements_do_not_depend_on_ingest_order(store_url: str, tmp_path: Path, seed: int) -> None:
    results = corpus() + spoken()
    reference = open_store(tmp_path / "reference.db")
    ingest(reference, results)
    expected = partition(reference)
    reference.close()
    shuffled = results[:]
    random.Random(seed).shuffle(shuffled)
    store = open_store(store_url)
    try:
        for one in shuffled:  # one article an update: incremental
            ingest(store, [one])
        assert partition(store) == expected
    finally:
        store.close()


def test_a_bridge_joins_two_statements_and_its_deletion_splits_them(store: Store) -> None:
    head = "We are going to build a wall and Mexico is going to pay for it"
    tail = "and Mexico is going to pay for it, believe me, every single dollar of it, folks."
    ingest(store, [article("x1", [head]), article("x2", [tail])])
    assert len(store.statements()) == 2
    ingest(store, [article("bridge", [head + ", " + tail])])
    assert len(store.statements()) == 1
    assert store.delete("bridge")
    update_statements(store)
    assert partition(store) == {frozenset({("x1", "A1")}), frozenset({("x2", "A1")})}


def test_a_statement_whose_articles_are_deleted_disappears(store: Store) -> None:
    ingest(store, corpus())
    for article_id in ("b1", "b2"):
        store.delete(article_id)
    assert all("b1" not in {o.article.id for o in s.occurrences} for s in store.statements())
    assert len(store.statements()) == 2  # even before the next update
    update_statements(store)
    assert len(store.statements()) == 2


def test_re_extraction_replaces_an_articles_quotes(store: Store) -> None:
    ingest(store, corpus())
    ingest(store, [article("a3", [TAXES], published="2016-01-11", outlet="cnn")])
    groups = partition(store)
    assert frozenset({("a1", "A1"), ("a2", "A1"), ("a4", "A1")}) in groups
    assert frozenset({("a3", "A1"), ("b1", "A1"), ("b2", "A1")}) in groups
    first = store.statements(speaker="Bush")[0]
    assert first.occurrences[0].article.id == "a3"  # its date is earlier: it is now the first


def test_incremental_equals_one_pass(store_url: str, tmp_path: Path) -> None:
    results = (
        corpus() + spoken() + [article(f"r{n}", [WALL.replace("wall", w)]) for n, w in enumerate(["fence", "barrier"])]
    )
    batch = open_store(tmp_path / "batch.db")
    ingest(batch, results)
    store = open_store(store_url)
    try:
        for start in range(0, len(results), 3):
            ingest(store, results[start : start + 3])
        assert partition(store) == partition(batch)
        assert {s.text for s in store.statements()} == {s.text for s in batch.statements()}
    finally:
        store.close()
        batch.close()


def test_statements_read_and_written_in_small_parameter_chunks_are_the_same(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every IN (...) list of the store goes through ``parameter_chunks``: with two parameters a
    statement, each chunked read and write must still see every value (a chunk size of its own
    elsewhere would not follow ``MAX_PARAMETERS``, and a lost tail would split or drop statements)."""
    results = corpus() + spoken()
    whole = open_store(tmp_path / "whole.db")
    ingest(whole, results)
    monkeypatch.setattr(sqlbase, "MAX_PARAMETERS", 2)
    store = open_store(store_url)
    try:
        ingest(store, results)
        assert partition(store) == partition(whole)
        assert store.statements(limit=10_000) == whole.statements(limit=10_000)
    finally:
        store.close()
        whole.close()


def test_parameter_chunks_cover_every_value_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlbase, "MAX_PARAMETERS", 2)
    assert list(sqlbase.parameter_chunks([1, 2, 3, 4, 5])) == [[1, 2], [3, 4], [5]]
    assert list(sqlbase.parameter_chunks([])) == []


def test_an_empty_corpus_has_no_statements(store: Store) -> None:
    assert update_statements(store).quotes == 0
    assert store.statements() == []


def test_statements_of_a_speaker_name_longer_than_a_name_are_refused(store: Store) -> None:
    with pytest.raises(QueryError, match=r"^speaker has 60,000 characters"):
        store.statements(speaker="a" * 60_000)


def test_a_deletion_counts_occurrences_again_at_once(store: Store) -> None:
    ingest(store, corpus())
    store.delete("a1")
    wall = store.statements()[0]
    assert len(wall.occurrences) == 3 and store.statements(min_occurrences=4) == []


def test_keyset_pages_give_the_listing_in_order(store: Store) -> None:
    ingest(store, corpus())
    everything = store.statements()
    pages, after = [], None
    while page := store.statements(limit=1, after=after):
        pages += page
        after = (page[-1].occurrence_count, page[-1].id)
    assert [s.id for s in pages] == [s.id for s in everything]
    assert [s.occurrence_count for s in everything] == [4, 2, 1]


def test_occurrences_come_a_page_at_a_time_with_the_counts_of_all(store: Store) -> None:
    ingest(store, corpus())
    wall = store.statements(min_occurrences=4, occurrence_limit=2)[0]
    assert [o.article.id for o in wall.occurrences] == ["a2", "a3"] and wall.occurrence_count == 4
    assert wall.first.article.id == "a2" and wall.variant_count == 2 and [v.article for v in wall.variants] == ["a3"]
    later = store.statement(wall.id, offset=2, limit=5)
    assert later is not None and [o.article.id for o in later.occurrences] == ["a1", "a4"]
    assert later.chain == ("fox", "cnn", "nyt")  # from every occurrence, not the page's


def test_a_statements_page_has_its_wordings_carriers_and_days(store: Store) -> None:
    ingest(store, corpus())
    wall = store.statements(min_occurrences=4)[0]
    detail = store.statement_detail(wall.id, limit=1)
    assert detail is not None and len(detail.statement.occurrences) == 1
    assert [(w.first.id, w.occurrences, bool(w.diff)) for w in detail.wordings] == [
        ("a2", 2, False),  # a1 differs in punctuation only: the same wording
        ("a3", 1, True),
        ("a4", 1, True),
    ]
    assert [(c.outlet, c.occurrences, c.first) for c in detail.carriers] == [
        ("fox", 1, "2016-01-10"),
        ("cnn", 1, "2016-01-11"),
        ("nyt", 2, "2016-01-12"),  # a4 (nyt) is undated
    ]
    assert [(d.period, d.count) for d in detail.days] == [("2016-01-10", 1), ("2016-01-11", 1), ("2016-01-12", 1)]
    assert store.statement_detail(10_000) is None


def test_statements_follow_their_speakers_when_names_are_grouped(store: Store) -> None:
    ingest(
        store,
        [
            article("j1", [WALL], published="2016-01-01", speaker="Jacques Audiard"),
            article("j2", [WALL], published="2016-01-02", speaker="Jacques Audiard"),
            article("j3", [TAXES], published="2016-01-03", speaker="Audiard"),
        ],
    )
    update_speakers(store)
    person = next(s for s in store.speakers() if s.name == "Jacques Audiard")
    assert {s.text for s in store.statements(speaker_id=person.id)} == {WALL, TAXES}
    assert all(s.speaker is not None and s.speaker.id == person.id for s in store.statements(speaker_id=person.id))


def test_each_quote_keeps_its_attributions_speaker_and_outlet(store: Store) -> None:
    ingest(store, corpus())
    rows = sql_store(store)._rows(
        "SELECT q.speaker_id, a.speaker_id, q.outlet_id, a.outlet_id FROM quotes q "
        "JOIN attributions a ON a.article_key = q.article_key AND a.position = q.position"
    )
    assert len({row[0] for row in rows}) > 1 and len({row[2] for row in rows}) > 1  # several of each
    assert all(row[0] == row[1] and row[2] == row[3] for row in rows)


def test_a_corpus_of_schema_4_gets_its_quotes_speakers_and_outlets(store_url: str) -> None:
    old = open_store(store_url)
    ingest(old, corpus())
    back_to_schema(
        old,
        4,
        "DROP INDEX quotes_speaker",
        "DROP INDEX quotes_form_listed",
        "DROP INDEX statements_ranked",
        "ALTER TABLE quotes DROP COLUMN speaker_id",
        "ALTER TABLE quotes DROP COLUMN outlet_id",
        "CREATE INDEX quotes_form ON quotes (form_id)",
        "CREATE INDEX statements_occurrences ON statements (occurrences, id)",
        "ALTER TABLE quote_forms DROP COLUMN speaker",  # schema 6
    )
    old.close()
    store = open_store(store_url)
    try:
        update_statements(store)  # schema 6 places the statements again
        bush = next(s for s in store.speakers() if s.name == "Jeb Bush")
        [taxes] = store.statements(speaker_id=bush.id)
        assert taxes.chain == ("wsj", "ap") and taxes.occurrence_count == 2
    finally:
        store.close()


def test_fresh_ids_come_from_the_statement_tables_alone(store: Store) -> None:
    """The table's name goes into the SQL as it is: any other name is refused, under ``python -O`` too."""
    with store.statement_writer() as writer:
        assert writer.next_ids("quotes", 2) == [1, 2]
        with pytest.raises(StoreError, match="only quotes, quote_forms, statements"):
            writer.next_ids("articles", 1)
