"""Days, months and weeks as the corpus names them."""

from __future__ import annotations

import pytest

from quotegraph.errors import InputError
from quotegraph.model.periods import ISO_DAY_CHARS, ISO_YEAR_CHARS, checked_day, day_of, is_iso_day, periods_between


@pytest.mark.parametrize("value", ["2025-02-01", "2024-02-29"])
def test_a_calendar_day_written_yyyy_mm_dd_is_a_day(value: str) -> None:
    assert is_iso_day(value)


@pytest.mark.parametrize(
    "value", ["2025-02-30", "2025-2-01", "20250201", "2025W051", "2025-W05-1", " 2025-02-01", "2025-02-01T10:00", ""]
)
def test_other_shapes_and_missing_days_are_not(value: str) -> None:
    assert not is_iso_day(value)


def test_a_checked_day_is_kept_or_missing_and_anything_else_is_an_input_error() -> None:
    assert checked_day("2024-02-29") == "2024-02-29"
    assert checked_day(None) is None
    with pytest.raises(InputError, match=r"^published: '2025-02-30' is not a date in the form YYYY-MM-DD"):
        checked_day("2025-02-30")


def test_the_iso_prefixes_cut_a_date_time_to_its_day_and_year() -> None:
    stamp = "2016-05-14T09:30:00Z"
    assert stamp[:ISO_DAY_CHARS] == "2016-05-14" and stamp[:ISO_YEAR_CHARS] == "2016"


@pytest.mark.parametrize(
    ("value", "day"),
    [("2016-05-14", "2016-05-14"), ("2016-05-14T09:30:00Z", "2016-05-14"), ("2016-05-14 09:30+02:00", "2016-05-14")],
)
def test_a_publication_date_is_a_day_or_a_date_time_on_one(value: str, day: str) -> None:
    assert day_of(value) == day


@pytest.mark.parametrize(
    "value", ["yesterday", "2020-02-31", "99999-01-01", "20160514", "2016-05-14garbage", "2016-05-14T25:00", ""]
)
def test_words_impossible_days_and_other_shapes_name_no_day(value: str) -> None:
    assert day_of(value) is None


@pytest.mark.parametrize(("first", "last", "kind"), [("9999-11", "9999-12", "month"), ("9999-W51", "9999-W52", "week")])
def test_periods_run_to_the_calendar_s_last_one(first: str, last: str, kind: str) -> None:
    """A speaker quoted in an article published 9999-12-31 made the web speaker page fail (OverflowError, a 500)."""
    assert periods_between(first, last, kind) == [first, last]


@pytest.mark.parametrize(
    ("first", "last", "kind", "latest"),
    [
        ("0001-01", "9999-12", "month", ["9999-10", "9999-11", "9999-12"]),
        ("2024-12", "2025-02", "month", ["2024-12", "2025-01", "2025-02"]),
        ("2025-01", "2025-02", "month", ["2025-01", "2025-02"]),
        ("0001-W01", "9999-W52", "week", ["9999-W50", "9999-W51", "9999-W52"]),
        ("0001-W01", "0001-W02", "week", ["0001-W01", "0001-W02"]),
    ],
)
def test_the_latest_periods_are_counted_back_from_the_last(first: str, last: str, kind: str, latest: list[str]) -> None:
    assert periods_between(first, last, kind, most=3) == latest
