"""The phrase forms coreference reads off the parse: a noun's pronoun possessor, the question a fronted participle
puts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import phrase_forms
from quotegraph.nlp.resolve.speakers.phrase_forms import possessed_by_pronoun

from ..conftest import ArticleMaker


@pytest.mark.slow
def test_possessed_by_pronoun(nlp: Language) -> None:
    doc = nlp("Her lawyer met the governor's lawyer.")
    lawyers = [t for t in doc if t.lower_ == "lawyer"]
    assert [possessed_by_pronoun(t) for t in lawyers] == [True, False]


@pytest.mark.parametrize("on", [True, False])
def test_the_subject_of_a_question_a_fronted_participle_puts_is_the_main_clause_subject(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """QUESTIONS_IN_FRONTED_PHRASES: "Asked by a columnist whether she would stand again, Mara Quell said": the "she"
    asked is Quell, not the columnist, the one person named before it."""
    monkeypatch.setattr(phrase_forms, "QUESTIONS_IN_FRONTED_PHRASES", on)
    art = article("Asked by a columnist whether she would stand again, Mara Quell said she had not decided.")
    entities, _ = art.resolve([art.candidate("she had not decided", "said", "Mara Quell")])
    asked = next(e for e in entities if any(m.text == "she" and m.span.start < 40 for m in e.mentions))
    assert asked.name == ("Mara Quell" if on else "a columnist")


def test_the_subject_of_a_report_in_a_fronted_clause_with_a_subject_of_its_own_is_not_the_main_clause_subject(
    article: ArticleMaker,
) -> None:
    """QUESTIONS_IN_FRONTED_PHRASES climbs only past a subjectless participle: in "After Sam Reyl said he would
    resign, Kit Varga told reporters" the "he" may be Reyl, who said it, so it is not handed to Varga."""
    art = article("After Sam Reyl said he would resign, Kit Varga told reporters that the vote would go ahead.")
    entities, _ = art.resolve([art.candidate("the vote would go ahead", "told", "Kit Varga")])
    resigning = next(e for e in entities if any(m.text == "he" for m in e.mentions))
    assert resigning.name == "Sam Reyl"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "person"),
    [
        (
            "Geologist Marisol Echeverría of the Benemérita Universidad Autónoma de Puebla said the soil had washed "
            "away.",
            "Geologist Marisol Echeverría of the Benemérita Universidad Autónoma de Puebla",
            "Geologist Marisol Echeverría",
        ),
        (
            "Commandant Julien Roussel of the regional judicial police said the thieves had fled.",
            "Commandant Julien Roussel of the regional judicial police",
            "Commandant Julien Roussel",
        ),
        ("The head of the regional police said the thieves had fled.", "The head of the regional police", None),
        ("The Bank of England said rates would rise.", "The Bank of England", None),
        (
            "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky said the tax was wrong.",
            "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky",
            None,
        ),
    ],
)
def test_a_person_named_with_of_and_a_body_is_the_name_before_of(
    nlp: Language, text: str, source: str, person: str | None
) -> None:
    """``person_before_of``: the name that governs the "of" phrase, not a description with no name, a body named with
    "of", nor the first of two people each with their own "of" phrase."""
    doc = nlp(text)
    span = doc.char_span(0, len(source))
    assert span is not None
    found = phrase_forms.person_before_of(span)
    assert (found.text if found is not None else None) == person
