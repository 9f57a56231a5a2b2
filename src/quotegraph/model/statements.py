"""Statements across the corpus: one quote carried by several articles, where it first appeared,
and how its wording changed on the way. Plain data, as the store returns it and the CLI prints it."""

from __future__ import annotations

import msgspec

from quotegraph.model.attribution import AttributionKind
from quotegraph.model.corpus import ArticleRef

__all__ = ["Occurrence", "Statement", "StatementSpeaker", "Variant", "statement_line"]


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
    """A cluster of quotes that are one statement. ``occurrences`` run from the earliest (published
    date, then the order in which they were stored; undated last); ``text`` is the first wording.
    ``origin`` is the outlet where it first appeared: one an attribution names as its channel,
    addressee or source ("X told Deadline", "according to Deadline"), else the first article's
    publisher; ``chain`` is the reporting chain, the origin then each publishing outlet in order."""

    id: int
    text: str
    occurrences: tuple[Occurrence, ...]
    speaker: StatementSpeaker | None = None
    origin: str | None = None
    chain: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]


def statement_line(statement: Statement) -> dict[str, object]:
    """The statement as one JSONL line of ``quotegraph statements`` (and the API): ``first`` is the
    earliest occurrence's article with the origin outlet."""
    first = statement.first
    return {
        "id": statement.id,
        "speaker": None if statement.speaker is None else {"id": statement.speaker.id, "name": statement.speaker.name},
        "text": statement.text,
        "occurrences": [
            {
                "article": o.article.id,
                "outlet": o.article.outlet,
                "published": o.article.published,
                "attribution": {
                    "id": o.attribution,
                    "kind": o.kind,
                    "speaker": o.speaker,
                    "channel": o.channel,
                    "addressee": o.addressee,
                },
                "text": o.text,
            }
            for o in statement.occurrences
        ],
        "first": {"article": first.article.id, "outlet": statement.origin, "published": first.article.published},
        "variants": [{"article": v.article, "diff": v.diff} for v in statement.variants],
    }
