"""The occasion phrase tagger against the rules' candidates: oracle coverage, train cross-validation, a check set.

    .venv/bin/python experiments/occasion_tagger/run.py TRAIN60.jsonl data/occasion/train.jsonl \
        [--extra ../shared/data/polnear/train.jsonl TRAIN-D.jsonl ...] \
        [--check TRAINC.jsonl data/occasion/train-c.jsonl]

TRAIN60.jsonl is the first 60 lines of PolNeAR train, TRAINC.jsonl lines 61-84. Runs the pipeline once per
file, recording what ``resolve.carrying.tagged.use_tagged`` and ``carry_occasions`` are given; trains the tagger on
five folds of train by article (``--extra`` annotated articles are added to every fold's training, never
scored) and tags each held-out fold; then, in memory:
- the oracle: of the annotated values of paired statements, how many share the annotated words with a phrase
  the rules read (any statement's stated field or scene setting of the article, or only those set at or
  before the statement) and with those plus the tagger's phrases;
- the occasion scores of the rules and of each use of the tagged phrases (``TagUse``), on train CV;
- with --check, the same with the tagger trained on all of train (and ``--extra``), on the check set.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.evaluation.occasion import paired_annotations, read_occasions, score_occasions, shares_content
from quotegraph.evaluation.polnear import evaluate, read_gold
from quotegraph.model import Article
from quotegraph.nlp import load_pipeline
from quotegraph.nlp.find.model import OCCASION_MODEL, Tagger
from quotegraph.nlp.pipeline import parse_articles
from quotegraph.nlp.resolve.carrying.occasion_records import FIELDS, Held
from quotegraph.nlp.resolve.carrying.occasion_tagger import TaggedPhrase, tag_occasions
from quotegraph.nlp.resolve.carrying.occasions import carry_occasions
from quotegraph.nlp.resolve.carrying.tagged import TagUse, UsablePhrases, fill_from_tags, use_tagged
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.training.occasions import Phrase, occasion_phrases, train_occasion_tagger
from quotegraph.settings import ATTRIBUTION_TYPES, load_settings

FOLDS = 5
_WHO = frozenset({"channel", "addressee"})
USES: dict[str, TagUse] = {
    "stated": TagUse(stated=True),
    "stated 0.7": TagUse(stated=True, min_confidence=0.7),
    "stated ch+ad 0.7": TagUse(stated=True, fields=_WHO, min_confidence=0.7),
    "fills": TagUse(fills=True),
    "fills 0.7": TagUse(fills=True, min_confidence=0.7),
    "fills 0.9": TagUse(fills=True, min_confidence=0.9),
    "fills ch+ad 0.7": TagUse(fills=True, fields=_WHO, min_confidence=0.7),
    "fills ch 0.7": TagUse(fills=True, fields=frozenset({"channel"}), min_confidence=0.7),
    "scenes": TagUse(scenes=True),
    "scenes ch": TagUse(scenes=True, fields=frozenset({"channel"})),
    "scenes set": TagUse(scenes=True, adds_only=False),
    "scenes+unowned": TagUse(scenes=True, unowned=True),
    "scenes+fills 0.7": TagUse(scenes=True, fills=True, min_confidence=0.7),
    "scenes+fills ch+ad 0.7": TagUse(scenes=True, fills=True, fields=_WHO, min_confidence=0.7),
    "scenes+fills ad 0.7": TagUse(scenes=True, fills=True, fields=frozenset({"addressee"}), min_confidence=0.7),
    "stated+scenes 0.7": TagUse(stated=True, scenes=True, min_confidence=0.7),
    "stated+scenes ch+ad 0.7": TagUse(stated=True, scenes=True, fields=_WHO, min_confidence=0.7),
    "stated+scenes 0.9": TagUse(stated=True, scenes=True, min_confidence=0.9),
    "enrich+fills 0.7": TagUse(enrich=True, fills=True, min_confidence=0.7),
    "enrich+fills ch+ad 0.7": TagUse(enrich=True, fills=True, fields=_WHO, min_confidence=0.7),
    "enrich+scenes+fills 0.7": TagUse(enrich=True, scenes=True, fills=True, min_confidence=0.7),
    "enrich+scenes+fills 0.9": TagUse(enrich=True, scenes=True, fills=True, min_confidence=0.9),
}


def _text(value: Any) -> str:
    span = value.span if isinstance(value, TimePhrase) else value
    return str(span.text)


class Recorded:
    """One gold file run through the pipeline: per article the inputs of ``use_tagged`` and ``carry_occasions``,
    the rules' occasions, the system rows and the annotated fields of each system statement paired by content."""

    def __init__(self, gold_path: str, occasion_path: str) -> None:
        calls: list[dict[str, Any]] = []
        real_use, real_carry = resolving_occasions.use_tagged, resolving_occasions.carry_occasions

        def recording_use(
            finder: Any, coref: Any, statements: Any, said_at: Any, settings: Any, paragraphs: Any, *_: Any
        ) -> tuple[list[Any], list[Any]]:
            calls.append(
                {
                    "finder": finder,
                    "coref": coref,
                    "statements": list(statements),
                    "said_at": list(said_at),
                    "settings": list(settings),
                    "paragraphs": paragraphs,
                }
            )
            return list(statements), list(settings)

        def recording_carry(
            statements: Any, settings: Any, entries: Any = (), headline: bool = False, names: Any = None
        ) -> list[Held]:
            held = real_carry(statements, settings, entries, headline, names)
            calls[-1].update(entries=entries, headline=headline, names=names, held=held)
            return held

        resolving_occasions.use_tagged = recording_use  # type: ignore[assignment]
        resolving_occasions.carry_occasions = recording_carry  # type: ignore[assignment]
        try:
            settings = load_settings({"types": ",".join(ATTRIBUTION_TYPES)})
            self.gold = read_gold(Path(gold_path))
            self.rows = evaluate(load_pipeline(settings), self.gold, settings).system_rows
        finally:
            resolving_occasions.use_tagged, resolving_occasions.carry_occasions = real_use, real_carry
        assert len(calls) == len(self.gold), "one resolving call per article"
        self.calls = calls
        self.occasions = read_occasions(Path(occasion_path))
        self.phrases = occasion_phrases(Path(occasion_path))
        self.annotated = [
            paired_annotations(g, row["attributions"], self.occasions)
            for g, row in zip(self.gold, self.rows, strict=True)
        ]

    def examples(self, articles: list[int]) -> list[tuple[Any, list[Phrase]]]:
        return [(self.calls[k]["finder"].doc, self.phrases.get(str(self.gold[k]["id"]), [])) for k in articles]

    def held(self, k: int, phrases: list[TaggedPhrase], use: TagUse | None) -> list[Held]:
        call = self.calls[k]
        if use is None:
            return list(call["held"])
        usable = UsablePhrases(phrases, use)
        statements, settings = use_tagged(
            call["finder"],
            call["coref"],
            call["statements"],
            call["said_at"],
            call["settings"],
            call["paragraphs"],
            usable,
        )
        held = carry_occasions(statements, settings, call["entries"], call["headline"], call["names"])
        return fill_from_tags(held, call["said_at"], usable, call["finder"].published)

    def score(self, helds: list[list[Held]]) -> dict[str, float | int]:
        rows = []
        for row, held in zip(self.rows, helds, strict=True):
            attributions = [
                dict(a, **{f: _field(h, f) for f in FIELDS}) for a, h in zip(row["attributions"], held, strict=True)
            ]
            rows.append({"id": row["id"], "attributions": attributions})
        return score_occasions(self.gold, rows, self.occasions)


