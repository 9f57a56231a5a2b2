"""Measuring statement matching: the labelled quote pairs, and quotes repeated word for word.

``python -m quotegraph.graph.measure pairs data/pairs/labels.jsonl`` scores the same-statement
decision (LSH candidate and verified, as the store decides) on the labelled pairs, by split;
``python -m quotegraph.graph.measure exact --db CORPUS`` checks that every quote of 8 words or more
that another article of the corpus prints word for word is in one statement with that article's
quote of those words.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotegraph.errors import ConfigError, InputError, main_status
from quotegraph.graph.matching import form_keys, same_statement, speaker_relation
from quotegraph.graph.quotes import MIN_QUOTE_WORDS, normalized_words
from quotegraph.model.codec import read_json_lines
from quotegraph.store import Store, open_store
from quotegraph.store.keys import speaker_key

__all__ = ["ExactCheck", "PairScores", "exact_quote_check", "score_pairs"]

EXACT_MIN_WORDS = 8  # the "quotes of 8 words or more"


@dataclass
class PairScores:
    pairs: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def decide(a: str, b: str, speaker_a: str | None = None, speaker_b: str | None = None) -> bool:
    """The store's decision for two quotes alone (with their speakers' names as the extraction gives
    them): both long enough, LSH candidates, and verified."""
    wa, wb = normalized_words(a), normalized_words(b)
    if min(len(wa), len(wb)) < MIN_QUOTE_WORDS:
        return False
    sa, sb = (speaker_key(name) if name else None for name in (speaker_a, speaker_b))
    ka, kb = form_keys([wa, wb], [sa, sb])
    return bool(set(ka) & set(kb)) and same_statement(wa, wb, speaker_relation(sa, sb))


def score_pairs(path: Path) -> dict[str, PairScores]:
    """Scores by split ("train": both quotes from train articles, "dev": one or both from dev, "all")."""
    scores: dict[str, PairScores] = defaultdict(PairScores)
    for where, pair in read_json_lines(path, "labelled pairs"):
        a, b, same = _labelled_pair(pair, where)
        split = "dev" if "dev" in (a["split"], b["split"]) else "train"
        said = decide(a["text"], b["text"], a.get("speaker"), b.get("speaker"))
        for name in (split, "all"):
            s = scores[name]
            s.pairs += 1
            s.true_positives += said and same
            s.false_positives += said and not same
            s.false_negatives += same and not said
    if not scores:  # precision and recall of nothing would print as if measured
        raise InputError(f"{path}: no labelled pair (one JSON object a line: a, b, same)")
    return dict(scores)


_PAIR_SHAPE = 'a labelled pair is {"a": quote, "b": quote, "same": true or false}'
_QUOTE_SHAPE = 'a quote is {"text": string, "split": "train" or "dev", "speaker": string or null}'


def _labelled_pair(pair: object, where: str) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """The two quotes and the label of a line, or an ``InputError`` naming what is wrong: a ``same`` of "false"
    counted as the same statement (a string is true), a split "test" as train, a speaker 5 a traceback."""
    if not isinstance(pair, dict) or not isinstance(pair.get("same"), bool):
        raise InputError(f"{where}: {_PAIR_SHAPE}")
    quotes = pair.get("a"), pair.get("b")
    for side, quote in zip("ab", quotes, strict=True):
        if not (
            isinstance(quote, dict)
            and isinstance(quote.get("text"), str)
            and quote.get("split") in ("train", "dev")
            and isinstance(quote.get("speaker"), str | None)
        ):
            raise InputError(f"{where}: {side} is not a quote: {_QUOTE_SHAPE}")
    a, b = quotes
    assert isinstance(a, dict) and isinstance(b, dict)  # for mypy only: the loop above refused any other shape
    return a, b, pair["same"]


@dataclass
class ExactCheck:
    """Quotes of EXACT_MIN_WORDS+ words printed word for word by another article (``printed``: pairs
    of quote and other article), those the other article also quotes (``quoted``), and those of
    these not in one statement with the other article's quote (``apart``)."""

    printed: int
    quoted: int
    apart: list[str]


def exact_quote_check(store: Store, texts: dict[str, str]) -> ExactCheck:
    """``texts`` are the articles' texts by id."""
    article_words = {i: " " + " ".join(normalized_words(t)) + " " for i, t in texts.items()}
    statements = store.statements(limit=10**9)
    statement_of: dict[tuple[str, str], int] = {}
    quotes: list[tuple[str, str, str]] = []
    for s in statements:
        for o in s.occurrences:
            statement_of[(o.article.id, o.attribution)] = s.id
            quotes.append((o.article.id, o.attribution, o.text))
    by_article: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for article_id, attribution, text in quotes:
        by_article[article_id].append((attribution, " " + " ".join(normalized_words(text)) + " "))
    printed, checked, broken = 0, 0, []
    for article_id, attribution, text in quotes:
        words = normalized_words(text)
        if len(words) < EXACT_MIN_WORDS:
            continue
        needle = " " + " ".join(words) + " "
        others = [o for o, body in article_words.items() if o != article_id and needle in body]
        printed += len(others)
        for other in others:
            # the other article's quote that holds these words (if it quotes them at all)
            holders = [a for a, q in by_article.get(other, []) if needle.strip() in q]
            if not holders:
                continue
            checked += 1
            mine = statement_of[(article_id, attribution)]
            if all(statement_of[(other, a)] != mine for a in holders):
                broken.append(f"{article_id} {attribution} ~ {other}: {text[:80]}")
    return ExactCheck(printed, checked, broken)


_USAGE = "usage: python -m quotegraph.graph.measure pairs LABELS.jsonl | exact --db CORPUS A.jsonl[,B.jsonl]"


def main(argv: list[str]) -> int:
    """Runs the measure ``argv`` names; a bad call, a store that will not open or an unreadable file
    ends it with ``errors.error_line`` and ``errors.exit_code``'s status, as a ``quotegraph`` command."""
    return main_status(lambda: _measure(argv))


def _measure(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "pairs":
        for split, s in sorted(score_pairs(Path(argv[1])).items()):
            print(
                f"{split:5}: {s.pairs} pairs, precision {s.precision:.3f}, recall {s.recall:.3f} "
                f"(tp {s.true_positives}, fp {s.false_positives}, fn {s.false_negatives})"
            )
        return
    if len(argv) == 4 and argv[0] == "exact" and argv[1] == "--db":
        texts = {}
        for path in argv[3].split(","):
            for where, record in read_json_lines(Path(path), "articles"):
                try:
                    texts[str(record["id"])] = str(record["text"])
                except (KeyError, TypeError) as exc:
                    raise InputError(f"{where}: not an article line (id, text): {exc!r}") from exc
        store = open_store(argv[2])
        try:
            check = exact_quote_check(store, texts)
        finally:
            store.close()
        print(
            f"quotes of {EXACT_MIN_WORDS}+ words printed word for word by another article: {check.printed}; "
            f"quoted there too: {check.quoted}; in one statement with it: {check.quoted - len(check.apart)}, "
            f"apart: {len(check.apart)}"
        )
        print("\n".join(check.apart))
        return
    raise ConfigError(_USAGE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
