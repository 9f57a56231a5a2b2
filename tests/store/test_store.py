"""The store suite: run as is against SQLite and PostgreSQL (see conftest.py)."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from quotegraph.errors import QueryError
from quotegraph.model import ArticleResult
from quotegraph.model.corpus import IngestReport
from quotegraph.store import Store, make_query, searching

from .conftest import sql_store

AUDIARD, GASCON = "Jacques Audiard", "Karla Sofía Gascón"  # as in conftest.small_corpus


@pytest.fixture
def corpus(store: Store, corpus_results: list[ArticleResult]) -> Store:
    assert store.add(corpus_results) == IngestReport(added=5)
    return store


def _ids(store: Store, text: str | None = None, **filters: Any) -> list[str]:
    """The ids of the articles a search finds; ``filters`` are ``make_query``'s keywords, each of its own type."""
    page = store.search(make_query(text, **filters))
    return [hit.article.id for hit in page.items]


def test_a_populated_result_comes_back_whole(store: Store, populated_result: ArticleResult) -> None:
    store.add([populated_result])
    stored = store.article(populated_result.id)
    assert stored is not None
    assert stored.result == populated_result
    assert stored.article.outlet == "example"


def test_adding_the_same_results_again_changes_nothing(corpus: Store, corpus_results: list[ArticleResult]) -> None:
    before = corpus.stats()
    assert corpus.add(corpus_results) == IngestReport(unchanged=5)
    assert corpus.stats() == before


def test_a_new_extraction_replaces_the_old_attributions(corpus: Store, corpus_results: list[ArticleResult]) -> None:
    old = corpus_results[2]
    shorter = msgspec.structs.replace(old, attributions=(), model_version="next")
    assert corpus.add([shorter]) == IngestReport(replaced=1)
    assert _ids(corpus, "apologized") == []
    assert corpus.stats().attributions == 4
    stored = corpus.article(old.id)
    assert stored is not None and stored.result.model_version == "next"


def test_delete_removes_the_article_and_its_attributions(corpus: Store) -> None:
    assert corpus.delete("cnn-1") is True
    assert corpus.article("cnn-1") is None
    assert _ids(corpus, "apologized") == []
    assert corpus.delete("cnn-1") is False


def test_an_outlet_left_without_articles_is_not_counted(corpus: Store) -> None:
    """The stats counted every outlet row ever made: deleting an outlet's only article left it
    counted while ``outlets()`` no longer listed it (a corpus emptied by the API said 0 articles, 1 outlet)."""
    assert corpus.delete("cnn-1") is True
    assert "cnn" not in [o.name for o in corpus.outlets()]
    assert corpus.stats().outlets == len(corpus.outlets()) == 2


def test_text_search_finds_stems_and_marks_the_words(corpus: Store) -> None:
    page = corpus.search(make_query("apologize"))
    assert [h.article.id for h in page.items] == ["cnn-1"]
    hit = page.items[0]
    content = hit.attribution.content
    assert content is not None
    assert [content.text[m.start : m.end] for m in hit.matches] == ["apologized"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"not spoken"', ["deadline-1"]),
        ('"ode beautiful"', []),
        ('"beautiful ode"', ["undated-1"]),
        ("relationship OR apologized", ["nyt-1", "cnn-1"]),
        ("Gascón -relationship", ["deadline-1"]),
        ("gascon", ["nyt-1", "deadline-1"]),
        ("NEAR(", []),  # the word "near", not FTS5's operator
        ("*spoken*", ["deadline-1"]),
        ("content_text:spoken", []),  # no column filter: the phrase "content text spoken"
        ("trade*", ["poll-1"]),
    ],
)
def test_search_text_reads_phrases_or_exclusion_and_prefix_and_never_fts5_operators(
    corpus: Store, text: str, expected: list[str]
) -> None:
    assert sorted(_ids(corpus, text)) == sorted(expected)


@pytest.mark.parametrize("text", ['"', "*", "';--", "-only"])
def test_search_text_with_nothing_to_look_for_is_a_query_error(corpus: Store, text: str) -> None:
    with pytest.raises(QueryError):
        corpus.search(make_query(text))


