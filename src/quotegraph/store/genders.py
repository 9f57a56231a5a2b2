"""Statements by their speaker's gender, as the articles' own pronouns say it: the data of the share
of statements by gender, per outlet."""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from quotegraph.model.identity import Gender, GenderShare, PronounCounts
from quotegraph.store.sqlbase import SqlBase

__all__ = ["GenderStore"]

# the ids of an attribution's speaker entity, to read the pronouns its article uses for it
_SPEAKER_ENTITY = "JOIN entities e ON e.article_id = a.article_id AND e.entity_id = a.speaker_entity"


def _statements(join: str = "") -> str:
    """Attributions of type statement whose speaker is a person, with their outlet."""
    return (
        f"FROM attributions a {join} JOIN speakers s ON s.id = a.speaker_id LEFT JOIN outlets o ON o.id = a.outlet_id "
        "WHERE a.type = 'statement' AND s.type = 'PERSON'"
    )


class GenderStore(SqlBase):
    def gender_shares(self, *, by: Literal["article", "person"] = "article") -> list[GenderShare]:
        """Statements by speaker gender, for the whole corpus first, then each outlet by name. ``by``
        "article": what the statement's own article's pronouns say of its speaker; "person": the
        speaker's gender across the corpus (``PronounCounts.gender``)."""
        counts: dict[str | None, dict[Gender, int]] = defaultdict(lambda: defaultdict(int))
        for outlet, gender, count in self._by_article() if by == "article" else self._by_person():
            for place in (None, outlet):
                counts[place][gender] += count
        counts.setdefault(None, defaultdict(int))
        ordered = [None, *sorted(o for o in counts if o is not None)]
        return [GenderShare(outlet, **counts[outlet]) for outlet in ordered]

    def _by_article(self) -> list[tuple[str | None, Gender, int]]:
        rows = self._rows(
            f"SELECT o.name, e.pronoun, COUNT(*) {_statements(_SPEAKER_ENTITY)} GROUP BY o.name, e.pronoun"
        )
        return [(outlet, pronoun or "unknown", int(count)) for outlet, pronoun, count in rows]

    def _by_person(self) -> list[tuple[str | None, Gender, int]]:
        genders = {
            int(person): PronounCounts(int(he), int(she), int(they)).gender
            for person, he, she, they in self._rows(
                "SELECT speaker_id, SUM(he), SUM(she), SUM(they) FROM speaker_names "
                "WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
            )
        }
        rows = self._rows(f"SELECT o.name, a.speaker_id, COUNT(*) {_statements()} GROUP BY o.name, a.speaker_id")
        return [(outlet, genders.get(int(person), "unknown"), int(count)) for outlet, person, count in rows]
