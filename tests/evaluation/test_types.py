"""Type labels are read strictly, and type accuracy counts found attributions and gold spans apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.evaluation.polnear import read_gold
from quotegraph.evaluation.types import read_type_labels, type_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_read_type_labels_keys_each_label_by_article_and_attribution() -> None:
    labels = read_type_labels(FIXTURES / "eval-types.jsonl")
    assert len(labels) == 8 and labels[("a1", "E4")] == "thought" and labels[("a2", "E2")] == "statement"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"article": "a", "attribution": "E1", "type": "opinion"}, "not one of"),
        ({"article": "a", "type": "thought"}, "needs article, attribution and type"),
    ],
)
def test_read_type_labels_refuses_a_bad_label(tmp_path: Path, row: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_type_labels(_write(tmp_path, row))


def test_read_type_labels_refuses_a_file_without_labels(tmp_path: Path) -> None:
    """An empty file scored type accuracy 0.0 over nothing, with exit status 0, as if measured."""
    with pytest.raises(InputError, match="no type label"):
        read_type_labels(_write(tmp_path))


def test_read_type_labels_refuses_a_label_given_twice(tmp_path: Path) -> None:
    row = {"article": "a", "attribution": "E1", "type": "thought"}
    with pytest.raises(InputError, match="labelled twice"):
        read_type_labels(_write(tmp_path, row, row))


@pytest.mark.slow
def test_type_report_counts_found_attributions_and_gold_spans(nlp: Language) -> None:
    gold = read_gold(FIXTURES / "eval-gold.jsonl")
    text = gold[1]["text"]
    # the system found a2's E1 as a thought and E2 as a statement; a1 found nothing
    system: list[dict[str, Any]] = [
        {"id": "a2", "attributions": [{"content": [[8, 23]], "type": "thought"}, {"content": [[41, 52]]}]},
        {"id": "a1", "attributions": []},
    ]
    report = type_report(nlp, gold, system, read_type_labels(FIXTURES / "eval-types.jsonl"))
    assert text[8:23] == "the plan failed"
    assert report.scores() == {"type_acc": 0.5, "type_matched": 2, "type_labelled": 8, "type_acc_gold_spans": 0.875}
    assert report.table(report.gold_spans)["thought"] == {"statement": 1, "thought": 0, "finding": 0}


@pytest.mark.slow
def test_type_report_refuses_labels_of_attributions_the_gold_lacks(nlp: Language, tmp_path: Path) -> None:
    labels = read_type_labels(_write(tmp_path, {"article": "a1", "attribution": "E99", "type": "thought"}))
    with pytest.raises(InputError, match="1 type label"):
        type_report(nlp, read_gold(FIXTURES / "eval-gold.jsonl"), [], labels)
