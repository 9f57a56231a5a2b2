"""``quotegraph report`` end to end on the hand-made analytics corpus of tests/conftest.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.store import Store, open_store


@pytest.fixture
def db(analytics_store: Store) -> str:
    return analytics_store.url


def test_report_writes_the_page_and_the_plots(db: str, tmp_path: Path) -> None:
    out = tmp_path / "report"
    outcome = CliRunner().invoke(
        main,
        ["report", "--db", db, "--out", str(out), "--since", "2016-01", "--period", "week", "--top", "3",
         "--pair", "Clinton", "Donald Trump", "--pair", "Ana Ruiz", "Donald Trump"],
    )  # fmt: skip
    assert outcome.exit_code == 0, outcome.output
    assert f"{out / 'index.html'}: 13 statements, 6 plots" in outcome.stderr  # the undated one is left out
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "genders.svg",
        "index.html",
        "pair-1.svg",
        "pair-2.svg",
        "quoted-by-outlet.svg",
        "quoted-most.svg",
        "quoted-per-week.svg",
    ]
    for svg in out.glob("*.svg"):
        ET.parse(svg)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "since 2016-01-01" in html and "Ana Ruiz and Donald Trump" in html


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "2016-02-30"], "invalid date"),
        (["--pair", "Clinton", "Bill Clinton"], "name the two sides apart"),
        (["--pair", "Trump", "trump"], "two different speakers"),
    ],
)
def test_bad_input_exits_1_with_the_reason(db: str, tmp_path: Path, arguments: list[str], message: str) -> None:
    outcome = CliRunner().invoke(main, ["report", "--db", db, "--out", str(tmp_path / "r"), *arguments])
    assert outcome.exit_code == 1 and message in outcome.stderr and "Traceback" not in outcome.stderr


def test_an_empty_corpus_gives_an_empty_report(tmp_path: Path) -> None:
    out = tmp_path / "report"
    open_store(tmp_path / "new.db").close()
    outcome = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "new.db"), "--out", str(out)])
    assert outcome.exit_code == 0, outcome.output
    assert [p.name for p in out.iterdir()] == ["index.html"] and "0 statements, 0 plots" in outcome.stderr


def test_out_is_required_and_top_bounded(db: str, tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["report", "--db", db]).exit_code == 2
    assert CliRunner().invoke(main, ["report", "--db", db, "--out", str(tmp_path), "--top", "0"]).exit_code == 2
