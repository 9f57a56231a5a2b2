"""Gold cues a cross-validated run finds and misses, split by whether they hold a word the cue lexicons class.

``python experiments/cue_features/misses.py TRAIN.jsonl CV.jsonl CACHE_DIR``: a gold cue is found when a system cue
shares a character with it; it is "class" when one of its words has a lexicon class (``features._lemma_class``
other than none). Also counts the missed unclassed cues by the part of speech of their head word.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from quotegraph.nlp.find.features import _lemma_class
from quotegraph.nlp.training.corpus import load_gold, parsed_docs


def main(train: Path, run_path: Path, cache: Path) -> None:
    articles = load_gold(train)
    docs = list(parsed_docs(train, articles, cache))
    run = {r["id"]: r for r in map(json.loads, run_path.read_text(encoding="utf-8").splitlines())}
    counts: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for doc, article in zip(docs, articles, strict=True):
        rows = run.get(article.id, {}).get("attributions", [])
        system = [{i for s, e in a["cue"] for i in range(s, e)} for a in rows]
        for attribution in article.attributions:
            chars = {i for s, e in attribution.cue for i in range(s, e)}
            tokens = [t for t in doc if t.idx in chars]
            if not tokens:
                continue
            found = any(chars & s for s in system)
            classed = any(_lemma_class(t) != "none" for t in tokens)
            counts[f"{'found' if found else 'missed'} {'class' if classed else 'no class'}"] += 1
            if not found and not classed:
                outside = [t for t in tokens if t.head.i == t.i or t.head.idx not in chars]
                heads[(outside or tokens)[0].pos_] += 1
    print(json.dumps(dict(counts)))
    print("missed, no class, by head part of speech:", json.dumps(dict(heads.most_common(8))))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
