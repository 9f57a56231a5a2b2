"""Statement matching measured: the labelled pairs hold their floors, and quotes that two PolNeAR
articles print word for word end in one statement."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.errors import EXIT_FAILED, EXIT_USAGE, InputError
from quotegraph.graph.measure import decide, exact_quote_check, main, score_pairs
from quotegraph.graph.statements import update_statements
from quotegraph.model import ArticleResult, Attribution, excerpt_of
from quotegraph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "data" / "pairs" / "labels.jsonl"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
# measured (README "Statements") minus 0.02, as the accuracy floors are pinned
PRECISION_FLOOR, RECALL_FLOOR = 0.92, 0.87
_OPENING = '“"'


def test_labelled_pairs_hold_their_floors() -> None:
    scores = score_pairs(PAIRS)["all"]
    assert scores.pairs >= 300
    assert scores.precision >= PRECISION_FLOOR, scores
    assert scores.recall >= RECALL_FLOOR, scores


def test_decide_is_symmetric_on_the_labelled_pairs() -> None:
    for line in PAIRS.read_text(encoding="utf-8").splitlines()[:60]:
        pair = json.loads(line)
        assert decide(pair["a"]["text"], pair["b"]["text"]) == decide(pair["b"]["text"], pair["a"]["text"])


def _gold_results(path: Path) -> list[ArticleResult]:
    """PolNeAR's gold contents that open with a quotation mark, as direct quotes (no NLP needed)."""
    results = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, attributions = row["text"], []
        for number, gold in enumerate(row["attributions"], 1):
            spans = [tuple(s) for s in gold["content"] if s[1] > s[0]]
            if not spans:
                continue
            before = text[: spans[0][0]].rstrip()[-1:]
            if text[spans[0][0]] not in _OPENING and (not before or before not in _OPENING):
                continue
            content = excerpt_of(text, spans)
            attributions.append(Attribution(id=f"G{number}", kind="direct", content=content, cue=None, source=None))
        results.append(
            ArticleResult(
                id=row["id"],
                entities=(),
                attributions=tuple(attributions),
                text=text,
                published=row.get("date"),
                meta={"publisher": row.get("publisher")},
            )
        )
    return results


@pytest.mark.slow
def test_quotes_printed_word_for_word_by_two_articles_end_in_one_statement(
    tmp_path: Path, corpus_or_skip: Callable[[Path, str], None]
) -> None:
    corpus_or_skip(POLNEAR / "dev.jsonl", "PolNeAR train and dev are not beside this checkout")
    results = [r for split in ("train", "dev") for r in _gold_results(POLNEAR / f"{split}.jsonl")]
    store = open_store(tmp_path / "polnear.db")
    try:
        store.add(results)
        update_statements(store)
        check = exact_quote_check(store, {r.id: r.text or "" for r in results})
    finally:
        store.close()
    assert check.quoted >= 25, check  # 31 in the gold direct quotes of train and dev
    assert check.apart == [], check.apart


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": "Hi."}) + "\n", "utf-8")
    return path


def test_main_ends_on_a_store_that_will_not_open_with_one_line_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "missing" / "corpus.db"  # its folder does not exist: a StoreError
    assert main(["exact", "--db", str(db), str(_articles(tmp_path))]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("error: cannot open database") and err.count("\n") == 1, err


@pytest.mark.parametrize(
    "argv",
    [["exact", "--db", "nope://corpus", "ARTICLES"], ["pairs"], ["exact", "ARTICLES"]],
    ids=["unknown database URL", "no labels file", "no --db"],
)
def test_main_called_wrongly_is_a_usage_error(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    articles = str(_articles(tmp_path))
    assert main([articles if arg == "ARTICLES" else arg for arg in argv]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err


def test_main_on_an_unreadable_labels_file_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pairs", str(tmp_path / "none.jsonl")]) == EXIT_FAILED
    assert capsys.readouterr().err.startswith("error: ")


@pytest.mark.parametrize(
    "lines",
    [['{"a": {"split": "train", "text": "x"}}'], ['{"a": 1, "b": 2, "same": true}'], ["[1, 2]"], []],
    ids=["no b", "quotes not objects", "not an object", "no pair at all"],
)
def test_main_on_a_labels_file_without_usable_pairs_fails_with_one_line_naming_the_file(
    tmp_path: Path, lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "pairs.jsonl"
    labels.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    assert main(["pairs", str(labels)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith(f"error: {labels}") and err.count("\n") == 1, err


_QUOTE = {"text": "I do not think it matters at all for the country today.", "split": "train", "speaker": "Ted Cruz"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"same": "false"}, '"same": true or false'),  # a string is true: counted as the same statement
        ({"same": None}, '"same": true or false'),  # counted as apart
        ({"a": _QUOTE | {"split": "test"}}, "a is not a quote"),  # counted as train
        ({"b": _QUOTE | {"speaker": 5}}, "b is not a quote"),  # a traceback's words: 'int' has no 'casefold'
        ({"a": _QUOTE | {"text": ["x"]}}, "a is not a quote"),
    ],
)
def test_a_labelled_pair_of_the_wrong_shape_is_named_not_scored(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    labels = tmp_path / "pairs.jsonl"
    labels.write_text(json.dumps({"a": _QUOTE, "b": _QUOTE, "same": True} | change) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"pairs.jsonl:1: .*{re.escape(message)}"):
        score_pairs(labels)


def test_main_on_an_article_line_without_text_fails_with_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1"}) + "\n", "utf-8")
    assert main(["exact", "--db", str(tmp_path / "corpus.db"), str(articles)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith(f"error: {articles}:1: not an article line") and err.count("\n") == 1, err
