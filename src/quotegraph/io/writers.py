"""Batch output parts, each written whole or not at all (temporary file, fsync, rename)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import msgspec

from quotegraph.errors import ConfigError, StoreError
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import encode_result

__all__ = [
    "JSONL",
    "OUTPUT_FORMATS",
    "PARQUET",
    "check_output_format",
    "count_part_rows",
    "failures_path",
    "output_suffix",
    "part_path",
    "write_atomically",
    "write_part",
]

_encoder = msgspec.json.Encoder()
# The output formats' names, for the code that must tell one from the other (reading results back).
JSONL = "jsonl"
PARQUET = "parquet"


def output_suffix(fmt: str) -> str:
    """The file suffix of results written in an output format: its name (``part-000000.parquet``)."""
    return f".{fmt}"


def part_path(out_dir: Path, index: int, fmt: str) -> Path:
    return out_dir / "parts" / f"part-{index:06d}{output_suffix(fmt)}"


def failures_path(out_dir: Path, index: int) -> Path:
    return out_dir / "parts" / f"failures-{index:06d}{output_suffix(JSONL)}"


def write_part(
    out_dir: Path, index: int, results: Sequence[ArticleResult], failures: Sequence[Failure], fmt: str
) -> None:
    """The failures file goes first: the result part appearing is what marks the part done."""
    encode = _PART_FORMATS[check_output_format(fmt)].encode
    write_atomically(failures_path(out_dir, index), _jsonl(failures))
    write_atomically(part_path(out_dir, index, fmt), encode(results))


def _jsonl(items: Iterable[ArticleResult | Failure]) -> bytes:
    """Results through the canonical codec (model/codec.py), so parts match the JSON Schema."""
    return b"".join(
        (encode_result(item) if isinstance(item, ArticleResult) else _encoder.encode(item)) + b"\n" for item in items
    )


def _parquet(results: Sequence[ArticleResult]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from quotegraph.io.parquet import results_to_table

    sink = pa.BufferOutputStream()
    pq.write_table(results_to_table(results), sink, compression="zstd")
    return bytes(sink.getvalue().to_pybytes())


def _jsonl_rows(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.read_metadata(path).num_rows)


class PartFormat(NamedTuple):
    """What the batch run does with a part in one output format: write it, and count its results when it sums up."""

    encode: Callable[[Sequence[ArticleResult]], bytes]
    count_rows: Callable[[Path], int]


# The one registry of batch output formats: the name is the part's file suffix. The CLI's --format choices, the
# runner's check, the writer and the run's summary all read it.
_PART_FORMATS: dict[str, PartFormat] = {
    JSONL: PartFormat(_jsonl, _jsonl_rows),
    PARQUET: PartFormat(_parquet, _parquet_rows),
}
OUTPUT_FORMATS = tuple(_PART_FORMATS)


def count_part_rows(path: Path, fmt: str) -> int:
    """The results in a part written in ``fmt``."""
    return _PART_FORMATS[check_output_format(fmt)].count_rows(path)


def check_output_format(fmt: str) -> str:
    """``fmt`` when it is a batch output format; a ``ConfigError`` naming the choices otherwise."""
    if fmt not in _PART_FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    return fmt


def write_atomically(path: Path, data: bytes) -> None:
    """Readers (and a resumed run) see the old file or the complete new one, never a truncated one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # a read-only folder, or a file in its place: a StoreError
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # no folder to clean, or one that cannot be written: nothing left there
            tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {exc}") from exc
