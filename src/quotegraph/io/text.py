"""Plain-text files: the whole file is one article."""

from __future__ import annotations

from collections.abc import Iterator

from quotegraph.io.ids import content_id
from quotegraph.io.records import Record, failure
from quotegraph.model import Article

__all__ = ["decode_utf8", "read_text_bytes"]


def decode_utf8(data: bytes) -> str:
    """UTF-8 (a BOM is dropped); raises UnicodeDecodeError, whose message says where it broke."""
    return data.decode("utf-8-sig")


def read_text_bytes(data: bytes, source: str) -> Iterator[Record]:
    try:
        text = decode_utf8(data)
    except UnicodeDecodeError as exc:
        yield failure(source, source, f"not valid UTF-8: byte {exc.start} ({data[exc.start : exc.start + 1]!r})")
        return
    if not text.strip():
        yield failure(source, source, "empty text")
        return
    yield Record(Article(id=content_id(text), text=text, meta={"source": source}), source)