def test_each_search_filter_narrows_the_statements_to_its_match(corpus: Store) -> None:
    assert _ids(corpus, speaker="Audiard") == ["deadline-1", "nyt-1", "undated-1"]
    assert _ids(corpus, speaker=GASCON.lower()) == ["cnn-1"]
    assert _ids(corpus, speaker="Nobody At All") == []
    assert _ids(corpus, outlet="NYT") == ["poll-1", "nyt-1"]
    assert _ids(corpus, since="2025-02", until="2025-02") == ["cnn-1", "deadline-1"]
    assert _ids(corpus, since="2025-03-01") == ["poll-1"]
    assert _ids(corpus, types="finding") == ["poll-1"]
    assert _ids(corpus, channel="INTERVIEW") == ["cnn-1"]
    assert _ids(corpus, about=AUDIARD) == []
    assert _ids(corpus, "spoken", speaker="Audiard", outlet="deadline") == ["deadline-1"]


def _about_pages(store: Store, text: str | None) -> list[str]:
    """The article ids of every page of one hit each about Gascón."""
    seen, cursor = [], None
    while True:
        page = store.search(make_query(text, about="Gascón", limit=1, cursor=cursor))
        seen += [hit.article.id for hit in page.items]
        if page.next is None:
            return seen
        cursor = page.next


@pytest.mark.parametrize("text", [None, "spoken OR broken"])
def test_about_finds_the_same_from_the_mentions_or_the_newest(
    corpus: Store, monkeypatch: pytest.MonkeyPatch, text: str | None
) -> None:
    monkeypatch.setattr(searching, "ABOUT_ROWS_SORTED", 1)  # never few: walk the newest attributions
    walked = _about_pages(corpus, text)
    monkeypatch.setattr(searching, "ABOUT_ROWS_SORTED", 10**6)  # always few: sort the mentions
    assert sorted(walked) == ["deadline-1", "nyt-1"]
    assert _about_pages(corpus, text) == walked


def test_listing_without_text_is_newest_first_with_undated_last(corpus: Store) -> None:
    assert _ids(corpus) == ["poll-1", "cnn-1", "deadline-1", "nyt-1", "undated-1"]


def test_pages_cover_everything_once_and_hold_while_others_ingest(
    corpus: Store, populated_result: ArticleResult
) -> None:
    first = corpus.search(make_query(limit=2))
    corpus.add([msgspec.structs.replace(populated_result, published="2030-01-01")])  # newer than everything
    seen = [h.article.id for h in first.items]
    cursor = first.next
    while cursor:
        page = corpus.search(make_query(limit=2, cursor=cursor))
        seen += [h.article.id for h in page.items]
        cursor = page.next
    assert seen == ["poll-1", "cnn-1", "deadline-1", "nyt-1", "undated-1"]


def test_text_pages_have_no_duplicates(corpus: Store) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        page = corpus.search(make_query("broken OR spoken OR apologized OR voters OR film", limit=1, cursor=cursor))
        seen += [h.article.id for h in page.items]
        if page.next is None:
            break
        cursor = page.next
    assert sorted(seen) == ["cnn-1", "deadline-1", "nyt-1", "poll-1", "undated-1"]


def test_text_is_ranked_band_by_band_of_the_newest_matches(store: Store, corpus_results: list[ArticleResult]) -> None:
    """With bands of two matches (SQLite; PostgreSQL's bands are id windows, here one), the best of
    the two newest come first, then the older ones; every match appears once, whatever the page size."""
    older = msgspec.structs.replace(corpus_results[4], id="old-ode")  # "the film was a beautiful ode to love..."
    store.add([older, *corpus_results])  # stored first: the oldest match
    sql_store(store).rank_band = 2
    for limit in (1, 2, 3):
        seen: list[str] = []
        cursor = None
        while True:
            page = store.search(make_query("love OR relationship OR spoken OR voters", limit=limit, cursor=cursor))
            seen += [h.article.id for h in page.items]
            if page.next is None:
                break
            cursor = page.next
        assert sorted(seen) == ["deadline-1", "nyt-1", "old-ode", "poll-1", "undated-1"]
        if sql_store(store).dialect == "sqlite":
            assert seen[-1] == "old-ode" and set(seen[:2]) == {"poll-1", "undated-1"}  # the newest band first


