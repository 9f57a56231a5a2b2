"""Every field's outcome, before and after, on the articles a channel change touched: the fast loop's resolving on
those articles alone, set against a full run's output (``fast.py run --output``).

    python experiments/channel_false/fields_diff.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl BEFORE_SYSTEM.jsonl ID ...
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from spacy.tokens import DocBin

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import read_occasions, shares_content
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings

FIELDS = ("channel", "addressee", "time")


def _outcomes(row: dict, attrs: list, annotated: dict) -> dict[tuple[str, str], str]:
    out = {}
    for gi, pi in overlap_matches(row["text"], row["attributions"], attrs):
        fields = annotated.get(str(row["attributions"][gi].get("id")))
        if fields is None:
            continue
        s = attrs[pi]
        for f in FIELDS:
            others = (f,) if f == "time" else ("channel", "addressee")
            got = {o: (s.get(o) or {}).get("text") for o in others}
            want = fields.get(f)
            if want is None:
                out[(row["attributions"][gi]["id"], f)] = "ff " + str(got[f]) if got[f] is not None else "null"
            else:
                right = any(shares_content(v, want["text"]) for v in got.values())
                out[(row["attributions"][gi]["id"], f)] = ("right " if right else "miss ") + str(got[f])
    return out


def main() -> None:
    gold_path, cache, occ, before_path, *ids = sys.argv[1:]
    nlp = load_pipeline()
    gold = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(Path(cache) / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((Path(cache) / "candidates.pkl").read_bytes())
    before = {json.loads(line)["id"]: json.loads(line) for line in Path(before_path).read_text().splitlines()}
    occasions = read_occasions(Path(occ))
    kept = Settings().kept_types
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        if row["id"] not in ids:
            continue
        doc._.published = row.get("date")
        entities, attributions = resolve(doc, found)
        result = ArticleResult(
            id=row["id"], entities=tuple(entities), attributions=tuple(a for a in attributions if a.type in kept)
        )
        after = json.loads(encode_result(result))
        annotated = occasions.get(row["id"], {})
        b = _outcomes(row, before[row["id"]].get("attributions") or [], annotated)
        a = _outcomes(row, after.get("attributions") or [], annotated)
        for key in sorted(b.keys() | a.keys()):
            if b.get(key) != a.get(key):
                print(row["id"][:45], key, b.get(key), "->", a.get(key))


if __name__ == "__main__":
    main()
