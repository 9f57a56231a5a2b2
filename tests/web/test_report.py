"""The offline report: index.html with its plots and style inline, the SVG files beside it, the
figures of the corpus in both, and a report of an empty corpus that says so."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import InputError
from quotegraph.graph.analytics import analytics, make_request
from quotegraph.graph.charts import charts
from quotegraph.store import Store, open_store
from quotegraph.web.report import write_report

SVG = "{http://www.w3.org/2000/svg}"


def _write(store: Store, out: Path, **request: Any) -> list[Path]:
    found = analytics(store, make_request(**request))
    return write_report(out, found, charts(found), store.stats(), made="2026-01-01 00:00 UTC")


def _cells(html: str) -> list[list[str]]:
    """The rows of every table, cells as text."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    return [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)] for r in rows
    ]


def test_the_report_is_a_page_and_its_plots_as_files(analytics_store: Store, tmp_path: Path) -> None:
    written = _write(analytics_store, tmp_path / "report", pairs=[("Clinton", "Donald Trump")])
    names = [p.name for p in written]
    assert names == [
        "index.html",
        "quoted-most.svg",
        "quoted-by-outlet.svg",
        "quoted-per-month.svg",
        "pair-1.svg",
        "genders.svg",
    ]
    html = written[0].read_text(encoding="utf-8")
    for svg_file in written[1:]:
        svg = svg_file.read_text(encoding="utf-8")
        assert ET.fromstring(svg).tag == f"{SVG}svg"
        assert svg in html  # the same plot inline
    # reads offline: no script, no stylesheet or image fetched, no link to a server
    assert "<script" not in html and '<link rel="stylesheet"' not in html
    assert not re.search(r"""(src|href)=["'](https?:|/)""", html)
    assert "<style>" in html and "--accent" in html


def test_the_tables_hold_the_corpus_figures(analytics_store: Store, tmp_path: Path) -> None:
    html = _write(analytics_store, tmp_path, pairs=[("Clinton", "Donald Trump")])[0].read_text(encoding="utf-8")
    rows = _cells(html)
    assert ["1", "Donald Trump", "6", "43%"] in rows and ["2", "Hillary Clinton", "4", "29%"] in rows
    assert ["2016-01", "7", "Donald Trump (5), Hillary Clinton (1), Bill Clinton (1)"] in rows
    # Clinton (Hillary and Bill) and Trump in wash-post: 1 of 4 of the pair, 3 of 4; 20% and 60% of its 5
    assert ["wash-post", "5", "1", "25%", "20%", "3", "75%", "60%"] in rows
    assert "“Clinton” stands for Hillary Clinton (4 statements), Bill Clinton (1 statement)." in html
    assert "14 statements by named speakers" in html


def test_the_gender_table_and_its_caveats(analytics_store: Store, store_pronouns: Any, tmp_path: Path) -> None:
    store_pronouns(analytics_store)
    written = _write(analytics_store, tmp_path)
    html = written[0].read_text(encoding="utf-8")
    assert written[-1].name == "genders.svg"
    assert ["All outlets", "13", "6 (46%)", "3 (23%)", "1 (8%)", "3 (23%)"] in _cells(html)
    assert "Nothing is guessed" in html and "“They” is ambiguous" in html


def test_an_empty_corpus_gives_a_report_that_says_so(tmp_path: Path) -> None:
    store = open_store(tmp_path / "empty.db")
    written = _write(store, tmp_path / "out", since="2016")
    store.close()
    assert [p.name for p in written] == ["index.html"]
    html = written[0].read_text(encoding="utf-8")
    assert "No statement by a named speaker in these dates" in html and "0 articles" in html


def test_a_new_report_replaces_the_plots_of_an_earlier_one(analytics_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report"
    _write(analytics_store, out, pairs=[("Clinton", "Donald Trump"), ("Ana Ruiz", "Donald Trump")])
    assert (out / "pair-2.svg").exists()
    (out / "notes.txt").write_text("mine")
    _write(analytics_store, out, period="week")
    left = sorted(p.name for p in out.iterdir())
    assert left == [
        "genders.svg",
        "index.html",
        "notes.txt",
        "pair-1.svg",
        "quoted-by-outlet.svg",
        "quoted-most.svg",
        "quoted-per-week.svg",
    ]


def test_a_file_in_the_way_is_an_input_error(analytics_store: Store, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    with pytest.raises(InputError, match="not a folder"):
        _write(analytics_store, tmp_path / "taken")
