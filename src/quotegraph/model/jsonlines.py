"""The one reader of JSON Lines: every file of one JSON value a line (articles, results, failures,
gold files and labels) is read here, line by line; what a bad line or a broken file becomes is the
caller's to say (a failure record and read on, or an error that stops the command)."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import msgspec

__all__ = ["NOT_JSON", "UTF8_BOM", "json_lines", "numbered_lines"]

T = TypeVar("T")

# What Windows tools and spreadsheet exports put before UTF-8 text; not part of the text.
UTF8_BOM = b"\xef\xbb\xbf"
# A file that cannot be read on: a disk error, a gzip cut short (EOFError) or damaged (zlib.error).
_BROKEN_STREAM = (OSError, EOFError, zlib.error)
# What msgspec's JSON decoding raises on bytes that are not a JSON value it can read: its DecodeError (and
# ValidationError, a kind of it), a UnicodeDecodeError (a ValueError) for bytes that are not UTF-8 ("caf\xe9"
# written as Latin-1), and a RecursionError for nesting deeper than the interpreter's recursion limit (a line of
# 10,000 "["). Each is one bad line or request body, to be reported as such, never a traceback that stops a run.
NOT_JSON = (msgspec.DecodeError, ValueError, RecursionError)


def numbered_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """The lines of a file, numbered from 1, with a BOM before the first dropped (JSONL written by
    such a tool would otherwise open with a line that is not JSON)."""
    for number, line in enumerate(lines, 1):
        yield number, line.removeprefix(UTF8_BOM) if number == 1 else line


def json_lines(
    lines: Iterable[bytes],
    decode: Callable[[bytes, int], T],
    *,
    broken: Callable[[int, Exception], T],
) -> Iterator[T]:
    """``decode(line, number)`` of each non-blank line: ``decode`` turns a bad line into what its
    caller wants (a failure, or an error raised). When the file cannot be read on,
    ``broken(number of the first line not read, error)`` is the last item (or raises)."""
    number = 0
    try:
        for number, line in numbered_lines(lines):
            if line.strip():
                yield decode(line, number)
    except _BROKEN_STREAM as exc:
        yield broken(number + 1, exc)