def _field(held: Held, name: str) -> dict[str, Any] | None:
    value = getattr(held.stated, name)
    return None if value is None else {"text": _text(value), "carried": name in held.carried}


def _pool_fields(name: str) -> tuple[str, ...]:
    return ("time",) if name == "time" else ("channel", "addressee")  # as the scorer lets either carry the other


def oracle(rec: Recorded, phrases: list[list[TaggedPhrase]]) -> Counter[str]:
    """Counts, per field and stated/carried: annotated values, right by the rules, reachable by the rules'
    phrases (anywhere in the article / at or before the statement), and with the tagger's phrases too."""
    counts: Counter[str] = Counter()
    for k, call in enumerate(rec.calls):
        ruled: list[tuple[str, int, str]] = []  # field, position, text
        for item in (*call["statements"], *call["settings"]):
            for name in FIELDS:
                value = getattr(item.stated, name)
                if value is not None:
                    ruled.append((name, item.position, _text(value)))
        tagged = [(p.field, p.span.start_char, p.span.text) for p in phrases[k]]
        paragraphs = call["paragraphs"]
        fresh = sorted(set(call["entries"]) | ({1} if call["headline"] else set()))
        for i, fields in rec.annotated[k].items():
            statement, held = call["statements"][i], call["held"][i]
            sentence_end = _sentence_end(call, statement.position)
            for name in FIELDS:
                wanted = fields.get(name)
                if wanted is None:
                    continue
                how = "carried" if wanted.get("carried") else "stated"
                pool = _pool_fields(name)
                right = any(shares_content(_text(v), wanted["text"]) for v in _values(held, pool))

                opened = max([p for p in fresh if p <= statement.paragraph], default=0)

                text, entry = wanted["text"], (sentence_end, opened)
                scopes = {
                    "entry": entry,
                    "before": (sentence_end, None),
                    "any": (None, None),
                }
                reach = {
                    (who, scope): _reaches(found, pool, text, *limits, paragraphs)
                    for who, found in (("rules", ruled), ("tagged", tagged))
                    for scope, limits in scopes.items()
                }
                for key, hit in (
                    ("n", True),
                    ("rules_right", right),
                    *((f"rules_{sc}", right or reach["rules", sc]) for sc in scopes),
                    *((f"tagged_{sc}", right or reach["rules", sc] or reach["tagged", sc]) for sc in scopes),
                ):
                    counts[f"{name}|{how}|{key}"] += hit
    return counts


