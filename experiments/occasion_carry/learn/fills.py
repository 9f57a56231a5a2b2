"""What the adder fills: the chosen candidates of the trained model over rules-null decisions, by where the phrase is
(same speaker or another, paragraphs back, kind) and the statement (quote or paraphrase), with their outcomes.

    .venv/bin/python experiments/occasion_carry/learn/fills.py DECISIONS.jsonl WEIGHTS.json
"""

import json
import sys
from collections import Counter, defaultdict

import numpy as np

import model as lm

with open(sys.argv[2]) as fh:
    weights = json.load(fh)
decisions = lm.load(sys.argv[1], weights["reach"], tuple(weights.get("drop", ())))
for field in ("channel", "time"):
    m = weights["fields"][field]["adder"]
    vocab = lm.Vocab(list(m["weights"]))
    w = np.array([m["weights"][n] for n in vocab.names])
    pop = lm.population([d for d in decisions if d["field"] == field], "adder")
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for d, ps in zip(pop, lm.scores(pop, vocab, w), strict=True):
        if not ps or max(ps) < m["threshold"]:
            continue
        c = d["cands"][int(np.argmax(ps))]
        f = c["f"]
        same = next((n[5:] for n in f if n.startswith("same_") and "_back_" not in n), "?")
        stmt = "paraphrase" if f.get("st_paraphrase") else "quote"
        key = f"{c['kind']:9s} {same:9s} back {c['back']:2d} {stmt}"
        table[key][lm.outcome(d, c)] += 1
        table["all"][lm.outcome(d, c)] += 1
    print(f"== {field} adder fills (threshold {m['threshold']})")
    for key, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))[:14]:
        print(f"  {key:45s} right {c['right']:3d} wrong {c['wrong']:3d} ff {c['ff']:3d}")
