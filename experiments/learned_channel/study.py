"""The learned channel / addressee fallback's study: decisions, out-of-fold figures, and the fallback applied.

    python experiments/learned_time/pages_cache.py tuned /tmp/lc/pages          # parse the 177 tuned pages once
    python experiments/learned_channel/study.py decisions FIELD OUT.jsonl      # train-d, train-a, train-c, pages
    python experiments/learned_channel/study.py measure FIELD DECISIONS.jsonl [--train d,pages] [--l2 1]

``decisions`` reads the statements the rules (and the learned time fallback) leave with no FIELD, on cached parses
(``/work/annotations/cache28``) of PolNeAR train-d, train 0-59 and train-c (paired with the occasion gold as the scorer
pairs them) and on the 177 tuned news pages (the held-out pages are never parsed: ``/work/annotations/heldout.txt``),
and writes each with its candidates' features, their labels (sharing content with the annotated value) and the
annotated value. ``measure`` fits on the chosen training sets, five folds grouped by article or page, chooses the
threshold out of fold on them, and counts right values and false fills per set (out of fold on the sets trained on).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))

import channels
from channels import ChannelCandidate, channel_candidates

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content
from quotegraph.model import ArticleResult, Attribution
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolving import resolve
from quotegraph.nlp.training.learned_times import (
    FOLDS,
    THRESHOLDS,
    best_candidates,
    design,
    fit,
    fold_of,
    probabilities,
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "news-pages"
BLIND = ROOT / "data" / "learned_time" / "blind-pages.txt"
CACHES = Path("/work/annotations/cache28")
SLICES = {"d": ("/tmp/train-d.jsonl", "data/occasion/train-d.jsonl"),
          "a": ("/tmp/train-a.jsonl", "data/occasion/train.jsonl"),
          "c": ("/tmp/train-c.jsonl", "data/occasion/train-c.jsonl")}  # fmt: skip
PAGE_CACHE = Path("/tmp/lc/pages")
CURVE = (0.3, 0.4, 0.5, 0.6, 0.7)  # thresholds the figures are also printed at (right / false fills / wrong)


def _decision(
    group: str, found: list[ChannelCandidate], gold: str | None, other: str | None, **extra: Any
) -> dict[str, Any]:
    candidates = [
        {"features": c.features, "text": c.text, "label": int(gold is not None and shares_content(c.text, gold))}
        for c in found
    ]
    # the scorer counts a channel right that the addressee holds (and the other way round): such a decision is right
    # already whatever is filled
    already = gold is not None and shares_content(other, gold)
    return {"group": group, "gold": gold, "already": already, "candidates": candidates, **extra}


def _other(a: Attribution, field: str) -> str | None:
    value = a.addressee if field == "channel" else a.channel
    return value.text if value is not None else None


def _polnear(key: str, field: str) -> Iterator[dict[str, Any]]:
    gold_path, occasions_path = SLICES[key]
    gold = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
    occasions = read_occasions(ROOT / occasions_path)
    nlp = load_pipeline()
    cached = CACHES / f"train-{key}"
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    found_all = pickle.loads((cached / "candidates.pkl").read_bytes())
    for row, doc, found in zip(gold, docs, found_all, strict=True):
        doc._.published = row.get("date")
        entities, attributions = resolve(doc, found)
        result = ArticleResult(id=str(row["id"]), entities=tuple(entities), attributions=tuple(attributions))
        paired = paired_annotations(row, json.loads(encode_result(result))["attributions"], occasions)
        cands = channel_candidates(doc, doc.text, attributions, entities, field)
        for index, fields in sorted(paired.items()):
            if getattr(attributions[index], field) is None:
                value = fields.get(field)
                yield _decision(
                    str(row["id"]), cands[index], str(value["text"]) if value else None,
                    _other(attributions[index], field), set=key,
                )  # fmt: skip


def _pages(field: str) -> Iterator[dict[str, Any]]:
    expected = json.loads((PAGES / "expected.json").read_text())
    blind = set(BLIND.read_text().split())
    nlp = load_pipeline()
    meta = [(row["page"], row["published"]) for row in json.loads((PAGE_CACHE / "pages.json").read_text())]
    docs = list(DocBin().from_disk(PAGE_CACHE / "docs.spacy").get_docs(nlp.vocab))
    found_all = pickle.loads((PAGE_CACHE / "candidates.pkl").read_bytes())
    for (name, published), doc, found in zip(meta, docs, found_all, strict=True):
        doc._.published = published
        entities, attributions = resolve(doc, found)
        cands = channel_candidates(doc, doc.text, attributions, entities, field)
        done: set[int] = set()
        for statement in expected[name]["statements"]:
            held = next(
                (a for a in attributions if a.content is not None and statement["content"] in a.content.text), None
            )
            if held is None or getattr(held, field) is not None or attributions.index(held) in done:
                continue
            index = attributions.index(held)
            done.add(index)
            yield _decision(
                name, cands[index], statement.get(field), _other(held, field), set="pages", blind=name in blind
            )


def decisions(field: str, out: Path) -> None:
    with out.open("w") as handle:
        for key in SLICES:
            for d in _polnear(key, field):
                handle.write(json.dumps(d, sort_keys=True) + "\n")
        for d in _pages(field):
            handle.write(json.dumps(d, sort_keys=True) + "\n")


def _best(ds: Sequence[dict[str, Any]], w: np.ndarray, index: dict[str, int]) -> list[tuple[float, int]]:
    rows = design(ds, index, crosses=False)
    return best_candidates(len(ds), probabilities(rows.x, w), rows.owners, rows.y)


def _trainable(d: dict[str, Any]) -> bool:
    return d["set"] != "pages" or d.get("blind", False)


def _count(ds: Sequence[dict[str, Any]], picks: Sequence[tuple[float, int]], t: float) -> tuple[int, int, int, int]:
    """Right values gained, false fills added, wrong values given to annotated ones, decisions with gold."""
    right = false = wrong = 0
    for d, (p, label) in zip(ds, picks, strict=True):
        if p >= t and not d["already"]:
            if d["gold"] is None:
                false += 1
            elif label:
                right += 1
            else:
                wrong += 1
    return right, false, wrong, sum(d["gold"] is not None for d in ds)


def measure(field: str, path: Path, train: set[str], l2: float, cost: float, out: Path | None = None) -> None:
    ds = [json.loads(line) for line in path.read_text().splitlines()]
    train_ds = [d for d in ds if d["set"] in train and _trainable(d)]
    train_rows = design(train_ds, crosses=False)  # no feature crosses
    index = train_rows.index
    train_folds = np.array([fold_of(d["group"]) for d in train_ds], dtype=int)
    picks: dict[int, tuple[float, int]] = {}
    ids = {id(d): i for i, d in enumerate(ds)}
    for fold in range(FOLDS):
        x, y, _ = train_rows.rows(train_folds != fold)
        w = fit(x, y, l2)
        # every decision of a group in this fold (trained on or not) is scored by this fold's model: out of fold
        # for the sets trained on; for the others, a fifth of the data less, which is near the full fit
        fold_ds = [d for d in ds if fold_of(d["group"]) == fold]
        for d, pick in zip(fold_ds, _best(fold_ds, w, index), strict=True):
            picks[ids[id(d)]] = pick
    chosen = [picks[i] for i in range(len(ds))]
    in_train = [i for i, d in enumerate(ds) if d["set"] in train and _trainable(d)]

    def net(t: float) -> float:
        r, f, _, _ = _count([ds[i] for i in in_train], [chosen[i] for i in in_train], t)
        return r - cost * f

    threshold = max(THRESHOLDS, key=lambda t: (net(t), t))
    print(f"{field} trained on {sorted(train)} l2={l2} cost={cost}: threshold {threshold}")
    if out is not None:
        weights = [round(float(v), 6) for v in fit(train_rows.x, train_rows.y, l2)]
        model = {"field": field, "threshold": threshold, "l2": l2, "index": index, "weights": weights}
        out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n")
    for name in ("d", "a", "c", "pages"):
        sel = [i for i, d in enumerate(ds) if d["set"] == name]
        for label, keep in (("all", sel), ("blind", [i for i in sel if ds[i].get("blind")])):
            if name != "pages" and label == "blind":
                continue
            r, f, wr, g = _count([ds[i] for i in keep], [chosen[i] for i in keep], threshold)
            nulls = sum(ds[i]["gold"] is None for i in keep)
            print(f"  {name:5} {label:5}: decisions {len(keep)} (annotated {g}, null {nulls}): +{r} right, +{f} false"
                  f" fills, {wr} wrong values on annotated")  # fmt: skip
            curve = [_count([ds[i] for i in keep], [chosen[i] for i in keep], t)[:3] for t in CURVE]
            print(
                "        at " + ", ".join(f"{t}: +{r} / +{f} / {w}" for t, (r, f, w) in zip(CURVE, curve, strict=True))
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("decisions", "measure"))
    parser.add_argument("args", nargs="*")
    parser.add_argument("--train", default="d,pages")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--cost", type=float, default=1.0)
    parser.add_argument("--reach", type=int, help="decisions: paragraphs back (sentences back 3.5 times as many)")
    parser.add_argument("--save", type=Path, help="write the model fitted on every training decision here")
    a = parser.parse_args()
    if a.mode == "decisions":
        if a.reach:
            channels.REACH_PARAGRAPHS, channels.REACH_SENTENCES = a.reach, int(3.5 * a.reach)
        decisions(a.args[0], Path(a.args[1]))
    else:
        measure(a.args[0], Path(a.args[1]), set(a.train.split(",")), a.l2, a.cost, a.save)


if __name__ == "__main__":
    main()
