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
import json
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.nlp.training.learned_times import (
    FALSE_FILL_COST,
    best_candidates,
    choose_threshold,
    design,
    fit,
    out_of_fold,
    probabilities,
)

# The fitting, the folds, the crossings and the threshold's choice are the shipped training's
# (``quotegraph.nlp.training.learned_times``, which began as this file's): the same computation, so the figures
# recorded here come out again from the same decisions.


def _load(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text().splitlines() if line.strip()]


def counts(decisions: list[dict[str, Any]], chosen: list[tuple[float, int]], threshold: float) -> dict[str, int]:
    c = {"decisions": len(decisions), "annotated": 0, "null": 0, "right": 0, "wrong": 0, "false": 0, "reachable": 0}
    for d, (p, lab) in zip(decisions, chosen, strict=True):
        annotated = d["gold"] is not None
        c["annotated" if annotated else "null"] += 1
        c["reachable"] += annotated and any(x["label"] for x in d["candidates"])
        if p >= threshold:
            c["right" if annotated and lab else "wrong" if annotated else "false"] += 1
    return c


def _picks(decisions: list[dict[str, Any]], index: dict[str, int], w: np.ndarray) -> list[tuple[float, int]]:
    """Per decision its best candidate under the weights ``w`` over the features ``index``."""
    rows = design(decisions, index)
    return best_candidates(len(decisions), probabilities(rows.x, w), rows.owners, rows.y)


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
            chosen = _picks(decisions, model["index"], np.array(model["weights"]))
            print(path.name, json.dumps(counts(decisions, chosen, model["threshold"])))
        return
    decisions = _load(args.files)
    chosen = out_of_fold(decisions, args.l2)
    threshold = args.threshold if args.threshold is not None else choose_threshold(decisions, chosen)
    if args.budget is not None:
        path, nulls, rate = args.budget.split(":")
        budgeted = _load([Path(path)])
        bv = design(decisions)
        picks = _picks(budgeted, bv.index, fit(bv.x, bv.y, args.l2))
        allowed = [
            t / 100 for t in range(5, 100) if counts(budgeted, picks, t / 100)["false"] <= float(rate) * int(nulls)
        ]

        def net(t: float) -> float:
            c = counts(decisions, chosen, t)
            return c["right"] - FALSE_FILL_COST * c["false"]

        threshold = max(allowed, key=lambda t: (net(t), t))
        print(f"budget on {Path(path).name}: {json.dumps(counts(budgeted, picks, threshold))}")
    print(f"l2 {args.l2} threshold {threshold:.2f} (out of fold)")
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
    vectors = design(decisions)
    w = fit(vectors.x, vectors.y, args.l2)
    for spec in args.check:
        name, path = spec.split("=", 1)
        check = _load([Path(path)])
        picks = _picks(check, vectors.index, w)
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
