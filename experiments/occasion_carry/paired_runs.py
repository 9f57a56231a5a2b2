"""A system run read beside its gold slice and occasion annotations, once for the carried-value diagnostics
(``carried_where.py``, ``far_breaks.py``, ``nearcarry/near.py``): each article's system attributions, the annotated
fields paired with them as the occasion scorer pairs them, and where its paragraphs start."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.paragraphs import Paragraphs

FIELDS = ("channel", "addressee", "time")
_OTHER = {"channel": "addressee", "addressee": "channel"}  # the scorer lets either carry the other's value


@dataclass(frozen=True)
class PairedArticle:
    gold: dict[str, Any]
    attrs: list[dict[str, Any]]
    pairs: dict[int, dict[str, Any]]  # system attribution index -> its annotated fields
    paragraphs: Paragraphs  # the resolver's: every non-empty line is one (a single line break parts two as well)

    @property
    def text(self) -> str:
        return str(self.gold["text"])

    def paragraph(self, offset: int) -> int:
        """The paragraph (from 0, the headline) that ``offset`` falls in, as the resolver numbers it."""
        return self.paragraphs.of(offset)


def paired_runs(gold_path: str | Path, occasions_path: str | Path, system_path: str | Path) -> Iterator[PairedArticle]:
    """The gold slice's articles that the run holds, in gold order."""
    occasions = read_occasions(Path(occasions_path))
    system = {row["id"]: row for row in map(json.loads, Path(system_path).read_text().splitlines())}
    for gold in map(json.loads, Path(gold_path).read_text().splitlines()):
        row = system.get(gold["id"])
        if row is None:
            continue
        attrs = row.get("attributions") or []
        yield PairedArticle(gold, attrs, paired_annotations(gold, attrs, occasions), Paragraphs(gold["text"]))


def field_text(attr: dict[str, Any], field: str) -> str | None:
    return (attr.get(field) or {}).get("text")


def statement_start(attr: dict[str, Any]) -> int:
    """Where a system statement starts: its content's first span, else its cue's."""
    spans = (attr.get("content") or {}).get("spans") or (attr.get("cue") or {}).get("spans") or [[0]]
    return int(spans[0][0])


def holds(attr: dict[str, Any], field: str, annotated: str) -> bool:
    """Whether the statement's value is right for the annotated one, as the scorer counts it."""
    if shares_content(field_text(attr, field), annotated):
        return True
    other = _OTHER.get(field)
    return other is not None and shares_content(field_text(attr, other), annotated)


def cached_docs(cache: str | Path) -> dict[str, Doc]:
    """The parses of a fast.py cache directory, by their text (to find a paired article's doc)."""
    nlp = load_pipeline()
    return {d.text: d for d in DocBin().from_disk(Path(cache) / "docs.spacy").get_docs(nlp.vocab)}


def paired_docs(
    gold_path: str | Path, occasions_path: str | Path, system_path: str | Path, cache: str | Path
) -> Iterator[tuple[PairedArticle, Doc]]:
    """``paired_runs``'s articles that the cache holds a parse of, each with it."""
    docs = cached_docs(cache)
    for article in paired_runs(gold_path, occasions_path, system_path):
        doc = docs.get(article.text)
        if doc is not None:
            yield article, doc
