"""Cohen's kappa and the agreement report of two label files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.evaluation.agreement import agreement, cohen_kappa, main
from quotegraph.evaluation.types import TypeLabels


def test_kappa_of_the_textbook_example() -> None:
    # 50 items: both "yes" 20, first yes/second no 5, first no/second yes 10, both "no" 15 -> kappa 0.4
    pairs = [("s", "s")] * 20 + [("s", "t")] * 5 + [("t", "s")] * 10 + [("t", "t")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_kappa_of_full_and_of_chance_agreement() -> None:
    assert cohen_kappa([("s", "s"), ("t", "t")]) == 1.0
    assert cohen_kappa([("s", "s")] * 3) == 1.0
    assert cohen_kappa([("s", "s"), ("s", "t"), ("t", "s"), ("t", "t")]) == pytest.approx(0.0)


def test_agreement_compares_only_the_attributions_both_label() -> None:
    first: TypeLabels = {("a", "E1"): "statement", ("a", "E2"): "thought", ("a", "E3"): "finding"}
    second: TypeLabels = {("a", "E1"): "statement", ("a", "E2"): "statement", ("b", "E1"): "thought"}
    report = agreement(first, second)
    assert (report["compared"], report["only_first"], report["only_second"]) == (2, 1, 1)
    assert report["agreement"] == 0.5 and report["disagreements"] == [["a", "E2", "thought", "statement"]]
    assert report["confusion"]["thought"]["statement"] == 1  # type: ignore[index]


def test_main_prints_a_report_and_fails_clearly_on_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{"article": "a", "attribution": f"E{i}", "type": t} for i, t in enumerate(["statement", "thought"])]
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert main([str(good), str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kappa"] == 1.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": "a"}\n', "utf-8")
    assert main([str(good), str(bad)]) == 1
    assert "error:" in capsys.readouterr().err
