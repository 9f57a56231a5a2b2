"""The rows one batch of results adds to the tables, gathered so each table gets one insert.

The store decides which results are new or changed and gives each one the corpus ids of its
outlet and speakers; this module only lays the rows out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from quotegraph.model import ArticleResult
from quotegraph.store import mapping
from quotegraph.store.about import mentioned_entities

__all__ = ["ABOUT", "ARTICLES", "ATTRIBUTIONS", "ENTITIES", "RowBatch", "Table", "now"]


class Table(NamedTuple):
    """A table's columns as a batch's rows hold them, and whether each may be NULL."""

    name: str
    names: list[str]
    nullable: list[bool]


def _table(name: str, columns: mapping.Columns, extra: dict[str, bool]) -> Table:
    return Table(name, [*columns.names, *extra], [*columns.nullable, *extra.values()])


# the columns the store adds to the model's, and whether they may be NULL
ARTICLES = _table(
    "articles",
    mapping.ARTICLE_COLUMNS,
    {"key": False, "outlet_id": True, "day": False, "digest": False, "ingested_at": False},
)
ENTITIES = _table(
    "entities", mapping.ENTITY_COLUMNS, {"article_key": False, "position": False, "speaker_id": True, "pronoun": False}
)
ATTRIBUTIONS = _table(
    "attributions",
    mapping.ATTRIBUTION_COLUMNS,
    {"article_key": False, "position": False, "speaker_id": True, "outlet_id": True, "day": False},
)
ABOUT = Table("attribution_about", ["article_key", "position", "speaker_id", "by_speaker"], [False, False, False, True])


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class RowBatch:
    articles: list[list[Any]] = field(default_factory=list)
    entities: list[list[Any]] = field(default_factory=list)
    attributions: list[list[Any]] = field(default_factory=list)
    about: list[tuple[Any, ...]] = field(default_factory=list)
    form: mapping.Cells = mapping.PLAIN  # how the rows hold their cells: the store's driver says
    stamp: str = field(default_factory=now)
    # (speaker, outlet or 0) -> [statements, articles]; (kind, type) -> attributions
    speaker_outlets: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    kinds: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(
        self,
        result: ArticleResult,
        key: int,
        digest: str,
        outlet_id: int | None,
        day: str,
        speakers: list[int | None],
        pronouns: list[str],
    ) -> None:
        """``key`` is the article's integer key, which its rows name it by; ``speakers`` holds the
        corpus speaker id of each of the result's entities, in order (None for an entity that is no
        corpus speaker), ``pronouns`` the pronouns the article uses for it (``store.evidence.entity_pronoun``)."""
        form, null = self.form, self.form.null
        outlet = null if outlet_id is None else outlet_id
        self.articles.append([*mapping.article_row(result, form), key, outlet, day, digest, self.stamp])
        by_entity = {e.id: speaker for e, speaker in zip(result.entities, speakers, strict=True) if speaker is not None}
        entity_rows = zip(mapping.entity_rows(result, form), speakers, pronouns, strict=True)
        for position, (row, speaker, pronoun) in enumerate(entity_rows):
            self.entities.append([*row, key, position, null if speaker is None else speaker, pronoun])
        rows = mapping.attribution_rows(result, form)
        speaking: list[int | None] = []
        for position, (attribution, row) in enumerate(zip(result.attributions, rows, strict=True)):
            speaker_id = None if attribution.speaker is None else by_entity.get(attribution.speaker.entity)
            speaking.append(speaker_id)
            self.attributions.append([*row, key, position, null if speaker_id is None else speaker_id, outlet, day])
            kind = (attribution.kind, attribution.type)
            self.kinds[kind] = self.kinds.get(kind, 0) + 1
        for position, entities in enumerate(mentioned_entities(result, among=by_entity)):
            by = speaking[position]
            self.about.extend((key, position, by_entity[e], null if by is None else by) for e in entities)
        self._count_speakers(speaking, outlet_id or 0)

    def _count_speakers(self, speaking: list[int | None], outlet: int) -> None:
        """One article's statements by speaker, added to the batch's counts by speaker and outlet."""
        for speaker in set(speaking) - {None}:
            assert speaker is not None  # for mypy only: None was taken out of the set
            counts = self.speaker_outlets.setdefault((speaker, outlet), [0, 0])
            counts[0] += speaking.count(speaker)
            counts[1] += 1
