"""A logistic regression over the candidates of ``extract.py``'s decisions, its threshold chosen by grouped
cross-validation, measured as a fallback after the rules (a decision fills its best candidate when its probability
reaches the threshold).

    python experiments/learned_time/model.py cv TRAIN.jsonl [TRAIN2.jsonl ...] [--check NAME=FILE ...] [--l2 L]
        [--save WEIGHTS.json]
    python experiments/learned_time/model.py apply WEIGHTS.json FILE.jsonl   # aggregates only

Out of fold: every decision of the training files is scored by a model fitted without its group (article or
page). The check files are scored by the model fitted on all training decisions, at the threshold chosen out of fold.
Counts: ``right`` (the filled candidate shares content with the annotated time), ``wrong`` (an annotated time, another
phrase filled: no change in the score, it was null before), ``false`` (filled where the annotation is null).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.nlp.training.learned_times import fit

FOLDS = 5
FALSE_FILL_COST = 1.0  # right values a false fill costs when the threshold is chosen: dev's time ff has 0.016 to spare
CROSSES = (("source=", "sent_holds_same_speaker"), ("par_back=", "sent_holds_statement"), ("verb=", "form=weekday"))


def _load(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text().splitlines() if line.strip()]


def _crossed(features: dict[str, Any]) -> dict[str, float]:
    out = {k: float(v) for k, v in features.items()}
    for left, right in CROSSES:
        for k in list(features):
            if k.startswith(left):
                for r in [r for r in features if r.startswith(right) and features[r]]:
                    out[f"{k}&{r}"] = 1.0
    return out


class Vectors:
    def __init__(self, decisions: list[dict[str, Any]]) -> None:
        names = sorted({k for d in decisions for c in d["candidates"] for k in _crossed(c["features"])})
        self.index = {n: i for i, n in enumerate(names)}

    def matrix(self, decisions: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows, labels, owners = [], [], []
        for di, d in enumerate(decisions):
            for c in d["candidates"]:
                row = np.zeros(len(self.index) + 1)
                row[-1] = 1.0  # bias
                for k, v in _crossed(c["features"]).items():
                    if k in self.index:
                        row[self.index[k]] = v
                rows.append(row)
                labels.append(c["label"])
                owners.append(di)
        if not rows:
            return np.zeros((0, len(self.index) + 1)), np.zeros(0), np.zeros(0, dtype=int)
        return np.array(rows), np.array(labels, dtype=float), np.array(owners)


def best(decisions: list[dict[str, Any]], probs: np.ndarray, owners: np.ndarray) -> list[tuple[float, int]]:
    """Per decision its best candidate's probability and label (-1, 0 without candidates)."""
    out = [(-1.0, 0)] * len(decisions)
    labels = [c["label"] for d in decisions for c in d["candidates"]]
    for p, o, lab in zip(probs, owners, labels, strict=True):
        if p > out[o][0]:
            out[o] = (float(p), int(lab))
    return out


def counts(decisions: list[dict[str, Any]], chosen: list[tuple[float, int]], threshold: float) -> dict[str, int]:
    c = {"decisions": len(decisions), "annotated": 0, "null": 0, "right": 0, "wrong": 0, "false": 0, "reachable": 0}
    for d, (p, lab) in zip(decisions, chosen, strict=True):
        annotated = d["gold"] is not None
        c["annotated" if annotated else "null"] += 1
        c["reachable"] += annotated and any(x["label"] for x in d["candidates"])
        if p >= threshold:
            c["right" if annotated and lab else "wrong" if annotated else "false"] += 1
    return c


def _fold(group: str) -> int:
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % FOLDS


def out_of_fold(decisions: list[dict[str, Any]], l2: float) -> list[tuple[float, int]]:
    vectors = Vectors(decisions)
    chosen: list[tuple[float, int]] = [(-1.0, 0)] * len(decisions)
    for fold in range(FOLDS):
        train = [d for d in decisions if _fold(d["group"]) != fold]
        test_at = [i for i, d in enumerate(decisions) if _fold(d["group"]) == fold]
        x, y, _ = vectors.matrix(train)
        w = fit(x, y, l2)
        test = [decisions[i] for i in test_at]
        tx, _, towners = vectors.matrix(test)
        for i, pick in zip(test_at, best(test, 1.0 / (1.0 + np.exp(-(tx @ w))), towners), strict=True):
            chosen[i] = pick
    return chosen