def _reaches(
    found: list[tuple[str, int, str]],
    pool: tuple[str, ...],
    wanted: str,
    end: int | None,
    opened: int | None,
    paragraphs: Any,
) -> bool:
    """Whether a phrase of ``found`` (field, position, text) of a field in ``pool`` shares ``wanted``'s words, set
    before ``end`` (when given) and in the entry opened at paragraph ``opened`` (when given)."""
    return any(
        f in pool
        and (end is None or at <= end)
        and (opened is None or paragraphs.of(at) >= opened)
        and shares_content(t, wanted)
        for f, at, t in found
    )


def _values(held: Held, names: tuple[str, ...]) -> list[Any]:
    return [v for v in (getattr(held.stated, n) for n in names) if v is not None]


def _sentence_end(call: dict[str, Any], position: int) -> int:
    finder = call["finder"]
    span = finder.doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None or not len(span):
        return position
    return int(finder.sentences[finder.sentence_of[span.start]].end_char)


def print_oracle(label: str, counts: Counter[str]) -> None:
    print(
        f"oracle {label}: n, right by the rules, reachable by the rules' phrases (set before it in its entry / before"
        " it / anywhere), and by those and the tagger's"
    )
    keys = (
        "n",
        "rules_right",
        "rules_entry",
        "rules_before",
        "rules_any",
        "tagged_entry",
        "tagged_before",
        "tagged_any",
    )
    for name in FIELDS:
        for how in ("stated", "carried"):
            c = [counts[f"{name}|{how}|{k}"] for k in keys]
            print(
                f"  {name:9} {how:7} n={c[0]:4}  right {c[1]:4}  rules {c[2]:4} / {c[3]:4} / {c[4]:4}"
                f"  +tagger {c[5]:4} / {c[6]:4} / {c[7]:4}"
            )


def phrase_quality(rec: Recorded, phrases: list[list[TaggedPhrase]]) -> str:
    """Distinct annotated phrases found by a tagged phrase of the same field (recall) and tagged phrases that
    are an annotated phrase (precision, a lower bound: the annotators mark only the statements' occasions)."""
    found = wanted = right = tagged = 0
    for k, gold in enumerate(rec.gold):
        text = gold["text"]
        annotated = rec.phrases.get(str(gold["id"]), [])
        mine = phrases[k]
        wanted += len(annotated)
        found += sum(
            any(p.field == f and shares_content(p.span.text, text[s:e]) for p in mine) for f, s, e in annotated
        )
        tagged += len(mine)
        right += sum(
            any(p.field == f and shares_content(text[s:e], p.span.text) for f, s, e in annotated) for p in mine
        )
    recall, precision = found / max(1, wanted), right / max(1, tagged)
    return f"tagged phrases: recall {found}/{wanted} = {recall:.3f}, precision {right}/{tagged} = {precision:.3f}"


