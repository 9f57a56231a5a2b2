"""The fills of a model out of fold on its training files, for reading (tuning sets only).

python experiments/learned_time/fills.py L2 THRESHOLD TRAIN.jsonl [TRAIN2.jsonl ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import model
from quotegraph.nlp.training.learned_times import FOLDS, design, fit, fold_of, probabilities


def main() -> None:
    l2, threshold = float(sys.argv[1]), float(sys.argv[2])
    decisions = model._load([Path(p) for p in sys.argv[3:]])
    rows = design(decisions)
    folds = np.array([fold_of(d["group"]) for d in decisions], dtype=int)
    for fold in range(FOLDS):
        x, y, _ = rows.rows(folds != fold)
        w = fit(x, y, l2)
        for d in (d for d, f in zip(decisions, folds, strict=True) if f == fold):
            if not d["candidates"]:
                continue
            probs = probabilities(design([d], rows.index).x, w)
            k = int(np.argmax(probs))
            if probs[k] >= threshold:
                c = d["candidates"][k]
                how = "RIGHT" if c["label"] else "wrong" if d["gold"] else "FALSE"
                said = d.get("content", "")
                print(f"{how}\t{probs[k]:.2f}\t{d['group'][:40]}\t{c['text']!r}\tgold {d['gold']!r}\t{said!r}")


if __name__ == "__main__":
    main()
