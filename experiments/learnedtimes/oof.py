"""Out of fold (5 folds by article / page, the shipped training's folds and fit) on the committed decisions of
`times-v1` (train-d and the blind-written pages): each best candidate's features counted as right / wrong / annotated
null at the shipped threshold, then the threshold swept with the gate `BEFORE_THE_SPEAKER_ENTERS` off and on.

    python experiments/learnedtimes/oof.py [--gated]     # --gated: the feature table of the fills the gate leaves
"""

import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from quotegraph.nlp.training.learned_times import design, fit, fold_of, probabilities, read_decisions

decs = list(read_decisions(Path("data/learned_time/decisions-v1.jsonl.gz")))
pages = set(Path("data/learned_time/blind-pages.txt").read_text().split())
# the best candidate of each decision out of fold, with its row (out_of_fold gives its probability and label only)

rows = design(decs)
folds = np.array([fold_of(d["group"]) for d in decs])
best = {}
for fold in range(5):
    x, y, _ = rows.rows(folds != fold)
    w = fit(x, y, 1.0)
    keep = folds == fold
    chosen = keep[rows.owners]
    pr = probabilities(rows.x[chosen], w)
    idx = np.flatnonzero(chosen)
    for p, i in zip(pr, idx, strict=True):
        o = rows.owners[i]
        if o not in best or p > best[o][0]:
            best[o] = (p, i)
cands = [(di, c) for di, d in enumerate(decs) for c in d["candidates"]]
by = defaultdict(Counter)
for o, (p, i) in best.items():
    if p < 0.47:
        continue
    d = decs[o]
    c = cands[i][1]
    if "--gated" in sys.argv and c["features"].get("speaker_first_named_after"):
        continue
    k = "false" if d["gold"] is None else ("right" if c["label"] else "wrong")
    part = "P" if d["group"] in pages else "D"
    by["ALL"][k + part] += 1
    for n, v in c["features"].items():
        if v:
            by[n][k + part] += 1
for n, c in sorted(by.items(), key=lambda kv: kv[1]["rightD"] + kv[1]["rightP"] - kv[1]["falseD"] - kv[1]["falseP"]):
    if sum(c.values()) >= 5:
        print(f"{n:35} D {c['rightD']}/{c['wrongD']}/{c['falseD']}  P {c['rightP']}/{c['wrongP']}/{c['falseP']}")
print("---- thresholds, gate off/on (D = train-d, P = blind pages), right/wrong/false")
for t in [0.47, 0.5, 0.55, 0.6, 0.65, 0.7]:
    out = []
    for gate in (False, True):
        c = Counter()
        for o, (p, i) in best.items():
            if p < t:
                continue
            cf = cands[i][1]["features"]
            if gate and cf.get("speaker_first_named_after"):
                continue
            d = decs[o]
            part = "P" if d["group"] in pages else "D"
            k = "false" if d["gold"] is None else ("right" if cands[i][1]["label"] else "wrong")
            c[k + part] += 1
        out.append(f"D {c['rightD']}/{c['wrongD']}/{c['falseD']} P {c['rightP']}/{c['wrongP']}/{c['falseP']}")
    print(t, " | ".join(out))
