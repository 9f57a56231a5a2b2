"""What every reader yields: an article (or a failure) and where in the input it came from."""

from __future__ import annotations

from typing import Any, NamedTuple

from quotegraph.model import Article, Failure

__all__ = ["PendingHtml", "Record", "failure"]


class PendingHtml(NamedTuple):
    """A page read but not yet extracted: extraction is the costly part of reading HTML, so a batch
    run ships pages to its workers and extracts there (``quotegraph.io.html.extract_pending``)."""

    data: bytes
    source: str
    url: str | None = None
    published: str | None = None
    given_id: object = None
    extra: dict[str, Any] = {}  # noqa: RUF012 - NamedTuple defaults are never mutated here


class Record(NamedTuple):
    """``source`` names the file and the place in it (``path:line 3``, ``path@offset 1024``) so a
    failure can be found again; ``offset`` is the byte position in the (compressed) file, used only
    to show progress."""

    item: Article | Failure | PendingHtml
    source: str
    offset: int = 0


def failure(doc_id: str, source: str, reason: str, offset: int = 0, error: str = "InputError") -> Record:
    return Record(Failure(id=doc_id, source=source, reason=reason, error=error), source, offset)