def choose_threshold(decisions: list[dict[str, Any]], chosen: list[tuple[float, int]]) -> float:
    grid = [t / 100 for t in range(5, 96)]

    def net(t: float) -> float:
        c = counts(decisions, chosen, t)
        return c["right"] - FALSE_FILL_COST * c["false"]

    return max(grid, key=lambda t: (net(t), t))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("cv", "apply"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--check", action="append", default=[])
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--threshold", type=float)
    # FILE:NULLS:RATE: the threshold may add false fills on FILE (a set not trained on, NULLS its annotated nulls)
    # of at most RATE of them (the dev false fill has 0.016 to spare: train-d's ratio stands in for it)
    parser.add_argument("--budget")
    args = parser.parse_args()
    if args.mode == "apply":
        model = json.loads(args.files[0].read_text())
        for path in args.files[1:]:
            decisions = _load([path])
            vectors = Vectors([])
            vectors.index = model["index"]
            x, _, owners = vectors.matrix(decisions)
            chosen = best(decisions, 1.0 / (1.0 + np.exp(-(x @ np.array(model["weights"])))), owners)
            print(path.name, json.dumps(counts(decisions, chosen, model["threshold"])))
        return
    decisions = _load(args.files)
    chosen = out_of_fold(decisions, args.l2)
    threshold = args.threshold if args.threshold is not None else choose_threshold(decisions, chosen)
    if args.budget is not None:
        path, nulls, rate = args.budget.split(":")
        budgeted = _load([Path(path)])
        bv = Vectors(decisions)
        bx0, by0, _ = bv.matrix(decisions)
        bw = fit(bx0, by0, args.l2)
        bx, _, bo = bv.matrix(budgeted)
        picks = best(budgeted, 1.0 / (1.0 + np.exp(-(bx @ bw))), bo)
        allowed = [
            t / 100 for t in range(5, 100) if counts(budgeted, picks, t / 100)["false"] <= float(rate) * int(nulls)
        ]

        def net(t: float) -> float:
            c = counts(decisions, chosen, t)
            return c["right"] - FALSE_FILL_COST * c["false"]

        threshold = max(allowed, key=lambda t: (net(t), t))
        print(f"budget on {Path(path).name}: {json.dumps(counts(budgeted, picks, threshold))}")
    print(f"l2 {args.l2} threshold {threshold:.2f} (out of fold)")
    for path in args.files:
        part = [i for i, d in enumerate(decisions) if d.get("_file", str(path)) == str(path)]
        del part
    by_file: dict[str, list[int]] = {}
    offset = 0
    for path in args.files:
        n = sum(1 for line in path.read_text().splitlines() if line.strip())
        by_file[path.name] = list(range(offset, offset + n))
        offset += n
    for name, idx in by_file.items():
        sub = [decisions[i] for i in idx]
        print(f"  {name} out of fold:", json.dumps(counts(sub, [chosen[i] for i in idx], threshold)))
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"    at {t}:", json.dumps(counts(decisions, chosen, t)))
    vectors = Vectors(decisions)
    x, y, _ = vectors.matrix(decisions)
    w = fit(x, y, args.l2)
    for spec in args.check:
        name, path = spec.split("=", 1)
        check = _load([Path(path)])
        cx, _, owners = vectors.matrix(check)
        picks = best(check, 1.0 / (1.0 + np.exp(-(cx @ w))), owners)
        print(f"  {name}:", json.dumps(counts(check, picks, threshold)))
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            c = counts(check, picks, t)
            print(f"    at {t}: right {c['right']} wrong {c['wrong']} false {c['false']}")
    if args.save is not None:
        args.save.write_text(
            json.dumps(
                {
                    "threshold": threshold,
                    "l2": args.l2,
                    "index": vectors.index,
                    "weights": [round(float(v), 6) for v in w],
                },
                indent=0,
            )
        )
        top = sorted(vectors.index, key=lambda k: -abs(w[vectors.index[k]]))[:25]
        for k in top:
            print(f"    {w[vectors.index[k]]:+.2f} {k}")


if __name__ == "__main__":
    main()
