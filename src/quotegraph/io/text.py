"""Plain-text files: the whole file is one article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quotegraph.io.ids import content_id
from quotegraph.io.records import Record, failure
from quotegraph.model import Article

__all__ = ["UTF8_BOM", "decode_utf8", "numbered_lines", "read_text_bytes"]

# What Windows tools and spreadsheet exports put before UTF-8 text; not part of the text.
UTF8_BOM = b"\xef\xbb\xbf"


def numbered_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """The lines of a file, numbered from 1, with a BOM before the first dropped (JSONL written by
    such a tool would otherwise open with a line that is not JSON)."""
    for number, line in enumerate(lines, 1):
        yield number, line.removeprefix(UTF8_BOM) if number == 1 else line


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
