"""The collector policy of processes made to extract: set at each place such a process starts, never
by importing the library."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotegraph.nlp
from quotegraph.batch import local, spark
from quotegraph.batch.process import EXTRACTING_GEN0_THRESHOLD, prepare_extracting_process
from quotegraph.cli import main
from quotegraph.errors import PipelineError
from quotegraph.settings import Settings

ARTICLE_LINE = '{"id": "a", "text": "\\u201cWe will win,\\u201d Smith said."}\n'


@pytest.fixture(autouse=True)
def _interpreter_defaults() -> Iterator[None]:
    """Each test starts from the thresholds this test process had and leaves them so."""
    kept = gc.get_threshold()
    gc.set_threshold(*kept)
    yield
    gc.set_threshold(*kept)


class _Stop(PipelineError):
    """Raised by the stand-in pipeline loader once it has seen the threshold: no model is loaded."""


@pytest.fixture
def seen_at_load(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The young-generation threshold each stand-in ``load_pipeline`` call saw."""
    seen: list[int] = []

    def load(settings: Settings | None = None) -> None:
        seen.append(gc.get_threshold()[0])
        raise _Stop("stand-in pipeline")

    monkeypatch.setattr(quotegraph.nlp, "load_pipeline", load)
    monkeypatch.setattr(local, "load_pipeline", load)
    return seen


def test_prepare_raises_only_the_young_generation_threshold() -> None:
    gc.set_threshold(700, 11, 12)
    prepare_extracting_process()
    assert gc.get_threshold() == (EXTRACTING_GEN0_THRESHOLD, 11, 12)


def test_importing_the_library_keeps_the_interpreter_defaults() -> None:
    script = (
        "import gc; before = gc.get_threshold(); "
        "import quotegraph, quotegraph.nlp, quotegraph.batch, quotegraph.batch.spark, quotegraph.cli; "
        "print(before == gc.get_threshold(), gc.get_threshold()[0])"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "True" and int(out[1]) != EXTRACTING_GEN0_THRESHOLD


def test_a_local_batch_worker_sets_it_before_loading(seen_at_load: list[int]) -> None:
    with pytest.raises(_Stop):
        local._load_worker(Settings())
    assert seen_at_load == [EXTRACTING_GEN0_THRESHOLD]


def test_a_spark_python_worker_sets_it_before_loading(seen_at_load: list[int]) -> None:
    spark._pipeline.cache_clear()
    try:
        with pytest.raises(_Stop):
            spark._pipeline(Settings())
    finally:
        spark._pipeline.cache_clear()
    assert seen_at_load == [EXTRACTING_GEN0_THRESHOLD]


@pytest.mark.parametrize(
    "command",
    [["extract", "--format", "jsonl"], ["bench", "extract"], ["bench", "adversarial", "--hostile-chars", "100"]],
    ids=["extract", "bench-extract", "bench-adversarial"],
)
def test_each_extracting_command_sets_it_before_loading(
    command: list[str], seen_at_load: list[int], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(ARTICLE_LINE, "utf-8")
    result = CliRunner().invoke(main, [*command, str(corpus)])
    assert result.exit_code != 0 and seen_at_load == [EXTRACTING_GEN0_THRESHOLD], result.output


def test_eval_sets_it_before_loading(seen_at_load: list[int], tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "Smith said it.", "attributions": []}\n', "utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code != 0 and seen_at_load == [EXTRACTING_GEN0_THRESHOLD], result.output


def test_a_command_that_does_not_extract_keeps_the_defaults(tmp_path: Path) -> None:
    before = gc.get_threshold()
    result = CliRunner().invoke(main, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert gc.get_threshold() == before, result.output
