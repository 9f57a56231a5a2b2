"""Statements across the corpus: one quote carried by several articles, where it first appeared,
and how its wording changed on the way. Plain data, as the store returns it and the CLI prints it.

A statement may be quoted thousands of times: the store gives its counts and the outlets that
carried it always, and its occurrences a page at a time (``Statement.occurrences`` is that page).
"""

from __future__ import annotations

import msgspec

from quotegraph.errors import QueryError
from quotegraph.model.attribution import AttributionKind
from quotegraph.model.corpus import ArticleRef, PeriodCount
from quotegraph.model.cursors import INVALID_CURSOR, open_cursor, seal_cursor

__all__ = [
    "Carrier",
    "FirstRecord",
    "Occurrence",
    "OccurrenceAttribution",
    "OccurrenceRecord",
    "Statement",
    "StatementDetail",
    "StatementRecord",
    "StatementSpeaker",
    "Variant",
    "VariantRecord",
    "Wording",
    "parse_statement_cursor",
    "statement_cursor",
    "statement_record",
]

_MAX_PLACE = 2**63 - 1  # occurrences and ids are 64-bit integers in the store


class StatementSpeaker(msgspec.Struct, frozen=True):
    """The corpus speaker most of a statement's occurrences credit (``SpeakerSummary.id``)."""

    id: int
    name: str


class Occurrence(msgspec.Struct, frozen=True):
    """One article's quote of the statement: the exact words it prints (``text``), the attribution
    that carries them (its id in the article, kind, speaker as the article names them, and the
    channel and addressee), and the outlet the attribution cites, if any ("told Deadline")."""

    article: ArticleRef
    attribution: str
    kind: AttributionKind
    text: str
    speaker: str | None = None
    channel: str | None = None
    addressee: str | None = None
    cited_outlet: str | None = None


class Variant(msgspec.Struct, frozen=True):
    """An occurrence whose words differ from the first wording beyond punctuation: a possible
    misquote, with a word diff in git's notation (``[-removed-]``, ``{+added+}``)."""

    article: str
    attribution: str
    diff: str


class Statement(msgspec.Struct, frozen=True):
    """A cluster of quotes that are one statement. Its occurrences run from the earliest (published
    date, then the order in which they were stored; undated last): ``first`` is the earliest,
    ``occurrences`` the page of them asked for (all of them unless a query asked for fewer) and
    ``occurrence_count`` how many there are; ``text`` is the first wording. ``variants`` are the
    occurrences of that page whose words differ, ``variant_count`` all of them. ``origin`` is the
    outlet where it first appeared: one an attribution names as its channel, addressee or source
    ("X told Deadline", "according to Deadline"), else the first article's publisher; ``chain`` is
    the reporting chain, the origin then each publishing outlet in the order it first carried it."""

    id: int
    text: str
    first: Occurrence
    occurrences: tuple[Occurrence, ...]
    occurrence_count: int
    speaker: StatementSpeaker | None = None
    origin: str | None = None
    chain: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    variant_count: int = 0


class Wording(msgspec.Struct, frozen=True):
    """One way a statement was printed (its words, punctuation aside): the text as first printed,
    its word diff against the statement's first wording ("" for that wording), how many
    occurrences print it, and the first article that did."""

    text: str
    diff: str
    occurrences: int
    first: ArticleRef


class Carrier(msgspec.Struct, frozen=True):
    """An outlet that published the statement (None: articles without one): how many occurrences
    its articles hold and the day it first did (None: undated)."""

    outlet: str | None
    occurrences: int
    first: str | None = None


class StatementDetail(msgspec.Struct, frozen=True):
    """A statement's page: the statement (with one page of its occurrences), each of its wordings
    (the first wording first, then in the order they appeared), the outlets that carried it in
    the order they did, and its occurrences per publication day ("YYYY-MM-DD"; undated ones left out)."""

    statement: Statement
    wordings: tuple[Wording, ...]
    carriers: tuple[Carrier, ...]
    days: tuple[PeriodCount, ...]


# -- the statement as `quotegraph statements --format jsonl` prints it ----------------------------


class OccurrenceAttribution(msgspec.Struct, frozen=True):
    id: str
    kind: AttributionKind
    speaker: str | None
    channel: str | None
    addressee: str | None


class OccurrenceRecord(msgspec.Struct, frozen=True):
    article: str
    outlet: str | None
    published: str | None
    attribution: OccurrenceAttribution
    text: str


class FirstRecord(msgspec.Struct, frozen=True):
    """The earliest occurrence's article, with the origin outlet."""

    article: str
    outlet: str | None
    published: str | None


class VariantRecord(msgspec.Struct, frozen=True):
    article: str
    diff: str


class StatementRecord(msgspec.Struct, frozen=True):
    """A JSONL line of ``quotegraph statements``: ``{"id", "speaker": {"id", "name"}, "text",
    "occurrences": [{"article", "outlet", "published", "attribution", "text"}], "first": {"article",
    "outlet", "published"}, "variants": [{"article", "diff"}]}``, with ``occurrence_count`` and
    ``variant_count`` (all of them, when ``occurrences`` is one page) and ``chain``, the reporting
    chain (the origin, then each outlet in the order it first carried the statement)."""

    id: int
    speaker: StatementSpeaker | None
    text: str
    occurrences: tuple[OccurrenceRecord, ...]
    first: FirstRecord
    variants: tuple[VariantRecord, ...]
    occurrence_count: int
    variant_count: int
    chain: tuple[str, ...]


def _occurrence_record(o: Occurrence) -> OccurrenceRecord:
    attribution = OccurrenceAttribution(o.attribution, o.kind, o.speaker, o.channel, o.addressee)
    return OccurrenceRecord(o.article.id, o.article.outlet, o.article.published, attribution, o.text)


def statement_record(statement: Statement) -> StatementRecord:
    """The statement as a JSONL line (and the core of the API's answers): ``first`` is the earliest
    occurrence's article with the origin outlet."""
    first = statement.first.article
    return StatementRecord(
        id=statement.id,
        speaker=statement.speaker,
        text=statement.text,
        occurrences=tuple(_occurrence_record(o) for o in statement.occurrences),
        first=FirstRecord(first.id, statement.origin, first.published),
        variants=tuple(VariantRecord(v.article, v.diff) for v in statement.variants),
        occurrence_count=statement.occurrence_count,
        variant_count=statement.variant_count,
        chain=statement.chain,
    )


def statement_cursor(statement: Statement) -> str:
    """The cursor of the listing page after ``statement`` (its place in the order: occurrences, id)."""
    return seal_cursor([statement.occurrence_count, statement.id])


def parse_statement_cursor(cursor: str) -> tuple[int, int]:
    """The (occurrences, id) a ``statement_cursor`` names; a QueryError for any other text."""
    values = open_cursor(cursor, 2)
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= _MAX_PLACE for v in values):
        raise QueryError(INVALID_CURSOR)
    occurrences, statement_id = values
    return occurrences, statement_id
