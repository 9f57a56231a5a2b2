"""What a carry policy would give if applied after the system: fill the null fields of a run's statements from
the values its other statements already hold, and score the result with the occasion scorer.

    python experiments/occasion_carry/policy_sim.py GOLD OCCASIONS SYSTEM [POLICY ...]

Every policy only fills a field the system left null, from a value some earlier statement of the same run holds,
so it measures a carrying mechanism before it is built. Printed per policy and field: right values gained, false
fills added, and in how many articles each happened (a rule whose gain sits in one article does not transfer).
"""

from __future__ import annotations

import copy
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from paired_runs import FIELDS, field_text, paired_runs, statement_start

from quotegraph.evaluation.occasion import OccasionScorer

Attr = dict[str, Any]


def _speaker(attr: Attr) -> str | None:
    return (attr.get("speaker") or {}).get("entity")


def _order(attrs: list[Attr]) -> list[int]:
    return sorted(range(len(attrs)), key=lambda i: statement_start(attrs[i]))


def _carry(target: Attr, field: str, giver: Attr) -> None:
    value = dict(giver[field])
    value["carried"] = True
    target[field] = value


def same_speaker(max_paragraphs: int, through_others: bool) -> Callable[..., None]:
    """The speaker's latest earlier value, if set within ``max_paragraphs``; unless ``through_others``, only when no
    other speaker's statement stands between."""

    def policy(attrs: list[Attr], paragraph: Callable[[int], int]) -> None:
        order = _order(attrs)
        for field in FIELDS:
            for n, i in enumerate(order):
                if field_text(attrs[i], field) or _speaker(attrs[i]) is None:
                    continue
                here = paragraph(statement_start(attrs[i]))
                for j in reversed(order[:n]):
                    if _speaker(attrs[j]) != _speaker(attrs[i]):
                        if through_others:
                            continue
                        break
                    if here - paragraph(statement_start(attrs[j])) > max_paragraphs:
                        break
                    if field_text(attrs[j], field):
                        _carry(attrs[i], field, attrs[j])
                        break

    return policy


def previous_any(max_paragraphs: int) -> Callable[..., None]:
    """The value of the statement just before (any speaker), if within ``max_paragraphs``."""

    def policy(attrs: list[Attr], paragraph: Callable[[int], int]) -> None:
        order = _order(attrs)
        for field in FIELDS:
            for n, i in enumerate(order):
                if n == 0 or field_text(attrs[i], field):
                    continue
                j = order[n - 1]
                gap = paragraph(statement_start(attrs[i])) - paragraph(statement_start(attrs[j]))
                if gap <= max_paragraphs and field_text(attrs[j], field):
                    _carry(attrs[i], field, attrs[j])

    return policy


def only_value(same_speaker_only: bool) -> Callable[..., None]:
    """When the run's statements hold one distinct value for a field in the whole article, every later null takes it
    (with ``same_speaker_only``, only the setter's own later statements)."""

    def policy(attrs: list[Attr], paragraph: Callable[[int], int]) -> None:
        order = _order(attrs)
        for field in FIELDS:
            values = {field_text(attrs[i], field) for i in order} - {None}
            if len(values) != 1:
                continue
            setters = [i for i in order if field_text(attrs[i], field)]
            first = setters[0]
            start = statement_start(attrs[first])
            for i in order:
                if field_text(attrs[i], field) or statement_start(attrs[i]) <= start:
                    continue
                if same_speaker_only and _speaker(attrs[i]) not in {_speaker(attrs[s]) for s in setters}:
                    continue
                _carry(attrs[i], field, attrs[first])

    return policy


def continuing(cues: frozenset[str], fields: tuple[str, ...]) -> Callable[..., None]:
    """For a statement whose cue's lemma is one of ``cues`` (a continuation: "added", "noted"), the value of its
    speaker's latest statement that holds one, when only that speaker's statements stand between (carrypolicy)."""

    def policy(attrs: list[Attr], paragraph: Callable[[int], int]) -> None:
        order = _order(attrs)
        for field in fields:
            for n, i in enumerate(order):
                lemma = (attrs[i].get("cue") or {}).get("lemma")
                if lemma not in cues or field_text(attrs[i], field) or _speaker(attrs[i]) is None:
                    continue
                for j in reversed(order[:n]):
                    if _speaker(attrs[j]) != _speaker(attrs[i]):
                        break
                    if field_text(attrs[j], field):
                        _carry(attrs[i], field, attrs[j])
                        break

    return policy


CONTINUING = frozenset({"add", "continue", "go on", "note"})

POLICIES: dict[str, Callable[..., None]] = {
    "speaker-far": same_speaker(99, through_others=True),
    "speaker-far-unbroken": same_speaker(99, through_others=False),
    "speaker-near3-through": same_speaker(3, through_others=True),
    "previous-same-paragraph": previous_any(0),
    "previous-1": previous_any(1),
    "only-value": only_value(False),
    "only-value-speaker": only_value(True),
    "continuing": continuing(CONTINUING, FIELDS),
    "continuing-add": continuing(frozenset({"add"}), FIELDS),
    "continuing-said": continuing(frozenset({"say"}), FIELDS),
}


def _scored(articles: list[Any], runs: Iterator[list[Attr]]) -> tuple[OccasionScorer, list[Counter[str]]]:
    total = OccasionScorer()
    per_article = []
    for article, attrs in zip(articles, runs, strict=True):
        one = OccasionScorer()
        for scorer in (total, one):
            for pi, fields in article.pairs.items():
                scorer.add_statement(fields, attrs[pi])
        per_article.append(one.counts)
    return total, per_article


def main(gold: str, occasions: str, system: str, names: list[str]) -> None:
    articles = list(paired_runs(gold, occasions, system))
    base, base_per = _scored(articles, iter([a.attrs for a in articles]))
    print("base", json.dumps({k: v for k, v in base.summary().items() if k.endswith(("_acc", "_false_fill"))}))
    for name in names or list(POLICIES):
        runs = []
        for article in articles:
            attrs = copy.deepcopy(article.attrs)
            POLICIES[name](attrs, article.paragraph)
            runs.append(attrs)
        after, after_per = _scored(articles, iter(runs))
        parts = []
        for field in FIELDS:
            gained = after.counts[f"{field}_right"] - base.counts[f"{field}_right"]
            filled = after.counts[f"{field}_false_fill"] - base.counts[f"{field}_false_fill"]
            up = sum(1 for b, a in zip(base_per, after_per, strict=True) if a[f"{field}_right"] > b[f"{field}_right"])
            ff = sum(
                1
                for b, a in zip(base_per, after_per, strict=True)
                if a[f"{field}_false_fill"] > b[f"{field}_false_fill"]
            )
            summary = after.summary()
            acc, rate = summary[f"occasion_{field}_acc"], summary[f"occasion_{field}_false_fill"]
            parts.append(f"{field} {gained:+d} in {up} / {filled:+d} ff in {ff} ({acc}, ff {rate})")
        print(f"{name:26s}", "; ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
