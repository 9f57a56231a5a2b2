"""Each statement's time with the rule that gave it: the resolving stage re-run on cached parses (as ``fast.py run``
does) with the time phrases and the statements' occasions traced to the function that made them.

    python experiments/timefalsefill/provenance.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl --output SYS.jsonl

The output rows are ``quotegraph eval``'s with three keys more on each attribution that has a time:
``time_writer`` ("stated": the statement's own occasion; "carried": a carrying rule; "learned": the fallback of
``carrying/learned_times.py``, as ``experiments/time_false/trace.py`` marks them), ``time_reader`` (the functions that
read the time phrase, "module.function", innermost first) and ``time_carrier``
(for a carried time: the carrying functions that built the statement's held occasion, innermost first). The engine is
not changed: the constructors of ``TimePhrase`` and ``Held`` are wrapped in this process only, to note who called them.
Tuning slices only (train-d, train-a, train-f); never the check slices, dev or the held-out pages.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from spacy.tokens import DocBin

import quotegraph.nlp.resolving as resolving
import quotegraph.nlp.resolving_output as resolving_output
from quotegraph.evaluation.metrics import score
from quotegraph.evaluation.occasion import read_occasions, score_occasions
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.memo import document_text
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.learned_times import with_learned_times
from quotegraph.nlp.resolve.carrying.occasion_records import Held
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.settings import Settings

_OWN = "/quotegraph/nlp/"
# frames that build or copy a record and decide nothing: skipped when naming the rule
_PLUMBING = {"__init__", "replace", "filled", "carried_whole", "addressed_after_carrying", "_traced", "<lambda>"}
_DEPTH = 4

_made_by: dict[int, tuple[Any, tuple[str, ...]]] = {}  # id of a phrase or a held occasion -> (it, its makers)
_told: dict[int, tuple[Any, Held]] = {}  # id of an output TimeRef -> (it, the held occasion it was written from)


def _makers(frame: FrameType | None) -> tuple[str, ...]:
    names: list[str] = []
    while frame is not None and len(names) < _DEPTH:
        path = frame.f_code.co_filename
        if _OWN in path and frame.f_code.co_name not in _PLUMBING:
            module = path.rsplit("/", 1)[-1].removesuffix(".py")
            names.append(f"{module}.{frame.f_code.co_name}")
        frame = frame.f_back
    return tuple(names)


def _inherited(made: Any, caller: FrameType) -> tuple[str, ...]:
    """A held occasion rebuilt from another whose time was carried (a later pass copying a statement's occasion,
    ``tagged.fill_from_tags``) keeps the makers of the one it was built from: found among its maker's local names."""
    if not isinstance(made, Held) or "time" not in made.carried or made.stated.time is None:
        return ()
    while caller is not None and caller.f_code.co_name in _PLUMBING:
        caller = caller.f_back  # type: ignore[assignment]
    for value in list(caller.f_locals.values()) if caller is not None else []:
        if (
            isinstance(value, Held)
            and value is not made
            and "time" in value.carried
            and value.stated.time is made.stated.time
            and id(value) in _made_by
        ):
            return _made_by[id(value)][1]
    return ()


def _traced(cls: type) -> None:
    original = cls.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        caller = sys._getframe(1)
        _made_by[id(self)] = (self, _inherited(self, caller) or _makers(caller))

    cls.__init__ = init  # type: ignore[misc]


def _install() -> None:
    _traced(TimePhrase)
    _traced(Held)
    original = resolving_output._time

    def told(text: str, held: Held) -> Any:
        time = original(text, held)
        if time is not None:
            _told[id(time)] = (time, held)
        return time

    resolving_output._time = told  # type: ignore[assignment]


def provenance(time: Any) -> tuple[str, str]:
    """The reader of ``time``'s phrase and the carriers of the held occasion it came from ("" when unknown)."""
    if id(time) not in _told:
        return "", ""
    _, held = _told[id(time)]
    phrase = held.stated.time
    reader = _made_by.get(id(phrase), (None, ()))[1]
    carrier = _made_by.get(id(held), (None, ()))[1] if "time" in held.carried else ()
    return " < ".join(reader), " < ".join(carrier)


def run(gold_path: Path, cached: Path, occasions: Path, output: Path) -> None:
    _install()
    nlp = load_pipeline()
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    kept = Settings().kept_types
    rows: list[dict[str, Any]] = []
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        doc._.published = row.get("date")
        entities, ruled = resolving.resolve(doc, found, learned=False)
        attributions = with_learned_times(doc, document_text(doc), ruled, entities)
        marks: list[dict[str, str] | None] = []
        for before, after in zip(ruled, attributions, strict=True):
            if after.time is None:
                marks.append(None)
            elif before.time is None:
                marks.append({"time_writer": "learned", "time_reader": "learned_times", "time_carrier": ""})
            else:
                reader, carrier = provenance(before.time)
                writer = "carried" if after.time.carried else "stated"
                marks.append({"time_writer": writer, "time_reader": reader, "time_carrier": carrier})
        result = ArticleResult(
            id=str(row["id"]),
            entities=tuple(entities),
            attributions=tuple(a for a in attributions if a.type in kept),
            published=row.get("date"),
        )
        encoded = json.loads(encode_result(result))
        kept_marks = [m for a, m in zip(attributions, marks, strict=True) if a.type in kept]
        for attribution, mark in zip(encoded["attributions"], kept_marks, strict=True):
            attribution.update(mark or {})
        rows.append(encoded)
        _made_by.clear()
        _told.clear()
    scores = {**score(gold, rows), **score_occasions(gold, rows, read_occasions(occasions))}
    keys = [f"occasion_time{k}" for k in ("_acc", "_stated_acc", "_carried_acc", "_false_fill")]
    print(json.dumps({k: scores.get(k) for k in keys}))
    output.write_text("".join(json.dumps(r) + "\n" for r in rows))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    run(args.gold, args.cache_dir, args.occasions, args.output)


if __name__ == "__main__":
    main()
