"""A corpus of results: store, search, list and count attributions across articles.

``open_store(url)`` opens (creating or migrating) a corpus: a file path or ``sqlite:///path`` for
SQLite, a ``postgresql://`` URL for PostgreSQL (the ``postgres`` extra).
"""

from __future__ import annotations

from pathlib import Path

from quotegraph.errors import ConfigError
from quotegraph.store.base import Store
from quotegraph.store.query import Query, make_query
from quotegraph.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Query", "Store", "make_query", "open_store"]

_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str | Path, *, busy_timeout: float = 30.0, create: bool = True) -> Store:
    """The corpus at ``url``; raises ``StoreError`` when it cannot be opened or is of a newer schema,
    and, with ``create=False``, when an SQLite file does not exist (a reader of a mistyped path would
    otherwise make an empty corpus and find nothing in it)."""
    text = str(url)
    if text.startswith(_POSTGRES_SCHEMES):
        from quotegraph.store.postgres import PostgresStore

        return PostgresStore(text)
    if "://" in text and not text.startswith("sqlite:///"):
        raise ConfigError(f"unknown database URL {text!r}: give a file path, sqlite:///path or postgresql://...")
    from quotegraph.store.sqlite import SqliteStore

    path = text.removeprefix("sqlite:///") if text.startswith("sqlite:///") else text
    return SqliteStore(path, busy_timeout=busy_timeout, create=create)
