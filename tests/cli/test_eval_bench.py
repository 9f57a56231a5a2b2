from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.evaluation.adversarial import HOSTILE_TEXTS

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("cached_pipeline", "fake_finder")]
GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "eval-gold.jsonl"


def test_eval_prints_scores_and_writes_system_output(tmp_path: Path) -> None:
    output = tmp_path / "system.jsonl"
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--json", "--output", str(output)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["gold_contents"] == 9 and "attribution_f1" in scores
    assert len(output.read_text("utf-8").splitlines()) == 3


def test_eval_table_and_floors(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"content_overlap_r": 0.99}), "utf-8")
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--floors", str(floors)])
    assert result.exit_code == 1
    assert "content_overlap" in result.stdout and "below floor: content_overlap_r" in result.stderr


def test_eval_refuses_a_floors_file_that_is_not_an_object_of_numbers(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text("[0.5]", "utf-8")
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--floors", str(floors)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert f"error: {floors}: floors are an object" in result.stderr


@pytest.mark.parametrize("option", ["--type-labels", "--occasion"])
def test_eval_refuses_an_empty_labels_file_before_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    """An empty file of type labels or occasions scored 0.0 over nothing with exit status 0; type
    labels were read only after the whole run, so a bad file cost the run first."""

    def no_run(*_: object) -> None:
        raise AssertionError("the pipeline was loaded before the labels were read")

    monkeypatch.setattr("quotegraph.nlp.load_pipeline", no_run)
    empty = tmp_path / "labels.jsonl"
    empty.write_text("", "utf-8")
    result = CliRunner().invoke(main, ["eval", str(GOLD), option, str(empty)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert f"error: {empty}: no " in result.stderr


def test_bench_runs_on_two_tiny_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": str(i), "text": f"“Yes {i},” Ann said.\n\nBob said no."} for i in range(2)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = CliRunner().invoke(main, ["bench", str(corpus), "--batch-size", "1", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 2 and report["batch_size"] == 1 and report["peak_rss_mb"] > 0
    assert {"quotegraph:finding", "quotegraph:resolving", "spacy:parser"} <= set(report["stage_seconds"])
    text = CliRunner().invoke(main, ["bench", str(corpus), "--limit", "1"]).stdout
    for field in ("articles/s", "words/s", "ratio", "peak RSS", "quotegraph:finding"):
        assert field in text


def test_eval_scores_occasions_beside_the_attributions() -> None:
    gold, occasions = GOLD.parent / "occasion-gold.jsonl", GOLD.parent / "occasion-annotations.jsonl"
    result = CliRunner().invoke(main, ["eval", str(gold), "--occasion", str(occasions), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["occasion_annotated"] == 4 and "attribution_f1" in scores
    assert {f"occasion_{f}_{m}" for f in ("channel", "addressee", "time") for m in ("acc", "false_fill")} <= set(scores)
    table = CliRunner().invoke(main, ["eval", str(gold), "--occasion", str(occasions)]).stdout
    assert "occasion" in table and "false fill" in table and "0 of 4 annotated statements" in table


def test_bench_adversarial_prints_the_cost_per_character_of_each_hostile_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "1", "text": "“Yes,” Ann said.\n\nBob said no."}) + "\n", "utf-8")
    args = ["bench", "adversarial", str(corpus), "--hostile-chars", "120,240"]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ordinary"]["chars"] == len("“Yes,” Ann said.\n\nBob said no.")
    # each hostile text at both sizes, then the corpus run together into one long text at both
    assert [row["chars"] for row in report["hostile"]] == [120, 240] * (len(HOSTILE_TEXTS) + 1)
    assert {row["name"] for row in report["hostile"]} >= {"single-letters 120", "single-letters 240"}
    assert [row["name"] for row in report["hostile"]][-2:] == ["long-news 120", "long-news 240"]
    # a bench that timed nothing gives 0 microseconds a character and a ratio of 0 (or none)
    assert [row["name"] for row in report["hostile"] if not (row["us_per_char"] > 0 and row["ratio"] > 0)] == []
    text = CliRunner().invoke(main, args).stdout
    assert "opening-marks 240" in text and "coordinated-said 240" in text and "x ordinary" in text
    bad = CliRunner().invoke(main, ["bench", "adversarial", str(corpus), "--hostile-chars", "many"])
    assert bad.exit_code == 2 and "--hostile-chars" in bad.output


def test_bench_adversarial_prints_the_cost_per_character_of_a_hostile_page_against_ordinary_pages(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "1", "text": "“Yes,” Ann said.\n\nBob said no."}) + "\n", "utf-8")
    args = ["bench", "adversarial", str(corpus), "--hostile-chars", "3000,6000"]
    report = json.loads(CliRunner().invoke(main, [*args, "--json"]).stdout)
    pages = report["pages"]
    assert pages["ordinary"]["name"] == "ordinary news pages" and pages["ordinary"]["attributions"] == 1
    assert [row["name"] for row in pages["hostile"]] == ["breadcrumbs 3000", "breadcrumbs 6000"]
    assert all(row["attributions"] == 0 and "ratio" in row for row in pages["hostile"])  # refused: only links
    text = CliRunner().invoke(main, args).stdout
    assert "read as HTML" in text and "breadcrumbs 6000" in text


def test_eval_reports_type_accuracy_and_confusion() -> None:
    types = GOLD.parent / "eval-types.jsonl"
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--json", "--type-labels", str(types)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["type_labelled"] == 8 and scores["type_acc_gold_spans"] == 0.875
    assert set(scores["type_confusion"]) == {"statement", "thought", "finding"}
    table = CliRunner().invoke(main, ["eval", str(GOLD), "--type-labels", str(types)]).stdout
    assert "type accuracy" in table and "types from the gold spans" in table
