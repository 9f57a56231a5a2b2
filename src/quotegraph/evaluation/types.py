"""Type accuracy: the attribution types quotegraph gives, against labels of gold attributions.

A label file (``data/types/*.jsonl``) gives the type of PolNeAR gold attributions, one
``{"article", "attribution", "type", ...}`` object a line. Two accuracies are measured:

- ``type_acc``: end to end. Each labelled gold attribution that the system found (matched on content
  overlap exactly as the attribution scores match them) counts once: right when the system
  attribution has the label's type. Gold attributions the system did not find are left out
  (``type_matched`` of ``type_labelled``).
- ``type_acc_gold_spans``: the type rules alone, on every labelled attribution, read from its gold
  cue and source spans in the same parse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.model import TYPES, Article, AttributionType
from quotegraph.model.codec import read_json_lines
from quotegraph.nlp import classify_type, parse_articles
from quotegraph.settings import Settings

__all__ = ["TypeLabels", "TypeReport", "read_type_labels", "type_report"]

TypeLabels = dict[tuple[str, str], AttributionType]  # (article id, gold attribution id) -> type
Confusion = Counter[tuple[str, str]]  # (label, system type) -> count


def _type_label(row: Any, where: str) -> tuple[tuple[str, str], AttributionType]:
    if not isinstance(row, dict) or not {"article", "attribution", "type"} <= row.keys():
        raise InputError(f"{where}: a type label needs article, attribution and type")
    if row["type"] not in TYPES:
        raise InputError(f"{where}: type {row['type']!r} is not one of {', '.join(TYPES)}")
    return (str(row["article"]), str(row["attribution"])), row["type"]


def read_type_labels(path: Path) -> TypeLabels:
    """The labels of a JSONL file; a malformed line or a label given twice is an ``InputError``."""
    labels: TypeLabels = {}
    for where, row in read_json_lines(path, "type labels"):
        key, kind = _type_label(row, where)
        if key in labels:
            raise InputError(f"{where}: {key[0]} {key[1]} is labelled twice")
        labels[key] = kind
    if not labels:  # else the accuracies are 0.0 over nothing, reported as if measured
        raise InputError(f"{path}: no type label (one JSON object a line: article, attribution, type)")
    return labels


def _accuracy(confusion: Confusion) -> float:
    total = sum(confusion.values())
    return round(sum(n for (label, got), n in confusion.items() if label == got) / total, 4) if total else 0.0


@dataclass
class TypeReport:
    """Confusion counts of the two measures; ``scores()`` gives the accuracies for ``quotegraph eval``."""

    labelled: int = 0
    matched: Confusion = field(default_factory=Counter)
    gold_spans: Confusion = field(default_factory=Counter)

    def scores(self) -> dict[str, float | int]:
        return {
            "type_acc": _accuracy(self.matched),
            "type_matched": sum(self.matched.values()),
            "type_labelled": self.labelled,
            "type_acc_gold_spans": _accuracy(self.gold_spans),
        }

    @staticmethod
    def table(confusion: Confusion) -> dict[str, dict[str, int]]:
        """Rows are labels, columns the types given: ``{"statement": {"statement": 330, ...}, ...}``."""
        return {label: {got: confusion[(label, got)] for got in TYPES} for label in TYPES}


def _attributions(row: Mapping[str, Any]) -> list[Any]:
    return list(row.get("attributions") or [])


def _role_spans(attribution: Mapping[str, Any], role: str) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in attribution.get(role) or []]


def _gold_span_types(nlp: Language, gold: Sequence[Mapping[str, Any]], settings: Settings) -> list[list[str]]:
    articles = [Article(id=str(row["id"]), text=row["text"], published=row.get("date")) for row in gold]
    docs = parse_articles(nlp, articles, settings)
    return [
        [classify_type(doc, _role_spans(a, "cue"), _role_spans(a, "source")) for a in _attributions(row)]
        for row, doc in zip(gold, docs, strict=True)
    ]


def type_report(
    nlp: Language,
    gold_rows: Iterable[Mapping[str, Any]],
    system_rows: Iterable[Mapping[str, Any]],
    labels: TypeLabels,
    settings: Settings | None = None,
) -> TypeReport:
    """Both measures over the gold articles that have labels (system rows by ``id``, as the scores read them)."""
    articles = {key[0] for key in labels}
    gold = [row for row in gold_rows if str(row["id"]) in articles]
    known = {(str(row["id"]), str(a.get("id"))) for row in gold for a in _attributions(row)}
    if unknown := len(labels.keys() - known):
        raise InputError(f"{unknown} type label(s) name an article or attribution the gold file does not have")
    system = {str(row["id"]): _attributions(row) for row in system_rows}
    report = TypeReport()
    for row, types in zip(gold, _gold_span_types(nlp, gold, settings or Settings()), strict=True):
        attributions = _attributions(row)
        keys = [(str(row["id"]), str(a.get("id"))) for a in attributions]
        report.labelled += sum(key in labels for key in keys)
        report.gold_spans.update((labels[key], got) for key, got in zip(keys, types, strict=True) if key in labels)
        found = system.get(str(row["id"]), [])
        for gi, pi in overlap_matches(row["text"], attributions, found):
            if keys[gi] in labels:
                report.matched[(labels[keys[gi]], str(found[pi].get("type", "statement")))] += 1
    return report
