"""What every reader yields: an article (or a failure) and where in the input it came from."""

from __future__ import annotations

from typing import NamedTuple

from quotegraph.model import Article, Failure

__all__ = ["FORMATS", "Record", "failure"]

FORMATS = ("txt", "html", "jsonl", "warc")


class Record(NamedTuple):
    """``source`` names the file and the place in it (``path:line 3``, ``path@offset 1024``) so a
    failure can be found again; ``offset`` is the byte position in the (compressed) file, used only
    to show progress."""

    item: Article | Failure
    source: str
    offset: int = 0


def failure(doc_id: str, source: str, reason: str, offset: int = 0, error: str = "InputError") -> Record:
    return Record(Failure(id=doc_id, source=source, reason=reason, error=error), source, offset)