def test_dense_matches_are_ranked_in_smaller_bands(store: Store, corpus_results: list[ArticleResult]) -> None:
    """Matches as dense as one attribution in ``common_match_every`` (here all but one) are ranked in
    bands of ``common_rank_band``; sparser ones in bands of ``rank_band``. SQLite only: PostgreSQL's
    bands are id windows."""
    if sql_store(store).dialect != "sqlite":
        pytest.skip("bands counted in matches are SQLite's")
    older = msgspec.structs.replace(corpus_results[4], id="old-ode")
    store.add([older, *corpus_results])
    text = "love OR relationship OR spoken OR voters"
    sql_store(store).rank_band = 2
    in_twos = _all_pages(store, text)
    sql_store(store).rank_band = 10**6
    at_once = _all_pages(store, text)
    assert in_twos != at_once and sorted(in_twos) == sorted(at_once)
    sql_store(store).common_rank_band = 2
    assert _all_pages(store, text) == in_twos
    sql_store(store).common_match_every = 0  # no match is that dense
    assert _all_pages(store, text) == at_once


def _all_pages(store: Store, text: str, speaker: str | None = None) -> list[str]:
    seen: list[str] = []
    cursor = None
    while True:
        page = store.search(make_query(text, speaker=speaker, limit=1, cursor=cursor))
        seen += [h.article.id for h in page.items]
        if page.next is None:
            return seen
        cursor = page.next


def test_matches_among_few_filtered_attributions_are_ranked_together(
    store: Store, corpus_results: list[ArticleResult]
) -> None:
    """A speaker's few attributions are ranked as one band, in the order the whole corpus ranked at
    once gives them, however small the bands of the unfiltered matches; filters that leave many
    attributions walk those bands and find the same hits."""
    older = msgspec.structs.replace(corpus_results[4], id="old-ode")  # "the film was a beautiful ode to love..."
    store.add([older, *corpus_results])  # stored first: the oldest match
    text = "love OR relationship OR spoken OR voters"
    sql_store(store).rank_band = 10**6
    audiards = {"deadline-1", "nyt-1", "old-ode", "undated-1"}
    at_once = [article for article in _all_pages(store, text) if article in audiards]
    sql_store(store).rank_band = 2
    assert _all_pages(store, text, speaker=AUDIARD) == at_once
    sql_store(store).filtered_rows_ranked = 0
    walked = _all_pages(store, text, speaker=AUDIARD)
    assert sorted(walked) == sorted(at_once)
    if sql_store(store).dialect == "sqlite":
        assert walked != at_once  # the newest two matches, the newest of Audiard's among them, came first


def test_speakers_are_grouped_by_normalized_name(corpus: Store) -> None:
    speakers = corpus.speakers()
    assert [(s.name, s.statements, s.articles, s.outlets) for s in speakers] == [(AUDIARD, 3, 3, 2), (GASCON, 1, 1, 1)]
    assert speakers[0].first == "2025-01-10" and speakers[0].last == "2025-02-03"
    assert [s.name for s in corpus.speakers(name="gascon")] == [GASCON]


def test_a_speaker_listing_by_a_name_longer_than_a_name_is_refused(corpus: Store) -> None:
    with pytest.raises(QueryError, match=r"^name has 60,000 characters"):
        corpus.speakers(name="a" * 60_000)


def test_hits_carry_their_corpus_speaker(corpus: Store) -> None:
    audiard = corpus.speakers()[0]
    assert _ids(corpus, speaker_id=audiard.id) == ["deadline-1", "nyt-1", "undated-1"]
    hits = corpus.search(make_query("film")).items
    assert [h.speaker_id for h in hits] == [audiard.id]
    assert [h.speaker_id for h in corpus.search(make_query(types="finding")).items] == [None]  # "A poll": nobody


