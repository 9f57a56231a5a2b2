"""Web archives (.warc, .warc.gz) through FastWARC (the ``warc`` extra), one record at a time.

Only response records are documents; request, metadata and warcinfo records describe the crawl
and are passed over. A response that is not HTTP, not HTML, or too large is recorded as a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from quotegraph.io.records import PendingHtml, Record, failure
from quotegraph.model.periods import ISO_DAY_CHARS
from quotegraph.settings import Settings

__all__ = ["read_warc_stream"]


def read_warc_stream(stream: IO[bytes], name: str, settings: Settings) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
    position = 0
    try:
        for record in records:
            position = int(record.stream_pos)
            yield _response(record, f"{name}@{position}", settings, position)
    except Exception as exc:  # FastWARC raises its own kinds on a corrupt stream; keep what was read
        yield failure(f"{name}@{position}", f"{name}@{position}", f"cannot read further: {type(exc).__name__}: {exc}")


def _response(record: Any, source: str, settings: Settings, position: int) -> Record:
    url = record.headers.get("WARC-Target-URI") or None
    doc_id = record.headers.get("WARC-Record-ID") or source
    fallback = url or doc_id
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
    return Record(PendingHtml(body, source, url, warc_date[:ISO_DAY_CHARS] or None, None, extra), source, position)
