"""A title that looks like a person's name is typed OTHER on the article's own evidence, not PERSON."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from quotegraph.model import Entity, EntityType

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


def _types(entities: list[Entity]) -> dict[str, EntityType]:
    return {e.name: e.type for e in entities}


@pytest.mark.parametrize(
    "text",
    [
        "The film Rosa Delgado opened in Paris on Friday.",  # a work noun in apposition before it
        "Rosa Delgado, the movie, opened in Paris.",  # ... and after it
        "Tom Hale, the director of Rosa Delgado, was in Paris.",  # the one who made it
        "Netflix bought Rosa Delgado's distribution rights.",  # something a work has
        "Audiences loved the trailer of Rosa Delgado.",
    ],
)
def test_a_name_the_article_treats_as_a_work_is_not_a_person(article: ArticleMaker, text: str) -> None:
    art = article(text)
    assert any(ent.text.startswith("Rosa Delgado") and ent.label_ == "PERSON" for ent in art.doc.ents)
    assert _types(art.resolve([])[0])["Rosa Delgado"] == "OTHER"


def test_the_maker_of_a_work_stays_a_person(article: ArticleMaker) -> None:
    types = _types(article("Maria Lopez, the director of Daniel Brooks, was proud.").resolve([])[0])
    assert types == {"Maria Lopez": "PERSON", "Daniel Brooks": "OTHER"}


@pytest.mark.parametrize(
    "text",
    [
        "Critics praised Maria Lopez's screenplay. She wrote it in a month.",  # "she"
        "Critics praised Maria Lopez's screenplay. Maria Lopez told reporters it took a month.",  # speaks
    ],
)
def test_a_name_that_is_somebody_stays_a_person(article: ArticleMaker, text: str) -> None:
    assert _types(article(text).resolve([])[0])["Maria Lopez"] == "PERSON"


def test_a_source_stays_a_person(article: ArticleMaker) -> None:
    art = article("Fans loved Maria Lopez's soundtrack, according to Maria Lopez.")
    candidate = art.candidate("Fans loved Maria Lopez's soundtrack", "according to", "Maria Lopez", after="according")
    entities, (attribution,) = art.resolve([candidate])
    assert _types(entities)["Maria Lopez"] == "PERSON"
    assert attribution.speaker is not None and attribution.speaker.type == "PERSON"


def test_a_name_the_tagger_mostly_labels_a_work_of_art_is_a_work(article: ArticleMaker) -> None:
    art = article("Daniel Brooks opened in Paris. Critics saw Daniel Brooks twice. Daniel Brooks won.")
    doc = art.doc
    uses = [i for i, t in enumerate(doc) if t.text == "Daniel"]

    def labelled(*labels: str) -> dict[str, EntityType]:
        doc.ents = [Span(doc, i, i + 2, label=label) for i, label in zip(uses, labels, strict=True)]
        return _types(art.resolve([])[0])

    assert labelled("PERSON", "WORK_OF_ART", "WORK_OF_ART")["Daniel Brooks"] == "OTHER"
    assert labelled("PERSON", "WORK_OF_ART", "PERSON")["Daniel Brooks"] == "PERSON"  # one stray label is noise


def test_a_work_that_belongs_to_the_name_does_not_make_it_a_work(article: ArticleMaker) -> None:
    art = article("Maria Lopez, whose 2005 book ''Gold Road: The Art of Being Rich,'' prompted a suit, was in Paris.")
    assert any(t.lower_ == "book" and t.dep_ == "appos" for t in art.doc)  # the parse this guards against
    assert _types(art.resolve([])[0])["Maria Lopez"] == "PERSON"
