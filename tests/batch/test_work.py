"""A chunk's records to results and failures: input order kept, a crashing document isolated."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from quotegraph.batch import Job
from quotegraph.batch import work as work_module
from quotegraph.batch.engine import Chunk
from quotegraph.batch.progress import BarProgress, Counts
from quotegraph.errors import PipelineError
from quotegraph.io import Record
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.settings import Settings


def _result(article: Article) -> ArticleResult:
    return ArticleResult(id=article.id, entities=(), attributions=(), text=article.text)


def _fake_extract_article(nlp: Any, article: Article, settings: Settings) -> ArticleResult:
    if article.text == "explodes":
        raise RuntimeError("stage bug")
    if article.text == "refused":
        raise PipelineError("too odd")
    return _result(article)


def _batch_that_fails(nlp: Any, articles: list[Article], settings: Settings) -> Any:
    raise RuntimeError("one article broke the whole batch")


def test_a_crashing_article_becomes_a_failure_and_the_chunk_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work_module, "extract_many", _batch_that_fails)
    monkeypatch.setattr(work_module, "extract_article", _fake_extract_article)
    records = [
        Record(Article(id="a", text="fine"), "f.jsonl:line 1"),
        Record(Failure(id="b", source="f.jsonl:line 2", reason="not JSON"), "f.jsonl:line 2"),
        Record(Article(id="c", text="explodes"), "f.jsonl:line 3"),
        Record(Article(id="d", text="refused"), "f.jsonl:line 4"),
        Record(Article(id="e", text="also fine"), "f.jsonl:line 5"),
    ]
    results, failures = work_module.extract_records(None, records, Job(Path("."), "jsonl", Settings()))  # type: ignore[arg-type]  # no pipeline: the extraction is faked
    assert [r.id for r in results] == ["a", "e"]
    assert [(f.id, f.source, f.error) for f in failures] == [
        ("b", "f.jsonl:line 2", "InputError"),
        ("c", "f.jsonl:line 3", "PipelineError"),
        ("d", "f.jsonl:line 4", "PipelineError"),
    ]
    assert "stage bug" in failures[1].reason


def test_progress_bar_shows_articles_failures_and_rate() -> None:
    out = io.StringIO()
    bar = BarProgress(Console(file=out, force_terminal=True, width=120))
    counts = Counts()
    bar.start(1000)
    counts.part_done(40, 2)
    bar.update(500, counts)
    bar.close()
    text = out.getvalue()
    assert "42 articles" in text and "2 failed" in text and "50%" in text


def test_a_worker_without_its_pipeline_refuses_the_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process the pool did not start through its initializer has no pipeline: an error says so, under
    ``python -O`` too, rather than an AttributeError deep in the extraction."""
    from quotegraph.batch import local

    monkeypatch.setattr(local, "_worker_nlp", None)
    with pytest.raises(PipelineError, match="pool initializer"):
        local._run_chunk(Chunk(part=0, records=[], position=0), Job(Path("."), "jsonl", Settings()))
