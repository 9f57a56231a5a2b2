"""Out-of-fold figures of the channel model fitted on train-d and the blind-written pages, the pages' decisions
weighted ``PAGE_WEIGHT`` times (is the pages' convention drowned by train-d's 4,598 decisions?).

    python experiments/learned_channel/weighted.py DECISIONS.jsonl PAGE_WEIGHT L2

The threshold is chosen out of fold on train-d plus the weighted pages; each line gives, per set, right values
gained, false fills added and wrong values given where a value was annotated (d, a, c; pb: the blind-written pages).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from study import FOLDS, THRESHOLDS, _best, _count, _trainable

from quotegraph.nlp.training.learned_times import design, fold_of


def weighted_fit(x: np.ndarray, y: np.ndarray, s: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression by Newton's method, each row weighted by ``s``, ridge on every weight but the bias."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], l2)
    ridge[-1] = 0
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ ((p - y) * s) + ridge * w
        h = (x * (p * (1 - p) * s)[:, None]).T @ x + np.diag(ridge) + 1e-6 * np.eye(x.shape[1])
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def main(path: Path, pw: float, l2: float) -> None:
    ds = [json.loads(line) for line in path.read_text().splitlines()]
    tr = [d for d in ds if d["set"] in ("d", "pages") and _trainable(d)]
    rows = design(tr, crosses=False)
    folds = np.array([fold_of(d["group"]) for d in tr], dtype=int)
    picks: dict[int, tuple[float, int]] = {}
    for fold in range(FOLDS):
        x, y, own = rows.rows(folds != fold)
        s = np.array([pw if tr[o]["set"] == "pages" else 1.0 for o in own])
        w = weighted_fit(x, y, s, l2)
        fd = [d for d in ds if fold_of(d["group"]) == fold]
        for d, p in zip(fd, _best(fd, w, rows.index), strict=True):
            picks[id(d)] = p

    def count(sel: list[dict[str, Any]], t: float) -> tuple[int, int, int]:
        right, false, wrong, _ = _count(sel, [picks[id(d)] for d in sel], t)
        return right, false, wrong

    sets = {s: [d for d in ds if d["set"] == s] for s in "dac"}
    sets["pb"] = [d for d in ds if d["set"] == "pages" and d.get("blind")]

    def net(t: float) -> float:
        rd, fd, _ = count(sets["d"], t)
        rp, fp, _ = count(sets["pb"], t)
        return rd - fd + pw * (rp - fp)

    th = max(THRESHOLDS, key=lambda t: (net(t), t))
    print(f"pw={pw} l2={l2} threshold {th}", {k: count(v, th) for k, v in sets.items()})
    for t in (0.3, 0.4, 0.5):
        print("  ", t, {k: count(v, t) for k, v in sets.items()})


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]))
