"""Web archives (.warc, .warc.gz) through FastWARC (the ``warc`` extra), one record at a time.

Only response records are documents; request, metadata and warcinfo records describe the crawl
and are passed over. A response that is not HTTP, not HTML, or too large is recorded as a failure.

A broken record does not end the file. FastWARC reads a record's content by its Content-Length and
has no way past bytes that are not a record header, so when it stops on one this module finds where
the break is itself: the last record read is checked against the two CRLFs that must follow its
content (a Content-Length too short leaves the rest of the content where the next header should be),
and reading goes on from the next record start (``WARC/1.0`` / ``WARC/1.1`` after a line end in a
plain file, a gzip member whose first bytes are one in a ``.warc.gz``). Each response is therefore
held back until the record after it has been read, so that half a page cut by a wrong Content-Length
is never passed on as the article. All of it streams: memory is held to one page and the scan is
linear in the bytes skipped. A stream that cannot seek (stdin) still stops at the first break.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Generator, Iterator
from typing import IO, Any, NamedTuple

from quotegraph.io.records import PendingHtml, Record, failure
from quotegraph.model import Failure
from quotegraph.model.periods import day_of
from quotegraph.settings import Settings

__all__ = ["read_warc_stream"]

# A record starts with its version line (ISO 28500: WARC/1.0 of 2009, WARC/1.1 of 2017, the two
# FastWARC reads) at the start of a line, which in a plain file follows the CRLF ending the last record.
_RECORD_START = re.compile(rb"\nWARC/1\.[01]\r\n")
_VERSION_LINE = re.compile(rb"WARC/1\.[01]\r\n")
_RECORD_END = b"\r\n\r\n"  # what follows every record's content block (ISO 28500, section 4)
_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_MEMBER = b"\x1f\x8b\x08"  # a gzip member (magic and deflate method): each record of a .warc.gz is one
_SCAN_CHUNK = 1 << 20  # bytes read at a time while looking for the next record: memory held by the scan
_MEMBER_PEEK = 1 << 10  # compressed bytes inflated to see whether a gzip member opens with a version line
_MAX_HEADER_BYTES = 1 << 16  # a WARC header is a few hundred bytes; past this it is not one
_KEPT_FOR_EDGE = 16  # bytes of one piece kept before the next: a record start cut by the edge is still found


def read_warc_stream(stream: IO[bytes], name: str, settings: Settings) -> Iterator[Record]:
    start: int | None = 0
    while start is not None:
        start = yield from _read_from(stream, start, name, settings)


class _Read(NamedTuple):
    """The last record FastWARC read: where it starts, what a failure of it is named by, and the
    Content-Length its header declares."""

    at: int
    doc_id: str
    length: str


def _read_from(stream: IO[bytes], start: int, name: str, settings: Settings) -> Generator[Record, None, int | None]:
    """The records from byte ``start`` to the end of the file or to the first break; returns where
    reading goes on after the break (None at the end)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    if start:
        stream.seek(start)
    last: _Read | None = None
    pending: Record | None = None  # a response read, held back until the next record shows it whole
    try:
        for record in ArchiveIterator(stream, parse_http=True):
            if pending is not None:
                yield pending
                pending = None
            at = int(record.stream_pos)
            last = _Read(at, _record_id(record, f"{name}@{at}"), record.headers.get("Content-Length") or "no")
            if record.record_type == WarcRecordType.response:
                pending = _response(record, f"{name}@{at}", settings, at)
    except Exception as exc:  # FastWARC raises its own kinds on a corrupt stream; keep what was read
        return (yield from _past_break(stream, name, start, last, pending, f"{type(exc).__name__}: {exc}"))
    cut = pending is not None and isinstance(pending.item, Failure)  # already told (the file ends in it)
    if (
        last is not None
        and not cut
        and stream.seekable()
        and _record_size(stream, last.at, _is_gzipped(stream)) is None
    ):
        # FastWARC ends without a word when the last record's Content-Length stops short of the file's end
        return (yield from _past_break(stream, name, start, last, pending, "the file ends"))
    if pending is not None:
        yield pending
    return None


def _past_break(
    stream: IO[bytes], name: str, start: int, last: _Read | None, pending: Record | None, error: str
) -> Generator[Record, None, int | None]:
    """FastWARC stopped on bytes that are no record header: the record read before them is passed on
    if its content ends as a record must, else recorded as broken; the break is recorded with where
    it is and where reading goes on (None: nowhere)."""
    if not stream.seekable():  # stdin: no way back to look for the next record
        if pending is not None:
            yield pending
        where = start if last is None else last.at
        yield failure(f"{name}@{where}", f"{name}@{where}", f"cannot read further: {error}", where)
        return None
    gzipped = _is_gzipped(stream)
    size = None if last is None else _record_size(stream, last.at, gzipped)
    if pending is not None and (size is not None or last is None or pending.offset != last.at):
        yield pending  # its content ends where a record must, or a record was read after it
    if last is not None and size is None:
        resume = _next_record_start(stream, last.at + 1, gzipped)
        reason = f"its Content-Length ({last.length} bytes) ends inside the record (no record end after it)"
        yield failure(last.doc_id, f"{name}@{last.at}", f"{reason}: {_going_on(resume)}", last.at)
        return resume
    if last is None:
        where, place = start, f"at byte {start:,}"
    elif gzipped:  # inside the last record's gzip member or in the members after it
        where, place = last.at, f"after the record at byte {last.at:,}"
    else:
        where = last.at + (size or 0)
        place = f"at byte {where:,}"
    resume = _next_record_start(stream, where + 1, gzipped)
    yield failure(
        f"{name}@{where}", f"{name}@{where}", f"not a WARC record {place} ({error}): {_going_on(resume)}", where
    )
    return resume


