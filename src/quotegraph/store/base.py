"""The ``Store`` protocol: the one seam between a corpus and the code that fills or queries it.

Two backends implement it over one schema and one query layer (``store.sql``): SQLite, the default
(one file), and PostgreSQL (many writers, big corpora). Tests run the same suite against both; code
above the store (ingest, the API, the web pages) sees only this protocol.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import Literal, Protocol

from quotegraph.model import ArticleResult, Failure
from quotegraph.model.analytics import ALL_DAYS, GenderShare, Grouping, QuotedGroup, Window
from quotegraph.model.corpus import (
    CorpusStats,
    Count,
    HitPage,
    IngestReport,
    OutletSummary,
    SpeakerDetail,
    SpeakerSummary,
    StoredArticle,
)
from quotegraph.model.identity import AliasEntry, Grouper, IdentityReport
from quotegraph.model.statements import Statement, StatementDetail
from quotegraph.store.query import Query
from quotegraph.store.statements import StatementWriter

__all__ = ["Store"]


class Store(Protocol):
    url: str

    def add(self, results: Iterable[ArticleResult]) -> IngestReport:
        """Stores each result under its article id: a new article is added, one stored with the same
        result is left alone, one stored with another result is replaced (its old attributions go),
        each article in one transaction."""
        ...

    def add_failures(self, failures: Iterable[Failure]) -> int:
        """Records documents that could not be read or extracted (one row per id and source; a later
        successful add of the id removes it); returns how many were recorded."""
        ...

    def failures(self, *, limit: int = 100) -> list[Failure]:
        """The recorded failures, the most recent first."""
        ...

    def article(self, article_id: str) -> StoredArticle | None: ...

    def delete(self, article_id: str) -> bool:
        """Removes the article with its entities and attributions; False when there was none."""
        ...

    def search(self, query: Query) -> HitPage: ...

    def speakers(self, *, name: str | None = None, limit: int = 50, offset: int = 0) -> list[SpeakerSummary]:
        """Named speakers with at least one attribution, the most quoted first; ``name`` keeps those
        whose name contains it."""
        ...

    def speaker(self, speaker_id: int, *, period: str = "month") -> SpeakerDetail | None:
        """``period`` ("month" or "week") is the timeline's step."""
        ...

    def regroup_speakers(self, grouper: Grouper, *, aliases: Sequence[AliasEntry] | None = None) -> IdentityReport:
        """Groups every name of the corpus into people with ``grouper`` (``graph.identity.group_names``)
        and writes what changed, in one transaction; ``aliases``, when given, first replace the
        stored alias entries (None keeps them)."""
        ...

    def speaker_aliases(self) -> list[AliasEntry]:
        """The alias entries the corpus holds (applied by every regrouping)."""
        ...

    def gender_shares(
        self, *, by: Literal["article", "person"] = "article", window: Window = ALL_DAYS
    ) -> list[GenderShare]:
        """Statements of people in the window by their speaker's gender, the whole corpus first, then
        each outlet: ``by`` "article", as the statement's own article's pronouns say; "person", as
        the speaker's articles say across the corpus."""
        ...

    def outlets(self) -> list[OutletSummary]: ...

    def outlet(self, name: str) -> OutletSummary | None: ...

    def stats(self) -> CorpusStats: ...

    def statements(
        self,
        *,
        speaker: str | None = None,
        speaker_id: int | None = None,
        min_occurrences: int = 1,
        variants: bool = False,
        limit: int = 50,
        offset: int = 0,
        occurrence_limit: int | None = None,
        after: tuple[int, int] | None = None,
    ) -> list[Statement]:
        """Statements (quotes carried by one or more articles), the most often quoted first (of
        equals, the oldest first); ``after`` (occurrences, id) of the previous page's last statement
        starts the page after it through the listing's index (a keyset: no rows skipped one by one);
        ``speaker`` keeps those some occurrence credits to that speaker (a full name or a surname),
        ``speaker_id`` to that corpus speaker, ``variants`` those with an occurrence whose words
        differ from the first wording. Each carries its first ``occurrence_limit`` occurrences
        (None: all of them) and the variants among them, with the counts of all."""
        ...

    def statement(self, statement_id: int, *, offset: int = 0, limit: int | None = None) -> Statement | None:
        """One statement with its occurrences from ``offset`` (``limit`` of them; None: all)."""
        ...

    def statement_detail(self, statement_id: int, *, offset: int = 0, limit: int = 50) -> StatementDetail | None:
        """A statement's page: the statement with ``limit`` occurrences from ``offset``, its
        wordings, the outlets that carried it and its occurrences per day."""
        ...

    def statement_writer(self) -> contextlib.AbstractContextManager[StatementWriter]:
        """The statement tables in one write transaction, for the graph layer's update."""

    # -- analytics (store/analytics.py); a statement is an attribution of type statement by a named speaker

    def quoted_most(
        self,
        *,
        by: Grouping,
        window: Window = ALL_DAYS,
        limit: int | None = 10,
        speaker_ids: Sequence[int] | None = None,
    ) -> list[QuotedGroup]:
        """The ``limit`` speakers (None: all) with the most statements in the window in each group
        (the corpus, each outlet or each month or week; periods leave undated statements out), among
        ``speaker_ids`` when given; groups ordered by name or period."""
        ...

    def speakers_named(self, name: str, *, window: Window = ALL_DAYS) -> list[Count]:
        """The corpus speakers a name stands for (as a search's ``speaker``), with their statements in
        the window, the most quoted first."""
        ...

    def close(self) -> None: ...
