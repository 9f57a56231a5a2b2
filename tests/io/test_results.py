"""Results and failures read back for ``ingest``: a batch output folder gives each failure once."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from quotegraph.io.readers import JsonlReader
from quotegraph.io.results import ResultFile, classify, read_results, split_inputs
from quotegraph.io.writers import OUTPUT_FORMATS, failures_path, part_path, write_part
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import encode_result


def _failure_line(doc_id: str) -> str:
    row = {"id": doc_id, "source": f"in.jsonl:line {doc_id}", "reason": "empty text", "error": "InputError"}
    return json.dumps(row)


def _batch_output(out: Path, *, merged: bool) -> None:
    """The layout `quotegraph batch` leaves: per-part failures, and their merge once the run ends."""
    (out / "parts").mkdir(parents=True)
    result = ArticleResult(id="r1", text="Hi.", entities=(), attributions=())
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


@pytest.mark.parametrize("fmt", OUTPUT_FORMATS)
def test_a_part_in_every_output_format_is_classified_and_read_back(tmp_path: Path, fmt: str) -> None:
    """classify reads the output formats' registry: a format added there is read back, not taken for articles."""
    result = ArticleResult(id="r1", text="Hi.", entities=(), attributions=())
    failure = Failure(id="f1", source="in.jsonl:line 2", reason="empty text")
    write_part(tmp_path, 0, [result], [failure], fmt)
    assert classify(str(part_path(tmp_path, 0, fmt))) == "results"
    assert classify(str(failures_path(tmp_path, 0))) == "failures"
    assert _read_back(tmp_path) == (["r1"], ["f1"])


@pytest.mark.parametrize("suffix", JsonlReader.suffixes)
def test_results_under_every_jsonl_name_are_classified_as_results(tmp_path: Path, suffix: str) -> None:
    line = encode_result(ArticleResult(id="r1", text="Hi.", entities=(), attributions=())) + b"\n"
    path = tmp_path / f"out{suffix}"
    path.write_bytes(gzip.compress(line) if suffix.endswith(".gz") else line)
    assert classify(str(path)) == "results"


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
    result = ArticleResult(id="r1", text="Hi.", entities=(), attributions=())
    (folder / "good.jsonl").write_bytes(encode_result(result) + b"\n")
    found, articles = split_inputs([str(folder)])
    items = [loaded.item for f in found for loaded in read_results(f)]
    assert articles == [] and [i.id for i in items if isinstance(i, ArticleResult)] == ["r1"]
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.source == str(folder / "bad.parquet") and "cannot read Parquet" in failure.reason


def test_results_saved_with_a_byte_order_mark_are_read_as_results(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + encode_result(ArticleResult(id="r1", text="Hi.", entities=(), attributions=())))
    found, articles = split_inputs([str(path)])
    assert articles == [] and [loaded.item.id for f in found for loaded in read_results(f)] == ["r1"]


def test_a_truncated_gzipped_results_file_keeps_what_was_read_and_says_where_it_broke(tmp_path: Path) -> None:
    import gzip

    import msgspec

    result = ArticleResult(id="r0", text="Hi.", entities=(), attributions=())
    lines = b"".join(encode_result(msgspec.structs.replace(result, id=f"r{n}")) + b"\n" for n in range(3000))
    data = gzip.compress(lines)
    path = tmp_path / "results.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = [loaded.item for loaded in read_results(ResultFile(str(path), "results"))]
    assert isinstance(items[-1], Failure) and "cannot read further" in items[-1].reason
    assert items[:-1] and all(isinstance(i, ArticleResult) for i in items[:-1])


def _with_content(result: ArticleResult, start: int, end: int, text: str) -> ArticleResult:
    import msgspec

    from quotegraph.model import Excerpt, TextSpan

    attribution = result.attributions[0]
    changed = msgspec.structs.replace(attribution, content=Excerpt(spans=(TextSpan(start, end),), text=text))
    return msgspec.structs.replace(result, attributions=(changed,))


def _bad_results(populated: ArticleResult) -> dict[str, ArticleResult]:
    import msgspec

    from quotegraph.model import Mention, TextSpan

    text = populated.text or ""
    entity = populated.entities[0]
    wrong_mention = msgspec.structs.replace(entity, mentions=(Mention(TextSpan(0, 2), "the senator"),))
    return {
        "past the text": _with_content(populated, 70, len(text) + 5, text[70:]),
        "disagrees with its text": _with_content(populated, 12, 23, "We will lose"),
        "a mention off its words": msgspec.structs.replace(populated, entities=(wrong_mention,)),
    }


@pytest.mark.parametrize("case", ["past the text", "disagrees with its text", "a mention off its words"])
@pytest.mark.parametrize("form", ["jsonl", "parquet"])
def test_a_result_whose_spans_do_not_fit_its_text_is_a_failure_and_the_rest_is_read(
    tmp_path: Path, populated_result: ArticleResult, case: str, form: str
) -> None:
    bad = msgspec_id(_bad_results(populated_result)[case], "bad")
    results = [populated_result, bad, msgspec_id(populated_result, "a2")]
    path = tmp_path / f"results.{form}"
    if form == "jsonl":
        path.write_bytes(b"".join(encode_result(r) + b"\n" for r in results))
    else:
        import pyarrow.parquet as pq

        from quotegraph.io.parquet import results_to_table

        pq.write_table(results_to_table(results), path)
    items = [loaded.item for loaded in read_results(ResultFile(str(path), "results"))]
    assert [type(i).__name__ for i in items] == ["ArticleResult", "Failure", "ArticleResult"]
    failure = items[1]
    assert isinstance(failure, Failure) and failure.id == "bad"
    assert "does not fit the text" in failure.reason


def test_a_result_without_its_text_is_read_as_it_is(tmp_path: Path, populated_result: ArticleResult) -> None:
    """`extract --no-text` output: there is no text to check the spans against."""
    import msgspec

    path = tmp_path / "results.jsonl"
    path.write_bytes(encode_result(msgspec.structs.replace(populated_result, text=None)) + b"\n")
    assert [type(x.item) for x in read_results(ResultFile(str(path), "results"))] == [ArticleResult]


def msgspec_id(result: ArticleResult, new_id: str) -> ArticleResult:
    import msgspec

    return msgspec.structs.replace(result, id=new_id)
