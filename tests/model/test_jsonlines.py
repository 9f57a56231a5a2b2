"""The one reader of JSON lines: numbering, blank lines, a byte order mark, and what a bad line or a
broken stream becomes, which each caller decides."""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.model.codec import read_json_lines
from quotegraph.model.jsonlines import json_lines


def _decode(line: bytes, number: int) -> tuple[int, object]:
    return number, json.loads(line)


def _broken(number: int, exc: Exception) -> tuple[int, object]:
    return number, f"broken: {type(exc).__name__}"


def test_lines_are_numbered_from_1_with_blank_ones_skipped_and_a_bom_dropped() -> None:
    stream = io.BytesIO(b'\xef\xbb\xbf{"a": 1}\n\n   \n[2]\n')
    assert list(json_lines(stream, _decode, broken=_broken)) == [(1, {"a": 1}), (4, [2])]


def test_a_stream_that_breaks_ends_with_what_broken_gives_for_the_line_not_read() -> None:
    def lines() -> Iterator[bytes]:
        yield b"[1]\n"
        yield b"[2]\n"
        raise EOFError("compressed file ended before the end-of-stream marker")

    assert list(json_lines(lines(), _decode, broken=_broken)) == [(1, [1]), (2, [2]), (3, "broken: EOFError")]


def test_a_corrupt_gzip_is_a_broken_stream() -> None:
    """zlib's own error (a damaged deflate stream) is not an OSError; it stopped the results reader."""

    def lines() -> Iterator[bytes]:
        yield b"[1]\n"
        raise zlib.error("Error -3 while decompressing data: invalid distance too far back")

    assert list(json_lines(lines(), _decode, broken=_broken)) == [(1, [1]), (2, "broken: error")]


def test_the_gold_and_label_reader_drops_a_byte_order_mark(tmp_path: Path) -> None:
    """A file saved by a Windows tool opened with a BOM that the gold-file reader took for bad JSON."""
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": 1}\n')
    assert list(read_json_lines(path, "rows")) == [(f"{path}:1", {"id": 1})]


def test_the_gold_and_label_reader_still_names_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": \n')
    with pytest.raises(InputError, match=r"rows\.jsonl:2: not a line of labels"):
        list(read_json_lines(path, "labels"))
