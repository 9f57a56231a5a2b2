"""Ingest: results already extracted go straight in, articles are extracted first; failures are
recorded in the corpus and nothing else is lost."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec
import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from quotegraph.batch import Chunk, Job, PartReport, register_engine
from quotegraph.batch.ingest import ingest
from quotegraph.batch.work import process_chunk
from quotegraph.io.parquet import results_to_table
from quotegraph.io.writers import write_part
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import encode_result
from quotegraph.model.corpus import IngestReport
from quotegraph.settings import Settings
from quotegraph.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "corpus.db")


def _results(populated: ArticleResult, count: int, prefix: str = "r") -> list[ArticleResult]:
    return [msgspec.structs.replace(populated, id=f"{prefix}{n}") for n in range(count)]


def test_extract_jsonl_goes_in_without_extraction(
    tmp_path: Path, store: Store, populated_result: ArticleResult
) -> None:
    source = tmp_path / "out.jsonl"
    source.write_bytes(b"".join(encode_result(r) + b"\n" for r in _results(populated_result, 3)) + b"{broken\n")
    outcome = ingest([str(source)], store, Settings())
    assert (outcome.report, outcome.loaded, outcome.extracted) == (IngestReport(added=3), 3, 0)
    assert [f.source for f in outcome.failures] == [f"{source}:line 4"]
    assert [f.source for f in store.failures()] == [f"{source}:line 4"]
    again = ingest([str(source)], store, Settings())
    assert again.report == IngestReport(unchanged=3)
    assert store.stats().articles == 3


def test_batch_and_spark_outputs_are_recognised(tmp_path: Path, store: Store, populated_result: ArticleResult) -> None:
    batch_out = tmp_path / "batch"
    failure = Failure(id="bad", source="in.jsonl:line 2", reason="empty text")
    write_part(batch_out, 0, _results(populated_result, 2, "b"), [failure], "jsonl")
    write_part(batch_out, 1, _results(populated_result, 2, "c"), [], "parquet")
    spark_out = tmp_path / "spark" / "articles" / "published=2025-02-01"
    spark_out.mkdir(parents=True)
    pq.write_table(results_to_table(_results(populated_result, 2, "s")), spark_out / "part-0.parquet")
    (tmp_path / "spark" / "_SUCCESS").write_text("")
    outcome = ingest([str(batch_out), str(tmp_path / "spark")], store, Settings())
    assert outcome.report == IngestReport(added=6) and outcome.extracted == 0
    assert [(f.id, f.reason) for f in outcome.failures] == [("bad", "empty text")]
    stored = store.article("s1")
    assert stored is not None and stored.result == msgspec.structs.replace(populated_result, id="s1")


class InProcessEngine:
    name = "test-ingest"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def run(self, chunks: Iterable[Chunk], job: Job, on_part: Callable[[PartReport], None]) -> None:
        for chunk in chunks:
            on_part(process_chunk(self.nlp, chunk, job))


@pytest.mark.slow
def test_articles_are_extracted_then_stored(tmp_path: Path, store: Store, nlp: Language) -> None:
    register_engine("test-ingest", lambda workers: InProcessEngine(nlp))
    rows = [
        {"id": f"a{n}", "text": f"“We will build it,” Mayor Ann Lee said on day {n}.", "publisher": "gazette"}
        for n in range(3)
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows) + json.dumps({"id": "empty", "text": " "}) + "\n")
    work = tmp_path / "work"
    outcome = ingest([str(source)], store, Settings(part_size=2), work_dir=work, engine="test-ingest")
    assert outcome.report == IngestReport(added=3) and outcome.extracted == 3
    assert [f.id for f in outcome.failures] == ["empty"]
    assert work.is_dir(), "a work folder given by the caller is the caller's"
    speakers = store.speakers()
    assert [(s.name, s.statements, s.outlets) for s in speakers] == [("Ann Lee", 3, 1)]


@pytest.mark.slow
def test_an_interrupted_ingest_resumes_from_its_work_folder(tmp_path: Path, store: Store, nlp: Language) -> None:
    class StopsAfterOnePart(InProcessEngine):
        def run(self, chunks: Iterable[Chunk], job: Job, on_part: Callable[[PartReport], None]) -> None:
            for number, chunk in enumerate(chunks):
                if number == 1:
                    raise KeyboardInterrupt
                on_part(process_chunk(self.nlp, chunk, job))

    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{n}", "text": f"Bob said {n} things."}) + "\n" for n in range(4)))
    work = tmp_path / "work"
    register_engine("test-stops", lambda workers: StopsAfterOnePart(nlp))
    with pytest.raises(KeyboardInterrupt) as stopped:
        ingest([str(source)], store, Settings(part_size=2), work_dir=work, engine="test-stops")
    assert any(str(work) in note for note in stopped.value.__notes__)
    assert store.stats().articles == 2
    register_engine("test-ingest", lambda workers: InProcessEngine(nlp))
    outcome = ingest([str(source)], store, Settings(part_size=2), work_dir=work, engine="test-ingest")
    assert outcome.report == IngestReport(added=2, unchanged=2)
    assert store.stats().articles == 4