def test_a_speaker_page_counts_outlets_subjects_and_periods_and_none_for_an_unknown_id(corpus: Store) -> None:
    audiard = corpus.speakers()[0]
    detail = corpus.speaker(audiard.id)
    assert detail is not None
    assert [(c.name, c.count) for c in detail.outlets] == [("deadline", 1), ("nyt", 1)]
    assert [(c.name, c.count) for c in detail.about] == [(GASCON, 2)]
    assert [(p.period, p.count) for p in detail.timeline] == [("2025-01", 1), ("2025-02", 1)]
    weekly = corpus.speaker(audiard.id, period="week")
    assert weekly is not None and [p.period for p in weekly.timeline] == ["2025-W02", "2025-W06"]
    assert corpus.speaker(999_999) is None


def test_outlets_and_stats(corpus: Store) -> None:
    assert [(o.name, o.articles, o.attributions) for o in corpus.outlets()] == [
        ("nyt", 2, 2),
        ("cnn", 1, 1),
        ("deadline", 1, 1),
    ]
    nyt = corpus.outlet("nyt")
    assert nyt is not None and (nyt.articles, nyt.attributions, nyt.first, nyt.last) == (
        2,
        2,
        "2025-01-10",
        "2025-03-01",
    )
    assert [c.name for c in nyt.speakers] == [AUDIARD]
    assert corpus.outlet("nowhere") is None
    stats = corpus.stats()
    assert (stats.articles, stats.attributions, stats.speakers, stats.outlets) == (5, 5, 2, 3)
    assert stats.types == {"statement": 4, "finding": 1}
    assert (stats.first, stats.last) == ("2025-01-10", "2025-03-01")


def _recounted(store: Store) -> tuple[set[tuple[int, int, int, int]], dict[str, int]]:
    """Speakers' statements, articles and outlets, and attributions by kind, counted afresh."""
    cursor = sql_store(store)._cursor()
    cursor.execute(
        "SELECT speaker_id, COUNT(*), COUNT(DISTINCT article_key), COUNT(DISTINCT outlet_id) FROM attributions "
        "WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
    )
    speakers = {(int(s), int(n), int(a), int(o)) for s, n, a, o in cursor.fetchall()}
    cursor.execute("SELECT kind, COUNT(*) FROM attributions GROUP BY kind")
    return speakers, {str(k): int(n) for k, n in cursor.fetchall()}


def test_kept_counts_follow_adds_replacements_and_deletions(corpus: Store, corpus_results: list[ArticleResult]) -> None:
    def kept() -> tuple[set[tuple[int, int, int, int]], dict[str, int]]:
        listed = {(s.id, s.statements, s.articles, s.outlets) for s in corpus.speakers(limit=1000)}
        return listed, {str(kind): count for kind, count in corpus.stats().kinds.items()}

    assert kept() == _recounted(corpus)
    twice = msgspec.structs.replace(corpus_results[0], id="nyt-2", attributions=corpus_results[0].attributions * 2)
    corpus.add([twice, msgspec.structs.replace(corpus_results[1], attributions=())])  # one more, one replaced
    assert kept() == _recounted(corpus)
    corpus.delete("nyt-1")
    corpus.delete("undated-1")
    assert kept() == _recounted(corpus)
    assert [s.name for s in corpus.speakers()] == [AUDIARD, GASCON]


def test_a_negative_page_is_a_query_error(corpus: Store) -> None:
    with pytest.raises(QueryError, match="limit and an offset"):
        corpus.speakers(limit=-1)
    with pytest.raises(QueryError, match="limit and an offset"):
        corpus.speakers(offset=-1)
    with pytest.raises(QueryError, match="limit and an offset"):
        corpus.statements(limit=-1)
    with pytest.raises(QueryError, match="limit and an offset"):
        corpus.failures(limit=-1)


def test_an_id_no_database_can_hold_is_unknown(corpus: Store) -> None:
    assert corpus.speaker(10**30) is None and corpus.speaker(-1) is None
    assert corpus.statement(10**30) is None and corpus.statement(0) is None
