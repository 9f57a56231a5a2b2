"""What a corpus of results answers: search hits, speakers, outlets and counts.

These are the values the store returns and the API serialises; like the rest of the model they are
plain data, so the CLI, the HTTP API and the web pages print the same thing.
"""

from __future__ import annotations

import msgspec

from quotegraph.model.article import ArticleResult
from quotegraph.model.attribution import Attribution, AttributionKind, AttributionType
from quotegraph.model.entity import EntityType
from quotegraph.model.identity import Gender, PronounCounts
from quotegraph.model.span import TextSpan

__all__ = [
    "ArticleRef",
    "CorpusStats",
    "Count",
    "Hit",
    "HitPage",
    "IngestReport",
    "OutletSummary",
    "PeriodCount",
    "SpeakerDetail",
    "SpeakerSummary",
    "StoredArticle",
]


class ArticleRef(msgspec.Struct, frozen=True):
    """Where an attribution was published: enough to cite it and to open the article."""

    id: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None


class Hit(msgspec.Struct, frozen=True):
    """One attribution found by a search, with its article. ``matches`` are the pieces of
    ``attribution.content.text`` that the search words matched (offsets into that text);
    ``speaker_id`` is the corpus speaker of a named speaker (see ``SpeakerSummary``)."""

    attribution: Attribution
    article: ArticleRef
    matches: tuple[TextSpan, ...] = ()
    speaker_id: int | None = None


class HitPage(msgspec.Struct, frozen=True):
    """One page of hits; ``next`` is the cursor of the following page, or None on the last."""

    items: tuple[Hit, ...]
    next: str | None = None


class SpeakerSummary(msgspec.Struct, frozen=True):
    """A corpus speaker: a person (or organisation) whose names the corpus groups as one
    (``graph.identity``): ``names`` are the spellings its articles use, the most frequent first;
    ``wikidata`` the id an alias file gives it. ``pronouns`` counts its articles whose own pronouns
    for it are he, she or they, and ``gender`` is what they say (see ``PronounCounts.gender``)."""

    id: int
    name: str
    type: EntityType
    statements: int
    articles: int
    outlets: int
    first: str | None = None
    last: str | None = None
    names: tuple[str, ...] = ()
    wikidata: str | None = None
    gender: Gender = "unknown"
    pronouns: PronounCounts = PronounCounts()


class Count(msgspec.Struct, frozen=True):
    """A name with how many times it occurs; ``id`` when it names a stored speaker."""

    name: str
    count: int
    id: int | None = None


class PeriodCount(msgspec.Struct, frozen=True):
    """Statements in one period: ``period`` is "2025-01" (a month) or "2025-W05" (an ISO week)."""

    period: str
    count: int


class SpeakerDetail(msgspec.Struct, frozen=True):
    """A speaker's page: the outlets that quote them, whom they talk about, and their timeline."""

    speaker: SpeakerSummary
    outlets: tuple[Count, ...]
    about: tuple[Count, ...]
    timeline: tuple[PeriodCount, ...]


class OutletSummary(msgspec.Struct, frozen=True):
    name: str
    articles: int
    attributions: int
    first: str | None = None
    last: str | None = None
    speakers: tuple[Count, ...] = ()  # the speakers it quotes most (filled for one outlet's page)


class CorpusStats(msgspec.Struct, frozen=True):
    articles: int
    attributions: int
    speakers: int
    outlets: int
    first: str | None = None
    last: str | None = None
    kinds: dict[AttributionKind, int] = {}
    types: dict[AttributionType, int] = {}
    failures: int = 0  # documents that could not be read or extracted


class StoredArticle(msgspec.Struct, frozen=True):
    """An article as the corpus holds it: the result, where it was published, when it was stored."""

    result: ArticleResult
    article: ArticleRef
    ingested_at: str


class IngestReport(msgspec.Struct):
    """What adding results did: new articles, articles whose results changed (replaced), and
    articles stored before with the same results (left as they were)."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __add__(self, other: IngestReport) -> IngestReport:
        return IngestReport(self.added + other.added, self.replaced + other.replaced, self.unchanged + other.unchanged)
