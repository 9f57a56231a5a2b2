from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.nlp.training.occasions import main, occasion_phrases, occasion_sequences
from quotegraph.settings import Settings

TEXT = "The mayor said on Friday that the bridge would reopen. She added that it was safe."


def _value(phrase: str, carried: bool = False) -> dict[str, object]:
    start = TEXT.index(phrase)
    return {"span": [start, start + len(phrase)], "text": phrase, "carried": carried}


def _write(path: Path, rows: Sequence[Mapping[str, object] | None]) -> Path:
    path.write_text("".join(("" if r is None else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_occasion_phrases_are_the_distinct_stated_and_carried_values(tmp_path: Path) -> None:
    row = {
        "id": "a1",
        "attributions": [
            {"id": "E1", "channel": None, "addressee": None, "time": _value("on Friday")},
            {"id": "E2", "channel": None, "addressee": None, "time": _value("on Friday", carried=True)},
        ],
    }
    found = occasion_phrases(_write(tmp_path / "occ.jsonl", [row, None]))
    start = TEXT.index("on Friday")
    assert found == {"a1": [("time", start, start + len("on Friday"))]}


def test_a_malformed_occasion_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "occ.jsonl"
    path.write_text('{"id": "a1", "attributions": [{"time": {"span": "x"}}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"occ\.jsonl:1"):
        occasion_phrases(path)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(Settings().spacy_model)


@pytest.mark.slow
def test_occasion_sequences_label_every_sentence(nlp: Language) -> None:
    start = TEXT.index("on Friday")
    sequences = list(occasion_sequences(nlp(TEXT), [("time", start, start + len("on Friday"))]))
    assert len(sequences) == 2
    (features, labels), (_, second) = sequences
    assert labels[3:5] == ["B-TI", "I-TI"] and labels.count("O") == len(labels) - 2
    assert set(second) == {"O"}
    assert len(features) == len(labels)


def test_training_on_no_annotated_article_stops_before_writing_weights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": "She said so.", "attributions": []}) + "\n", "utf-8")
    occasions = tmp_path / "occasions.jsonl"
    occasions.write_text(json.dumps({"id": "other", "attributions": []}) + "\n", "utf-8")
    out = tmp_path / "weights"
    with pytest.raises(SystemExit) as stopped:
        main([str(articles), str(occasions), "--out", str(out)])
    assert stopped.value.code == 2
    assert "no article with an occasion annotation" in capsys.readouterr().err
    assert not out.exists()
