"""``python -m quotegraph.nlp.training TRAIN.jsonl``: parse train, train both taggers, write the weights."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from functools import partial
from pathlib import Path

import pycrfsuite

from quotegraph.errors import main_status
from quotegraph.nlp.find.features import CUE_FEATURE_SETS, SHIPPED_CUE_FEATURES
from quotegraph.nlp.find.model import CUE_MODEL, ROLE_MODEL
from quotegraph.nlp.training.corpus import DEFAULT_CACHE, WEIGHTS, article_range, load_gold, parsed_docs
from quotegraph.nlp.training.examples import Sequence, cue_sequences, role_sequences


def _train(sequences: Iterable[Sequence], path: Path, c1: float, iterations: int, minfreq: int) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append(features, labels)
    # A strong L1 penalty keeps few features: on 2-fold CV over train it tags cues and roles more
    # precisely than a weak one (c1 0.1) and keeps the shipped files small. Min frequency drops one-off words.
    trainer.set_params({"c1": c1, "c2": 0.01, "max_iterations": iterations, "feature.minfreq": minfreq})
    trainer.train(str(path))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m quotegraph.nlp.training", description=__doc__)
    parser.add_argument("train", type=Path, help="PolNeAR-style JSONL to train on")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="directory for the model files")
    parser.add_argument("--c1", type=float, default=1.0, help="L1 penalty (higher: smaller model)")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--minfreq", type=int, default=2, help="drop features seen fewer times")
    parser.add_argument(
        "--cue-features", default=SHIPPED_CUE_FEATURES, choices=CUE_FEATURE_SETS, help="the cue tagger's feature set"
    )
    parser.add_argument(
        "--only", choices=("cues", "roles"), help="train one tagger only (a cue feature experiment keeps the roles)"
    )
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N articles (a cross-validation fold)")
    parser.add_argument("--limit", type=int, default=0, help="train on N articles only")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where parsed corpora are kept")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    articles = load_gold(args.train)
    if not articles[
        article_range(args.skip, args.limit)
    ]:  # else the shipped weights are overwritten by a model of nothing
        parser.error(f"{args.train}: no article to train on (an empty file, or --skip past its end)")
    docs = list(parsed_docs(args.train, articles, args.cache))
    pairs = list(zip(docs, articles, strict=True))[article_range(args.skip, args.limit)]
    print(f"parsed {len(pairs)} articles in {time.perf_counter() - started:.0f}s", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    cues = partial(cue_sequences, feature_set=args.cue_features)
    for name, build in ((CUE_MODEL, cues), (ROLE_MODEL, role_sequences)):
        if args.only and name != {"cues": CUE_MODEL, "roles": ROLE_MODEL}[args.only]:
            continue
        began = time.perf_counter()
        sequences = (seq for doc, gold in pairs for seq in build(doc, gold))
        _train(sequences, args.out / name, args.c1, args.iterations, args.minfreq)
        size = (args.out / name).stat().st_size / 1e6
        print(f"{name}: {size:.2f} MB, trained in {time.perf_counter() - began:.0f}s", flush=True)
    print(f"total {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    sys.exit(main_status(main))
