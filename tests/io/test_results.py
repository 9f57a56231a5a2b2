"""Results and failures read back for ``ingest``: a batch output folder gives each failure once."""

from __future__ import annotations

import json
from pathlib import Path

from quotegraph.io.results import ResultFile, read_results, split_inputs
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import encode_result


def _failure_line(doc_id: str) -> str:
    row = {"id": doc_id, "source": f"in.jsonl:line {doc_id}", "reason": "empty text", "error": "InputError"}
    return json.dumps(row)


def _batch_output(out: Path, *, merged: bool) -> None:
    """The layout `quotegraph batch` leaves: per-part failures, and their merge once the run ends."""
    (out / "parts").mkdir(parents=True)
    result = ArticleResult(id="r1", text="Hi.", entities=[], attributions=[])
    (out / "parts" / "part-000000.jsonl").write_bytes(encode_result(result) + b"\n")
    (out / "parts" / "failures-000000.jsonl").write_text(_failure_line("1") + "\n", "utf-8")
    (out / "parts" / "failures-000001.jsonl").write_text(_failure_line("2") + "\n", "utf-8")
    if merged:
        (out / "failures.jsonl").write_text(_failure_line("1") + "\n" + _failure_line("2") + "\n", "utf-8")


def _read_back(out: Path) -> tuple[list[str], list[str]]:
    found, articles = split_inputs([str(out)])
    assert articles == []
    items = [loaded.item for f in found for loaded in read_results(f)]
    results = [i.id for i in items if isinstance(i, ArticleResult)]
    return results, sorted(i.id for i in items if isinstance(i, Failure))


def test_a_finished_batch_folder_gives_each_failure_once(tmp_path: Path) -> None:
    _batch_output(tmp_path / "out", merged=True)
    assert _read_back(tmp_path / "out") == (["r1"], ["1", "2"])


def test_an_unfinished_batch_folder_gives_the_failures_of_its_parts(tmp_path: Path) -> None:
    _batch_output(tmp_path / "out", merged=False)
    assert _read_back(tmp_path / "out") == (["r1"], ["1", "2"])


def test_a_failures_file_named_on_its_own_is_read(tmp_path: Path) -> None:
    _batch_output(tmp_path / "out", merged=True)
    found, _ = split_inputs([str(tmp_path / "out" / "failures.jsonl")])
    assert [loaded.item.id for f in found for loaded in read_results(f)] == ["1", "2"]


def test_an_unreadable_parquet_file_is_a_failure_and_the_rest_is_read(tmp_path: Path) -> None:
    """One corrupt part stopped a whole ingest before anything was stored."""
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "bad.parquet").write_bytes(b"not parquet at all")
    result = ArticleResult(id="r1", text="Hi.", entities=[], attributions=[])
    (folder / "good.jsonl").write_bytes(encode_result(result) + b"\n")
    found, articles = split_inputs([str(folder)])
    items = [loaded.item for f in found for loaded in read_results(f)]
    assert articles == [] and [i.id for i in items if isinstance(i, ArticleResult)] == ["r1"]
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.source == str(folder / "bad.parquet") and "cannot read Parquet" in failure.reason


def test_results_saved_with_a_byte_order_mark_are_read_as_results(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + encode_result(ArticleResult(id="r1", text="Hi.", entities=[], attributions=[])))
    found, articles = split_inputs([str(path)])
    assert articles == [] and [loaded.item.id for f in found for loaded in read_results(f)] == ["r1"]


def test_a_truncated_gzipped_results_file_keeps_what_was_read_and_says_where_it_broke(tmp_path: Path) -> None:
    import gzip

    import msgspec

    result = ArticleResult(id="r0", text="Hi.", entities=[], attributions=[])
    lines = b"".join(encode_result(msgspec.structs.replace(result, id=f"r{n}")) + b"\n" for n in range(3000))
    data = gzip.compress(lines)
    path = tmp_path / "results.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = [loaded.item for loaded in read_results(ResultFile(str(path), "results"))]
    assert isinstance(items[-1], Failure) and "cannot read further" in items[-1].reason
    assert items[:-1] and all(isinstance(i, ArticleResult) for i in items[:-1])
