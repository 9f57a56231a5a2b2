"""PolNeAR-style gold files: read them, run the pipeline on their texts, score the output."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.evaluation.metrics import score
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.model.codec import encode_result, read_json_lines
from quotegraph.model.periods import day_of
from quotegraph.nlp import extract_many
from quotegraph.settings import Settings

__all__ = ["EvalRun", "check_floors", "evaluate", "read_floors", "read_gold"]


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold rows of a JSONL file (``id``, ``text``, ``attributions``, optional ``date``); a file
    without any is an ``InputError``, not a report of zeros."""
    rows: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for where, row in read_json_lines(path, "gold file"):
        checked = _gold_row(row, where)
        if checked["id"] in seen:  # the scores would pair one article's system rows with both
            raise InputError(f"{where}: id {checked['id']!r} again (first at {seen[checked['id']]})")
        seen[checked["id"]] = where
        rows.append(checked)
    if not rows:
        raise InputError(f"{path}: no gold article (one JSON object a line: id, text, attributions)")
    return rows


def _gold_row(row: Any, where: str) -> dict[str, Any]:
    """The row with its id as a string, or an ``InputError`` naming what is wrong with it: a value of the wrong
    kind was a traceback from deep in the scorer (a null ``attributions``, a ``text`` that is a number), or worse
    a report of zeros (attributions that are a string; an id 5 the system row names "5")."""
    if not isinstance(row, dict) or not {"id", "text", "attributions"} <= row.keys():
        raise InputError(f"{where}: a gold line needs id, text and attributions")
    given = row["id"]
    if isinstance(given, bool) or not isinstance(given, str | int) or given == "":
        raise InputError(f"{where}: the id is {given!r}, not a string")
    if not isinstance(row["text"], str):
        raise InputError(f"{where}: the text is {row['text']!r:.60}, not a string")
    attributions = row["attributions"]
    if not isinstance(attributions, list) or not all(isinstance(a, dict) for a in attributions):
        raise InputError(
            f"{where}: attributions are a list of objects (content, cue, source), not {attributions!r:.60}"
        )
    for number, attribution in enumerate(attributions):
        for role in ("content", "cue", "source"):
            _check_fragments(attribution.get(role), len(row["text"]), f"{where}: attribution {number} {role}")
    date = row.get("date")
    if date is not None and not (isinstance(date, str) and day_of(date) is not None):
        raise InputError(f"{where}: the date is {date!r}, not a date (YYYY-MM-DD); leave it out or null")
    return {**row, "id": str(given)}


def _check_fragments(value: Any, length: int, where: str) -> None:
    """A role is null, ``[start, end]``, a list of them, or an object whose ``spans`` is one (as the scorer's
    ``_role_frags`` reads it), each inside the text of ``length`` characters."""
    spans = value.get("spans") if isinstance(value, dict) else value
    if not spans:
        return
    fragments = [spans] if isinstance(spans, list) and isinstance(spans[0], int) else spans
    for fragment in fragments if isinstance(fragments, list) else [fragments]:
        if not (
            isinstance(fragment, list)
            and len(fragment) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in fragment)
        ):
            raise InputError(f"{where}: a fragment is [start, end] in characters, not {fragment!r:.60}")
        if not 0 <= fragment[0] <= fragment[1] <= length:
            raise InputError(f"{where}: fragment {fragment} is not inside the text (0 to {length:,})")


@dataclass(frozen=True)
class EvalRun:
    """Scores of one evaluation and the system rows they were computed from."""

    scores: dict[str, float | int]
    system_rows: list[dict[str, Any]]
    failures: list[Failure]


def _system_rows(nlp: Language, gold: list[dict[str, Any]], settings: Settings) -> Iterator[ArticleResult | Failure]:
    articles = (Article(id=str(row["id"]), text=row["text"], published=row.get("date")) for row in gold)
    return extract_many(nlp, articles, settings)


def evaluate(nlp: Language, gold: list[dict[str, Any]], settings: Settings | None = None) -> EvalRun:
    """Runs the whole pipeline on each gold text (published = its ``date``) and scores the output."""
    settings = settings or Settings()
    rows: list[dict[str, Any]] = []
    failures: list[Failure] = []
    for outcome in _system_rows(nlp, gold, settings):
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            rows.append(json.loads(encode_result(outcome)))  # score exactly what the CLI writes
    return EvalRun(scores=score(gold, rows), system_rows=rows, failures=failures)


def read_floors(path: Path) -> dict[str, float]:
    """The pinned floors of a JSON file (``{"score": number, ...}``); ``InputError`` naming the file
    when it is not that, so a bad file is reported before a run, not as a traceback after it."""
    try:
        floors = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the floors file ({exc})") from None
    except ValueError as exc:
        raise InputError(f"{path}: not JSON ({exc})") from None
    if not isinstance(floors, dict):
        raise InputError(f"{path}: floors are an object of score names and numbers")
    for name, floor in floors.items():
        if isinstance(floor, bool) or not isinstance(floor, int | float):
            raise InputError(f"{path}: the floor of {name} is {floor!r}, not a number")
    return {name: float(floor) for name, floor in floors.items()}


def check_floors(scores: Mapping[str, float | int], floors: Mapping[str, float]) -> list[str]:
    """One message per score below its pinned floor (or missing); empty when all floors hold."""
    problems = []
    for name, floor in sorted(floors.items()):
        value = scores.get(name)
        if value is None:
            problems.append(f"{name}: no such score")
        elif not value >= floor:  # a NaN score compares False both ways: it is no score above a floor
            problems.append(f"{name}: {value:.4f} is below the floor {floor:.4f}")
    return problems
