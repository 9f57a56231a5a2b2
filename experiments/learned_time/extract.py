"""The decisions of a learned time fallback: for each statement the system leaves with no time, the time phrases
the system already reads earlier in the article, each with generic features and whether it is the annotated time.

    python experiments/learned_time/extract.py polnear GOLD.jsonl CACHE_DIR OCCASIONS.jsonl OUT.jsonl
    python experiments/learned_time/extract.py pages CACHE_DIR OUT.jsonl

One JSON line per decision: ``group`` (article or page), ``gold`` (the annotated time or null), ``candidates`` (each
``text``, ``start``, ``end``, ``features``, ``label``: shares content with the annotated time, the scorer's test).
Paired statements only: PolNeAR's as the occasion scorer pairs them, a page's as ``score.py`` does. A page statement
with no expected time counts as an annotated null (pages list a statement's time whenever the writer gave one).

Candidates: every time phrase ``timeexpr.find_times`` reads in the sentences from ``REACH_PARAGRAPHS`` paragraphs back
to the statement's own sentence (a phrase inside the statement's own content apart), and every earlier statement's
time as the system gives it (clauses and phrases the expression search does not read), one per span.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content
from quotegraph.model import ArticleResult, Attribution, Entity
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.learned_times import time_candidates
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from score import PAGES, _holding

CONTENT_SHOWN = 90  # chars of the statement kept in a decision, for reading what a fill changed


def _decisions(doc: Doc, attributions: list[Attribution], entities: dict[str, Entity]) -> dict[int, list[Any]]:
    return time_candidates(doc, doc.text, attributions, list(entities.values()))


def _decision(
    group: str, attributions: list[Attribution], index: int, found: list[Any], gold: str | None
) -> dict[str, Any]:
    candidates = [
        {
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "features": c.features,
            "label": int(gold is not None and shares_content(c.text, gold)),
        }
        for c in found
    ]
    content = attributions[index].content
    said = "" if content is None else content.text[:CONTENT_SHOWN]
    return {"group": group, "statement": index, "content": said, "gold": gold, "candidates": candidates}


def _resolved(doc: Doc, found: Any) -> tuple[list[Attribution], dict[str, Any]]:
    entities, attributions = resolve(doc, found, learned=False)  # the statements the rules leave
    kept = Settings().kept_types
    return [a for a in attributions if a.type in kept], {e.id: e for e in entities}


def polnear(gold_path: Path, cached: Path, occasions_path: Path) -> Iterator[dict[str, Any]]:
    nlp = load_pipeline()
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    occasions = read_occasions(occasions_path)
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        doc._.published = row.get("date")
        attributions, entities = _resolved(doc, found)
        result = ArticleResult(
            id=str(row["id"]),
            entities=tuple(entities.values()),
            attributions=tuple(attributions),
            published=row.get("date"),
        )
        encoded = json.loads(encode_result(result))
        paired = paired_annotations(row, encoded["attributions"], occasions)
        found = _decisions(doc, attributions, entities)
        for index, fields in sorted(paired.items()):
            if attributions[index].time is not None:
                continue
            t = fields.get("time")
            yield _decision(str(row["id"]), attributions, index, found[index], str(t["text"]) if t else None)


def pages(cached: Path) -> Iterator[dict[str, Any]]:
    nlp = load_pipeline()
    rows = json.loads((cached / "pages.json").read_text())
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    for row, doc, found in zip(rows, docs, candidates, strict=True):
        doc._.published = row["published"]
        attributions, entities = _resolved(doc, found)
        decided = _decisions(doc, attributions, entities)
        done = set()
        for statement in expected[row["page"]]["statements"]:
            holding = _holding(attributions, statement)
            if not holding:
                continue
            index = attributions.index(holding[0])
            if index in done or attributions[index].time is not None:
                continue
            done.add(index)
            yield _decision(row["page"], attributions, index, decided[index], statement.get("time"))


def main() -> None:
    if sys.argv[1] == "polnear":
        decisions = polnear(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
        out = Path(sys.argv[5])
    else:
        decisions = pages(Path(sys.argv[2]))
        out = Path(sys.argv[3])
    with out.open("w") as handle:
        for d in decisions:
            handle.write(json.dumps(d) + "\n")


if __name__ == "__main__":
    main()
