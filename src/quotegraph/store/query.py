"""What a search asks, checked once: the filters, the search text parsed, the page cursor.

The search text follows web-search habits: words (all must match), "quoted phrases", ``OR``
between two terms, ``-word`` to exclude; a word or phrase made only of common words ("the", "of
the") is ignored, on both backends alike (such a phrase would score most of the corpus). It is
parsed here into terms made only of word characters, so no text a user types can reach a database
as query syntax (FTS5's ``*``, ``NEAR(``, column filters, or SQL): each backend renders the parsed
terms in its own syntax.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from quotegraph.errors import QueryError
from quotegraph.model import KINDS, TYPES
from quotegraph.model.cursors import INVALID_CURSOR, open_cursor, seal_cursor
from quotegraph.settings import comma_items
from quotegraph.store.stopwords import STOP_WORDS

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_NAME_CHARS",
    "MAX_QUERY_CHARS",
    "MAX_SQL_INT",
    "MAX_TERMS",
    "Clause",
    "Cursor",
    "Query",
    "Term",
    "TextQuery",
    "check_name",
    "check_page",
    "make_query",
    "parse_day",
    "parse_text",
    "storable_id",
]

MAX_LIMIT = 200  # hits a page; more would make one request as slow as many
MAX_SQL_INT = 2**63 - 1  # ids are 64-bit integers in both databases
DEFAULT_LIMIT = 20
MAX_QUERY_CHARS = 500  # longer is not a search but a pasted document
MAX_TERMS = 32  # each term is one more index lookup
# A speaker's name, an outlet, a channel's words: longer is no name. The API refuses longer parameters (422) and
# the library and the command line refuse them here: SQLite itself stops a LIKE pattern over 50,000 bytes with
# "LIKE or GLOB pattern too complex", which tells a user nothing.
MAX_NAME_CHARS = 200

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    """Consecutive words that must appear in this order (one word, or a quoted phrase)."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class Clause:
    """Any one of ``terms`` (two or more when the user wrote OR)."""

    terms: tuple[Term, ...]


@dataclass(frozen=True)
class TextQuery:
    """Every clause must match and no excluded term may."""

    clauses: tuple[Clause, ...]
    excluded: tuple[Term, ...] = ()

    def fts5(self) -> str:
        """SQLite FTS5 syntax: every term a quoted string, so FTS5 reads no operator in it."""

        def term(t: Term) -> str:
            return '"' + " ".join(t.words) + '"'

        expression = " AND ".join("(" + " OR ".join(term(t) for t in c.terms) + ")" for c in self.clauses)
        for excluded in self.excluded:
            expression = f"({expression}) NOT {term(excluded)}"
        return expression

    def websearch(self) -> str:
        """PostgreSQL ``websearch_to_tsquery`` syntax, rebuilt from the parsed words only."""

        def term(t: Term) -> str:
            return '"' + " ".join(t.words) + '"' if len(t.words) > 1 else t.words[0]

        parts = [" OR ".join(term(t) for t in c.terms) for c in self.clauses]
        parts += ["-" + term(t) for t in self.excluded]
        return " ".join(parts)

    def words(self) -> set[str]:
        """Every searched word, lower-cased (for marking matches in a text)."""
        return {w.lower() for c in self.clauses for t in c.terms for w in t.words}


