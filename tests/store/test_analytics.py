"""The analytics' counts on both backends, over the hand-made corpus of tests/conftest.py: 14
statements (thoughts left out) by Trump 6, Hillary Clinton 4, Ana Ruiz 2, Bill Clinton 1 and
Greenpeace 1; nyt 7, wash-post 5, usa-today 1, one article with no outlet, one undated."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotegraph.model import ArticleResult
from quotegraph.model.analytics import GenderShare, QuotedGroup, Window
from quotegraph.store import Store

TRUMP, HILLARY, BILL, RUIZ, GREENPEACE = "Donald Trump", "Hillary Clinton", "Bill Clinton", "Ana Ruiz", "Greenpeace"


def _table(groups: list[QuotedGroup]) -> list[tuple[str, int, list[tuple[str, int]]]]:
    return [(g.group, g.statements, [(c.name, c.count) for c in g.speakers]) for g in groups]


@pytest.fixture
def corpus(store: Store, analytics_corpus: list[ArticleResult]) -> Store:
    store.add(analytics_corpus)
    return store


def test_the_most_quoted_of_the_corpus_count_statements_only_undated_and_outlet_less_included(corpus: Store) -> None:
    assert _table(corpus.quoted_most(by="corpus")) == [
        ("", 14, [(TRUMP, 6), (HILLARY, 4), (RUIZ, 2), (GREENPEACE, 1), (BILL, 1)])  # a tie: the first stored first
    ]
    top = corpus.quoted_most(by="corpus", limit=2)[0]
    assert top.statements == 14 and [c.name for c in top.speakers] == [TRUMP, HILLARY]
    assert all(c.id is not None for c in top.speakers)


def test_each_outlet_has_its_own_ranking_and_statements_without_an_outlet_are_left_out(corpus: Store) -> None:
    assert _table(corpus.quoted_most(by="outlet", limit=2)) == [
        ("nyt", 7, [(HILLARY, 3), (TRUMP, 2)]),
        ("usa-today", 1, [(HILLARY, 1)]),
        ("wash-post", 5, [(TRUMP, 3), (RUIZ, 1)]),  # Ana Ruiz before Bill Clinton on a tie: stored first
    ]


def test_months_and_iso_weeks_leave_undated_statements_out(corpus: Store) -> None:
    assert _table(corpus.quoted_most(by="month", limit=1)) == [
        ("2016-01", 7, [(TRUMP, 5)]),
        ("2016-02", 5, [(HILLARY, 2)]),
        ("2016-03", 1, [(RUIZ, 1)]),
    ]
    # 2016-01-01 is a Friday of ISO week 53 of 2015; 2016-02-29 opens week 9
    assert [(g.group, g.statements) for g in corpus.quoted_most(by="week")] == [
        ("2015-W53", 3),
        ("2016-W03", 4),
        ("2016-W06", 4),
        ("2016-W07", 1),
        ("2016-W09", 1),
    ]


def test_a_window_keeps_its_days_only(corpus: Store) -> None:
    february = Window("2016-02-01", "2016-02-29")
    assert _table(corpus.quoted_most(by="corpus", window=february)) == [
        ("", 5, [(HILLARY, 2), (TRUMP, 1), (RUIZ, 1), (GREENPEACE, 1)])
    ]
    since = corpus.quoted_most(by="outlet", window=Window(since="2016-02-01"))
    assert [(g.group, g.statements) for g in since] == [("nyt", 4), ("wash-post", 1)]  # the undated one goes


def test_counts_can_be_kept_to_given_speakers_and_unlimited(corpus: Store) -> None:
    ids = {c.name: c.id for c in corpus.quoted_most(by="corpus", limit=None)[0].speakers if c.id is not None}
    kept = corpus.quoted_most(by="outlet", limit=None, speaker_ids=[ids[TRUMP], ids[BILL]])
    assert _table(kept) == [("nyt", 2, [(TRUMP, 2)]), ("wash-post", 4, [(TRUMP, 3), (BILL, 1)])]
    assert corpus.quoted_most(by="corpus", speaker_ids=[]) == []


def test_a_name_stands_for_the_speakers_a_search_would_find_with_their_statements(corpus: Store) -> None:
    assert [(c.name, c.count) for c in corpus.speakers_named("Clinton")] == [(HILLARY, 4), (BILL, 1)]
    assert [(c.name, c.count) for c in corpus.speakers_named("hillary clinton")] == [(HILLARY, 4)]
    in_march = corpus.speakers_named("Clinton", window=Window("2016-03-01", "2016-03-31"))
    assert [(c.name, c.count) for c in in_march] == [(HILLARY, 0), (BILL, 0)]  # her thought is not a statement
    assert corpus.speakers_named("Nobody Here") == []


def test_genders_are_unknown_where_the_articles_gave_no_pronouns(corpus: Store) -> None:
    """The hand-made results mention their speakers by name only: no pronoun says a gender."""
    shares = corpus.gender_shares()
    assert all((s.he, s.she, s.they) == (0, 0, 0) for s in shares) and shares[0].unknown > 0


def test_statements_of_people_are_counted_by_their_own_articles_pronouns(
    corpus: Store, store_pronouns: Callable[[Store], None]
) -> None:
    store_pronouns(corpus)
    assert corpus.gender_shares() == [
        GenderShare(None, he=6, she=3, they=1, unknown=3),  # Greenpeace is no person: left out
        GenderShare("nyt", he=2, she=1, they=1, unknown=2),
        GenderShare("usa-today", she=1),
        GenderShare("wash-post", he=3, she=1, unknown=1),
    ]
    january = corpus.gender_shares(window=Window("2016-01-01", "2016-01-31"))
    assert january is not None and january[0] == GenderShare(None, he=5, she=1, unknown=1)


def test_an_empty_corpus_counts_nothing(store: Store) -> None:
    for by in ("corpus", "outlet", "month", "week"):
        assert store.quoted_most(by=by) == []
    assert store.speakers_named("Trump") == []
    assert store.gender_shares() == [GenderShare(None)]
