"""The runner with an in-process engine: nothing lost, parts named by input position, resume, manifest."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from spacy.language import Language

from quotegraph.batch import Chunk, Job, PartReport, register_engine, run_batch
from quotegraph.batch.work import process_chunk
from quotegraph.errors import ConfigError, StoreError
from quotegraph.nlp import load_pipeline
from quotegraph.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings())


class InProcessEngine:
    """Runs chunks here, in reverse order, to show the output does not depend on completion order;
    ``stop_after`` parts it raises, standing in for a run killed midway."""

    name = "test-inprocess"

    def __init__(self, nlp: Language, stop_after: int | None = None) -> None:
        self.nlp, self.stop_after = nlp, stop_after

    def run(self, chunks: Iterable[Chunk], job: Job, on_part: Callable[[PartReport], None]) -> None:
        for n, chunk in enumerate(reversed(list(chunks))):
            if self.stop_after is not None and n == self.stop_after:
                raise KeyboardInterrupt
            on_part(process_chunk(self.nlp, chunk, job))


def write_inputs(root: Path) -> list[str]:
    rows = [{"id": f"a{n}", "text": f"Article {n}: the mayor said the bridge would reopen."} for n in range(23)]
    rows[5] = {"id": "no-text", "body": "wrong field"}
    lines = [json.dumps(r) for r in rows]
    lines.insert(9, "{not json")
    (root / "in.jsonl").write_text("\n".join(lines) + "\n")
    (root / "empty.txt").write_text("   \n")
    (root / "ok.txt").write_text("She told CNN she was sorry.")
    return [str(root / "in.jsonl"), str(root / "empty.txt"), str(root / "ok.txt"), str(root / "missing.txt")]


def output_files(out: Path) -> dict[str, bytes]:
    names = ["failures.jsonl", "summary.json", *[f"parts/{p.name}" for p in (out / "parts").iterdir()]]
    return {name: (out / name).read_bytes() for name in sorted(names)}


def test_every_input_ends_in_the_output_or_in_failures(tmp_path: Path, nlp: Language) -> None:
    register_engine("test-inprocess", lambda workers: InProcessEngine(nlp))
    inputs = write_inputs(tmp_path)
    outcome = run_batch(inputs, tmp_path / "out", Settings(part_size=4), engine="test-inprocess")
    results = [json.loads(line) for p in sorted((tmp_path / "out/parts").glob("part-*.jsonl")) for line in p.open()]
    failures = [json.loads(line) for line in (tmp_path / "out/failures.jsonl").open()]
    assert [r["id"] for r in results][:5] == ["a0", "a1", "a2", "a3", "a4"]
    assert len(results) == 22 + 1 and len(failures) == 4
    assert {f["reason"].split(":")[0] for f in failures} == {"no text", "not JSON", "empty text", "no such file"}
    assert all(f["source"] for f in failures)
    assert outcome.counts.read == 27 and outcome.counts.extracted == 23 and outcome.counts.failed == 4
    assert outcome.totals == {"articles": 27, "extracted": 23, "failed": 4, "parts": 7}


def test_an_interrupted_run_resumes_to_the_same_output(tmp_path: Path, nlp: Language) -> None:
    register_engine("test-inprocess", lambda workers: InProcessEngine(nlp))
    register_engine("test-interrupted", lambda workers: InProcessEngine(nlp, stop_after=3))
    inputs = write_inputs(tmp_path)
    run_batch(inputs, tmp_path / "clean", Settings(part_size=4), engine="test-inprocess")
    with pytest.raises(KeyboardInterrupt):
        run_batch(inputs, tmp_path / "resumed", Settings(part_size=4), engine="test-interrupted")
    (tmp_path / "resumed/parts/.part-000001.jsonl.123.tmp").write_bytes(b"half a part")
    outcome = run_batch(inputs, tmp_path / "resumed", Settings(part_size=4), engine="test-inprocess")
    assert outcome.counts.skipped > 0
    assert output_files(tmp_path / "resumed") == output_files(tmp_path / "clean")


def test_resuming_with_other_settings_is_refused(tmp_path: Path, nlp: Language) -> None:
    register_engine("test-inprocess", lambda workers: InProcessEngine(nlp))
    inputs = write_inputs(tmp_path)
    run_batch(inputs, tmp_path / "out", Settings(part_size=4), engine="test-inprocess")
    with pytest.raises(ConfigError, match="part_size"):
        run_batch(inputs, tmp_path / "out", Settings(part_size=5), engine="test-inprocess")


def test_parquet_parts_follow_the_schema(tmp_path: Path, nlp: Language) -> None:
    import pyarrow.parquet as pq

    from quotegraph.io.parquet import ARTICLE_SCHEMA

    register_engine("test-inprocess", lambda workers: InProcessEngine(nlp))
    inputs = write_inputs(tmp_path)
    run_batch(inputs, tmp_path / "out", Settings(part_size=4), output_format="parquet", engine="test-inprocess")
    table = pq.read_table(sorted((tmp_path / "out/parts").glob("part-*.parquet")))
    assert table.schema.equals(ARTICLE_SCHEMA, check_metadata=False)
    assert table.num_rows == 23


def test_unknown_engine_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown engine"):
        run_batch([], tmp_path / "out", Settings(), engine="nope")


def test_an_output_folder_that_cannot_be_made_is_a_store_error_naming_it(tmp_path: Path) -> None:
    """A file where the folder should be (or a read-only parent) raised a bare OSError from mkdir: a traceback."""
    (tmp_path / "in.txt").write_text("She said it was fine.", encoding="utf-8")
    blocked = tmp_path / "taken"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match=r"cannot write .*taken"):
        run_batch([str(tmp_path / "in.txt")], blocked / "out", Settings(workers=1))


def test_jsonl_parts_match_the_json_schema(tmp_path: Path, nlp: Language) -> None:
    import jsonschema

    from quotegraph.model.codec import load_schema

    register_engine("test-inprocess", lambda workers: InProcessEngine(nlp))
    run_batch(write_inputs(tmp_path), tmp_path / "out", Settings(part_size=4), engine="test-inprocess")
    validator = jsonschema.Draft202012Validator(load_schema())
    lines = [line for part in sorted((tmp_path / "out/parts").glob("part-*.jsonl")) for line in part.open()]
    assert len(lines) == 23  # every article that went through, so an empty output cannot pass
    for line in lines:
        validator.validate(json.loads(line))


@pytest.mark.usefixtures("fake_finder")
def test_the_types_setting_filters_the_parts_and_is_part_of_the_run(tmp_path: Path, nlp: Language) -> None:
    register_engine("test-inprocess", lambda workers: InProcessEngine(nlp))
    text = "“We will win,” Smith said.\n\n“The count was wrong,” Jones believes.\n"
    (tmp_path / "a.txt").write_text(text)
    run_batch([str(tmp_path / "a.txt")], tmp_path / "out", Settings(types="thought"), engine="test-inprocess")
    rows = [json.loads(line) for line in (tmp_path / "out/parts/part-000000.jsonl").open()]
    assert [(a["id"], a["type"]) for a in rows[0]["attributions"]] == [("A2", "thought")]
    assert json.loads((tmp_path / "out/run.json").read_text())["types"] == "thought"
    with pytest.raises(ConfigError, match="types"):
        run_batch([str(tmp_path / "a.txt")], tmp_path / "out", Settings(), engine="test-inprocess")