def parse_text(text: str) -> TextQuery:
    """The search text as terms; raises ``QueryError`` with what to change."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"search text longer than {MAX_QUERY_CHARS} characters")
    if text.count('"') % 2:
        raise QueryError('unclosed quotation mark in the search text: close the "phrase"')
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare == "OR":
            pending_or = bool(clauses)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        words = tuple(_WORD.findall(phrase if phrase is not None else bare))
        if all(word.lower() in STOP_WORDS for word in words):
            continue  # "the", "of the": common words alone search for nothing; beside another word they count
        if not words:
            continue  # punctuation alone (*, ';--) searches for nothing
        if negated:
            excluded.append(Term(words))
        elif pending_or:
            clauses[-1].append(Term(words))
        else:
            clauses.append([Term(words)])
        pending_or = False
    if not clauses:
        raise QueryError(
            "the search text has no word to look for (common words such as 'the', punctuation and "
            "-excluded words alone match nothing)"
        )
    if sum(len(c) for c in clauses) + len(excluded) > MAX_TERMS:
        raise QueryError(f"more than {MAX_TERMS} search terms")
    return TextQuery(tuple(Clause(tuple(c)) for c in clauses), tuple(excluded))


def parse_day(value: str, *, end: bool = False) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (or with ``end`` the last) day it covers."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-12-31" if end else f"{value}-01-01"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = dt.date.fromisoformat(f"{value}-01")
            # the month's own length: counting back from the next month's first day leaves the calendar in 9999-12
            return first.replace(day=calendar.monthrange(first.year, first.month)[1] if end else 1).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise QueryError(f"invalid date {value!r}: give YYYY-MM-DD, YYYY-MM or YYYY")


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: the sort key of its last hit (its day or its relevance score,
    and its id), the newest attribution the first page could see (so attributions stored since do
    not shift the pages) and, for a text search, the newest match of the band it was ranked in."""

    key: float | str
    last: int
    upto: int
    band: int

    def encode(self) -> str:
        return seal_cursor([self.key, self.last, self.upto, self.band])

    @classmethod
    def decode(cls, token: str) -> Cursor:
        key, last, upto, band = open_cursor(token, 4)
        if not isinstance(key, float | int | str) or isinstance(key, bool):
            raise QueryError(INVALID_CURSOR)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (last, upto, band)):
            raise QueryError(INVALID_CURSOR)
        return cls(key, last, upto, band)


@dataclass(frozen=True)
class Query:
    """A search of attributions. Text searches rank by relevance, others list the newest first."""

    text: TextQuery | None = None
    speaker: str | None = None
    speaker_id: int | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    types: tuple[str, ...] = ()
    channel: str | None = None
    about: str | None = None
    article: str | None = None
    limit: int = DEFAULT_LIMIT
    cursor: Cursor | None = None
    raw_text: str | None = field(default=None, compare=False)


def make_query(
    text: str | None = None,
    *,
    speaker: str | None = None,
    speaker_id: int | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    types: str | tuple[str, ...] | None = None,
    channel: str | None = None,
    about: str | None = None,
    article: str | None = None,
    limit: int | None = None,
    cursor: str | None = None,
) -> Query:
    """A checked ``Query`` from what a user typed; raises ``QueryError`` naming the wrong part.
    ``types`` is one type or a comma-separated list of them ("statement,thought"); ``speaker`` is a
    name, ``speaker_id`` the id of one corpus speaker (a speaker page's)."""
    if kind is not None and kind not in KINDS:
        raise QueryError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    wanted = comma_items(types) if isinstance(types, str) else tuple(types or ())
    for name in wanted:
        if name not in TYPES:
            raise QueryError(f"unknown type {name!r}: choose from {', '.join(TYPES)}")
    for what, value in (("speaker", speaker), ("outlet", outlet), ("channel", channel), ("about", about)):
        check_name(value, what)
    limit = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    first = parse_day(since) if since else None
    last = parse_day(until, end=True) if until else None
    if first and last and first > last:
        raise QueryError(f"since ({since}) is after until ({until})")
    return Query(
        text=parse_text(text) if text and text.strip() else None,
        speaker=_blank_to_none(speaker),
        speaker_id=speaker_id,
        outlet=_blank_to_none(outlet),
        since=first,
        until=last,
        kind=kind,
        types=wanted,
        channel=_blank_to_none(channel),
        about=_blank_to_none(about),
        article=_blank_to_none(article),
        limit=limit,
        cursor=Cursor.decode(cursor) if cursor else None,
        raw_text=text,
    )


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def check_name(value: str | None, what: str) -> None:
    """Refuses a name to match (``what`` says which) longer than ``MAX_NAME_CHARS``."""
    if value is not None and len(value) > MAX_NAME_CHARS:
        raise QueryError(f"{what} has {len(value):,} characters: give a name or words of at most {MAX_NAME_CHARS}")


def check_page(limit: int | None, offset: int = 0) -> None:
    """Refuses a negative page size or start, which SQL would read as "no limit" or refuse itself."""
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError(f"a page needs a limit and an offset of 0 or more, not {limit} and {offset}")


def storable_id(value: int) -> bool:
    """Whether a corpus row could have this id: ids are positive 64-bit integers in both databases."""
    return 0 < value <= MAX_SQL_INT
