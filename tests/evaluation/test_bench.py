"""The benchmark's corpus: a file with no article is an error, not figures of nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.evaluation.bench import read_corpus


def test_read_corpus_gives_the_articles_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": "Hi."}) + "\n" for n in range(3)), "utf-8")
    assert [a.id for a in read_corpus(path, limit=2)] == ["a0", "a1"]


@pytest.mark.parametrize("content", ["", "\n"])
def test_a_corpus_without_articles_is_an_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match="no article"):
        read_corpus(path)
