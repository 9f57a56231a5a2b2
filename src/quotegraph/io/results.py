"""Results already extracted, read back: `extract`/`batch` JSONL and `batch`/`spark` Parquet parts.

A file is recognised by what it holds, not only by its name: a JSONL file whose first object has
``attributions``, ``entities`` and ``schema_version`` holds results; one with ``reason`` and
``source`` holds failures (a batch part's ``failures-*.jsonl``); a Parquet file is told the same way
by its columns. Anything else is left to the article readers (``quotegraph.io.read``).
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from typing import IO, Literal, NamedTuple

import msgspec

from quotegraph.errors import InputError
from quotegraph.io.offsets import offsets_problem
from quotegraph.io.readers import JsonlReader, is_gzipped
from quotegraph.io.writers import PARQUET, output_suffix
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import decode_result
from quotegraph.model.jsonlines import NOT_JSON, json_lines, numbered_lines

__all__ = ["Loaded", "ResultFile", "classify", "read_results", "split_inputs"]

Holding = Literal["results", "failures", "articles", "other"]
_RESULT_KEYS = frozenset({"attributions", "entities", "schema_version"})
_FAILURE_KEYS = frozenset({"id", "source", "reason"})
_SNIFF_BYTES = 1 << 20  # the first line of a results file holds one article: a MB is plenty
_FAILURE = msgspec.json.Decoder(Failure)
# Results come back in the forms they are written in: Parquet parts under the output format's suffix,
# JSONL (parts, ``extract`` output, either gzipped) under the names the JSONL reader claims.
_PARQUET_SUFFIX = output_suffix(PARQUET)
_JSONL_SUFFIXES = JsonlReader.suffixes


class ResultFile(msgspec.Struct, frozen=True):
    path: str
    holding: Holding


class Loaded(NamedTuple):
    """One result or failure read back, and where (``path:line 3``, ``path:row 7``)."""

    item: ArticleResult | Failure
    source: str


def _failed_load(doc_id: str, source: str, reason: str) -> Loaded:
    return Loaded(Failure(id=doc_id, source=source, reason=reason), source)


def _open(path: str) -> IO[bytes]:
    if is_gzipped(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # a GzipFile is a binary stream
    return open(path, "rb")


def classify(path: str) -> Holding:
    """What a file holds: results, failures, articles (any input `batch` reads), or other."""
    name = path.lower()
    if name.endswith(_PARQUET_SUFFIX):
        return _classify_parquet(path)
    if name.endswith(_JSONL_SUFFIXES):
        try:
            with _open(path) as stream:
                first = next((line for _, line in numbered_lines(stream) if line.strip()), b"")[:_SNIFF_BYTES]
            keys = set(msgspec.json.decode(first)) if first else set()
        except (OSError, EOFError, TypeError, *NOT_JSON):
            return "articles"  # the article reader reports what is wrong with it, line by line
        if keys >= _RESULT_KEYS:
            return "results"
        if keys >= _FAILURE_KEYS and "text" not in keys:
            return "failures"
        return "articles"
    from quotegraph.io.sources import format_of

    return "articles" if format_of(path) else "other"


def _classify_parquet(path: str) -> Holding:
    import pyarrow.parquet as pq

    try:
        names = set(pq.read_schema(path).names)
    except (OSError, ValueError):  # pyarrow's ArrowInvalid is a ValueError
        return "results"  # read as such, it becomes a failure naming the file; the other inputs go on
    if names >= _RESULT_KEYS:
        return "results"
    return "failures" if names >= _FAILURE_KEYS else "other"


def split_inputs(paths: list[str]) -> tuple[list[ResultFile], list[str]]:
    """Results and failure files (directories walked, in sorted order), and the other paths, which
    are article inputs for the extraction run. A directory with no result file in it is one input."""
    found: list[ResultFile] = []
    articles: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            inside = [ResultFile(p, classify(p)) for p in _files(path) if not _merged_failures(p)]
            held = [f for f in inside if f.holding in ("results", "failures")]
            if held:
                found += held
                articles += [f.path for f in inside if f.holding == "articles"]
            else:
                articles.append(path)
        elif path != "-" and os.path.isfile(path) and (holding := classify(path)) in ("results", "failures"):
            found.append(ResultFile(path, holding))
        else:
            articles.append(path)
    return found, articles


def _merged_failures(path: str) -> bool:
    """A batch output's ``failures.jsonl``: the merge of its ``parts/failures-*.jsonl``, which are
    read instead (they are there in an unfinished run too), so that no failure is counted twice."""
    parts = os.path.join(os.path.dirname(path), "parts")
    return os.path.basename(path) == "failures.jsonl" and any(
        name.startswith("failures-") for name in (os.listdir(parts) if os.path.isdir(parts) else ())
    )


def _files(root: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.startswith((".", "_")):  # Spark's _SUCCESS, a part being written
                yield os.path.join(dirpath, name)


def read_results(item: ResultFile) -> Iterator[Loaded]:
    """Each result or failure of one file, as a Record; an unreadable line becomes a Failure."""
    if item.path.lower().endswith(_PARQUET_SUFFIX):
        yield from _parquet_records(item)
        return

    def record(line: bytes, number: int) -> Loaded:
        return _jsonl_record(line, f"{item.path}:line {number}", item.holding)

    def lost(number: int, exc: Exception) -> Loaded:
        return _failed_load(item.path, f"{item.path}:line {number}", f"cannot read further: {exc}")

    try:
        with _open(item.path) as stream:
            yield from json_lines(stream, record, broken=lost)
    except OSError as exc:  # the file cannot be opened
        yield _failed_load(item.path, item.path, f"cannot read: {exc}")


def _jsonl_record(line: bytes, source: str, holding: Holding) -> Loaded:
    try:
        if holding == "failures":
            return Loaded(_FAILURE.decode(line), source)
        return _checked(decode_result(line), source)
    except InputError as exc:  # decode_result's reason already says what the line is not
        return _failed_load(source, source, str(exc))
    except NOT_JSON as exc:
        return _failed_load(source, source, f"not a quotegraph {holding[:-1]}: {exc}")


def _checked(result: ArticleResult, source: str) -> Loaded:
    """The result, or the failure of it when its spans do not fit its text (``io.offsets``)."""
    problem = offsets_problem(result)
    return Loaded(result, source) if problem is None else _failed_load(result.id, source, problem)


def _parquet_records(item: ResultFile) -> Iterator[Loaded]:
    import pyarrow.parquet as pq

    from quotegraph.io.parquet import result_of

    try:
        parquet = pq.ParquetFile(item.path)
        for batch in parquet.iter_batches(batch_size=256):
            for number, row in enumerate(batch.to_pylist()):
                source = f"{item.path}:row {number}"
                if item.holding == "failures":
                    yield Loaded(msgspec.convert(row, Failure), source)
                    continue
                try:
                    yield _checked(result_of(row), source)
                except InputError as exc:
                    yield _failed_load(str(row.get("id") or source), source, str(exc))
    except (OSError, ValueError, msgspec.ValidationError) as exc:
        yield _failed_load(item.path, item.path, f"cannot read Parquet: {exc}")
