"""Days, months and weeks as the corpus names them."""

from __future__ import annotations

import pytest

from quotegraph.model.periods import day_of, is_iso_day


@pytest.mark.parametrize("value", ["2025-02-01", "2024-02-29"])
def test_a_calendar_day_written_yyyy_mm_dd_is_a_day(value: str) -> None:
    assert is_iso_day(value)


@pytest.mark.parametrize(
    "value", ["2025-02-30", "2025-2-01", "20250201", "2025W051", "2025-W05-1", " 2025-02-01", "2025-02-01T10:00", ""]
)
def test_other_shapes_and_missing_days_are_not(value: str) -> None:
    assert not is_iso_day(value)


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
