"""Names with lower-case words inside: a person's particles and a body's articles and prepositions keep the name whole,
and lists and English offices stay apart."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import particle_joins
from quotegraph.nlp.resolve.speakers.tagged_names import _mended_entities

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "statements", "joined", "cut"),
    [
        (
            # a Faroese particle after two forenames, the first tagged a place, and the surname alone later
            "Hanna Kristina á Heygum, a councillor in Tórshavn, said the quota auction had failed. Á Heygum said the "
            "fleet would suffer.",
            (("the quota auction had failed", "Hanna Kristina á Heygum"), ("the fleet would suffer", "Á Heygum")),
            ["Hanna Kristina á Heygum", "Hanna Kristina á Heygum"],
            ["Hanna", "Á Heygum"],
        ),
        (
            # a German particle the tagger took into the surname, cut from the forename
            "Karl-Theodor zu Guttenberg said the treaty was signed. Zu Guttenberg said he was pleased.",
            (("the treaty was signed", "Karl-Theodor zu Guttenberg"), ("he was pleased", "Zu Guttenberg")),
            ["Karl-Theodor zu Guttenberg", "Karl-Theodor zu Guttenberg"],
            ["zu Guttenberg", "zu Guttenberg"],
        ),
        (
            # a Spanish "y" between two surnames, the second tagged a body
            "José Ortega y Gasset said the lecture would go ahead. Ortega y Gasset said the hall was booked.",
            (("the lecture would go ahead", "José Ortega y Gasset"), ("the hall was booked", "Ortega y Gasset")),
            ["José Ortega y Gasset", "José Ortega y Gasset"],
            ["Gasset", "Gasset"],
        ),
        (
            # a Portuguese particle the tagger read as a verb, with the forename before it untagged
            "Ana dos Anjos Tavares, a nurse, said the ward was full. Dos Anjos Tavares said staff were exhausted.",
            (("the ward was full", "Ana dos Anjos Tavares"), ("staff were exhausted", "Dos Anjos Tavares")),
            ["Ana dos Anjos Tavares", "Ana dos Anjos Tavares"],
            ["Dos Anjos Tavares", "Dos Anjos Tavares"],
        ),
        (
            # a name the tagger left untagged, its particles made proper nouns, and the surname alone tagged later
            "Pilar de la Fuente said the museum would reopen in May. De la Fuente said the roof had been repaired.",
            (
                ("the museum would reopen in May", "Pilar de la Fuente"),
                ("the roof had been repaired", "De la Fuente"),
            ),
            ["Pilar de la Fuente", "Pilar de la Fuente"],
            ["Pilar de la Fuente", "De la Fuente"],
        ),
        (
            # a French body's name: lower-case words, "des", and a hyphenated place tagged apart
            "The Centre de services scolaire des Mille-Lacs said classes would resume on Monday.",
            (("classes would resume on Monday", "The Centre de services scolaire des Mille-Lacs"),),
            ["Centre de services scolaire des Mille-Lacs"],
            ["Mille-Lacs"],
        ),
        (
            # a Portuguese body's name with "e" inside, its second part tagged a person
            "The Agência Nacional de Águas e Saneamento Básico said the river had fallen.",
            (("the river had fallen", "The Agência Nacional de Águas e Saneamento Básico"),),
            ["Agência Nacional de Águas e Saneamento Básico"],
            ["Saneamento Básico"],
        ),
    ],
)
def test_a_name_stays_whole_over_its_lower_case_words(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    statements: tuple[tuple[str, str], ...],
    joined: list[str],
    cut: list[str],
) -> None:
    """PARTICLE_JOINS: the speaker is the whole name, and the surname with its particle later is the same person;
    off, the name is cut at the particle."""
    art = article(text)
    assert art.said(*statements) == joined
    monkeypatch.setattr(particle_joins, "PARTICLE_JOINS", False)
    assert art.said(*statements) == cut


@pytest.mark.parametrize(
    "text",
    [
        "Ana de Souza and Pedro Lima said the plan was rushed.",  # a list: "and" joins two people
        "Marta Quintero of Bogotá said the plan was rushed.",  # English "of" is no particle
        "Why would Obama do Putin a favour, Kerry asked.",  # "do" is an English verb between two names
        "Reuters reported that Nestlé de facto controls the brand.",  # a lower-case phrase after a body
    ],
)
def test_lists_offices_and_verbs_between_names_stay_apart(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [span.text for span, _ in _mended_entities(doc)] == [ent.text for ent in doc.ents]


def test_a_joined_name_is_typed_by_its_parts(nlp: Language) -> None:
    """A forename tagged a place and an untagged surname after its particle are a person; a body's part makes the
    whole a body's."""
    person = nlp("Giulia di Lorenzo said the exhibition had drawn crowds.")
    assert [(span.text, label) for span, label in _mended_entities(person)] == [("Giulia di Lorenzo", "PERSON")]
    body = nlp("The Agência Nacional de Águas e Saneamento Básico said the river had fallen.")
    assert [(span.text, label) for span, label in _mended_entities(body)] == [
        ("The Agência Nacional de Águas e Saneamento Básico", "ORG")
    ]
