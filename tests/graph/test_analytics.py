"""The analytics composed from the store's counts, over the hand-made corpus of tests/conftest.py:
14 statements by Trump 6, Hillary Clinton 4, Ana Ruiz 2, Greenpeace 1, Bill Clinton 1; nyt 7,
wash-post 5, usa-today 1, one without an outlet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quotegraph.errors import QueryError
from quotegraph.graph.analytics import MAX_PAIRS, analytics, compare_pair, make_request, make_window
from quotegraph.model.analytics import GenderShare, PairComparison, Window
from quotegraph.store import Store, open_store

TRUMP, HILLARY, BILL, RUIZ = "Donald Trump", "Hillary Clinton", "Bill Clinton", "Ana Ruiz"


def _rows(pair: PairComparison) -> list[tuple[str | None, int, int, int]]:
    return [(row.outlet, row.statements, row.sides[0].statements, row.sides[1].statements) for row in pair.outlets]


@pytest.mark.parametrize(
    "fields",
    [
        {"period": "year"},
        {"top": 0},
        {"top": 51},
        {"since": "2016-13"},
        {"since": "2016-03", "until": "2016-01"},
        {"pairs": [("", TRUMP)]},
        {"pairs": [(TRUMP, "donald trump")]},
        {"pairs": [(TRUMP, "x" * 201)]},
        {"pairs": [(TRUMP, HILLARY)] * (MAX_PAIRS + 1)},
    ],
)
def test_a_request_that_cannot_be_answered_is_a_query_error(fields: dict[str, Any]) -> None:
    with pytest.raises(QueryError):
        make_request(**fields)


def test_a_window_is_read_as_searches_read_dates() -> None:
    assert make_window("2016", "2016-02") == Window("2016-01-01", "2016-02-29")
    assert make_window(" ", None) == Window()


def test_the_report_ranks_the_corpus_each_outlet_and_each_period(analytics_store: Store) -> None:
    found = analytics(analytics_store, make_request(top=2))
    assert found.quoted.statements == 14
    assert [(c.name, c.count) for c in found.quoted.speakers] == [(TRUMP, 6), (HILLARY, 4)]
    assert [(g.group, g.statements, g.speakers[0].name) for g in found.by_outlet] == [
        ("nyt", 7, HILLARY),
        ("usa-today", 1, HILLARY),
        ("wash-post", 5, TRUMP),
    ]
    assert [(g.group, g.statements) for g in found.by_period] == [("2016-01", 7), ("2016-02", 5), ("2016-03", 1)]
    # the timeline follows the two most quoted in every period they are quoted in
    assert [(g.group, [(c.name, c.count) for c in g.speakers]) for g in found.timeline] == [
        ("2016-01", [(TRUMP, 5), (HILLARY, 1)]),
        ("2016-02", [(HILLARY, 2), (TRUMP, 1)]),
    ]


def test_without_a_pair_the_two_most_quoted_are_compared_outlet_by_outlet(analytics_store: Store) -> None:
    (pair,) = analytics(analytics_store, make_request()).pairs
    assert [side.name for side in pair.sides] == [TRUMP, HILLARY]
    assert _rows(pair) == [(None, 14, 6, 4), ("nyt", 7, 2, 3), ("usa-today", 1, 0, 1), ("wash-post", 5, 3, 0)]
    whole = pair.outlets[0].sides[0]
    assert whole.pair_share == pytest.approx(0.6) and whole.outlet_share == pytest.approx(6 / 14)
    assert pair.outlets[2].sides[0].pair_share == 0.0 and pair.outlets[2].sides[1].outlet_share == 1.0


def test_a_side_stands_for_every_speaker_its_name_does(analytics_store: Store) -> None:
    pair = compare_pair(analytics_store, ("Clinton", "Trump"), Window())
    assert [(c.name, c.count) for c in pair.sides[0].speakers] == [(HILLARY, 4), (BILL, 1)]
    assert _rows(pair) == [(None, 14, 5, 6), ("nyt", 7, 3, 2), ("usa-today", 1, 1, 0), ("wash-post", 5, 1, 3)]


def test_two_names_for_one_speaker_are_refused(analytics_store: Store) -> None:
    with pytest.raises(QueryError, match="Hillary Clinton"):
        compare_pair(analytics_store, ("Clinton", "Hillary Clinton"), Window())


def test_a_pair_given_one_name_is_compared_with_the_most_quoted_other(analytics_store: Store) -> None:
    (pair,) = analytics(analytics_store, make_request(pairs=[(HILLARY, "")])).pairs
    assert [side.name for side in pair.sides] == [HILLARY, TRUMP]
    (pair,) = analytics(analytics_store, make_request(pairs=[(TRUMP, "")])).pairs
    assert [side.name for side in pair.sides] == [TRUMP, HILLARY]


def test_a_name_nobody_has_compares_as_nothing_and_a_window_narrows_the_pair(analytics_store: Store) -> None:
    pair = compare_pair(analytics_store, ("Nobody Known", RUIZ), Window("2016-03-01", "2016-03-31"))
    assert pair.sides[0].speakers == () and _rows(pair) == [(None, 1, 0, 1), ("wash-post", 1, 0, 1)]
    assert pair.outlets[0].sides[0].pair_share == 0.0
    empty = compare_pair(analytics_store, ("Nobody Known", "Nobody Else"), Window())
    assert all(side.pair_share is None for row in empty.outlets for side in row.sides)


def test_genders_count_the_articles_pronouns_in_the_window(
    analytics_store: Store, store_pronouns: Callable[[Store], None]
) -> None:
    store_pronouns(analytics_store)
    after = analytics(analytics_store, make_request(since="2016-02")).genders
    assert after.since == "2016-02-01"
    assert after.outlets[0] == GenderShare(None, he=1, she=1, they=1, unknown=2)


def test_an_empty_corpus_gives_an_empty_report(tmp_path: Any) -> None:
    store = open_store(tmp_path / "empty.db")
    found = analytics(store, make_request(pairs=[(TRUMP, HILLARY)]))
    assert found.quoted.statements == 0 and found.quoted.speakers == ()
    assert found.by_outlet == found.by_period == found.timeline == ()
    assert _rows(found.pairs[0]) == [(None, 0, 0, 0)]
    assert analytics(store, make_request()).pairs == ()  # nobody to compare by default
    store.close()
