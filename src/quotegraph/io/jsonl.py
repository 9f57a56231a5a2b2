"""JSON Lines (optionally gzipped): one article per line, field names configurable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import msgspec

from quotegraph.io.ids import article_id
from quotegraph.io.records import PendingHtml, Record, failure
from quotegraph.model import Article
from quotegraph.model.jsonlines import NOT_JSON, json_lines
from quotegraph.model.periods import day_of
from quotegraph.settings import Settings

__all__ = ["NOT_A_DATE", "parse_line", "read_jsonl_stream"]

# Fields with a home in Article; every other field goes to ``meta`` untouched.
_KNOWN = ("url", "title", "published")
# A ``published`` that names no day ("yesterday", "2020-02-31", 12) is no publication date: the API refuses it
# (400) and the readers do not carry it as one either (the store would hold 2020-02-31 as a day). Its article is
# still extracted, its times undated, and the value is kept in ``meta`` under this key: the name says what was
# wrong, and meta is what a user sees beside the results in the JSON output and in a batch's part files.
NOT_A_DATE = "published_not_a_date"
# A line that is JSON but no object is named in JSON's words: Python's ("a JSON NoneType") mean nothing to a user.
_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "true or false", type(None): "null"}


def read_jsonl_stream(
    stream: IO[bytes], name: str, settings: Settings, raw: IO[bytes] | None = None
) -> Iterator[Record]:
    """``raw`` is the file under a decompressor, whose position shows progress. A truncated or
    corrupt gzip keeps what was read and records where and why the rest was lost."""
    position = raw or stream

    def record(line: bytes, number: int) -> Record:
        source = f"{name}:line {number}"
        if len(line) > settings.max_page_bytes:
            reason = f"line longer than max_page_bytes={settings.max_page_bytes:,}"
            return failure(source, source, reason, _tell(position))
        return parse_line(line, source, settings, _tell(position))

    def lost(number: int, exc: Exception) -> Record:
        return failure(f"{name}:line {number}", f"{name}:line {number}", f"cannot read further: {exc}")

    return json_lines(_bounded_lines(stream, settings.max_page_bytes), record, broken=lost)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes]:
    """The stream's lines, each held to ``limit + 1`` bytes: the rest of a longer line is read past in pieces of
    ``limit`` and dropped, so one line with no end (``/dev/zero``, a file of one 20 GB line) cannot take all the
    memory; ``record`` turns the cut line into a failure, and the line numbers after it stay right."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                pass
        yield line


def _tell(stream: IO[bytes]) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError):
        return 0


def parse_line(line: bytes, source: str, settings: Settings, offset: int = 0) -> Record:
    try:
        obj = msgspec.json.decode(line)
    except NOT_JSON as exc:
        return failure(source, source, f"not JSON: {exc}", offset)
    if not isinstance(obj, dict):
        return failure(source, source, f"a JSON {_JSON_KINDS.get(type(obj), 'value')}, not an object", offset)
    return _article_record(obj, source, settings, offset)


def _article_record(obj: dict[str, Any], source: str, settings: Settings, offset: int) -> Record:
    given = obj.get(settings.id_field)
    fallback_id = str(given) if given is not None else source
    text = obj.get(settings.text_field)
    html = obj.get(settings.html_field) if settings.html_field else None
    fields = {k: obj.get(k) for k in _KNOWN}
    published, noted = _published(obj)
    if isinstance(html, str) and html.strip():
        url = fields["url"] if isinstance(fields["url"], str) else None
        page = PendingHtml(html.encode("utf-8"), source, url, published, given, obj | noted)
        return Record(page, source, offset)
    if not isinstance(text, str):
        wanted = settings.text_field + (f" or {settings.html_field}" if settings.html_field else "")
        return failure(fallback_id, source, f"no text: field {wanted!r} missing or not a string", offset)
    if not text.strip():
        return failure(fallback_id, source, "empty text", offset)
    url = fields["url"] if isinstance(fields["url"], str) else None
    meta = {k: v for k, v in obj.items() if k not in {settings.text_field, settings.id_field, settings.html_field}}
    article = Article(
        id=article_id(given, url, text),
        text=text,
        published=published,
        title=_str_or_none(fields["title"]),
        url=url,
        meta={k: v for k, v in meta.items() if k not in _KNOWN} | noted,
    )
    return Record(article, source, offset)


def _published(obj: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The article's publication date, from ``published`` or else ``date``, and what to add to its meta: a
    ``published`` given that is not a date, under ``NOT_A_DATE`` (``date`` stays in meta as it is)."""
    given, other = obj.get("published"), obj.get("date")
    if isinstance(given, str) and day_of(given) is not None:
        return given, {}
    noted = {} if given is None or given == "" else {NOT_A_DATE: given}
    return (other if isinstance(other, str) and day_of(other) is not None else None), noted


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
