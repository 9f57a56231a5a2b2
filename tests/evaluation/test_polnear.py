from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.evaluation.occasion import OccasionScorer
from quotegraph.evaluation.polnear import check_floors, evaluate, read_floors, read_gold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FLOORS = Path(__file__).resolve().parents[1] / "eval_floors.json"
FLOORS_HISTORY = Path(__file__).resolve().parents[1] / "eval_floors_history.json"
ROOT = Path(__file__).resolve().parents[2]


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


_TEXT = '"We will win," the senator said.'
_GOOD = {"id": "g1", "text": _TEXT, "attributions": [{"content": [[1, 12]], "cue": [[26, 30]], "source": [[14, 25]]}]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"attributions": None}, r"attributions are a list of objects .*, not None"),
        ({"attributions": "none"}, "attributions are a list of objects"),
        ({"attributions": [5]}, "attributions are a list of objects"),
        ({"text": None}, "the text is None, not a string"),
        ({"text": 12}, "the text is 12, not a string"),
        ({"id": {"a": 1}}, "the id is {'a': 1}, not a string"),
        ({"date": 12}, r"the date is 12, not a date \(YYYY-MM-DD\)"),
        ({"date": "2020-02-31"}, "the date is '2020-02-31', not a date"),
        ({"attributions": [{"content": [["a", "b"]]}]}, r"attribution 0 content: a fragment is \[start, end\]"),
        ({"attributions": [{"source": [[1, 999]]}]}, r"attribution 0 source: fragment \[1, 999\] is not inside"),
        ({"attributions": [{"cue": [[12, 1]]}]}, "attribution 0 cue: fragment"),
    ],
)
def test_a_gold_line_of_the_wrong_shape_is_an_input_error_naming_it(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    """These were a traceback from deep in the scorer or the pipeline (null attributions, a text or a date that is
    a number, a fragment of words), or a report of zeros as if measured (attributions that are a string)."""
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(_GOOD) + "\n" + json.dumps(_GOOD | {"id": "g2"} | change) + "\n", "utf-8")
    with pytest.raises(InputError, match=rf"g\.jsonl:2: {message}"):
        read_gold(path)


def test_a_gold_id_twice_is_named_with_both_lines(tmp_path: Path) -> None:
    """It was reported as "system: duplicate id" after the whole run."""
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(_GOOD) + "\n" + json.dumps(_GOOD) + "\n", "utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl:2: id 'g1' again \(first at .*g\.jsonl:1\)"):
        read_gold(path)


def test_gold_roles_in_every_form_the_scorer_reads_are_taken_and_a_number_id_is_a_string(tmp_path: Path) -> None:
    forms = [{"content": [1, 12]}, {"content": {"spans": [[1, 12]]}}, {"content": None, "cue": []}]
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(_GOOD | {"id": 7, "attributions": forms, "date": "2016-04-12"}) + "\n", "utf-8")
    [row] = read_gold(path)
    assert row["id"] == "7" and row["attributions"] == forms


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


def test_check_floors_takes_a_nan_score_for_one_below_its_floor() -> None:
    assert check_floors({"a": math.nan, "b": 0.5}, {"a": 0.4, "b": 0.4}) == ["a: nan is below the floor 0.4000"]


def test_the_makefile_eval_recipe_holds_the_scores_to_the_floors_file() -> None:
    """``make eval`` (which ``make accuracy-gate`` runs when the dev set is at hand) is the gate: without ``--floors``
    it passes whatever the scores."""
    lines = (ROOT / "Makefile").read_text("utf-8").splitlines()
    recipe = lines[lines.index("eval: $(STAMP)") + 1]
    assert "quotegraph eval" in recipe
    assert f" --floors {FLOORS.relative_to(ROOT).as_posix()}" in recipe, recipe


def test_no_floor_falls_below_its_recorded_minimum() -> None:
    """A floor only rises: ``eval_floors_history.json`` keeps the highest floor each score has had, and a floor set
    lower than it fails here (lowering one means lowering the history too, an edit a reviewer sees by its file's
    name). Raise the history with the floors."""
    floors = json.loads(FLOORS.read_text("utf-8"))
    history = json.loads(FLOORS_HISTORY.read_text("utf-8"))
    assert set(history) <= set(floors), sorted(set(history) - set(floors))
    assert {name: (floors[name], least) for name, least in history.items() if floors[name] < least} == {}


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
