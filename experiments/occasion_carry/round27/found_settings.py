"""For each narrated-setting miss (settings_forms.py's rows), whether the scene reading found a setting holding the
annotated phrase, and for whom: told apart "never read" from "read but not carried" (narratedsettings).

Usage: found_settings.py GOLD_SLICE CACHE_DIR
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import quotegraph.nlp.resolving as resolving
import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.nlp.pipeline import load_pipeline

FIELDS = ("channel", "addressee", "time")


def main() -> None:
    gold_path, cached = sys.argv[1:3]
    rows = json.loads(Path("/tmp/narratedsettings-rows.json").read_text())
    wanted = {r[0] for r in rows}
    nlp = load_pipeline()
    gold = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(Path(cached) / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((Path(cached) / "candidates.pkl").read_bytes())
    orig = resolving_occasions.scene_settings
    now: dict[str, Any] = {}

    def scenes(*args: Any) -> Any:
        found = orig(*args)
        now["found"] = found
        return found

    resolving_occasions.scene_settings = scenes  # type: ignore[assignment]
    found_by: dict[str, list[tuple[str, int, int, int]]] = {}
    for row, doc, cands in zip(gold, docs, candidates, strict=True):
        if row["id"] not in wanted:
            continue
        doc._.published = row.get("date")
        now["found"] = []
        resolving.resolve(doc, cands)
        spans = []
        for s in now["found"]:
            for f in FIELDS:
                v = getattr(s.stated, f)
                if v is not None and hasattr(v, "span"):
                    spans.append((f, v.span.start_char, v.span.end_char, len(s.participants)))
                elif v is not None:
                    spans.append((f, v.start_char, v.end_char, len(s.participants)))
        found_by[row["id"]] = spans
    verdict: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    for aid, f, s0, s1, guard, form, verb, text in rows:
        hits = [h for h in found_by.get(aid, []) if h[1] < s1 and s0 < h[2]]
        key = "never read" if not hits else ("read, nobody" if all(h[3] == 0 for h in hits) else "read, for people")
        verdict[key] += 1
        arts[key].add(aid)
        print(f"{key:18s} [{f}] {guard} | {form} {verb} | {text[:110]!r}")
    for k, n in verdict.most_common():
        print(f"{n:5d} {len(arts[k]):4d}  {k}")


if __name__ == "__main__":
    main()
