"""Learned carry selector against the carried-occasion rules: train cross-validation, then a check set or dev.

    .venv/bin/python experiments/carry_selector/run.py TRAIN.jsonl OCCASIONS.jsonl \
        [--check TRAINC.jsonl data/occasion/train-c.jsonl] \
        [--dev ../shared/data/polnear/dev.jsonl data/occasion/dev.jsonl] [--weights OUT.json] [--train-cap N]

TRAIN.jsonl holds the annotated PolNeAR train articles and OCCASIONS.jsonl their occasion lines (``articles.py``
here writes both; the first try used ``head -n 60 ../shared/data/polnear/train.jsonl`` and
``data/occasion/train.jsonl``). Runs the pipeline once per file, recording what ``carry_occasions`` is given
(statements, scene settings) and what the rules carried; then scores, in memory, the rules, the selector
choosing every carried field ("full") and the selector choosing only where the rules carry nothing
("fallback", a candidate taken when its score beats "none" by ``margin``). Five folds by article on train
(with --train-cap, each fold trained on only the first N of its training articles); the weights trained on
all of train are written to --weights (carry-selector-v1.json by default) and scored on --check and --dev.
Per field: accuracy (stated / carried), false fill, and right values and false fills against the rules.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import selector

import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.evaluation.occasion import paired_annotations, read_occasions, score_occasions, shares_content
from quotegraph.evaluation.polnear import evaluate, read_gold
from quotegraph.nlp import load_pipeline
from quotegraph.nlp.resolve.carrying.occasion_records import FIELDS, Held
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.settings import ATTRIBUTION_TYPES, load_settings

WEIGHTS = Path(__file__).with_name("carry-selector-v1.json")
MARGINS = (0.0, 0.5, 1.0)
L2 = 1.0
NONE_FEATURES = ("none_bias", "none_no_rule", "none_held_view", "none_states_other", "none_no_speaker")


class Recorded:
    """One gold file run through the pipeline: gold rows, system rows, per article the carrier's inputs,
    the rules' output, the candidates, and the annotated fields of each system statement paired by content."""

    def __init__(self, gold_path: str, occasion_path: str) -> None:
        calls: list[dict[str, Any]] = []
        rules = resolving_occasions.carry_occasions

        def recording(statements: Any, settings: Any, entries: Any = (), headline: bool = False) -> list[Held]:
            held = rules(statements, settings, entries, headline)
            calls.append(
                {
                    "statements": statements,
                    "settings": settings,
                    "held": held,
                    "fresh": sorted(set(entries) | ({1} if headline else set())),
                }
            )
            return held

        resolving_occasions.carry_occasions = recording  # type: ignore[assignment]
        try:
            settings = load_settings({"types": ",".join(ATTRIBUTION_TYPES)})
            self.gold = read_gold(Path(gold_path))
            self.rows = evaluate(load_pipeline(settings), self.gold, settings).system_rows
        finally:
            resolving_occasions.carry_occasions = rules
        self.occasions = read_occasions(Path(occasion_path))
        self.rules = [c["held"] for c in calls]
        self.choices = [selector.carry_choices(c["statements"], c["settings"], c["held"], c["fresh"]) for c in calls]
        self.annotated = [
            paired_annotations(g, row["attributions"], self.occasions)
            for g, row in zip(self.gold, self.rows, strict=True)
        ]

    def score(self, helds: list[list[Held]]) -> dict[str, float | int]:
        rows = []
        for gold, row, held in zip(self.gold, self.rows, helds, strict=True):
            attributions = [
                dict(a, **{f: _field(gold["text"], h, f) for f in FIELDS})
                for a, h in zip(row["attributions"], held, strict=True)
            ]
            rows.append({"id": row["id"], "attributions": attributions})
        return score_occasions(self.gold, rows, self.occasions)


def _text(text: str, value: Any) -> str:
    span = selector._span(value)
    return text[span.start_char : span.end_char]


def _field(text: str, held: Held, name: str) -> dict[str, Any] | None:
    value = getattr(held.stated, name)
    return None if value is None else {"text": _text(text, value), "carried": name in held.carried}


def _none_features(
    candidates: list[selector.Choice], held_view: bool, states_other: bool, no_speaker: bool
) -> dict[str, float]:
    return {
        "none_bias": 1.0,
        "none_no_rule": float(not any(c.features.get("rule") for c in candidates)),
        "none_held_view": float(held_view),
        "none_states_other": float(states_other),
        "none_no_speaker": float(no_speaker),
    }


