"""The phrase forms coreference reads off the parse: a noun's pronoun possessor, the question a fronted participle
puts."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quotegraph
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


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
def test_an_apposition_holding_its_own_comma_is_set_off(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """APPOSITIONS_OWNING_THEIR_COMMA: the parser hangs the comma before "Vice-Admiral Anne-Sophie Le Goff" on the
    name, which it hangs on "the Atlantic"; set off all the same, the name is the prefect's and her "she" is hers."""
    monkeypatch.setattr(phrase_forms, "APPOSITIONS_OWNING_THEIR_COMMA", on)
    source = "The maritime prefect for the Atlantic, Vice-Admiral Anne-Sophie Le Goff,"
    art = article(
        "Fishermen blockaded the port of Lorient on Monday.\n\n"
        f"{source} said the blockade was a danger to life.\n\n"
        "She said she had ordered an exclusion zone around the boats."
    )
    found = art.said(("the blockade was a danger to life", source), ("she had ordered an exclusion zone", "She"))
    expected = "Anne-Sophie Le Goff" if on else "The maritime prefect for the Atlantic"
    assert found == [expected, expected]


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "source", "content", "holder", "without"),
    [
        (
            # the association's description took the name, and the name the body's type
            "Farmers voted on the wolf cull on Sunday.\n\nSpeaking after the vote, the president of the cantonal "
            "farmers’ association, Mathias Bonifazi, said that the vote showed unity.",
            "the president of the cantonal farmers’ association, Mathias Bonifazi,",
            "that the vote showed unity",
            "Mathias Bonifazi",
            "the president of the cantonal farmers’ association",
        ),
    ],
)
def test_a_person_s_name_after_the_body_an_office_is_of_is_the_holder(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    source: str,
    content: str,
    holder: str,
    without: str,
) -> None:
    """HOLDERS_AFTER_THEIR_BODY: a person's name set off after the body a person's office is of (or what a participle on
    the office names) is the office's holder; off, the office stays a person of its own."""
    monkeypatch.setattr(phrase_forms, "HOLDERS_AFTER_THEIR_BODY", on)
    assert article(text).said((content, source)) == [holder if on else without]


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
def test_a_person_s_name_after_what_a_participle_on_an_office_names_is_the_holder(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """HOLDERS_AFTER_THEIR_BODY: "the member representing Ikere Constituency I, Hon. Tunde Olaniyan,": the parser hangs
    the name on the constituency the participle names; the name is the member's (read by the whole pipeline, whose
    tokenizer keeps "Hon." whole)."""
    monkeypatch.setattr(phrase_forms, "HOLDERS_AFTER_THEIR_BODY", on)
    text = (
        "Lawmakers debated the levy bill on Tuesday.\n\nBut the member representing Ikere Constituency I, Hon. Tunde "
        "Olaniyan, said he supported the bill in principle."
    )
    attributions = quotegraph.extract(text).attributions
    found = [a for a in attributions if a.content is not None and "supported the bill" in a.content.text]
    assert [a.speaker.name if a.speaker else None for a in found] == ["Tunde Olaniyan" if on else "the member"]
