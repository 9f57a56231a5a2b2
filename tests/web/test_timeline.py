"""The timeline: periods filled between the first and the last, and the SVG drawn from them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from quotegraph.errors import InputError
from quotegraph.model.corpus import PeriodCount
from quotegraph.web.timeline import MAX_BARS, PLOT_HEIGHT, fill_periods, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def _counts(*pairs: tuple[str, int]) -> list[PeriodCount]:
    return [PeriodCount(period, count) for period, count in pairs]


def test_months_without_statements_are_filled_with_zero() -> None:
    filled = fill_periods(_counts(("2024-11", 2), ("2025-02", 5)), "month")
    assert [(c.period, c.count) for c in filled] == [("2024-11", 2), ("2024-12", 0), ("2025-01", 0), ("2025-02", 5)]


def test_iso_weeks_are_filled_across_a_year_boundary() -> None:
    filled = fill_periods(_counts(("2020-W52", 1), ("2021-W02", 3)), "week")
    assert [c.period for c in filled] == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"]  # 2020 has 53 weeks


def test_only_the_latest_periods_are_kept_beyond_the_bar_limit() -> None:
    filled = fill_periods(_counts(("1990-01", 1), ("2025-12", 1)), "month")
    assert len(filled) == MAX_BARS and filled[-1].period == "2025-12"


def test_no_counts_give_no_periods_and_a_bad_period_is_an_input_error() -> None:
    assert fill_periods([], "week") == []
    with pytest.raises(InputError):
        fill_periods(_counts(("2025-01", 1)), "year")
    with pytest.raises(InputError):
        fill_periods(_counts(("January", 1)), "month")


def _svg(counts: list[PeriodCount], kind: str = "month", label: str = "Statements") -> ET.Element:
    return ET.fromstring(str(timeline_svg(counts, kind, label=label)))


def test_each_period_is_one_bar_as_tall_as_its_share_of_the_axis() -> None:
    counts = fill_periods(_counts(("2025-01", 4), ("2025-03", 1)), "month")
    root = _svg(counts)
    bars = root.findall(f"{SVG}rect")
    assert len(bars) == 3
    heights = [float(bar.get("height", "")) for bar in bars]
    axis_top = 5  # 4 rounds up to 5 on the count axis
    assert heights == pytest.approx([PLOT_HEIGHT * 4 / axis_top, 0, PLOT_HEIGHT * 1 / axis_top], abs=0.1)
    assert [bar.findtext(f"{SVG}title") for bar in bars] == [
        "2025-01: 4 statements",
        "2025-02: 0 statements",
        "2025-03: 1 statement",
    ]


def test_the_axes_are_labelled_and_the_chart_has_a_text_alternative() -> None:
    counts = fill_periods(_counts(("2025-01", 10), ("2025-02", 3)), "month")
    root = _svg(counts, label="Statements by Ana Ruiz per month")
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "Statements by Ana Ruiz per month"
    assert root.findtext(f"{SVG}desc") == (
        "13 statements in 2 months from 2025-01 to 2025-02; most in 2025-01 (10 statements)"
    )
    texts = [t.text for t in root.findall(f"{SVG}text")]
    assert {"0", "5", "10"} <= set(texts)  # count axis
    assert {"2025-01", "2025-02"} <= set(texts)  # period axis


def test_one_period_is_named_in_the_singular() -> None:
    root = _svg(fill_periods(_counts(("2025-02", 2)), "month"))
    assert root.findtext(f"{SVG}desc", "").startswith("2 statements in 1 month from 2025-02")


def test_period_labels_are_thinned_to_stay_readable() -> None:
    counts = fill_periods(_counts(("2020-01", 1), ("2024-12", 1)), "month")
    labels = [t for t in _svg(counts).findall(f"{SVG}text") if t.get("class") == "period"]
    assert 6 <= len(labels) <= 12 and labels[0].text == "2020-01"


def test_an_empty_timeline_is_a_valid_svg_that_says_so() -> None:
    root = _svg([])
    assert root.findall(f"{SVG}rect") == []
    assert "no dated statement" in (root.findtext(f"{SVG}desc") or "")


def test_the_label_is_escaped() -> None:
    svg = str(timeline_svg(_counts(("2025-01", 1)), "month", label="<script>x</script> & co"))
    assert "<script>" not in svg
    assert ET.fromstring(svg).findtext(f"{SVG}title") == "<script>x</script> & co"