def _matrix(candidates: list[selector.Choice], names: list[str]) -> np.ndarray:
    first = candidates[0].features if candidates else {}
    rows = [c.features for c in candidates]
    rows.append(
        _none_features(
            candidates, bool(first.get("held_view")), bool(first.get("states_other")), bool(first.get("no_speaker"))
        )
    )
    return np.array([[r.get(n, 0.0) for n in names] for r in rows])


def _examples(
    rec: Recorded, articles: list[int], name: str, names: list[str], fallback: bool
) -> list[tuple[np.ndarray, int]]:
    """(candidate matrix, index of the right one; the last row is "none") per paired statement and field."""
    found = []
    for k in articles:
        text = rec.gold[k]["text"]
        for i, fields in enumerate(rec.choices[k]):
            if i not in rec.annotated[k] or name not in fields:
                continue
            if fallback and getattr(rec.rules[k][i].stated, name) is not None:
                continue
            candidates, wanted = fields[name], rec.annotated[k][i][name]
            if wanted is None:
                right = len(candidates)
            else:
                hits = [j for j, c in enumerate(candidates) if shares_content(_text(text, c.value), wanted["text"])]
                if not hits:
                    continue  # no candidate can be right: nothing to learn about choosing
                right = hits[0]
            found.append((_matrix(candidates, names), right))
    return found


def reachable(rec: Recorded, name: str) -> tuple[int, int, int]:
    """Over paired statements the selector may choose for (the field not stated): annotated values, those
    some candidate matches, and those the rules' choice matches."""
    counts = [0, 0, 0]
    for k, article in enumerate(rec.choices):
        text = rec.gold[k]["text"]
        for i, fields in enumerate(article):
            wanted = rec.annotated[k].get(i, {}).get(name) if i in rec.annotated[k] else None
            if name not in fields or wanted is None:
                continue
            hits = [shares_content(_text(text, c.value), wanted["text"]) for c in fields[name]]
            counts[0] += 1
            counts[1] += any(hits)
            counts[2] += any(h and c.features.get("rule") for h, c in zip(hits, fields[name], strict=True))
    return counts[0], counts[1], counts[2]


def fit(examples: list[tuple[np.ndarray, int]], size: int, iterations: int = 400, rate: float = 0.5) -> np.ndarray:
    """Conditional logit by gradient descent with an L2 penalty (all examples stacked: a softmax per group)."""
    w = np.zeros(size)
    if not examples:
        return w
    stacked = np.vstack([m for m, _ in examples])
    lengths = np.array([len(m) for m, _ in examples])
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    group = np.repeat(np.arange(len(examples)), lengths)
    wanted = stacked[starts + np.array([r for _, r in examples])].sum(axis=0)
    for _ in range(iterations):
        s = stacked @ w
        s = s - np.maximum.reduceat(s, starts)[group]
        p = np.exp(s)
        p /= np.add.reduceat(p, starts)[group]
        grad = L2 * w + stacked.T @ p - wanted
        w -= rate * grad / len(examples)
    return w


def choose(rec: Recorded, k: int, weights: dict[str, np.ndarray], names: list[str], margin: float | None) -> list[Held]:
    """Article ``k``'s occasions: full choice (``margin`` None) or fallback where the rules carry nothing."""
    chosen = []
    for held, fields in zip(rec.rules[k], rec.choices[k], strict=True):
        values = {n: getattr(held.stated, n) for n in FIELDS}
        carried = set(held.carried)
        for name, candidates in fields.items():
            if margin is not None and (values[name] is not None or not candidates):
                continue
            s = _matrix(candidates, names) @ weights[name]
            best = int(np.argmax(s[:-1])) if candidates else -1
            take = candidates and (
                s[best] - s[-1] > (margin or 0.0) if margin is not None else best == int(np.argmax(s))
            )
            values[name] = candidates[best].value if take else None
            carried = carried | {name} if take else carried - {name}
        chosen.append(Held(Stated(**values), frozenset(carried)))
    return chosen


def _counts(scores: dict[str, float | int], f: str) -> tuple[int, int]:
    """Right values and false fills of field ``f`` (the scorer gives rates and their denominators)."""
    right = round(scores[f"occasion_{f}_acc"] * scores[f"occasion_{f}_n"])
    return right, round(scores[f"occasion_{f}_false_fill"] * scores[f"occasion_{f}_null_n"])


