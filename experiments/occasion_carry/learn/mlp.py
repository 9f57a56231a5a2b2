"""Is the linear model the bottleneck? A one-hidden-layer network (numpy, Adam) on the same candidates and features,
out-of-fold on train-d, as ``model.py cv`` (adder and replace populations).

    .venv/bin/python experiments/occasion_carry/learn/mlp.py DECISIONS.jsonl [--reach 3] [--hidden 32]
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np

import model as lm

SEED = 0  # fixed, so a run is repeatable
EPOCHS = 30
RATE = 0.003
DECAY = 1e-4  # weight decay on the weight matrices


def fit(x: np.ndarray, y: np.ndarray, hidden: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(SEED)
    w1 = rng.normal(0, 1 / np.sqrt(x.shape[1]), (x.shape[1], hidden))
    b1 = np.zeros(hidden)
    w2 = rng.normal(0, 1 / np.sqrt(hidden), hidden)
    b2 = np.array([0.0])
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step = 0
    for _ in range(EPOCHS):
        order = rng.permutation(len(y))
        for lo in range(0, len(y), 128):
            idx = order[lo : lo + 128]
            xb, yb = x[idx], y[idx]
            h = np.maximum(xb @ w1 + b1, 0)
            p = 1 / (1 + np.exp(-(h @ w2 + b2[0])))
            g = (p - yb) / len(idx)
            gw2 = h.T @ g + DECAY * w2
            gb2 = np.array([g.sum()])
            gh = np.outer(g, w2) * (h > 0)
            gw1 = xb.T @ gh + DECAY * w1
            gb1 = gh.sum(0)
            step += 1
            for i, gr in enumerate((gw1, gb1, gw2, gb2)):
                m[i] = 0.9 * m[i] + 0.1 * gr
                v[i] = 0.999 * v[i] + 0.001 * gr * gr
                params[i] -= RATE * (m[i] / (1 - 0.9**step)) / (np.sqrt(v[i] / (1 - 0.999**step)) + 1e-8)
    return tuple(params)


def predict(params: tuple[np.ndarray, ...], x: np.ndarray) -> np.ndarray:
    w1, b1, w2, b2 = params
    return 1 / (1 + np.exp(-(np.maximum(x @ w1 + b1, 0) @ w2 + b2[0])))


def cv(pop: list[dict], hidden: int) -> list[list[float]]:
    fold = lm.folds_of(pop)
    out: list[list[float]] = [[] for _ in pop]
    for k in range(lm.FOLDS):
        train = [d for d, f in zip(pop, fold, strict=True) if f != k]
        vocab = lm.vocab_of(train)
        feats, y = lm.flat(train)
        params = fit(vocab.matrix(feats), y, hidden)
        for i in (i for i, f in enumerate(fold) if f == k):
            if pop[i]["cands"]:
                out[i] = list(predict(params, vocab.matrix([c["f"] for c in pop[i]["cands"]])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("decisions")
    ap.add_argument("--reach", type=int, default=3)
    ap.add_argument("--hidden", type=int, default=32)
    args = ap.parse_args()
    decisions = lm.load(args.decisions, args.reach)
    for field in lm.FIELDS:
        ds = [d for d in decisions if d["field"] == field]
        print(f"== {field}")
        for mode in ("adder", "replace"):
            pop = lm.population(ds, mode)
            oof = cv(pop, args.hidden)
            t = lm.best_threshold(pop, oof, field, mode)
            base = Counter(d["rule"] for d in pop)
            c = lm.tally(pop, oof, t, mode)
            print(
                f"  {mode:8s} t {t:.2f} right {c['right'] - base['right']:+d} ff {c['ff'] - base['ff']:+d} "
                f"wrong {c['wrong'] - base['wrong']:+d} gain {lm.gain(c, base, field):+.1f}"
            )


if __name__ == "__main__":
    main()
