"""The labelled merges that today's rules still make, and their precision, by split.

    python data/merges/current.py CORPUS.db data/merges/key.jsonl data/merges/labels.jsonl

Groups the corpus's names with the rules as they are now (as ``make_todo.py`` reads them), keeps
the labelled items whose two names are still one person, and prints the share labelled "same" of
those judged: over all items, over items whose two articles are both PolNeAR train, and over items
with a dev article. A merge the labelled set does not hold is listed: it has no label.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from make_todo import _distinct, _names, _places  # type: ignore[import-not-found]

from quotegraph.graph.identity import explain_grouping

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear" / "train.jsonl"


def main(db: str, key_path: str, labels_path: str) -> None:
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    places = _places(connection)
    articles_of: dict[str, set[str]] = defaultdict(set)
    for (article, _), (key, _) in places.items():
        articles_of[key].add(article)

    def apart(pairs: object) -> set[tuple[str, str]]:
        return {
            (a, b)
            for a, b in pairs  # type: ignore[attr-defined]
            if any(_distinct(places, art, a, b) for art in articles_of[a] & articles_of[b])
        }

    groups, joins = explain_grouping(_names(connection), [], apart)
    person = {key: index for index, group in enumerate(groups) for key in group.keys}
    train = {json.loads(line)["id"] for line in TRAIN.read_text(encoding="utf-8").splitlines()}
    todo = {item["id"]: item for item in _read(Path(key_path).with_name("todo.jsonl"))}
    labels = {item["id"]: item["label"] for item in _read(labels_path)}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    labelled = set()
    for key in _read(key_path):
        if not key["merged"]:
            continue
        labelled.add(frozenset((key["a"], key["b"])))
        if person[key["a"]] != person[key["b"]]:
            counts["no longer merged"][labels[key["id"]]] += 1
            continue
        item = todo[key["id"]]
        split = "train" if {item["a"]["article"], item["b"]["article"]} <= train else "dev"
        for where in ("all", split, f"{split}, {key['rule']}"):
            counts[where][labels[key["id"]]] += 1
    for where, found in sorted(counts.items()):
        judged = found["same"] + found["different"]
        share = f"{found['same'] / judged:.3f}" if judged else "n/a"
        print(f"{where:<24} same {found['same']:>3} / judged {judged:>3} = {share}  {dict(found)}")
    for join in joins:
        if frozenset((join.name, join.other)) not in labelled:
            print(f"not labelled: {join.rule}: {join.name} + {join.other}")


def _read(path: str | Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
