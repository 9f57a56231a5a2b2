from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.training.__main__ import main
from quotegraph.nlp.training.corpus import GoldArticle, GoldAttribution, article_range, load_gold
from quotegraph.nlp.training.examples import cue_sequences, role_sequences
from quotegraph.nlp.training.measure import system_attributions
from quotegraph.settings import Settings

TEXT = "The mayor said the bridge would reopen in May."


def _span(word: str) -> tuple[int, int]:
    return TEXT.index(word), TEXT.index(word) + len(word)


GOLD = GoldArticle(
    "a1",
    TEXT,
    [GoldAttribution([_span("the bridge would reopen in May")], [_span("said")], [_span("The mayor")])],
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(Settings().spacy_model)


@pytest.mark.slow
def test_cue_sequences_label_the_gold_cue(nlp: Language) -> None:
    [(features, labels)] = list(cue_sequences(nlp(TEXT), GOLD))
    assert labels == ["O", "O", "CUE", "O", "O", "O", "O", "O", "O", "O"]
    assert len(features) == len(labels)


@pytest.mark.slow
def test_role_sequences_label_content_and_source(nlp: Language) -> None:
    [(_, labels)] = list(role_sequences(nlp(TEXT), GOLD))
    assert labels == ["S", "S", "O", "C", "C", "C", "C", "C", "C", "O"]


def test_a_malformed_gold_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "t"}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=":2:"):
        load_gold(path)


def test_a_continuation_is_written_as_a_further_fragment_of_its_parent() -> None:
    parent = Candidate([(0, 5)], [(6, 10)], [(11, 14)], "direct")
    child = Candidate([(20, 30)], [], [(11, 14)], "direct", continues=0)
    [row] = system_attributions([parent, child])
    assert row["content"] == [[0, 5], [20, 30]] and row["source"] == [[11, 14]]


def test_two_folds_of_a_corpus_cover_it_once() -> None:
    articles = list(range(10))
    first, second = articles[article_range(limit=4)], articles[article_range(skip=4)]
    assert first == [0, 1, 2, 3] and second == [4, 5, 6, 7, 8, 9]
    assert articles[article_range(skip=2, limit=3)] == [2, 3, 4]


@pytest.mark.parametrize("skip", [0, 1], ids=["empty file", "skip past the end"])
def test_training_on_no_article_stops_before_writing_weights(
    tmp_path: Path, skip: int, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("" if skip == 0 else json.dumps({"id": "a1", "text": "Hi.", "attributions": []}) + "\n", "utf-8")
    out = tmp_path / "weights"
    with pytest.raises(SystemExit) as stopped:
        main([str(gold), "--out", str(out), "--skip", str(skip), "--cache", str(tmp_path / "cache")])
    assert stopped.value.code == 2
    assert "no article to train on" in capsys.readouterr().err
    assert not out.exists()
