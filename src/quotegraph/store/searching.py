"""Searching a corpus: filters, full text ranked band by band, keyset pages.

A page's keys (score or day, and id) are found and sorted on the indexes alone; the rows are read
for the page only. Text is ranked in bands of the newest matches (``rank_band``), so a page costs
the scoring of one band however many attributions match.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from quotegraph.model import TextSpan
from quotegraph.model.corpus import ArticleRef, Hit, HitPage
from quotegraph.store import mapping
from quotegraph.store.keys import normalize_name
from quotegraph.store.query import Cursor, Query
from quotegraph.store.sqlbase import SqlBase, TextMatch, guarded, like_escape, placeholders_in

__all__ = ["ATTRIBUTION_SELECT", "HIGHLIGHT_END", "HIGHLIGHT_START", "Searching", "matches_of"]

HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"  # control characters never kept in stored text
MAX_SPEAKER_MATCHES = 50  # speakers a --speaker or --about name may stand for
# Below this many mentions, the attributions about a speaker are read from the mentions and sorted;
# from it on, walking the newest attributions until a page of them turns up is cheaper. The two
# costs meet near the square root of ten times the corpus's size (3,000 at 10^6 attributions).
ABOUT_ROWS_SORTED = 2_000

ATTRIBUTION_SELECT = ", ".join(f"a.{name}" for name in mapping.ATTRIBUTION_COLUMNS.names)
_ARTICLE_REF_SELECT = "art.id, o.name, art.published, art.title, art.url"
# A listing without search text: every attribution, the newest first, read down the day index.
_LISTING = TextMatch("attributions a", [], "a.id", "", "1 = 1", [], "a.day", bounded_id="(a.id + 0)")


def _filtered_ids(filters: list[str]) -> str:
    """The ids of the attributions the filters leave up to a newest id (the filters' parameters, then it)."""
    return f"SELECT a.id FROM attributions a WHERE {' AND '.join(filters)} AND a.id <= ?"


def matches_of(marked: str) -> tuple[str, tuple[TextSpan, ...]]:
    """The text without highlight marks, and where the marks were."""
    plain: list[str] = []
    spans: list[TextSpan] = []
    length, start = 0, None
    for piece in marked.split(HIGHLIGHT_START):
        head, sep, tail = piece.partition(HIGHLIGHT_END)
        if sep and start is not None:
            spans.append(TextSpan(start, length + len(head)))
        elif not sep:
            tail = head
            head = ""
        plain.append(head)
        length += len(head)
        plain.append(tail)
        start = length + len(tail)
        length += len(tail)
    return "".join(plain), tuple(spans)


class Searching(SqlBase):
    @guarded
    def search(self, query: Query) -> HitPage:
        filters: list[str] = []
        params: list[Any] = []
        for condition, values in self._filters(query):
            if condition == "FALSE":
                return HitPage(items=())
            filters.append(condition)
            params.extend(values)
        upto = query.cursor.upto if query.cursor else self._newest_attribution()
        if query.text is None:
            keys = self._keys(_LISTING, filters, params, (0, upto), query.cursor, query.limit + 1)
            bands = [upto] * len(keys)
        else:
            keys, bands = self._ranked_keys(self._text_match(query), filters, params, upto, query)
        more = len(keys) > query.limit
        keys = keys[: query.limit]
        rows = self._hit_rows([attribution_id for _, attribution_id in keys])
        marked = self._highlight([(i, rows[i][-1]) for _, i in keys if rows[i][-1]], query) if query.text else {}
        width = len(mapping.ATTRIBUTION_COLUMNS.names)
        items = []
        for _, attribution_id in keys:
            row, text = rows[attribution_id], marked.get(attribution_id)
            items.append(
                Hit(
                    attribution=mapping.attribution_from_row(row[:width]),
                    article=ArticleRef(*row[width : width + 5]),
                    matches=matches_of(text)[1] if text else (),
                    speaker_id=row[-3],
                )
            )
        next_cursor = Cursor(*keys[-1], upto, bands[len(keys) - 1]).encode() if more else None
        return HitPage(items=tuple(items), next=next_cursor)

    def _ranked_keys(
        self, match: TextMatch, filters: list[str], params: list[Any], upto: int, query: Query
    ) -> tuple[list[tuple[Any, int]], list[int]]:
        """A text search's page, ranked band by band: the newest ``rank_band`` matches by relevance,
        then the band of matches before them, and so on, so that a page costs the scoring of one
        band (a few when filters thin them out) however many attributions match. Filters that leave
        few attributions have their matches ranked in one band. With the keys comes the band each
        was ranked in (a cursor resumes in the band of the page's last hit)."""
        few = self._few_filtered(filters, params, upto) if filters else None
        if few is not None:
            among = self._keys(self._among(match, filters, params, upto), [], [], few, query.cursor, query.limit + 1)
            return among, [upto] * len(among)
        band = query.cursor.band if query.cursor else upto
        after = query.cursor
        keys: list[tuple[Any, int]] = []
        bands: list[int] = []
        while True:
            floor = self._band_floor(match, band, upto)
            found = self._keys(match, filters, params, (floor, band), after, query.limit + 1 - len(keys))
            keys += found
            bands += [band] * len(found)
            if len(keys) > query.limit or floor == 0:
                return keys, bands
            band, after = floor, None

    def _few_filtered(self, filters: list[str], params: list[Any], upto: int) -> tuple[int, int] | None:
        """The id bounds of the attributions the filters leave, when they are few
        (``filtered_rows_ranked``): their matches are then ranked in one band."""
        rows = self._rows(
            f"SELECT COUNT(*), MIN(few.id), MAX(few.id) FROM ({_filtered_ids(filters)} LIMIT ?) few",
            [*params, upto, self.filtered_rows_ranked + 1],
        )
        count, low, high = rows[0]
        if int(count) > self.filtered_rows_ranked:
            return None
        return (int(low) - 1, int(high)) if count else (0, 0)

    @staticmethod
    def _among(match: TextMatch, filters: list[str], params: list[Any], upto: int) -> TextMatch:
        """The matches among the attributions the filters leave."""
        return dataclasses.replace(
            match,
            condition=f"{match.condition} AND {match.id_listed} IN ({_filtered_ids(filters)})",
            condition_params=[*match.condition_params, *params, upto],
        )

    def _band_floor(self, match: TextMatch, band: int, upto: int) -> int:
        """The id below the band of the ``rank_band`` newest matches at or before ``band`` (0 when
        fewer match: the band reaches the oldest). Counted on the index alone, without the rows.
        Matches as dense as one attribution in ``common_match_every`` have a band of
        ``common_rank_band`` (``sqlbase.COMMON_RANK_BAND``)."""
        common = min(self.common_rank_band, self.rank_band)
        near = self._match_below(match, band, common)
        if near == 0 or common == self.rank_band or band - near <= common * self.common_match_every:
            return near
        return self._match_below(match, near, self.rank_band - common)

    def _match_below(self, match: TextMatch, top: int, skipped: int) -> int:
        """The id of the newest match at or before ``top`` after the ``skipped`` newest (0: none)."""
        rows = self._rows(
            f"SELECT {match.id} FROM {match.source} WHERE {match.condition} AND {match.id} <= ? "
            f"ORDER BY {match.id} DESC LIMIT 1 OFFSET ?",
            [*match.source_params, *match.condition_params, top, skipped],
        )
        return int(rows[0][0]) if rows else 0

    def _keys(
        self,
        match: TextMatch,
        filters: list[str],
        params: list[Any],
        ids: tuple[int, int],
        after: Cursor | None,
        limit: int,
    ) -> list[tuple[Any, int]]:
        """The sort keys and ids of up to ``limit`` attributions with ids in (``ids``], best first.
        Only keys are sorted: the rows are read for the page alone (``_hit_rows``)."""
        conditions = [match.condition, *filters, f"{match.id_bounds} > ?", f"{match.id_bounds} <= ?"]
        values = [*match.condition_params, *params, *ids]
        if after is not None:
            conditions.append(f"({match.score}, {match.id}) < (?, ?)")
            values += [after.key, after.last]
        join = match.attributions_join if filters else ""
        statement = (
            f"SELECT {match.score}, {match.id} FROM {match.source} {join} WHERE {' AND '.join(conditions)} "
            f"ORDER BY {match.score} DESC, {match.id} DESC LIMIT ?"
        )
        return [(key, int(i)) for key, i in self._rows(statement, [*match.source_params, *values, limit])]

    def _hit_rows(self, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        if not ids:
            return {}
        rows = self._rows(
            f"SELECT {ATTRIBUTION_SELECT}, {_ARTICLE_REF_SELECT}, a.speaker_id, a.id, a.content_text "
            "FROM attributions a JOIN articles art ON art.key = a.article_key "
            f"LEFT JOIN outlets o ON o.id = a.outlet_id WHERE {placeholders_in('a.id', ids)}",
            ids,
        )
        return {int(row[-2]): row for row in rows}

    def _newest_attribution(self) -> int:
        return int(self._rows("SELECT COALESCE(MAX(id), 0) FROM attributions")[0][0])

    def _filters(self, query: Query) -> Iterator[tuple[str, list[Any]]]:
        """Each filter as a condition on ``a`` (attributions) with its parameters; "FALSE" when a
        name matches nothing, so the search need not run."""
        if query.speaker_id is not None:
            yield "a.speaker_id = ?", [query.speaker_id]
        if query.speaker is not None:
            ids = self._speaker_ids_for(query.speaker)
            yield (placeholders_in("a.speaker_id", ids), ids) if ids else ("FALSE", [])
        if query.about is not None:
            ids = self._speaker_ids_for(query.about)
            yield self._about(ids) if ids else ("FALSE", [])
        if query.outlet is not None:
            ids = [row[0] for row in self._rows("SELECT id FROM outlets WHERE lower(name) = lower(?)", (query.outlet,))]
            yield (placeholders_in("a.outlet_id", ids), ids) if ids else ("FALSE", [])
        if query.since is not None:
            yield "a.day >= ?", [query.since]
        if query.until is not None:
            yield "a.day <= ? AND a.day <> ''", [query.until]
        if query.kind is not None:
            yield "a.kind = ?", [query.kind]
        if query.types:
            yield placeholders_in("a.type", query.types), list(query.types)
        if query.channel is not None:
            yield "lower(a.channel_text) LIKE ? ESCAPE '\\'", [f"%{like_escape(query.channel.lower())}%"]
        if query.article is not None:
            yield "a.article_key = (SELECT key FROM articles WHERE id = ?)", [query.article]

    def _about(self, speaker_ids: list[int]) -> tuple[str, list[Any]]:
        """The condition that an attribution mentions one of the speakers: driven by the mentions
        when they are few, else checked on each attribution a page walks past."""
        about = placeholders_in("ab.speaker_id", speaker_ids)
        counted = self._rows(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM attribution_about ab WHERE {about} LIMIT ?) few",
            [*speaker_ids, ABOUT_ROWS_SORTED],
        )
        if int(counted[0][0]) < ABOUT_ROWS_SORTED:
            return (
                "(a.article_key, a.position) IN "
                f"(SELECT ab.article_key, ab.position FROM attribution_about ab WHERE {about})",
                speaker_ids,
            )
        return (
            f"EXISTS (SELECT 1 FROM attribution_about ab WHERE ab.article_key = a.article_key "
            f"AND ab.position = a.position AND {about})",
            speaker_ids,
        )

    def _speaker_ids_for(self, name: str) -> list[int]:
        """The person one of whose names is the name (a lone surname the corpus keeps apart from two
        namesakes is that speaker alone); else, with any other speaker so named, the people whose
        name ends or starts with it as whole words ("Audiard" finds "Jacques Audiard"; "Trump" finds
        Donald Trump beside an organisation an article named "Trump")."""
        key = normalize_name(name)
        if not key:
            return []
        named = "FROM speaker_names n JOIN speakers s ON s.id = n.speaker_id"
        exact = self._rows(f"SELECT n.speaker_id, s.type {named} WHERE n.key = ?", (key,))
        if exact and exact[0][1] == "PERSON":
            return [int(exact[0][0])]
        people_only = " AND s.type = 'PERSON'" if exact else ""  # beside a body so named: the people
        rows = self._rows(
            f"SELECT DISTINCT n.speaker_id {named} WHERE (n.key LIKE ? ESCAPE '\\' OR n.key LIKE ? ESCAPE '\\')"
            f"{people_only} ORDER BY n.speaker_id LIMIT ?",
            (f"% {like_escape(key)}", f"{like_escape(key)} %", MAX_SPEAKER_MATCHES),
        )
        return sorted({int(row[0]) for row in [*exact[:1], *rows]})
