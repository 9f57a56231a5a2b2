"""Listing a corpus: an article, speakers, outlets and counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from quotegraph.model.corpus import (
    ArticleRef,
    CorpusStats,
    Count,
    OutletSummary,
    PeriodCount,
    SpeakerDetail,
    SpeakerSummary,
    StoredArticle,
)
from quotegraph.store import mapping
from quotegraph.store.identity import with_identity
from quotegraph.store.keys import normalize_name
from quotegraph.store.query import check_name, check_page, storable_id
from quotegraph.store.searching import ATTRIBUTION_SELECT
from quotegraph.store.sqlbase import SqlBase, guarded, like_escape

__all__ = ["Listing"]


class Listing(SqlBase):
    @guarded
    def article(self, article_id: str) -> StoredArticle | None:
        names = ", ".join(f"art.{n}" for n in mapping.ARTICLE_COLUMNS.names)
        found = self._rows(
            f"SELECT {names}, o.name, art.ingested_at, art.key FROM articles art "
            "LEFT JOIN outlets o ON o.id = art.outlet_id WHERE art.id = ?",
            (article_id,),
        )
        if not found:
            return None
        *article_values, outlet, ingested_at, key = found[0]
        entity_names = ", ".join(mapping.ENTITY_COLUMNS.names)
        entities = self._rows(f"SELECT {entity_names} FROM entities WHERE article_key = ? ORDER BY position", (key,))
        attributions = self._rows(
            f"SELECT {ATTRIBUTION_SELECT} FROM attributions a WHERE a.article_key = ? ORDER BY a.position", (key,)
        )
        fields = mapping.ARTICLE_COLUMNS.nested(article_values)
        fields["entities"] = [mapping.ENTITY_COLUMNS.nested(row) for row in entities]
        fields["attributions"] = [mapping.ATTRIBUTION_COLUMNS.nested(row) for row in attributions]
        result = mapping.result_from_fields(fields)
        ref = ArticleRef(id=result.id, outlet=outlet, published=result.published, title=result.title, url=result.url)
        return StoredArticle(result=result, article=ref, ingested_at=str(ingested_at))

    # -- listings -------------------------------------------------------------------------------

    @guarded
    def speakers(self, *, name: str | None = None, limit: int = 50, offset: int = 0) -> list[SpeakerSummary]:
        check_page(limit, offset)
        check_name(name, "name")
        condition, params = "1 = 1", list[Any]()
        if name:  # any of the person's names
            condition = "EXISTS (SELECT 1 FROM speaker_names n WHERE n.speaker_id = s.id AND n.key LIKE ? ESCAPE '\\')"
            params.append(f"%{like_escape(normalize_name(name))}%")
        rows = self._rows(
            f"SELECT {_SPEAKER_COUNTS} FROM speakers s JOIN speaker_outlets so ON so.speaker_id = s.id "
            f"WHERE {condition} GROUP BY s.id, s.name, s.type ORDER BY SUM(so.statements) DESC, s.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return with_identity(self._rows, [self._speaker_summary(row) for row in rows])

    @guarded
    def speaker(self, speaker_id: int, *, period: str = "month") -> SpeakerDetail | None:
        if not storable_id(speaker_id):
            return None
        rows = self._rows(
            f"SELECT {_SPEAKER_COUNTS} FROM speakers s JOIN speaker_outlets so ON so.speaker_id = s.id "
            "WHERE s.id = ? GROUP BY s.id, s.name, s.type",
            (speaker_id,),
        )
        if not rows:
            return None
        outlets = self._rows(
            "SELECT o.name, so.statements FROM speaker_outlets so JOIN outlets o ON o.id = so.outlet_id "
            "WHERE so.speaker_id = ? ORDER BY so.statements DESC, o.name",
            (speaker_id,),
        )
        about = self._rows(
            "SELECT s.name, COUNT(*), s.id FROM attribution_about ab JOIN speakers s ON s.id = ab.speaker_id "
            "WHERE ab.by_speaker = ? AND ab.speaker_id <> ? "
            "GROUP BY s.id, s.name ORDER BY COUNT(*) DESC, s.name LIMIT 20",
            (speaker_id, speaker_id),
        )
        days = self._rows(
            "SELECT a.day, COUNT(*) FROM attributions a WHERE a.speaker_id = ? AND a.day > '' GROUP BY a.day",
            (speaker_id,),
        )
        return SpeakerDetail(
            speaker=with_identity(self._rows, [self._speaker_summary(rows[0])])[0],
            outlets=tuple(Count(name=str(n), count=int(c)) for n, c in outlets),
            about=tuple(Count(name=str(n), count=int(c), id=int(i)) for n, c, i in about),
            timeline=_period_counts(days, period),
        )

    def _speaker_summary(self, row: tuple[Any, ...]) -> SpeakerSummary:
        """A speaker's counts row with their first and last days, each one step along the
        (speaker, day) index rather than a pass over their statements."""
        sid, name, kind, statements, articles, outlets = row
        first = self._rows(
            "SELECT day FROM attributions WHERE speaker_id = ? AND day > '' ORDER BY day LIMIT 1", (sid,)
        )
        last = self._rows(
            "SELECT day FROM attributions WHERE speaker_id = ? AND day > '' ORDER BY day DESC LIMIT 1", (sid,)
        )
        return SpeakerSummary(
            id=int(sid),
            name=str(name),
            type=kind,
            statements=int(statements),
            articles=int(articles),
            outlets=int(outlets),
            first=first[0][0] if first else None,
            last=last[0][0] if last else None,
        )

    @guarded
    def outlets(self) -> list[OutletSummary]:
        rows = self._rows(
            "SELECT o.id, o.name, COUNT(*), MIN(NULLIF(art.day, '')), MAX(NULLIF(art.day, '')) "
            "FROM outlets o JOIN articles art ON art.outlet_id = o.id GROUP BY o.id, o.name"
        )
        found = [
            OutletSummary(str(name), int(articles), self._attributions_of(int(oid)), first, last)
            for oid, name, articles, first, last in rows
        ]
        return sorted(found, key=lambda o: (-o.attributions, o.name))

    def _attributions_of(self, outlet_id: int) -> int:
        return int(self._rows("SELECT COUNT(*) FROM attributions WHERE outlet_id = ?", (outlet_id,))[0][0])

    @guarded
    def outlet(self, name: str) -> OutletSummary | None:
        rows = self._rows(
            "SELECT o.id, o.name, COUNT(DISTINCT art.id), MIN(NULLIF(art.day, '')), MAX(NULLIF(art.day, '')) "
            "FROM outlets o JOIN articles art ON art.outlet_id = o.id WHERE lower(o.name) = lower(?) "
            "GROUP BY o.id, o.name",
            (name,),
        )
        if not rows:
            return None
        outlet_id, outlet_name, articles, first, last = rows[0]
        total = self._attributions_of(int(outlet_id))
        quoted = self._rows(
            "SELECT s.name, so.statements, s.id FROM speaker_outlets so JOIN speakers s ON s.id = so.speaker_id "
            "WHERE so.outlet_id = ? ORDER BY so.statements DESC, s.name LIMIT 20",
            (outlet_id,),
        )
        return OutletSummary(
            name=str(outlet_name),
            articles=int(articles),
            attributions=int(total),
            first=first,
            last=last,
            speakers=tuple(Count(name=str(n), count=int(c), id=int(i)) for n, c, i in quoted),
        )

    @guarded
    def stats(self) -> CorpusStats:
        articles, first, last = self._rows("SELECT COUNT(*), MIN(NULLIF(day, '')), MAX(NULLIF(day, '')) FROM articles")[
            0
        ]
        kinds: dict[Any, int] = {}
        types: dict[Any, int] = {}
        for kind, kept_type, n in self._rows("SELECT kind, type, n FROM attribution_counts"):
            kinds[kind] = kinds.get(kind, 0) + int(n)
            types[kept_type] = types.get(kept_type, 0) + int(n)
        speakers = self._rows("SELECT COUNT(DISTINCT speaker_id) FROM speaker_outlets")[0][0]
        # An outlet row outlives its last article (deleted or re-ingested elsewhere): count those with one,
        # as ``outlets()`` lists them (an index look-up per outlet: articles_outlet).
        outlets = self._rows(
            "SELECT COUNT(*) FROM outlets o WHERE EXISTS (SELECT 1 FROM articles art WHERE art.outlet_id = o.id)"
        )[0][0]
        failures = self._rows("SELECT COUNT(*) FROM failures")[0][0]
        return CorpusStats(
            articles=int(articles),
            attributions=int(sum(kinds.values())),
            speakers=int(speakers),
            outlets=int(outlets),
            first=first,
            last=last,
            kinds={k: int(v) for k, v in kinds.items()},
            types={k: int(v) for k, v in types.items()},
            failures=int(failures),
        )


_SPEAKER_COUNTS = (
    "s.id, s.name, s.type, SUM(so.statements), SUM(so.articles), SUM(CASE WHEN so.outlet_id <> 0 THEN 1 ELSE 0 END)"
)


def _period_counts(days: list[tuple[Any, ...]], period: str) -> tuple[PeriodCount, ...]:
    counts: dict[str, int] = {}
    for day, count in days:
        date = dt.date.fromisoformat(str(day))
        if period == "week":
            year, week, _ = date.isocalendar()
            key = f"{year}-W{week:02d}"
        else:
            key = date.isoformat()[:7]
        counts[key] = counts.get(key, 0) + int(count)
    return tuple(PeriodCount(period=k, count=v) for k, v in sorted(counts.items()))
