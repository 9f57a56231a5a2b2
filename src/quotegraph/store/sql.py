"""The query layer both backends share, assembled: writing, searching and listing over one core.

SQL is written once with ``?`` placeholders; a backend (``sqlite.py``, ``postgres.py``) supplies
its connection, its transactions, and the few pieces that differ by dialect.
"""

from __future__ import annotations

from abc import ABC

from quotegraph.store.identity import IdentityStore
from quotegraph.store.listing import Listing
from quotegraph.store.searching import HIGHLIGHT_END, HIGHLIGHT_START, Searching, matches_of
from quotegraph.store.sqlbase import TEXT_RANK_BAND, TextMatch, guarded
from quotegraph.store.statements import StatementStore
from quotegraph.store.writing import Writing

__all__ = ["HIGHLIGHT_END", "HIGHLIGHT_START", "TEXT_RANK_BAND", "SqlStore", "TextMatch", "guarded", "matches_of"]


class SqlStore(StatementStore, Writing, Searching, Listing, IdentityStore, ABC):
    """A ``Store`` over a DB-API connection; a backend subclasses it with its dialect's particulars.
    (``Writing`` is itself an ``IdentityStore``: it counts the names of what it writes.)"""
