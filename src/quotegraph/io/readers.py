"""The ``Reader`` seam: one object per input format, and the one registry of them.

A format's name, the file names it claims and how its bytes become records live together here,
so the command line's choices, the directory walk and the dispatch all read the same table.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Protocol

from quotegraph.io.records import Record, failure
from quotegraph.model import HTML_SUFFIXES
from quotegraph.settings import Settings

__all__ = [
    "FORMATS",
    "GZIP_SUFFIX",
    "READERS",
    "HtmlReader",
    "JsonlReader",
    "Reader",
    "TextReader",
    "WarcReader",
    "WholeDocumentReader",
    "is_gzipped",
    "reader_for_name",
]


class Reader(Protocol):
    """Reads one input format from a byte stream; a document it cannot read becomes a failure
    record, never an exception."""

    @property
    def name(self) -> str: ...

    @property
    def suffixes(self) -> tuple[str, ...]: ...

    def read(self, raw: IO[bytes], source: str, settings: Settings) -> Iterator[Record]: ...


Parse = Callable[[bytes, str], Iterator[Record]]


class WholeDocumentReader:
    """A format of one document per file, read whole; ``load_parse`` imports its parser when first
    needed, since HTML's comes with an optional extra."""

    def __init__(self, name: str, suffixes: tuple[str, ...], load_parse: Callable[[], Parse]) -> None:
        self.name = name
        self.suffixes = suffixes
        self._load_parse = load_parse

    def read(self, raw: IO[bytes], source: str, settings: Settings) -> Iterator[Record]:
        # One document per file: refuse to load a file far larger than any article.
        data = raw.read(settings.max_page_bytes + 1)
        if len(data) > settings.max_page_bytes:
            yield failure(source, source, f"file larger than max_page_bytes={settings.max_page_bytes:,}")
            return
        yield from self._load_parse()(data, source)


def _text_parser() -> Parse:
    from quotegraph.io.text import read_text_bytes

    return read_text_bytes


def _html_parser() -> Parse:
    from quotegraph.io.html import read_html_bytes

    return read_html_bytes


TextReader = WholeDocumentReader("txt", (".txt",), _text_parser)
HtmlReader = WholeDocumentReader("html", HTML_SUFFIXES, _html_parser)


# The suffix of a gzipped file (``.jsonl.gz``, ``.warc.gz``): spelled here only, read through ``is_gzipped``.
GZIP_SUFFIX = ".gz"


def is_gzipped(name: str) -> bool:
    """Whether the file ``name`` is gzipped, by its suffix in any case."""
    return name.lower().endswith(GZIP_SUFFIX)


class JsonlReader:
    name = "jsonl"
    suffixes = (".jsonl", ".jsonl" + GZIP_SUFFIX)

    def read(self, raw: IO[bytes], source: str, settings: Settings) -> Iterator[Record]:
        from quotegraph.io.jsonl import read_jsonl_stream

        if is_gzipped(source):
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield from read_jsonl_stream(unzipped, source, settings, raw=raw)  # type: ignore[arg-type]
        else:
            yield from read_jsonl_stream(raw, source, settings)


class WarcReader:
    name = "warc"
    suffixes = (".warc", ".warc" + GZIP_SUFFIX)

    def read(self, raw: IO[bytes], source: str, settings: Settings) -> Iterator[Record]:
        from quotegraph.io.warc import read_warc_stream  # needs the warc extra

        yield from read_warc_stream(raw, source, settings)


_ALL: tuple[Reader, ...] = (TextReader, HtmlReader, JsonlReader(), WarcReader())
READERS: Mapping[str, Reader] = {reader.name: reader for reader in _ALL}
FORMATS = tuple(READERS)
# Longest suffix first, so that ``.jsonl.gz`` is tried before ``.gz``; sorted once, not per file walked.
_CLAIMS = sorted(((s, r) for r in _ALL for s in r.suffixes), key=lambda claim: len(claim[0]), reverse=True)


def reader_for_name(path: str) -> Reader | None:
    """The reader whose suffix ends ``path`` (the longest wins)."""
    name = path.lower()
    return next((reader for suffix, reader in _CLAIMS if name.endswith(suffix)), None)
