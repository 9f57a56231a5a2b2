"""A given name the parser tags a common noun before a patronymic particle ("Siti binti Abdullah") (the placenames
round, docs/occasion-rounds.md, the forty-third set)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import particle_joins

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


def test_a_patronymic_takes_the_given_name_read_as_a_noun(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PATRONYMICS_AFTER_ANY_GIVEN_NAME: "Siti", tagged a common noun before "binti", is the name's first word; off, the
    speaker is the father's name alone."""
    art = article("Siti binti Abdullah said she had lost her shop.")
    statement = ("she had lost her shop", "Siti binti Abdullah")
    assert art.said(statement) == ["Siti binti Abdullah"]
    monkeypatch.setattr(particle_joins, "PATRONYMICS_AFTER_ANY_GIVEN_NAME", False)
    assert art.said(statement) == ["Abdullah"]
