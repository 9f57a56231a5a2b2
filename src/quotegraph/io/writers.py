"""Batch output parts, each written whole or not at all (temporary file, fsync, rename)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import msgspec

from quotegraph.errors import ConfigError, StoreError
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import encode_result

__all__ = [
    "JSONL",
    "OUTPUT_FORMATS",
    "PARQUET",
    "check_output_format",
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
    encode = _PART_ENCODERS[check_output_format(fmt)]
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


# The one registry of batch output formats: the name is the part's file suffix, the value its
# encoder. The CLI's --format choices, the runner's check and the writer all read it.
_PART_ENCODERS: dict[str, Callable[[Sequence[ArticleResult]], bytes]] = {JSONL: _jsonl, PARQUET: _parquet}
OUTPUT_FORMATS = tuple(_PART_ENCODERS)


def check_output_format(fmt: str) -> str:
    """``fmt`` when it is a batch output format; a ``ConfigError`` naming the choices otherwise."""
    if fmt not in _PART_ENCODERS:
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
