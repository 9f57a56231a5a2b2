"""Statements by their speaker's gender, as the articles' own pronouns say it: the data of the share
of statements by gender, per outlet."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from quotegraph.model.analytics import ALL_DAYS, Window
from quotegraph.model.identity import Gender, GenderShare, PronounCounts
from quotegraph.store.analytics import window_conditions
from quotegraph.store.sqlbase import SqlBase, guarded

__all__ = ["GenderStore"]

# the ids of an attribution's speaker entity, to read the pronouns its article uses for it
_SPEAKER_ENTITY = "JOIN entities e ON e.article_key = a.article_key AND e.entity_id = a.speaker_entity"


def _statements(window: Window, join: str = "") -> tuple[str, list[Any]]:
    """Attributions of type statement whose speaker is a person, in the window, with their outlet."""
    where, params = window_conditions(window)
    conditions = " AND ".join(["a.type = 'statement'", "s.type = 'PERSON'", *where])
    return (
        f"FROM attributions a {join} JOIN speakers s ON s.id = a.speaker_id LEFT JOIN outlets o ON o.id = a.outlet_id "
        f"WHERE {conditions}",
        params,
    )


class GenderStore(SqlBase):
    @guarded
    def gender_shares(
        self, *, by: Literal["article", "person"] = "article", window: Window = ALL_DAYS
    ) -> list[GenderShare]:
        """Statements by speaker gender in the window, for the whole corpus first, then each outlet
        by name. ``by`` "article": what the statement's own article's pronouns say of its speaker;
        "person": the speaker's gender across the corpus (``PronounCounts.gender``)."""
        counts: dict[str | None, dict[Gender, int]] = defaultdict(lambda: defaultdict(int))
        for outlet, gender, count in self._by_article(window) if by == "article" else self._by_person(window):
            for place in {None, outlet}:  # a statement with no outlet counts once, in the corpus
                counts[place][gender] += count
        counts.setdefault(None, defaultdict(int))
        ordered = [None, *sorted(o for o in counts if o is not None)]
        return [GenderShare(outlet, **counts[outlet]) for outlet in ordered]

    def _by_article(self, window: Window) -> list[tuple[str | None, Gender, int]]:
        source, params = _statements(window, _SPEAKER_ENTITY)
        rows = self._rows(f"SELECT o.name, e.pronoun, COUNT(*) {source} GROUP BY o.name, e.pronoun", params)
        return [(outlet, pronoun or "unknown", int(count)) for outlet, pronoun, count in rows]

    def _by_person(self, window: Window) -> list[tuple[str | None, Gender, int]]:
        genders = {
            int(person): PronounCounts(int(he), int(she), int(they)).gender
            for person, he, she, they in self._rows(
                "SELECT speaker_id, SUM(he), SUM(she), SUM(they) FROM speaker_names "
                "WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
            )
        }
        source, params = _statements(window)
        rows = self._rows(f"SELECT o.name, a.speaker_id, COUNT(*) {source} GROUP BY o.name, a.speaker_id", params)
        return [(outlet, genders.get(int(person), "unknown"), int(count)) for outlet, person, count in rows]
