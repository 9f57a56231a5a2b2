"""Cohen's kappa and the agreement report of two label files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.errors import EXIT_FAILED
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
    confusion = report["confusion"]
    assert isinstance(confusion, dict) and confusion["thought"]["statement"] == 1


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
    assert main([str(good), str(bad)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err


Annotated = dict[str, tuple[str, bool] | None]  # field -> (text, carried) or null


def _occasion_line(article: str, fields: dict[str, Annotated]) -> str:
    def value(given: tuple[str, bool] | None) -> dict[str, object] | None:
        return None if given is None else {"span": [0, len(given[0])], "text": given[0], "carried": given[1]}

    rows = [{"id": key, **{f: value(v) for f, v in spec.items()}} for key, spec in fields.items()]
    return json.dumps({"id": article, "split": "train", "annotator": "x", "attributions": rows}) + "\n"


def test_occasion_agreement_scores_each_file_against_the_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    none: Annotated = {"channel": None, "addressee": None, "time": None}
    first = tmp_path / "first.jsonl"
    first.write_text(
        _occasion_line(
            "a",
            {
                "E1": {**none, "channel": ("an interview with CNN", False), "time": ("on Sunday", False)},
                "E2": {**none, "channel": ("an interview with CNN", True)},
                "E3": none,
            },
        )
        + _occasion_line("only-first", {"E1": none}),
        "utf-8",
    )
    second = tmp_path / "second.jsonl"
    second.write_text(
        _occasion_line(
            "a",
            {
                "E1": {**none, "channel": ("CNN interview", False), "time": ("Sunday", False)},
                "E2": none,  # the second annotator did not carry the interview
                "E3": {**none, "addressee": ("reporters", False)},
                "E4": none,  # not in the first file: not compared
            },
        ),
        "utf-8",
    )
    assert main([str(first), str(second), "--occasion", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["articles"], report["compared"]) == (1, 3)
    second_scored = report["second_against_first"]
    assert second_scored["occasion_channel_stated_acc"] == 1.0  # "CNN interview" holds both content words
    assert second_scored["occasion_channel_carried_acc"] == 0.0
    assert second_scored["occasion_time_acc"] == 1.0
    assert second_scored["occasion_addressee_false_fill"] == pytest.approx(1 / 3, abs=1e-4)
    first_scored = report["first_against_second"]
    assert first_scored["occasion_channel_false_fill"] == 0.5  # E2 of E2 and E3: only the first gives one
    assert first_scored["occasion_addressee_acc"] == 0.0
    assert main([str(first), str(second), "--occasion"]) == 0
    assert capsys.readouterr().out.startswith("3 attributions of 1 articles annotated in both files")
