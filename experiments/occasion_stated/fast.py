"""Re-run only the resolving stage on cached parses, to measure occasion rules in seconds rather than minutes.

    python experiments/occasion_stated/fast.py cache GOLD.jsonl CACHE_DIR     # parse + find once (minutes)
    python experiments/occasion_stated/fast.py run GOLD.jsonl CACHE_DIR OCCASIONS.jsonl [--output SYS.jsonl] [--refind]

``cache`` parses each article with the base pipeline as ``quotegraph eval`` does and finds its candidates
(neither reads the resolving code this experiment changes); ``run`` resolves them again with the current
code and scores attributions and occasions as ``quotegraph eval`` does. ``quotegraph eval`` stays the
measure that is reported; this is for iterating on a tuning slice. ``--refind`` finds the candidates again on the
cached parses with the current code (for a change in finding that leaves parsing alone: what ``quotegraph eval`` would
give without the minutes of parsing; the thirty-sixth set's speakernames).
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

from spacy.tokens import DocBin

from quotegraph.evaluation.metrics import score
from quotegraph.evaluation.occasion import read_occasions, score_occasions
from quotegraph.model import Article, ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.pipeline import load_pipeline, parse_articles
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings


def _gold(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def cache(gold_path: Path, out: Path) -> None:
    nlp = load_pipeline()
    gold = _gold(gold_path)
    articles = [Article(id=str(r["id"]), text=str(r["text"]), published=r.get("date")) for r in gold]  # type: ignore[arg-type]
    docs = parse_articles(nlp, articles)
    candidates = [find_candidates(doc) for doc in docs]
    out.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(out / "docs.spacy")
    (out / "candidates.pkl").write_bytes(pickle.dumps(candidates))
    print(f"{len(docs)} articles cached in {out}")


def run(gold_path: Path, cached: Path, occasions: Path, output: Path | None, refind: bool = False) -> None:
    nlp = load_pipeline()
    gold = _gold(gold_path)
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = (
        [find_candidates(doc) for doc in docs] if refind else pickle.loads((cached / "candidates.pkl").read_bytes())
    )
    kept = Settings().kept_types
    rows = []
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        doc._.published = row.get("date")
        entities, attributions = resolve(doc, found)
        result = ArticleResult(
            id=str(row["id"]),
            entities=tuple(entities),
            attributions=tuple(a for a in attributions if a.type in kept),
            published=row.get("date"),  # type: ignore[arg-type]
        )
        rows.append(json.loads(encode_result(result)))
    scores = {**score(gold, rows), **score_occasions(gold, rows, read_occasions(occasions))}
    keys = ["attribution_f1", "source_acc"]
    kinds = ("_acc", "_stated_acc", "_carried_acc", "_false_fill")
    keys += [f"occasion_{f}{k}" for f in ("channel", "addressee", "time") for k in kinds]
    print(json.dumps({k: scores.get(k) for k in keys}))
    if output is not None:
        output.write_text("".join(json.dumps(r) + "\n" for r in rows))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("cache", "run"))
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("occasions", type=Path, nargs="?")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--refind", action="store_true", help="find the candidates again on the cached parses")
    args = parser.parse_args()
    if args.mode == "cache":
        cache(args.gold, args.cache_dir)
    else:
        run(args.gold, args.cache_dir, args.occasions, args.output, args.refind)


if __name__ == "__main__":
    main()
