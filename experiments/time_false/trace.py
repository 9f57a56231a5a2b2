"""Which step wrote each statement's time: the resolving stage re-run on cached parses (as ``fast.py run`` does), the
learned fallback applied apart so that the times it sets are marked, and rule constants optionally turned off.

    python experiments/time_false/trace.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl --output SYS.jsonl \
        [--off scenes.EVENT_DAYS --off occasions.DATED_JUST_BEFORE ...]

The output rows are ``quotegraph eval``'s with one key more on each attribution, ``time_writer``: "learned" when the
fallback set the time, else "stated" (the statement's own sentence, ``carried`` false) or "carried". The engine's
output is not changed: the mark is added here, to the rows this script writes.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import quotegraph.nlp.resolving as resolving
from quotegraph.evaluation.metrics import score
from quotegraph.evaluation.occasion import read_occasions, score_occasions
from quotegraph.model import ArticleResult, Attribution
from quotegraph.model.codec import encode_result
from quotegraph.nlp.memo import document_text
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.learned_times import with_learned_times
from quotegraph.settings import Settings

# More keys for an attribution whose time is set, from it before and after the learned fallback
# (``experiments/timefalsefill/provenance.py`` names the rule that wrote it)
Marker = Callable[[Attribution, Attribution], dict[str, str]]

_PACKAGES = ("quotegraph.nlp.resolve.carrying", "quotegraph.nlp.resolve.stated", "quotegraph.nlp")


def turn_off(name: str) -> None:
    """``module.CONSTANT`` set False in the module found under one of ``_PACKAGES``."""
    module_name, _, constant = name.rpartition(".")
    for package in _PACKAGES:
        try:
            module = importlib.import_module(f"{package}.{module_name}")
        except ModuleNotFoundError:
            continue
        if not hasattr(module, constant):
            raise SystemExit(f"{module.__name__} has no {constant}")
        setattr(module, constant, False)
        return
    raise SystemExit(f"no module {module_name}")


def run(
    gold_path: Path,
    cached: Path,
    occasions: Path,
    output: Path,
    off: list[str],
    learned: bool,
    marker: Marker | None = None,
) -> None:
    for name in off:
        turn_off(name)
    nlp = load_pipeline()
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    kept = Settings().kept_types
    rows: list[dict[str, Any]] = []
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        doc._.published = row.get("date")
        entities, ruled = resolving.resolve(doc, found, learned=False)
        attributions = with_learned_times(doc, document_text(doc), ruled, entities) if learned else list(ruled)
        writers = []
        marks: list[dict[str, str]] = []
        for before, after in zip(ruled, attributions, strict=True):
            if after.time is None:
                writers.append(None)
            elif before.time is None:
                writers.append("learned")
            else:
                writers.append("carried" if after.time.carried else "stated")
            marks.append({} if marker is None or after.time is None else marker(before, after))
        result = ArticleResult(
            id=str(row["id"]),
            entities=tuple(entities),
            attributions=tuple(a for a in attributions if a.type in kept),
            published=row.get("date"),
        )
        encoded = json.loads(encode_result(result))
        kept_writers = [(w, m) for a, w, m in zip(attributions, writers, marks, strict=True) if a.type in kept]
        for attribution, (writer, mark) in zip(encoded["attributions"], kept_writers, strict=True):
            attribution["time_writer"] = writer
            attribution.update(mark)
        rows.append(encoded)
    scores = {**score(gold, rows), **score_occasions(gold, rows, read_occasions(occasions))}
    keys = [f"occasion_time{k}" for k in ("_acc", "_stated_acc", "_carried_acc", "_false_fill")]
    print(json.dumps({"off": off, "learned": learned, **{k: scores.get(k) for k in keys}}))
    output.write_text("".join(json.dumps(r) + "\n" for r in rows))


def arguments() -> argparse.ArgumentParser:
    """The command line of a traced run: gold, cached parses, occasions and the output, with ``--off`` and
    ``--no-learned`` (``timefalsefill/provenance.py`` reads the same)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--off", action="append", default=[])
    parser.add_argument("--no-learned", action="store_true")
    return parser


def main(marker: Marker | None = None) -> None:
    args = arguments().parse_args()
    run(args.gold, args.cache_dir, args.occasions, args.output, args.off, not args.no_learned, marker)


if __name__ == "__main__":
    main()
