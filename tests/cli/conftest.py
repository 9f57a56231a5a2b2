"""What the CLI's tests share: a corpus ingested through the command line."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result


@pytest.fixture(autouse=True)
def _collector_thresholds_kept() -> Iterator[None]:
    """The commands that extract raise the collector's threshold for their process
    (``batch.process``); run here in the test process, they must not change it for later tests."""
    kept = gc.get_threshold()
    yield
    gc.set_threshold(*kept)


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
