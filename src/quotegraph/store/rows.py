"""The rows one batch of results adds to the tables, gathered so each table gets one insert.

The store decides which results are new or changed and gives each one the corpus ids of its
outlet and speakers; this module only lays the rows out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from quotegraph.model import ArticleResult
from quotegraph.store import mapping
from quotegraph.store.about import mentioned_entities

__all__ = ["ARTICLE_NAMES", "ATTRIBUTION_NAMES", "ENTITY_NAMES", "RowBatch", "now"]

ARTICLE_NAMES = [*mapping.ARTICLE_COLUMNS.names, "key", "outlet_id", "day", "digest", "ingested_at"]
ENTITY_NAMES = [*mapping.ENTITY_COLUMNS.names, "article_key", "position", "speaker_id", "pronoun"]
ATTRIBUTION_NAMES = [*mapping.ATTRIBUTION_COLUMNS.names, "article_key", "position", "speaker_id", "outlet_id", "day"]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class RowBatch:
    articles: list[list[Any]] = field(default_factory=list)
    entities: list[list[Any]] = field(default_factory=list)
    attributions: list[list[Any]] = field(default_factory=list)
    about: list[tuple[int, int, int, int | None]] = field(default_factory=list)
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
        self.articles.append([*mapping.article_row(result), key, outlet_id, day, digest, self.stamp])
        by_entity = {e.id: speaker for e, speaker in zip(result.entities, speakers, strict=True) if speaker is not None}
        entity_rows = zip(mapping.entity_rows(result), speakers, pronouns, strict=True)
        for position, (row, speaker, pronoun) in enumerate(entity_rows):
            self.entities.append([*row, key, position, speaker, pronoun])
        rows = mapping.attribution_rows(result)
        speaking: list[int | None] = []
        for position, (attribution, row) in enumerate(zip(result.attributions, rows, strict=True)):
            speaker_id = None if attribution.speaker is None else by_entity.get(attribution.speaker.entity)
            speaking.append(speaker_id)
            self.attributions.append([*row, key, position, speaker_id, outlet_id, day])
            kind = (attribution.kind, attribution.type)
            self.kinds[kind] = self.kinds.get(kind, 0) + 1
        for position, entities in enumerate(mentioned_entities(result, among=by_entity)):
            self.about.extend((key, position, by_entity[e], speaking[position]) for e in entities)
        self._count_speakers(speaking, outlet_id or 0)

    def _count_speakers(self, speaking: list[int | None], outlet: int) -> None:
        """One article's statements by speaker, added to the batch's counts by speaker and outlet."""
        for speaker in set(speaking) - {None}:
            assert speaker is not None
            counts = self.speaker_outlets.setdefault((speaker, outlet), [0, 0])
            counts[0] += speaking.count(speaker)
            counts[1] += 1
