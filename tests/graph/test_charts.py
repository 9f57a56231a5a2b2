"""The plots: valid SVG with their figures written on them, drawn offline, nothing drawn for nothing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import pytest

from quotegraph.graph.analytics import analytics, make_request
from quotegraph.graph.charts import MAX_TIMELINE_PERIODS, charts, quoted_chart, svg_of, timeline_chart
from quotegraph.model.analytics import QuotedGroup
from quotegraph.model.corpus import Count
from quotegraph.store import Store, open_store

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    """Every text an SVG draws, with its title and description."""
    root = ET.fromstring(svg)
    return [" ".join(e.itertext()) for e in root.iter() if e.tag in (f"{SVG}text", f"{SVG}title", f"{SVG}desc")]


def test_every_plot_is_valid_svg_with_its_title_and_figures(
    analytics_store: Store, store_pronouns: Callable[[Store], None]
) -> None:
    store_pronouns(analytics_store)
    drawn = {c.name: c for c in charts(analytics(analytics_store, make_request(top=3)))}
    assert list(drawn) == ["quoted-most", "quoted-by-outlet", "quoted-per-month", "pair-1", "genders"]
    for chart in drawn.values():
        written = texts(chart.svg)
        assert ET.fromstring(chart.svg).get("role") == "img"
        assert written[:2] == [chart.title, chart.description]
    # the ranking: each name with its count beside its bar
    quoted = texts(drawn["quoted-most"].svg)
    assert {"Donald Trump", "6", "Hillary Clinton", "4", "Ana Ruiz", "2"} <= set(quoted)
    outlets = texts(drawn["quoted-by-outlet"].svg)
    assert {"nyt", "wash-post", "usa-today", "3"} <= set(outlets)
    # Trump and Clinton per outlet: counts with their share of the outlet's statements
    pair = set(texts(drawn["pair-1"].svg))
    assert {"6 (43%)", "4 (29%)", "2 (29%)", "3 (43%)", "3 (60%)", "0 (0%)", "1 (100%)"} <= pair
    # he 6, she 3, they 1, none 3 of 13 statements of people
    assert {"46%", "23%", "8%"} <= set(texts(drawn["genders"].svg))
    assert "46% 'he'" in drawn["genders"].description


def test_the_timeline_spans_every_period_from_the_first_to_the_last(analytics_store: Store) -> None:
    (timeline,) = [c for c in charts(analytics(analytics_store, make_request(period="week"))) if "per" in c.name]
    assert timeline.name == "quoted-per-week" and "from 2015-W53 to 2016-W09" in timeline.description


@pytest.mark.parametrize(
    ("first", "last", "period"), [("0001-01", "9999-12", "month"), ("0001-W01", "9999-W52", "week")]
)
def test_a_timeline_over_the_whole_calendar_draws_its_latest_periods(first: str, last: str, period: str) -> None:
    """Days the API takes as published run from 0001-01-01 to 9999-12-31: the report went over all 520,000 weeks
    (more than five minutes), and before that ended in an OverflowError past 9999-12."""
    speaker = Count("Ana Ruiz", 1, 1)
    spec = timeline_chart([QuotedGroup(first, 1, (speaker,)), QuotedGroup(last, 1, (speaker,))], period, [speaker])
    periods = [row["period"] for row in spec["data"]["values"]]
    assert len(periods) == MAX_TIMELINE_PERIODS and periods[-1] == last
    assert spec["title"].endswith(f"(the latest {MAX_TIMELINE_PERIODS:,})")


def test_nothing_is_drawn_for_an_empty_corpus(tmp_path: Any) -> None:
    store = open_store(tmp_path / "empty.db")
    assert charts(analytics(store, make_request(pairs=[("Someone", "Someone Else")]))) == []
    store.close()


def test_a_name_is_text_in_the_svg_never_markup() -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> & ]]>'
    svg = svg_of(quoted_chart(QuotedGroup("", 3, (Count(hostile, 3, 1),)), "t"))
    root = ET.fromstring(svg)
    assert not [e for e in root.iter() if e.tag.endswith(("script", "img", "foreignObject"))]
    assert any(t.startswith("<script>alert(1)</script>") for t in texts(svg))  # long labels end in "…"
    assert not re.search(r"<(script|img)\b", svg)


def test_drawing_fetches_nothing() -> None:
    """vl-convert is allowed no base URL: a specification that asks for data from one is refused
    instead of reaching the network."""
    spec = {"data": {"url": "http://127.0.0.1:9/data.json"}, "mark": "bar", "encoding": {"x": {"field": "n"}}}
    with pytest.raises(Exception, match=r"(?i)not allowed|denied|permission|access"):
        svg_of(spec)