def _going_on(resume: int | None) -> str:
    return "no record starts after it" if resume is None else f"read on from the next record at byte {resume:,}"


def _record_id(record: Any, source: str) -> str:
    """What a failure of the record is named by: its page's address, else its record id."""
    return str(record.headers.get("WARC-Target-URI") or record.headers.get("WARC-Record-ID") or source)


def _is_gzipped(stream: IO[bytes]) -> bool:
    stream.seek(0)
    return stream.read(len(_GZIP_MAGIC)) == _GZIP_MAGIC


def _record_size(stream: IO[bytes], at: int, gzipped: bool) -> int | None:
    """The bytes the record at byte ``at`` takes (inflated, in a .warc.gz) up to the end of its record
    end, when its Content-Length is followed by one; else None. The content is skipped in pieces."""
    stream.seek(at)
    view: IO[bytes] = gzip.GzipFile(fileobj=stream, mode="rb") if gzipped else stream  # type: ignore[assignment]
    try:
        header, length = _content_length(view)
        left = length
        while left > 0:
            piece = view.read(min(left, _SCAN_CHUNK))
            if not piece:
                return None
            left -= len(piece)
        if length < 0 or view.read(len(_RECORD_END)) != _RECORD_END:
            return None
    except (OSError, EOFError, zlib.error):  # a gzip member that does not inflate is no whole record
        return None
    return header + length + len(_RECORD_END)


def _content_length(view: IO[bytes]) -> tuple[int, int]:
    """The size of the header ``view`` is at and its Content-Length (-1 when there is none or it is
    no header)."""
    length, read = -1, 0
    while read < _MAX_HEADER_BYTES:
        line = view.readline(_MAX_HEADER_BYTES - read)
        read += len(line)
        if line in (b"\r\n", b"\n", b""):
            return read, length
        field, _, value = line.partition(b":")
        if field.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    return read, -1


def _next_record_start(stream: IO[bytes], after: int, gzipped: bool) -> int | None:
    """The byte at or after ``after`` where the next record starts, or None: a scan in pieces, linear
    in the bytes it passes."""
    if gzipped:
        return _next_member(stream, after)
    stream.seek(after - 1)  # the line end before a record found right at ``after``
    base, tail = after - 1, b""  # base: where ``tail`` starts in the file
    while piece := stream.read(_SCAN_CHUNK):
        window = tail + piece
        if found := _RECORD_START.search(window):
            return base + found.start() + 1
        tail = window[-_KEPT_FOR_EDGE:]
        base += len(window) - len(tail)
    return None


def _next_member(stream: IO[bytes], after: int) -> int | None:
    base, tail = after, b""  # base: where ``tail`` starts in the file
    stream.seek(after)
    while piece := stream.read(_SCAN_CHUNK):
        window = tail + piece
        found = window.find(_GZIP_MEMBER)
        while found != -1:
            if _opens_record(stream, base + found):  # moves the stream: put back below
                return base + found
            found = window.find(_GZIP_MEMBER, found + 1)
        tail = window[-_KEPT_FOR_EDGE:]
        base += len(window) - len(tail)
        stream.seek(base + len(tail))
    return None


def _opens_record(stream: IO[bytes], at: int) -> bool:
    """Whether the gzip member at ``at`` inflates to a record's version line."""
    stream.seek(at)
    try:
        head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(stream.read(_MEMBER_PEEK), 16)
    except zlib.error:
        return False
    return _VERSION_LINE.match(head) is not None


def _response(record: Any, source: str, settings: Settings, position: int) -> Record:
    url = record.headers.get("WARC-Target-URI") or None
    doc_id = record.headers.get("WARC-Record-ID") or source
    fallback = _record_id(record, source)
    if record.http_headers is None:
        return failure(fallback, source, f"not an HTTP response ({url})", position)
    content_type = (record.http_headers.get("Content-Type") or "").lower()
    if "html" not in content_type:
        return failure(fallback, source, f"not HTML: content type {content_type or 'missing'!r}", position)
    if int(record.content_length) > settings.max_page_bytes:
        reason = f"record of {int(record.content_length):,} bytes exceeds max_page_bytes={settings.max_page_bytes:,}"
        return failure(fallback, source, reason, position)
    body: bytes = record.reader.read()
    if int(record.reader.tell()) < int(record.content_length):
        # The archive ends inside this record (a cut download, a truncated .warc.gz): FastWARC gives what there
        # is without a word, and half a page would pass for the whole article.
        read, length = int(record.reader.tell()), int(record.content_length)
        return failure(
            fallback, source, f"record cut short: {read:,} of {length:,} bytes (the file ends in it)", position
        )
    warc_date = record.headers.get("WARC-Date") or ""
    extra = {"source": source, "warc_record_id": doc_id, "warc_date": warc_date}
    published = day_of(warc_date) if warc_date else None  # a WARC-Date that is no date stays in meta only
    return Record(PendingHtml(body, source, url, published, None, extra), source, position)
