"""Days, months and weeks as the corpus names them."""

from __future__ import annotations

import pytest

from quotegraph.model.periods import ISO_DAY_CHARS, ISO_YEAR_CHARS, is_iso_day


@pytest.mark.parametrize("value", ["2025-02-01", "2024-02-29"])
def test_a_calendar_day_written_yyyy_mm_dd_is_a_day(value: str) -> None:
    assert is_iso_day(value)


@pytest.mark.parametrize(
    "value", ["2025-02-30", "2025-2-01", "20250201", "2025W051", "2025-W05-1", " 2025-02-01", "2025-02-01T10:00", ""]
)
def test_other_shapes_and_missing_days_are_not(value: str) -> None:
    assert not is_iso_day(value)


def test_the_iso_prefixes_cut_a_date_time_to_its_day_and_year() -> None:
    stamp = "2016-05-14T09:30:00Z"
    assert stamp[:ISO_DAY_CHARS] == "2016-05-14" and stamp[:ISO_YEAR_CHARS] == "2016"
