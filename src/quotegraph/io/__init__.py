"""Bytes in, model objects out: readers for text, HTML, JSONL and WARC inputs.

``read`` is the library entry point; ``read_records`` adds where each item came from, which the
batch runner needs to record failures and show progress.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence

from quotegraph.io.readers import FORMATS, READERS, Reader
from quotegraph.io.records import PendingHtml, Record, failure
from quotegraph.io.sources import InputFile, format_of, walk
from quotegraph.model import Article, Failure
from quotegraph.settings import Settings

__all__ = [
    "FORMATS",
    "READERS",
    "InputFile",
    "PendingHtml",
    "Reader",
    "Record",
    "format_of",
    "read",
    "read_file",
    "read_records",
    "resolve_html",
]


Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]
"""One path or several: the strings the CLI passes and the ``Path`` objects a library user holds."""


def read(
    paths: Paths, input_format: str | None = None, settings: Settings | None = None
) -> Iterator[Article | Failure]:
    """Every article in ``paths`` (files, directory trees, or ``"-"`` for stdin), in a stable order.
    A document that cannot be read becomes a ``Failure`` with its reason; this never raises for one."""
    for record in read_records(paths, input_format, settings):
        assert not isinstance(record.item, PendingHtml)  # for mypy only: read_records extracted it
        yield record.item


def read_records(
    paths: Paths,
    input_format: str | None = None,
    settings: Settings | None = None,
    *,
    extract_html: bool = True,
) -> Iterator[Record]:
    """With ``extract_html=False`` pages come out as ``PendingHtml``, to be passed to
    ``resolve_html`` later (in a batch worker, say)."""
    settings = settings or Settings()
    path_list = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(path) for path in paths]
    for entry in walk(path_list, input_format):
        records = [entry] if isinstance(entry, Record) else read_file(entry, settings)
        for record in records:
            yield resolve_html(record, settings) if extract_html else record


def resolve_html(record: Record, settings: Settings) -> Record:
    if not isinstance(record.item, PendingHtml):
        return record
    from quotegraph.io.html import extract_pending  # needs the html extra; imported only when a page is met

    return extract_pending(record, settings)


def read_file(entry: InputFile, settings: Settings) -> Iterator[Record]:
    try:
        if entry.path == "-":
            yield from READERS[entry.format].read(sys.stdin.buffer, "<stdin>", settings)
            return
        with open(entry.path, "rb") as raw:
            yield from READERS[entry.format].read(raw, entry.path, settings)
    except OSError as exc:
        yield failure(entry.path, entry.path, f"cannot read file: {exc.strerror or exc}")
