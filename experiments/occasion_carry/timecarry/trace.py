"""Trace the carrier on chosen articles of a cached tuning slice: each statement's own fields, the step of
``OccasionCarrier.hold`` that gave its occasion, and what it holds.

    python experiments/occasion_carry/timecarry/trace.py GOLD.jsonl CACHE_DIR ID_PREFIX [...]
    python experiments/occasion_carry/timecarry/trace.py PAGE.html [...]   (tuned news pages only)
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import quotegraph
from quotegraph.io import read
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying import carrier as carrier_module
from quotegraph.nlp.resolving import resolve

PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "news-pages"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "news_pages"))
from score import HELD_OUT, listed_pages  # type: ignore[import-not-found]  # noqa: E402

STEPS = ("_named_elsewhere", "_joined", "_restated", "_new_occasion", "_carried")


def _show(value: Any) -> str:
    if value is None:
        return "-"
    span = getattr(value, "span", value)
    return repr(str(span.text)[:40])


def main(args: list[str]) -> None:
    last: list[str] = []
    for step in STEPS:
        original = getattr(carrier_module.OccasionCarrier, step)

        def wrapped(self: Any, *args: Any, _original: Any = original, _step: str = step) -> Any:
            result = _original(self, *args)
            if result is not None and not last:
                last.append(_step)
            return result

        setattr(carrier_module.OccasionCarrier, step, wrapped)
    hold = carrier_module.OccasionCarrier.hold

    def traced(self: Any, statement: Any) -> Any:
        last.clear()
        own = self.by_speaker.get(statement.speaker)
        held = hold(self, statement)
        s, h = statement.stated, held.stated
        frame = (
            None if own is None else (_show(own.stated.channel), _show(own.stated.time), own.paragraph, _show(own.day))
        )
        print(
            f"  p{statement.paragraph} @{statement.position} spk={statement.speaker} para={statement.paraphrase}"
            f" own=({_show(s.channel)},{_show(s.addressee)},{_show(s.time)})"
            f" frame={frame}"
            f" step={last[0] if last else '?'} -> ({_show(h.channel)},{_show(h.addressee)},{_show(h.time)})"
            f" carried={sorted(held.carried)}"
        )
        return held

    carrier_module.OccasionCarrier.hold = traced  # type: ignore[method-assign]
    if args[0].endswith(".html"):
        held = listed_pages(HELD_OUT)
        for page in args:
            assert page not in held, "held-out pages are not read"
            [article] = read(str(PAGES / page))
            print(page)
            text = str(article.text)
            paragraphs = text.split("\n\n")
            for n, paragraph in enumerate(paragraphs):
                print(f"   [{n}] {paragraph[:160]!r}")
            quotegraph.extract(text, article.published, id=article.id)
        return
    gold_path, cached, prefixes = Path(args[0]), Path(args[1]), args[2:]
    nlp = load_pipeline()
    rows = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    for row, doc, found in zip(rows, docs, candidates, strict=True):
        if not any(str(row["id"]).startswith(p) for p in prefixes):
            continue
        print(row["id"])
        doc._.published = row.get("date")
        resolve(doc, found)


if __name__ == "__main__":
    main(sys.argv[1:])
