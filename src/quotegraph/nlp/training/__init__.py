"""Training and measuring the attribution finder on PolNeAR-style JSONL (train once, ship the weights).

    python -m quotegraph.nlp.training TRAIN.jsonl            # = make train; writes find/weights/*.crfsuite
    python -m quotegraph.nlp.training.measure DEV.jsonl OUT.jsonl
    python ../shared/tools/score_attributions.py DEV.jsonl OUT.jsonl
    python -m quotegraph.nlp.training.occasions TRAIN.jsonl data/occasion/train.jsonl [MORE.jsonl ...]
                                                             # the occasion phrase tagger (occasions-v1)

Parsed corpora are cached as spaCy DocBins in ``--cache DIR`` (default ``~/.cache/quotegraph/find``),
outside the repository, so a second run skips parsing.
"""
