"""The occasion annotation files under ``data/occasion`` against their PolNeAR gold articles."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.evaluation.occasion import occasion_file_problems
from quotegraph.evaluation.polnear import read_gold

ROOT = Path(__file__).resolve().parents[2]
OCCASION = ROOT / "data" / "occasion"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
# Each file with the PolNeAR split its articles come from; a new file must be added here to be checked.
FILES = {
    "train.jsonl": "train",
    "train-c.jsonl": "train",
    "train-d.jsonl": "train",
    "train-e.jsonl": "train",
    "train-f.jsonl": "train",
    "train-g.jsonl": "train",
    "train-h.jsonl": "train",
    "train-i.jsonl": "train",
    "train-j.jsonl": "train",
    "train-k.jsonl": "train",
    "train-l.jsonl": "train",
    "train-m.jsonl": "train",
    "dev.jsonl": "dev",
    "dev-second.jsonl": "dev",
}


def test_every_occasion_file_is_listed() -> None:
    assert {p.name for p in OCCASION.glob("*.jsonl")} == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_occasion_file_matches_its_gold_articles(name: str, corpus_or_skip: Callable[[Path, str], None]) -> None:
    gold_path = POLNEAR / f"{FILES[name]}.jsonl"
    corpus_or_skip(gold_path, "PolNeAR train and dev are not beside this checkout")
    assert occasion_file_problems(OCCASION / name, read_gold(gold_path)) == []


def test_problems_name_a_shifted_span_a_missing_entry_and_an_unknown_article(tmp_path: Path) -> None:
    gold = [{"id": "a", "text": "He said it on Sunday.", "attributions": [{"id": "E1"}, {"id": "E2"}]}]
    time = {"span": [13, 19], "text": "Sunday", "carried": False}  # text[13:19] is " Sunda"
    rows = [
        {"id": "a", "attributions": [{"id": "E1", "channel": None, "addressee": None, "time": time}]},
        {"id": "b", "attributions": []},
    ]
    path = tmp_path / "occasion.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    problems = occasion_file_problems(path, gold)
    assert len(problems) == 3
    assert "E2 has no entry" in problems[0]
    assert "E1 time 'Sunday' is not the text at 13-19" in problems[1]
    assert "'b' is not in the gold file" in problems[2]
    time["span"] = [14, 20]
    path.write_text(json.dumps(rows[0]) + "\n", "utf-8")
    gold[0]["attributions"] = [{"id": "E1"}]
    assert occasion_file_problems(path, gold) == []
