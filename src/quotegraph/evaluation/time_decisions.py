"""The training decisions of the learned time fallback, read from PolNeAR train 84-473 and the blind-written pages
(here, beside the scorer whose pairing and content test they use; ``nlp.training.learned_times`` fits them).

    python -m quotegraph.evaluation.time_decisions TRAIN.jsonl OCCASIONS.jsonl PAGES_LIST OUT.jsonl

Each paired statement the rules leave with no time gives one decision: its group (article or page), the annotated
time or null, and its candidates (``learned_times.time_candidates``) with their features and whether each shares
content with the annotated time (the occasion scorer's test).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from quotegraph.errors import ConfigError, main_status
from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content
from quotegraph.evaluation.polnear import read_gold
from quotegraph.io import read
from quotegraph.model import Article, ArticleResult, Attribution
from quotegraph.model.codec import encode_result
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.pipeline import load_pipeline, parse_articles
from quotegraph.nlp.resolve.carrying.learned_times import TimeCandidate, time_candidates
from quotegraph.nlp.resolving import resolve

__all__ = ["write_decisions"]

TRAIN_D = slice(84, 474)  # PolNeAR train's tuning slice: 0-83 are train-a and the check set train-c


def _decision(group: str, found: list[TimeCandidate], gold: str | None) -> dict[str, Any]:
    candidates = [
        {"features": c.features, "label": int(gold is not None and shares_content(c.text, gold))} for c in found
    ]
    return {"group": group, "gold": gold, "candidates": candidates}


def _polnear(train: Path, occasions_path: Path) -> Iterator[dict[str, Any]]:
    gold = read_gold(train)[TRAIN_D]
    occasions = read_occasions(occasions_path)
    articles = [Article(id=str(r["id"]), text=str(r["text"]), published=r.get("date")) for r in gold]
    nlp = load_pipeline()
    for row, doc in zip(gold, parse_articles(nlp, articles), strict=True):
        entities, attributions = resolve(doc, find_candidates(doc), learned=False)
        result = ArticleResult(id=str(row["id"]), entities=tuple(entities), attributions=tuple(attributions))
        paired = paired_annotations(row, json.loads(encode_result(result))["attributions"], occasions)
        found = time_candidates(doc, doc.text, attributions, entities)
        for index, fields in sorted(paired.items()):
            if attributions[index].time is None:
                time = fields.get("time")
                yield _decision(str(row["id"]), found[index], str(time["text"]) if time else None)


def _holding(found: list[Attribution], content: str) -> Attribution | None:
    return next((a for a in found if a.content is not None and content in a.content.text), None)


def _pages(listed: Path) -> Iterator[dict[str, Any]]:
    names = listed.read_text(encoding="utf-8").split()
    folder = listed.resolve().parents[2] / "tests" / "fixtures" / "news-pages"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    articles = []
    for name in names:
        [article] = read(str(folder / name))
        if isinstance(article, Article):
            articles.append(article)
    nlp = load_pipeline()
    for name, doc in zip(names, parse_articles(nlp, articles), strict=True):
        entities, attributions = resolve(doc, find_candidates(doc), learned=False)
        found = time_candidates(doc, doc.text, attributions, entities)
        done: set[int] = set()
        for statement in expected[name]["statements"]:
            held = _holding(attributions, statement["content"])
            if held is None or held.time is not None or attributions.index(held) in done:
                continue
            done.add(attributions.index(held))
            yield _decision(name, found[attributions.index(held)], statement.get("time"))


def write_decisions(train: Path, occasions: Path, pages: Path, out: Path) -> None:
    """Every decision of PolNeAR train-d and of the pages listed in ``pages``, one JSON line each, to ``out``."""
    with out.open("w", encoding="utf-8") as handle:
        for decision in (*_pages(pages), *_polnear(train, occasions)):
            handle.write(json.dumps(decision, sort_keys=True) + "\n")


def main(argv: Sequence[str]) -> None:
    if len(argv) != 4:
        raise ConfigError(__doc__ or "")
    write_decisions(*(Path(a) for a in argv))


if __name__ == "__main__":
    import sys

    sys.exit(main_status(lambda: main(sys.argv[1:])))
