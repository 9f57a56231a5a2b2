"""What the CLI's tests share: a corpus ingested through the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result


@pytest.fixture
def ingested(tmp_path: Path) -> Callable[[list[ArticleResult]], Path]:
    """Stores results through ``quotegraph ingest`` (JSON lines, as ``extract`` writes them) in a new SQLite
    corpus under ``tmp_path``, and gives its path."""

    def ingest(results: list[ArticleResult]) -> Path:
        source = tmp_path / "results.jsonl"
        source.write_bytes(b"".join(encode_result(r) + b"\n" for r in results))
        db = tmp_path / "corpus.db"
        outcome = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--quiet"])
        assert outcome.exit_code == 0, outcome.output
        return db

    return ingest
