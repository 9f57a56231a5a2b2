"""``python -m quotegraph.nlp.training.occasions ARTICLES.jsonl OCCASIONS.jsonl [OCCASIONS.jsonl ...]``:
train the occasion phrase tagger (``resolve.carrying.occasion_tagger``) and write its weights.

ARTICLES is PolNeAR-style JSONL (``../shared/data/polnear/train.jsonl``); each OCCASIONS file holds occasion
annotations of some of its articles (``data/occasion/train.jsonl``; never ``train-c.jsonl`` or ``dev.jsonl``,
which are for measuring). Every annotated value, stated or carried, is an occasion phrase in its article's
text; the tagger learns them over every sentence, parsed as the product parses (the base pipeline with
quotegraph's sentence components).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from quotegraph.errors import InputError, main_status
from quotegraph.model import Article
from quotegraph.model.codec import read_json_lines
from quotegraph.nlp.find.model import OCCASION_MODEL
from quotegraph.nlp.find.quotes import quote_regions
from quotegraph.nlp.find.spans import quote_mask
from quotegraph.nlp.pipeline import load_pipeline, parse_articles
from quotegraph.nlp.resolve.carrying.occasion_tagger import FIELD_LABELS, occasion_features, occasion_labels
from quotegraph.nlp.training.corpus import WEIGHTS, load_gold

__all__ = ["Phrase", "occasion_phrases", "occasion_sequences", "train_occasion_tagger"]

Phrase = tuple[str, int, int]  # field, start and end character
# A light L1 penalty: occasion phrases are rare words in long articles (channel, addressee and time values of
# 1,332 statements over 60 articles), and a strong one kept too few of their features to tag any.
C1 = 0.1
C2 = 0.01
ITERATIONS = 150


def occasion_phrases(*paths: Path) -> dict[str, list[Phrase]]:
    """Per article id, the distinct annotated phrases of files of occasion annotations (``data/occasion``): an
    article annotated in two files gives the phrases of both."""
    found: dict[str, list[Phrase]] = {}
    for path in paths:
        for where, row in read_json_lines(path, "occasion annotations"):
            try:
                phrases = found.setdefault(str(row["id"]), [])
                for attribution in row["attributions"]:
                    for name in FIELD_LABELS:
                        value = attribution.get(name)
                        if value is not None:
                            phrase = (name, int(value["span"][0]), int(value["span"][1]))
                            if phrase not in phrases:
                                phrases.append(phrase)
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{where}: not an occasion annotation ({exc})") from exc
    return found


def occasion_sequences(doc: Doc, phrases: Iterable[Phrase]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, labels) for each sentence of ``doc``."""
    text = doc.text
    in_quote = quote_mask(doc, quote_regions(text))
    phrases = list(phrases)
    for sentence in doc.sents:
        inside = [p for p in phrases if p[1] < sentence.end_char and p[2] > sentence.start_char]
        features = occasion_features(sentence, in_quote[sentence.start : sentence.end], text)
        yield features, occasion_labels(sentence, inside)


def train_occasion_tagger(examples: Iterable[tuple[Doc, list[Phrase]]], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc, phrases in examples:
        for features, labels in occasion_sequences(doc, phrases):
            trainer.append(features, labels)
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS, "feature.minfreq": 2})
    trainer.train(str(path))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m quotegraph.nlp.training.occasions", description=__doc__)
    parser.add_argument("articles", type=Path, help="PolNeAR-style JSONL holding the annotated articles")
    parser.add_argument("occasions", type=Path, nargs="+", help="occasion annotations (data/occasion/*.jsonl)")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="directory for the model file")
    args = parser.parse_args(argv)
    started = time.process_time()
    phrases = occasion_phrases(*args.occasions)
    gold = [a for a in load_gold(args.articles) if a.id in phrases]
    if not gold:  # else the shipped weights are overwritten by a model of nothing
        parser.error(f"{args.articles}: no article with an occasion annotation (ids that match none, or empty files)")
    nlp = load_pipeline()
    docs = parse_articles(nlp, [Article(id=a.id, text=a.text) for a in gold])
    print(f"parsed {len(docs)} articles in {time.process_time() - started:.0f}s CPU", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.process_time()
    train_occasion_tagger(((d, phrases[a.id]) for d, a in zip(docs, gold, strict=True)), args.out / OCCASION_MODEL)
    size = (args.out / OCCASION_MODEL).stat().st_size / 1e6
    print(f"{OCCASION_MODEL}: {size:.2f} MB, trained in {time.process_time() - began:.0f}s CPU", flush=True)


if __name__ == "__main__":
    sys.exit(main_status(main))
