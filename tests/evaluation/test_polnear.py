from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.evaluation.occasion import OccasionScorer
from quotegraph.evaluation.polnear import check_floors, evaluate, read_floors, read_gold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FLOORS = Path(__file__).resolve().parents[1] / "eval_floors.json"


def test_read_gold_refuses_rows_without_attributions(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n', "utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl:1"):
        read_gold(path)


def test_read_gold_refuses_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("{nope\n", "utf-8")
    with pytest.raises(InputError):
        read_gold(path)


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_a_gold_file_without_articles_is_an_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match="no gold article"):
        read_gold(path)


def test_read_floors_gives_the_pinned_numbers(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text('{"attribution_f1": 0.65, "source_accuracy": 1}', "utf-8")
    assert read_floors(path) == {"attribution_f1": 0.65, "source_accuracy": 1.0}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[0.5]", "an object of score names and numbers"),
        ('{"attribution_f1": "high"}', "attribution_f1"),
        ('{"attribution_f1": true}', "attribution_f1"),
        ('{"a": 1}\n{"b": 2}', "not JSON"),
        ("", "not JSON"),
    ],
)
def test_a_bad_floors_file_is_an_input_error_naming_it(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "floors.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=reason) as caught:
        read_floors(path)
    assert str(path) in str(caught.value)


def test_check_floors_names_each_score_below_its_floor() -> None:
    problems = check_floors({"a": 0.5, "b": 0.2}, {"a": 0.4, "b": 0.3, "c": 0.1})
    assert problems == ["b: 0.2000 is below the floor 0.3000", "c: no such score"]


def test_floors_file_names_real_scores() -> None:
    floors = json.loads(FLOORS.read_text("utf-8"))
    gold = read_gold(FIXTURES / "eval-gold.jsonl")
    from quotegraph.evaluation.metrics import score
    from quotegraph.evaluation.types import TypeReport

    names = set(score(gold, [])) | set(TypeReport().scores()) | set(OccasionScorer().summary())
    assert floors and set(floors) <= names
    assert all(0 <= value <= 1 for value in floors.values())


@pytest.mark.slow
@pytest.mark.usefixtures("fake_finder")
def test_evaluate_scores_what_the_pipeline_writes(nlp: Language) -> None:
    gold = read_gold(FIXTURES / "eval-gold.jsonl")
    run = evaluate(nlp, gold)
    assert [row["id"] for row in run.system_rows] == ["a1", "a2", "a3"]
    assert run.failures == []
    # the fake finder finds closed quotes only, each half of a split quote apart: of the 3 direct
    # gold contents it misses the unbalanced one; the larger half of the split quote still overlaps
    assert run.scores["direct_overlap_r"] == round(2 / 3, 4)
    assert run.scores["system_contents"] == 3
