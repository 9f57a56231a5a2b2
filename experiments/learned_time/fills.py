"""The fills of a model out of fold on its training files, for reading (tuning sets only).

python experiments/learned_time/fills.py L2 THRESHOLD TRAIN.jsonl [TRAIN2.jsonl ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import model


def main() -> None:
    l2, threshold = float(sys.argv[1]), float(sys.argv[2])
    decisions = model._load([Path(p) for p in sys.argv[3:]])
    vectors = model.Vectors(decisions)
    for fold in range(model.FOLDS):
        train = [d for d in decisions if model._fold(d["group"]) != fold]
        test = [d for d in decisions if model._fold(d["group"]) == fold]
        x, y, _ = vectors.matrix(train)
        w = model.fit(x, y, l2)
        for d in test:
            if not d["candidates"]:
                continue
            tx, _, _ = vectors.matrix([d])
            probs = 1.0 / (1.0 + np.exp(-(tx @ w)))
            k = int(np.argmax(probs))
            if probs[k] >= threshold:
                c = d["candidates"][k]
                how = "RIGHT" if c["label"] else "wrong" if d["gold"] else "FALSE"
                said = d.get("content", "")
                print(f"{how}\t{probs[k]:.2f}\t{d['group'][:40]}\t{c['text']!r}\tgold {d['gold']!r}\t{said!r}")


if __name__ == "__main__":
    main()