def brief(scores: dict[str, float | int]) -> str:
    return "  ".join(
        f"{f} {scores[f'occasion_{f}_acc']:.3f} ({scores[f'occasion_{f}_stated_acc']:.3f}/"
        f"{scores[f'occasion_{f}_carried_acc']:.3f}) ff {scores[f'occasion_{f}_false_fill']:.3f}"
        for f in FIELDS
    )


def _train(examples: list[tuple[Any, list[Phrase]]], directory: Path, name: str) -> Tagger:
    path = directory / name
    began = time.process_time()
    train_occasion_tagger(examples, path)
    print(f"  trained {name} on {len(examples)} articles in {time.process_time() - began:.0f}s CPU", flush=True)
    return Tagger(str(path))


def _extra_examples(pairs: list[str]) -> list[tuple[Any, list[Phrase]]]:
    """Annotated articles (ARTICLES OCCASIONS ...) parsed as the product parses them, for training only; an
    article annotated in two files gives the phrases of both."""
    phrases = occasion_phrases(*(Path(p) for p in pairs[1::2]))
    texts: dict[str, str] = {}
    for articles_path in pairs[::2]:
        texts.update({str(g["id"]): g["text"] for g in read_gold(Path(articles_path)) if str(g["id"]) in phrases})
    docs = parse_articles(load_pipeline(), [Article(id=key, text=texts[key]) for key in phrases])
    print(f"  extra: {len(docs)} annotated articles", flush=True)
    return list(zip(docs, phrases.values(), strict=True))


def evaluate_uses(label: str, rec: Recorded, phrases: list[list[TaggedPhrase]]) -> dict[str, dict[str, float | int]]:
    found = {"rules": rec.score([rec.held(k, phrases[k], None) for k in range(len(rec.gold))])}
    for name, use in USES.items():
        found[name] = rec.score([rec.held(k, phrases[k], use) for k in range(len(rec.gold))])
    for name, scores in found.items():
        print(f"{label} {name:24} {brief(scores)}", flush=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("train")
    parser.add_argument("train_occasions")
    parser.add_argument("--extra", nargs="+", default=[], help="ARTICLES OCCASIONS pairs, for training only")
    parser.add_argument("--check", nargs=2)
    parser.add_argument("--out", type=Path, help="write the per-variant figures here as JSON")
    parser.add_argument("--save", type=Path, help="copy the tagger trained on all of train (--check) to this file")
    args = parser.parse_args()
    started = time.process_time()
    train = Recorded(args.train, args.train_occasions)
    print(f"recorded train in {time.process_time() - started:.0f}s CPU", flush=True)
    extra = _extra_examples(args.extra)
    articles = list(range(len(train.gold)))
    folds = [articles[i::FOLDS] for i in range(FOLDS)]
    phrases: list[list[TaggedPhrase]] = [[] for _ in articles]
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, fold in enumerate(folds):
            tagger = _train(train.examples([a for a in articles if a not in fold]) + extra, Path(tmp), f"fold{n}")
            for k in fold:
                phrases[k] = tag_occasions(train.calls[k]["finder"].doc, train.calls[k]["finder"].text, tagger)
        print(phrase_quality(train, phrases))
        counts = oracle(train, phrases)
        print_oracle("train CV", counts)
        figures["train_oracle"] = dict(counts)
        figures["train_cv"] = evaluate_uses("train CV", train, phrases)
        if args.check:
            tagger = _train(train.examples(articles) + extra, Path(tmp), OCCASION_MODEL)
            if args.save:
                shutil.copyfile(Path(tmp) / OCCASION_MODEL, args.save)
            check = Recorded(*args.check)
            began = time.process_time()
            checked = [tag_occasions(call["finder"].doc, call["finder"].text, tagger) for call in check.calls]
            tokens = sum(len(call["finder"].doc) for call in check.calls)
            spent = time.process_time() - began
            print(f"  tagging {len(checked)} articles ({tokens} tokens): {spent:.2f}s CPU", flush=True)
            print(phrase_quality(check, checked))
            counts = oracle(check, checked)
            print_oracle("check", counts)
            figures["check_oracle"] = dict(counts)
            figures["check"] = evaluate_uses("check", check, checked)
    print(f"total {time.process_time() - started:.0f}s CPU")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main())
