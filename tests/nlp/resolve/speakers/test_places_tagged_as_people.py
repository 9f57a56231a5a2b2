"""A place the tagger typed a person's once is no one "he" or "she" stands for (the placenames round,
docs/occasion-rounds.md, the forty-third set)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import clusters

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


def test_a_place_tagged_a_person_once_is_no_one_a_pronoun_finds(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PLACES_TAGGED_AS_PEOPLE: "Mendoza's Uco Valley" tagged a person and "in Mendoza" a place: the province is a
    place, and "he" of a grower is not it; off, the grower's words are the province's."""
    art = article(
        "A hailstorm that swept across Mendoza’s Uco Valley on Sunday destroyed a third of the harvest. Hail is a "
        "familiar risk in Mendoza, where summer storms build fast. On Tuesday morning, walking a row of vines in "
        "Gualtallary, a third-generation grower pulled aside shredded leaves. “In eleven minutes we lost a year,” he "
        "said."
    )
    statement = ("In eleven minutes we lost a year", "he", "lost a year")
    assert art.said(statement) != ["Mendoza"]
    monkeypatch.setattr(clusters, "PLACES_TAGGED_AS_PEOPLE", False)
    assert art.said(statement) == ["Mendoza"]
