"""Out-of-fold figures of the learned time fallback with the shipped training code (``nlp.training.learned_times``):
the threshold chosen out of fold on the training decisions, the check sets scored by the model fitted on them all.

    python experiments/learned_time_v2/cv.py TRAIN.jsonl [TRAIN2.jsonl ...] [--check NAME=FILE ...] [--drop PREFIX ...]
        [--l2 L] [--save WEIGHTS.json]
    python experiments/learned_time_v2/cv.py --apply WEIGHTS.json FILE.jsonl ...    # a shipped model, as it is

Counts (aggregates only): ``right`` (the filled candidate shares content with the annotated time), ``wrong`` (an
annotated time, another phrase filled), ``false`` (filled where the annotation is null).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from quotegraph.nlp.resolve.carrying.learned_times import load_model
from quotegraph.nlp.training.learned_times import (
    L2,
    best_candidates,
    choose_threshold,
    design,
    fit,
    fitted_model,
    out_of_fold,
    probabilities,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learned_time"))
from model import counts


def _load(path: Path, drop: list[str]) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            d = json.loads(line)
            for c in d["candidates"]:
                c["features"] = {k: v for k, v in c["features"].items() if not any(k.startswith(p) for p in drop)}
            out.append(d)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--check", action="append", default=[])
    parser.add_argument("--drop", action="append", default=[])
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--apply", type=Path)
    # the first training file's decisions counted this many times in the fit and the threshold (its groups kept whole
    # in one fold); the figures below count each decision once
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if args.apply is not None:
        model = load_model(args.apply)
        for path in args.files:
            part = _load(path, args.drop)
            picks = [
                max(((model.probability(c["features"]), c["label"]) for c in d["candidates"]), default=(-1.0, 0))
                for d in part
            ]
            print(f"  {path.name} ({args.apply.name}):", json.dumps(counts(part, picks, model.threshold)))
        return
    parts = [(p.name, _load(p, args.drop)) for p in args.files]
    weighted = parts[0][1] * args.repeat + [d for _, part in parts[1:] for d in part]
    chosen_weighted = out_of_fold(weighted, args.l2)
    threshold = choose_threshold(weighted, chosen_weighted)
    decisions = [d for _, part in parts for d in part]
    chosen = chosen_weighted[(args.repeat - 1) * len(parts[0][1]) :]
    print(f"l2 {args.l2} threshold {threshold:.2f} (out of fold), {len(decisions)} decisions")
    at = 0
    for name, part in parts:
        mine = chosen[at : at + len(part)]
        at += len(part)
        print(f"  {name} out of fold:", json.dumps(counts(part, mine, threshold)))
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"    out of fold at {t}:", json.dumps(counts(decisions, chosen, t)))
    rows = design(weighted)
    index = rows.index
    w = fit(rows.x, rows.y, args.l2)
    for spec in args.check:
        name, path = spec.split("=", 1)
        check = _load(Path(path), args.drop)
        checked = design(check, index)
        picks = best_candidates(len(check), probabilities(checked.x, w), checked.owners, checked.y)
        print(f"  {name}:", json.dumps(counts(check, picks, threshold)))
        for t in (0.4, 0.5, 0.6):
            c = counts(check, picks, t)
            print(f"    at {t}: right {c['right']} wrong {c['wrong']} false {c['false']}")
    if args.save is not None:
        fitted = fitted_model(weighted, args.l2)
        args.save.write_text(json.dumps(fitted, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        top = sorted(index, key=lambda k: -abs(w[index[k]]))[:30]
        for k in top:
            print(f"    {w[index[k]]:+.2f} {k}")


if __name__ == "__main__":
    main()
