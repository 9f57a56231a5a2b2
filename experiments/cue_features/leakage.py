"""Whether the cues-v2 gains on a held-out fold come from word classes that only the held-out fold taught.

``type_cues.tsv`` was read off the cue heads of all 840 train articles, so under 2-fold cross-validation a class
entry may owe its place to the held-out fold. For each gold cue the variant finds and the baseline does not, this
lists the class lemmas among its words (``features._lemma_class`` other than none) and whether each lemma is also a
gold cue word of the fold the model was trained on. A gain whose class lemmas all occur as cues in the training
fold is not owed to leakage.

``python experiments/cue_features/leakage.py TRAIN.jsonl BASE_CV.jsonl VARIANT_CV.jsonl CACHE_DIR`` (the CV files
joined as in the README: fold B's output, then fold A's).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from quotegraph.nlp.find.features import _lemma_class
from quotegraph.nlp.training.corpus import load_gold, parsed_docs

FOLD = 420  # articles per cross-validation half


def main(train: Path, base_path: Path, variant_path: Path, cache: Path) -> None:
    articles = load_gold(train)
    docs = list(parsed_docs(train, articles, cache))
    runs = []
    for path in (base_path, variant_path):
        rows = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        runs.append(rows)
    cue_lemmas: list[set[str]] = [set(), set()]  # gold cue lemmas of each half
    for n, (doc, article) in enumerate(zip(docs, articles, strict=True)):
        chars = {i for a in article.attributions for s, e in a.cue for i in range(s, e)}
        cue_lemmas[n >= FOLD].update(t.lemma_.lower() for t in doc if t.idx in chars)
    verdict: Counter[str] = Counter()
    for n, (doc, article) in enumerate(zip(docs, articles, strict=True)):
        trained_on = cue_lemmas[n < FOLD]  # the other half
        systems = [
            [{i for s, e in a["cue"] for i in range(s, e)} for a in run.get(article.id, {}).get("attributions", [])]
            for run in runs
        ]
        for attribution in article.attributions:
            chars = {i for s, e in attribution.cue for i in range(s, e)}
            found = [any(chars & s for s in system) for system in systems]
            if not chars or found[0] or not found[1]:
                continue
            classed = {t.lemma_.lower() for t in doc if t.idx in chars and _lemma_class(t) != "none"}
            if not classed:
                verdict["gain, no class word"] += 1
            elif classed <= trained_on:
                verdict["gain, class words all cues in the training half"] += 1
            else:
                verdict["gain, a class word never a cue in the training half"] += 1
                print("held-out only:", sorted(classed - trained_on))
    print(json.dumps(dict(verdict)))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
