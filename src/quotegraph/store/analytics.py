"""Counting statements across the corpus for its analytics: the speakers quoted most per group
(the corpus, an outlet, a month or a week), the speakers a name stands for, and statements of
people by the pronouns their articles use for them.

Each count is one pass over the window's attributions, grouped and ranked in the database (window
functions, in both dialects); the graph layer (``graph.analytics``) composes them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from quotegraph.model.analytics import ALL_DAYS, Grouping, QuotedGroup, Window
from quotegraph.model.corpus import Count
from quotegraph.model.periods import period_name
from quotegraph.store.sqlbase import SqlBase, guarded, placeholders_in

__all__ = ["PRONOUNS", "AnalyticsQueries", "week_of", "window_conditions"]

# What an article's own pronouns for an entity say (the speaker identity work keeps them in
# entities.pronoun: he, she, they, '' for none, NULL for not read).
PRONOUNS = ("he", "she", "they")
# Statements: what people said (thoughts and findings are not quotes), by a named corpus speaker.
_STATEMENTS = "a.type = 'statement' AND a.speaker_id IS NOT NULL"
_OF_PEOPLE = "s.type = 'PERSON'"


def week_of(monday: str) -> str:
    """The ISO week ("2016-W09") that begins on ``monday`` (YYYY-MM-DD)."""
    return period_name(dt.date.fromisoformat(monday), "week")


def _no_statements() -> dict[str, int]:
    return dict.fromkeys((*PRONOUNS, "unknown"), 0)


def window_conditions(window: Window) -> tuple[list[str], list[Any]]:
    """Conditions on ``a`` (attributions) keeping the window's days; a bound leaves undated ones out."""
    conditions: list[str] = []
    params: list[Any] = []
    if window.since is not None:
        conditions.append("a.day >= ?")
        params.append(window.since)
    if window.until is not None:
        conditions.append("a.day <= ? AND a.day <> ''")
        params.append(window.until)
    return conditions, params


class AnalyticsQueries(SqlBase):
    if TYPE_CHECKING:

        def _speaker_ids_for(self, name: str) -> list[int]: ...  # searching.Searching

    @guarded
    def quoted_most(
        self,
        *,
        by: Grouping,
        window: Window = ALL_DAYS,
        limit: int | None = 10,
        speaker_ids: Sequence[int] | None = None,
    ) -> list[QuotedGroup]:
        group, conditions = self._grouping(by)
        where, params = window_conditions(window)
        conditions += where
        if speaker_ids is not None:
            if not speaker_ids:
                return []
            conditions.append(placeholders_in("a.speaker_id", speaker_ids))
            params += list(speaker_ids)
        rank = "" if limit is None else "WHERE r.rank <= ?"
        rows = self._rows(
            f"WITH counts AS (SELECT {group} AS grp, a.speaker_id AS sid, COUNT(*) AS n FROM attributions a "
            f"WHERE {' AND '.join([_STATEMENTS, *conditions])} GROUP BY 1, 2), "
            "ranked AS (SELECT grp, sid, n, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY n DESC, sid) AS rank, "
            "SUM(n) OVER (PARTITION BY grp) AS total FROM counts) "
            "SELECT r.grp, r.total, r.sid, s.name, r.n FROM ranked r JOIN speakers s ON s.id = r.sid "
            f"{rank} ORDER BY r.grp, r.rank",
            [*params, *([] if limit is None else [limit])],
        )
        return self._groups(rows, by)

    def _grouping(self, by: Grouping) -> tuple[str, list[str]]:
        """The expression a statement is grouped by, and the conditions that give it a value."""
        if by == "corpus":
            return "''", []
        if by == "outlet":
            return "a.outlet_id", ["a.outlet_id IS NOT NULL"]
        if by == "month":
            return "substr(a.day, 1, 7)", ["a.day <> ''"]
        return self._monday_of("a.day"), ["a.day <> ''"]

    def _groups(self, rows: list[tuple[Any, ...]], by: Grouping) -> list[QuotedGroup]:
        outlets = {int(i): str(n) for i, n in self._rows("SELECT id, name FROM outlets")} if by == "outlet" else {}
        totals: dict[str, int] = {}
        speakers: dict[str, list[Count]] = defaultdict(list)
        for group, total, sid, name, count in rows:
            label = outlets[int(group)] if by == "outlet" else week_of(group) if by == "week" else str(group)
            totals[label] = int(total)
            speakers[label].append(Count(name=str(name), count=int(count), id=int(sid)))
        return [QuotedGroup(label, totals[label], tuple(speakers[label])) for label in sorted(totals)]

    @guarded
    def speakers_named(self, name: str, *, window: Window = ALL_DAYS) -> list[Count]:
        """The corpus speakers ``name`` stands for, as a search's ``speaker`` reads it (the full name,
        else speakers whose name starts or ends with it), each with their statements in the window
        (0 included); the most quoted first."""
        ids = self._speaker_ids_for(name)
        if not ids:
            return []
        where, params = window_conditions(window)
        rows = self._rows(
            "SELECT s.id, s.name, COUNT(a.id) FROM speakers s LEFT JOIN attributions a ON a.speaker_id = s.id "
            f"AND {' AND '.join([_STATEMENTS, *where])} WHERE {placeholders_in('s.id', ids)} "
            "GROUP BY s.id, s.name ORDER BY COUNT(a.id) DESC, s.id",
            [*params, *ids],
        )
        return [Count(name=str(n), count=int(c), id=int(i)) for i, n, c in rows]
