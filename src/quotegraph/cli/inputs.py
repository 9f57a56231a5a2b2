"""Reads the CLI's inputs: plain-text files, JSONL corpora and stdin.

A stand-in for ``quotegraph.io.read`` until the io layer lands; one function to swap.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotegraph.model import Article, Failure

__all__ = ["read_inputs"]

STDIN = "-"


def _decode(data: bytes, source: str) -> str | Failure:
    if b"\x00" in data:
        return Failure(id=source, source=source, reason="binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Failure(id=source, source=source, reason=f"not UTF-8 text (bad byte at offset {exc.start})")


def _read_bytes(path: str) -> bytes | Failure:
    if path == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        return Failure(id=path, source=path, reason=exc.strerror or str(exc), error="OSError")


def _article_from_row(row: Any, source: str, published: str | None) -> Article | Failure:
    if not isinstance(row, dict):
        return Failure(id=source, source=source, reason="a JSONL line must be an object")
    text = row.get("text")
    if not isinstance(text, str):
        return Failure(id=str(row.get("id", source)), source=source, reason='no "text" string on this line')
    meta = {k: v for k, v in row.items() if k not in {"id", "text"}}
    date = published or row.get("published") or row.get("date")
    return Article(
        id=str(row.get("id", source)),
        text=text,
        published=date if isinstance(date, str) else None,
        title=row.get("title") if isinstance(row.get("title"), str) else None,
        url=row.get("url") if isinstance(row.get("url"), str) else None,
        meta=meta,
    )


def _jsonl_articles(text: str, path: str, published: str | None) -> Iterator[Article | Failure]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(id=source, source=source, reason=f"invalid JSON ({exc.msg})")
            continue
        yield _article_from_row(row, source, published)


def read_inputs(path: str, published: str | None = None) -> Iterator[Article | Failure]:
    """The articles of one input (a ``.jsonl`` file gives one per line), or Failures saying why not."""
    data = _read_bytes(path)
    if isinstance(data, Failure):
        yield data
        return
    text = _decode(data, path)
    if isinstance(text, Failure):
        yield text
    elif path.endswith((".jsonl", ".ndjson")):
        yield from _jsonl_articles(text, path, published)
    else:
        yield Article(id=path if path != STDIN else "stdin", text=text, published=published)
