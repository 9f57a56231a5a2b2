"""A local government's whole name ("City of Kingsford", "Municipality of Tarlac", "County of Wexford"), which the
tagger cuts after "of" (the placenames round, docs/occasion-rounds.md, the forty-third set)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import tagged_names

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "statements", "whole", "cut"),
    [
        (
            # an Australian council, the tagger's "The City of" a place and "Kingsford" a body
            "The City of Kingsford said the water main would be replaced by June.",
            (("the water main would be replaced by June", "The City of Kingsford"),),
            ["City of Kingsford"],
            ["City of"],
        ),
        (
            # a Philippine municipality, the government's word cut from its place's name the same way
            "A statement from the Municipality of Tarlac said the road was closed.",
            (("the road was closed", "A statement from the Municipality of Tarlac"),),
            ["Municipality of Tarlac"],
            ["Municipality of"],
        ),
        (
            # an Irish county council, the place's name left untagged after "The County of"
            "The County of Wexford said the ferry would run.",
            (("the ferry would run", "The County of Wexford"),),
            ["County of Wexford"],
            ["County of"],
        ),
    ],
)
def test_a_government_s_name_keeps_its_head(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    statements: tuple[tuple[str, str], ...],
    whole: list[str],
    cut: list[str],
) -> None:
    """GOVERNMENTS_NAMED_WHOLE: "City of X" is the government's whole name; off, the speaker is the half the tagger
    cut off."""
    art = article(text)
    assert art.said(*statements) == whole
    monkeypatch.setattr(tagged_names, "GOVERNMENTS_NAMED_WHOLE", False)
    assert art.said(*statements) == cut


def test_a_body_named_after_a_place_stays_whole(article: ArticleMaker) -> None:
    """GOVERNMENTS_NAMED_WHOLE reads only a government's generic word: "University of Lagos" is the tagger's whole."""
    art = article("The University of Lagos said classes would resume on Monday.")
    assert art.said(("classes would resume on Monday", "The University of Lagos")) == ["University of Lagos"]
