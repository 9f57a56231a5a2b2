"""Bytes in, model objects out: readers for text, HTML, JSONL and WARC inputs.

``read`` is the library entry point; ``read_records`` adds where each item came from, which the
batch runner needs to record failures and show progress.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from typing import IO

from quotegraph.io.records import FORMATS, PendingHtml, Record, failure
from quotegraph.io.sources import InputFile, format_of, walk
from quotegraph.model import Article, Failure
from quotegraph.settings import Settings

__all__ = [
    "FORMATS",
    "InputFile",
    "PendingHtml",
    "Record",
    "format_of",
    "read",
    "read_file",
    "read_records",
    "resolve_html",
]


def read(
    paths: str | list[str] | tuple[str, ...], input_format: str | None = None, settings: Settings | None = None
) -> Iterator[Article | Failure]:
    """Every article in ``paths`` (files, directory trees, or ``"-"`` for stdin), in a stable order.
    A document that cannot be read becomes a ``Failure`` with its reason; this never raises for one."""
    for record in read_records(paths, input_format, settings):
        assert not isinstance(record.item, PendingHtml)  # read_records extracted it
        yield record.item


def read_records(
    paths: str | list[str] | tuple[str, ...],
    input_format: str | None = None,
    settings: Settings | None = None,
    *,
    extract_html: bool = True,
) -> Iterator[Record]:
    """With ``extract_html=False`` pages come out as ``PendingHtml``, to be passed to
    ``resolve_html`` later (in a batch worker, say)."""
    settings = settings or Settings()
    path_list = [paths] if isinstance(paths, str) else list(paths)
    for entry in walk(path_list, input_format):
        records = [entry] if isinstance(entry, Record) else read_file(entry, settings)
        for record in records:
            yield resolve_html(record, settings) if extract_html else record


def resolve_html(record: Record, settings: Settings) -> Record:
    if not isinstance(record.item, PendingHtml):
        return record
    from quotegraph.io.html import resolve  # needs the html extra; imported only when a page is met

    return resolve(record, settings)


def read_file(entry: InputFile, settings: Settings) -> Iterator[Record]:
    try:
        if entry.path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", entry.format, settings)
            return
        with open(entry.path, "rb") as raw:
            yield from _read_stream(raw, entry.path, entry.format, settings)
    except OSError as exc:
        yield failure(entry.path, entry.path, f"cannot read file: {exc.strerror or exc}")


def _read_stream(raw: IO[bytes], name: str, fmt: str, settings: Settings) -> Iterator[Record]:
    if fmt == "jsonl":
        from quotegraph.io.jsonl import read_jsonl_stream

        if name.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield from read_jsonl_stream(unzipped, name, settings, raw=raw)  # type: ignore[arg-type]
        else:
            yield from read_jsonl_stream(raw, name, settings)
    elif fmt == "warc":
        from quotegraph.io.warc import read_warc_stream

        yield from read_warc_stream(raw, name, settings)
    else:
        yield from _read_whole(raw, name, fmt, settings)


def _read_whole(raw: IO[bytes], name: str, fmt: str, settings: Settings) -> Iterator[Record]:
    # One document per file: refuse to load a file far larger than any article.
    data = raw.read(settings.max_page_bytes + 1)
    if len(data) > settings.max_page_bytes:
        yield failure(name, name, f"file larger than max_page_bytes={settings.max_page_bytes:,}")
        return
    if fmt == "html":
        from quotegraph.io.html import read_html_bytes

        yield from read_html_bytes(data, name)
    else:
        from quotegraph.io.text import read_text_bytes

        yield from read_text_bytes(data, name)
