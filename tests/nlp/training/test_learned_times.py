"""Fitting the learned time fallback: deterministic, and the shipped weights are what the committed decisions give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from quotegraph.nlp.resolve.carrying.learned_times import WEIGHTS
from quotegraph.nlp.training.learned_times import choose_threshold, fit, fitted_weights, read_decisions

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
