"""Per statement of each train-d article: its speaker, held view, and each field after the carrier, after the tagger's
fills and at the end, so a miss can be told apart by the stage that left it (pickled to /tmp/carriedmiss/trace.pkl).

Usage: trace.py GOLD CACHE_DIR IDS_FILE
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import quotegraph.nlp.resolving as resolving
import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.nlp.pipeline import load_pipeline

FIELDS = ("channel", "addressee", "time")


def _text(v: Any) -> str | None:
    if v is None:
        return None
    return str(v.span.text if hasattr(v, "span") else v.text)


def main() -> None:
    gold_path, cached, ids_path = sys.argv[1:4]
    wanted = set(Path(ids_path).read_text().split())
    nlp = load_pipeline()
    import json

    gold = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(Path(cached) / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((Path(cached) / "candidates.pkl").read_bytes())
    stages: dict[str, Any] = {}
    orig_carry = resolving_occasions.carry_occasions
    orig_fill = resolving_occasions.fill_from_tags
    now: dict[str, Any] = {}

    def carry(statements: Any, *args: Any) -> Any:
        held = orig_carry(statements, *args)
        now["statements"] = statements
        now["carried"] = [{f: _text(getattr(h.stated, f)) for f in FIELDS} for h in held]
        return held

    def fill(*args: Any) -> Any:
        out = orig_fill(*args)
        now["filled"] = [{f: _text(getattr(h.stated, f)) for f in FIELDS} for h in out]
        return out

    resolving_occasions.carry_occasions = carry  # type: ignore[assignment]
    resolving_occasions.fill_from_tags = fill  # type: ignore[assignment]
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        if row["id"] not in wanted:
            continue
        doc._.published = row.get("date")
        resolving.resolve(doc, found)
        stages[row["id"]] = [
            {"position": s.position, "paragraph": s.paragraph, "speaker": s.speaker, "held_view": s.held_view,
             "paraphrase": s.paraphrase, "carried": c, "filled": f}
            for s, c, f in zip(now["statements"], now["carried"], now["filled"], strict=True)
        ]  # fmt: skip
    Path("/tmp/carriedmiss/trace.pkl").write_bytes(pickle.dumps(stages))


if __name__ == "__main__":
    main()
