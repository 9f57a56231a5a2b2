"""Fitting the learned time fallback (``nlp.resolve.carrying.learned_times``): a logistic regression over the
candidates of the statements the rules leave with no time, its threshold chosen out of fold (grouped by article).

    python -m quotegraph.evaluation.time_decisions TRAIN.jsonl OCCASIONS.jsonl PAGES_LIST OUT.jsonl
    python -m quotegraph.nlp.training.learned_times fit DECISIONS.jsonl[.gz] WEIGHTS.json    # both: make train-times

``time_decisions`` (in ``evaluation``: it pairs statements as the occasion scorer does) parses PolNeAR train
84-473 and the blind-written news pages of the fixtures (``PAGES_LIST``: a page
written by someone who never ran quotegraph lists a statement's time whenever it has one, so a statement with none
is an annotated null there; the other pages list times only where a round tested one) and writes, for each paired
statement with no time, its candidates' features and whether each shares content with the annotated time.
``fit`` is deterministic: the same decisions give the same weights (``tests/nlp/training`` holds it to the shipped
file).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.errors import ConfigError, main_status
from quotegraph.model.codec import read_json_lines
from quotegraph.nlp.resolve.carrying.learned_times import crossed

__all__ = [
    "Design",
    "best_candidates",
    "choose_threshold",
    "design",
    "fit",
    "fitted_model",
    "fitted_weights",
    "fold_of",
    "out_of_fold",
    "probabilities",
    "read_decisions",
]

FOLDS = 5  # folds by article or page: never a statement's own article in its fold
L2 = 1.0  # ridge on the weights, chosen out of fold among 0.3, 1, 3, 10 (experiments/learned_time/README.md)
FALSE_FILL_COST = 1.0  # right values a false fill costs when the threshold is chosen
NEWTON_STEPS = 25
WEIGHT_DIGITS = 6  # decimals a weight is written with
THRESHOLDS = tuple(t / 100 for t in range(5, 96))

Decision = dict[str, Any]


@dataclass(frozen=True)
class Design:
    """Every candidate of a list of decisions as one row, its features crossed (``crossed``) once: a fold's rows are
    taken from it (``rows``), so the crossings are not worked out again for each fold."""

    index: dict[str, int]  # a feature's column; the bias is the last
    x: np.ndarray  # one row a candidate, in the decisions' order
    y: np.ndarray  # its label
    owners: np.ndarray  # the decision (its position in the list) it is a candidate of

    def rows(self, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows, labels and owners of the decisions ``keep`` marks (one flag a decision), in order."""
        chosen = keep[self.owners] if len(self.owners) else np.zeros(0, dtype=bool)
        return self.x[chosen], self.y[chosen], self.owners[chosen]


def design(decisions: Sequence[Decision], index: dict[str, int] | None = None, crosses: bool = True) -> Design:
    """The decisions' candidates as rows, their features crossed (``crossed``, unless ``crosses`` is off) once each,
    over ``index`` (when none is given, every feature they hold, sorted): a feature ``index`` does not know is left
    out."""
    candidates = [(di, c) for di, d in enumerate(decisions) for c in d["candidates"]]
    features = [crossed(c["features"]) if crosses else c["features"] for _, c in candidates]
    known = index if index is not None else {n: i for i, n in enumerate(sorted({k for f in features for k in f}))}
    if not candidates:
        return Design(known, np.zeros((0, len(known) + 1)), np.zeros(0), np.zeros(0, dtype=int))
    x = np.zeros((len(candidates), len(known) + 1))
    x[:, -1] = 1.0  # the bias
    for row, named in enumerate(features):
        for k, v in named.items():
            if k in known:
                x[row, known[k]] = v
    labels = np.array([float(c["label"]) for _, c in candidates])
    return Design(known, x, labels, np.array([di for di, _ in candidates]))


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression by Newton's method, ridge on every weight but the bias (the last)."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], l2)
    ridge[-1] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + ridge * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge) + 1e-6 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def best_candidates(count: int, probs: np.ndarray, owners: np.ndarray, labels: np.ndarray) -> list[tuple[float, int]]:
    """Per decision of ``count`` its best candidate's probability and label, (-1, 0) where none is given: each
    candidate's probability, the decision it is of and its label in ``probs``, ``owners`` and ``labels``."""
    out = [(-1.0, 0)] * count
    for p, o, label in zip(probs, owners, labels, strict=True):
        if p > out[o][0]:
            out[o] = (float(p), int(label))
    return out


def probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Each row's probability under the weights ``w``."""
    result: np.ndarray = 1.0 / (1.0 + np.exp(-(x @ w)))
    return result


def fold_of(group: str) -> int:
    """The fold of an article or page: every decision of a group falls in one."""
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % FOLDS


def out_of_fold(decisions: Sequence[Decision], l2: float = L2, rows: Design | None = None) -> list[tuple[float, int]]:
    """Each decision's best candidate as scored by a model fitted without its article's fold (``rows``: the
    decisions' design, when the caller has it already)."""
    rows = rows or design(decisions)
    folds = np.array([fold_of(d["group"]) for d in decisions], dtype=int)
    chosen: list[tuple[float, int]] = [(-1.0, 0)] * len(decisions)
    for fold in range(FOLDS):
        x, y, _ = rows.rows(folds != fold)
        w = fit(x, y, l2)
        tx, ty, owners = rows.rows(folds == fold)
        picks = best_candidates(len(decisions), probabilities(tx, w), owners, ty)
        for i in np.flatnonzero(folds == fold):
            chosen[i] = picks[i]
    return chosen


def choose_threshold(decisions: Sequence[Decision], chosen: Sequence[tuple[float, int]]) -> float:
    """The threshold of most right values less false fills out of fold (the highest of equals)."""

    def net(threshold: float) -> float:
        right = false = 0
        for d, (p, label) in zip(decisions, chosen, strict=True):
            if p >= threshold:
                right += d["gold"] is not None and label == 1
                false += d["gold"] is None
        return right - FALSE_FILL_COST * false

    return max(THRESHOLDS, key=lambda t: (net(t), t))


def fitted_weights(
    decisions: Sequence[Decision], l2: float = L2, rows: Design | None = None
) -> tuple[dict[str, int], list[float]]:
    """The feature names by column and the weights fitted on every decision (the bias last; ``rows`` as for
    ``out_of_fold``)."""
    rows = rows or design(decisions)
    return rows.index, [round(float(v), WEIGHT_DIGITS) for v in fit(rows.x, rows.y, l2)]


def fitted_model(decisions: Sequence[Decision], l2: float = L2) -> dict[str, Any]:
    """The weights file's content: threshold out of fold, weights fitted on every decision; the features crossed once
    for both."""
    rows = design(decisions)
    threshold = choose_threshold(decisions, out_of_fold(decisions, l2, rows))
    index, weights = fitted_weights(decisions, l2, rows)
    return {"version": 1, "threshold": threshold, "l2": l2, "index": index, "weights": weights}


def read_decisions(path: Path) -> Iterator[Decision]:
    """The decisions of a JSON-lines file, gzipped when its name ends in .gz."""
    for _, decision in read_json_lines(path, "time decisions"):
        yield decision


def main(argv: Sequence[str]) -> None:
    if len(argv) == 3 and argv[0] == "fit":
        model = fitted_model(list(read_decisions(Path(argv[1]))))
        Path(argv[2]).write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"threshold {model['threshold']}, {len(model['index'])} features: {argv[2]}")
    else:
        raise ConfigError(__doc__ or "")


if __name__ == "__main__":
    sys.exit(main_status(lambda: main(sys.argv[1:])))