def brief(scores: dict[str, float | int], rules: dict[str, float | int] | None = None) -> str:
    """Per field: accuracy (stated / carried), false fill; against ``rules``, right values and false fills added."""
    parts = []
    for f in FIELDS:
        text = (
            f"{f} {scores[f'occasion_{f}_acc']:.3f} ({scores[f'occasion_{f}_stated_acc']:.3f}"
            f"/{scores[f'occasion_{f}_carried_acc']:.3f}) ff {scores[f'occasion_{f}_false_fill']:.3f}"
        )
        if rules is None:
            right, false = _counts(scores, f)
            text += f" [{right}/{scores[f'occasion_{f}_n']}, ff {false}/{scores[f'occasion_{f}_null_n']}]"
        else:
            (right, false), (base_right, base_false) = _counts(scores, f), _counts(rules, f)
            text += f" [{right - base_right:+d}/{false - base_false:+d}]"
        parts.append(text)
    return "  ".join(parts)


def held_out(label: str, rec: Recorded, final: dict[str, dict[str, np.ndarray]], names: list[str]) -> None:
    """The rules, the full selector and the fallback at each margin on a set never trained on."""
    rules = rec.score(rec.rules)
    print(f"{label} rules            ", brief(rules), flush=True)
    print(
        f"{label} full             ",
        brief(rec.score([choose(rec, k, final["full"], names, None) for k in range(len(rec.gold))]), rules),
    )
    for margin in MARGINS:
        print(
            f"{label} fallback margin={margin}",
            brief(rec.score([choose(rec, k, final["fallback"], names, margin) for k in range(len(rec.gold))]), rules),
            flush=True,
        )


def feature_names(rec: Recorded) -> list[str]:
    seen = {
        n for article in rec.choices for fields in article for cs in fields.values() for c in cs for n in c.features
    }
    return sorted(seen) + list(NONE_FEATURES)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("train")
    parser.add_argument("train_occasions")
    parser.add_argument("--dev", nargs=2)
    parser.add_argument("--check", nargs=2, help="a check set (articles, occasions) scored like dev, e.g. train-c")
    parser.add_argument("--weights", default=str(WEIGHTS), help="where the weights trained on all of train go")
    parser.add_argument(
        "--train-cap",
        type=int,
        help="train each fold (and the final weights) on only its first N articles in file order",
    )
    args = parser.parse_args()
    started = time.process_time()
    train = Recorded(args.train, args.train_occasions)
    names = feature_names(train)
    articles = list(range(len(train.gold)))
    folds = [articles[i::5] for i in range(5)]
    print(
        f"{len(articles)} articles, {train.score(train.rules)['occasion_matched']} paired annotated statements;"
        f" pipeline {time.process_time() - started:.0f} s CPU",
        flush=True,
    )
    rules = train.score(train.rules)
    print("train rules          ", brief(rules), flush=True)
    for label, fallback, margins in (("full", False, (None,)), ("fallback", True, MARGINS)):
        weights = [
            {
                n: fit(
                    _examples(train, [a for a in articles if a not in fold][: args.train_cap], n, names, fallback),
                    len(names),
                )
                for n in FIELDS
            }
            for fold in folds
        ]
        for margin in margins:
            helds = list(train.rules)
            for fold, w in zip(folds, weights, strict=True):
                for k in fold:
                    helds[k] = choose(train, k, w, names, margin)
            print(f"train CV {label} margin={margin}", brief(train.score(helds), rules), flush=True)
    final = {
        mode: {
            n: fit(_examples(train, articles[: args.train_cap], n, names, mode == "fallback"), len(names))
            for n in FIELDS
        }
        for mode in ("full", "fallback")
    }
    for mode in ("full", "fallback"):
        sizes = {n: len(_examples(train, articles, n, names, mode == "fallback")) for n in FIELDS}
        print(f"{mode} training examples (annotated none or a candidate right), all articles: {sizes}")
    for n in FIELDS:
        total, some, rule = reachable(train, n)
        print(
            f"{n}: {total} annotated values to choose for, a candidate right for {some}, the rules' choice for {rule}"
        )
    print(f"CV and final fits done: {time.process_time() - started:.0f} s CPU so far", flush=True)
    Path(args.weights).write_text(
        json.dumps(
            {
                "features": names,
                "weights": {m: {n: w.round(4).tolist() for n, w in ws.items()} for m, ws in final.items()},
            },
            indent=1,
        )
        + "\n"
    )
    for label, files in (("check", args.check), ("dev", args.dev)):
        if files:
            held_out(label, Recorded(*files), final, names)
    print(f"total {time.process_time() - started:.0f} s CPU")


if __name__ == "__main__":
    main()
