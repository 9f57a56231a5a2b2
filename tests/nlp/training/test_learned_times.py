"""Fitting the learned time fallback: deterministic, and the shipped weights are what the committed decisions give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from quotegraph.nlp.resolve.carrying.learned_times import WEIGHTS
from quotegraph.nlp.training.learned_times import (
    FOLDS,
    best_candidates,
    choose_threshold,
    design,
    fit,
    fitted_weights,
    fold_of,
    out_of_fold,
    probabilities,
    read_decisions,
)

DECISIONS = Path(__file__).resolve().parents[3] / "data" / "learned_time" / "decisions-v1.jsonl.gz"
WEIGHT_TOLERANCE = 1e-4  # the shipped weights are written with six decimals


@pytest.mark.slow
def test_the_committed_decisions_reproduce_the_shipped_weights() -> None:
    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    index, weights = fitted_weights(list(read_decisions(DECISIONS)), shipped["l2"])
    assert index == shipped["index"]
    assert np.allclose(weights, shipped["weights"], atol=WEIGHT_TOLERANCE)


def test_fit_separates_a_feature_that_decides_the_label() -> None:
    x = np.array([[1.0, 1.0], [1.0, 1.0], [0.0, 1.0], [0.0, 1.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0])
    loose, tight = fit(x, y, 0.1), fit(x, y, 10.0)
    assert loose[0] > 3.0 and loose[1] < -1.0  # the feature of every positive weighs for, the bias against
    assert 0.0 < tight[0] < 0.5  # the ridge holds a weight back


def test_the_threshold_weighs_right_values_against_false_fills() -> None:
    decisions: list[dict[str, Any]] = [{"gold": "on Friday"}, {"gold": "on Friday"}, {"gold": None}, {"gold": None}]
    # two right values at 0.8 and 0.7, a false fill at 0.6 and another at 0.2
    chosen = [(0.8, 1), (0.7, 1), (0.6, 0), (0.2, 0)]
    assert choose_threshold(decisions, chosen) == 0.7


def _candidate(label: int, **features: float) -> dict[str, Any]:
    return {"label": label, "features": features}


def _decisions() -> list[dict[str, Any]]:
    """Decisions of ten groups (every fold holds some), a weekday in a sentence of the same speaker mostly right."""
    out: list[dict[str, Any]] = []
    for n in range(10):
        out.append(
            {
                "group": f"page-{n}",
                "gold": "on Tuesday" if n % 3 else None,
                "candidates": [
                    _candidate(
                        int(n % 3 != 0), **{"form=weekday": 1.0, "source=phrase": 1.0, "sent_holds_same_speaker": 1.0}
                    ),
                    _candidate(0, **{"form=period": 1.0, "source=stated": 1.0, "sent_holds_same_speaker": 0.0}),
                ],
            }
        )
    out.append({"group": "page-empty", "gold": None, "candidates": []})
    return out


def test_the_design_crosses_each_candidate_s_features_once_into_its_row() -> None:
    decisions = _decisions()
    rows = design(decisions)
    # the crossing of a source with the same speaker's sentence is a column of its own, the bias the last
    assert "source=phrase&sent_holds_same_speaker" in rows.index
    assert "source=stated&sent_holds_same_speaker" not in rows.index  # its right side is 0
    assert rows.x.shape == (20, len(rows.index) + 1) and (rows.x[:, -1] == 1.0).all()
    assert list(rows.owners[:4]) == [0, 0, 1, 1] and list(rows.y[:4]) == [0.0, 0.0, 1.0, 0.0]
    plain = design(decisions, crosses=False)
    assert not any("&" in name for name in plain.index)
    # a fold's rows are its decisions' rows, in order; a decision with no candidate has none
    keep = np.array([n in (1, 10) for n in range(len(decisions))])
    x, y, owners = rows.rows(keep)
    assert list(owners) == [1, 1] and (x == rows.x[2:4]).all() and list(y) == [1.0, 0.0]


def test_a_feature_the_index_does_not_know_is_left_out() -> None:
    rows = design(_decisions()[:1], {"form=weekday": 0})
    assert rows.x.tolist() == [[1.0, 1.0], [0.0, 1.0]]


def test_out_of_fold_scores_each_decision_by_a_model_fitted_without_its_fold() -> None:
    decisions = _decisions()
    index = design(decisions).index
    expected: list[tuple[float, int]] = [(-1.0, 0)] * len(decisions)
    for fold in range(FOLDS):
        # the fold's model fitted on the other folds' decisions read anew: what the rows taken from one design give
        train = design([d for d in decisions if fold_of(d["group"]) != fold], index)
        at = [i for i, d in enumerate(decisions) if fold_of(d["group"]) == fold]
        test = design([decisions[i] for i in at], index)
        picks = best_candidates(len(at), probabilities(test.x, fit(train.x, train.y)), test.owners, test.y)
        for i, pick in zip(at, picks, strict=True):
            expected[i] = pick
    chosen = out_of_fold(decisions)
    assert chosen == expected
    assert chosen[-1] == (-1.0, 0)  # no candidate: nothing chosen
    assert len({fold_of(d["group"]) for d in decisions}) > 1  # the folds part the groups
