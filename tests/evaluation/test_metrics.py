from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.evaluation.metrics import MIN_OVERLAP_JACCARD, GoldText, norm_string, overlap_matches, score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLD, SYSTEM = FIXTURES / "eval-gold.jsonl", FIXTURES / "eval-system.jsonl"
REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "score_attributions.py"


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_scores_agree_with_the_reference_scorer(corpus_or_skip: Callable[[Path, str], None]) -> None:
    corpus_or_skip(REFERENCE, "../shared/tools/score_attributions.py is not beside the worktree")
    run = subprocess.run(
        [sys.executable, str(REFERENCE), str(GOLD), str(SYSTEM)], capture_output=True, text=True, check=True
    )
    reference = json.loads(run.stdout.strip().splitlines()[-1])
    ours = score(_rows(GOLD), _rows(SYSTEM))
    assert ours == {k: v for k, v in reference.items() if k not in {"gold", "system"}}


def test_fixture_exercises_partial_scores() -> None:
    ours = score(_rows(GOLD), _rows(SYSTEM))
    assert 0 < ours["content_exact_f1"] < ours["content_overlap_f1"] < 1
    assert 0 < ours["source_acc"] < 1


def test_perfect_system_scores_one() -> None:
    gold = _rows(GOLD)
    ours = score(gold, gold)
    assert ours["content_exact_f1"] == ours["attribution_f1"] == ours["cue_f1"] == 1.0


def test_empty_system_scores_zero() -> None:
    assert score(_rows(GOLD), [])["content_overlap_r"] == 0.0


def test_duplicate_system_ids_are_refused() -> None:
    with pytest.raises(InputError, match="duplicate"):
        score(_rows(GOLD), [{"id": "a1", "attributions": []}, {"id": "a1", "attributions": []}])


def test_offsets_outside_the_text_are_refused() -> None:
    gold = [{"id": "x", "text": "short", "attributions": []}]
    with pytest.raises(InputError, match="outside"):
        score(gold, [{"id": "x", "attributions": [{"content": [[0, 99]]}]}])


def test_trimming_drops_quotes_and_punctuation_and_merges_fragments() -> None:
    gold = GoldText("“Yes,” he said, “no.”")
    assert gold.trim([(0, 6), (16, 21)]) == ((1, 4), (17, 19))
    assert gold.trim([(0, 2), (2, 4)]) == ((1, 4),)


def test_quoted_regions_toggle_per_line_whatever_the_direction() -> None:
    gold = GoldText("“Trump Wins“ he said\n“open to the end")
    assert gold.kind(((1, 11),)) == "direct"
    assert gold.kind(((13, 20),)) == "indirect"
    assert gold.kind(((22, 36),)) == "direct"


def test_norm_string_folds_case_quotes_and_spaces() -> None:
    assert norm_string("  “The  Senator,” ") == "the senator"


def _span(text: str, words: str) -> list[list[int]]:
    start = text.index(words)
    return [[start, start + len(words)]]


@pytest.mark.parametrize(
    ("gold", "system", "jaccard"),
    [("one two", "two", 1 / 2), ("one two three", "two three four five", 2 / 5)],
)
def test_contents_match_by_overlap_from_half_their_words(gold: str, system: str, jaccard: float) -> None:
    text = "one two three four five"
    matches = overlap_matches(text, [{"content": _span(text, gold)}], [{"content": _span(text, system)}])
    assert matches == ([(0, 0)] if jaccard >= MIN_OVERLAP_JACCARD else [])
    assert MIN_OVERLAP_JACCARD == 1 / 2  # the reference scorer's threshold; the cases sit at it and below it
