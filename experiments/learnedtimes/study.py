"""The learned time fallback read as a classifier on the tuning slices' decisions (``learned_time/extract.py``).

    python experiments/learnedtimes/study.py fills WEIGHTS DEC.jsonl ...      # the shipped model's fills by feature
    python experiments/learnedtimes/study.py show WEIGHTS DEC.jsonl ...       # its fills, one a line, for reading

A decision is a paired statement the rules leave with no time; its fill is the best candidate when its probability
reaches the threshold: right (shares content with the annotated time), wrong (another annotated time) or a false fill
(annotated null). Tuning slices only (train-a, train-d, train-f): their articles may be read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from quotegraph.nlp.resolve.carrying.learned_times import load_model


def _decisions(paths: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in Path(p).read_text().splitlines() if line.strip()]


def outcome(d: dict[str, Any], label: int) -> str:
    if d["gold"] is None:
        return "false"
    return "right" if label else "wrong"


def fills(weights: str, paths: list[str], show: bool) -> None:
    model = load_model(Path(weights))
    by_feature: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for d in _decisions(paths):
        scored = [(model.probability(c["features"]), c) for c in d["candidates"]]
        if not scored:
            continue
        p, best = max(scored, key=lambda pair: pair[0])
        if p < model.threshold:
            continue
        kind = outcome(d, best["label"])
        total[kind] += 1
        for name, v in best["features"].items():
            if v:
                by_feature[name][kind] += 1
        if show:
            f = sorted(k for k, v in best["features"].items() if v and not k.startswith(("kind=", "type=", "article_")))
            print(
                f"{kind:5} {p:.2f} {d['group'][:40]} | {best['text']!r} -> gold {d['gold']!r} | {d['content'][:70]!r}"
            )
            print("      " + " ".join(f))
    print("total", dict(total))
    for name, c in sorted(by_feature.items(), key=lambda kv: (kv[1]["right"] - kv[1]["false"], kv[0])):
        n = sum(c.values())
        if n >= 4:
            print(
                f"{name:40} right {c['right']:3} wrong {c['wrong']:3} false {c['false']:3}  prec {c['right'] / n:.2f}"
            )


if __name__ == "__main__":
    fills(sys.argv[2], sys.argv[3:], sys.argv[1] == "show")
