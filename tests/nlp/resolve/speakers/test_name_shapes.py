"""The shapes of a name's words: a known forename and a surname, a surname's particles, a capitalised word."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quotegraph
from quotegraph.nlp.resolve.speakers import name_shapes
from quotegraph.nlp.resolve.speakers.name_shapes import capitalised_word, forename_and_surname, name_parts

from ..conftest import tagged_doc

pytestmark = pytest.mark.slow


def test_a_known_forename_and_a_surname_are_a_person_s_name(nlp: Language) -> None:
    doc = tagged_doc(nlp, ["Ted", "Gorka", "and", "Ted", "Daily", "News"], ["NNP"] * 2 + ["CC"] + ["NNP"] * 3)
    assert forename_and_surname(doc[0:2])
    assert not forename_and_surname(doc[3:6])  # ends in an outlet's word
    assert not forename_and_surname(tagged_doc(nlp, ["Eric", "Trump", "Foundation"], ["NNP"] * 3)[0:3])


@pytest.mark.parametrize("on", [True, False])
def test_a_surname_s_particles_do_not_unmake_a_person_s_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PARTICLES_IN_PERSON_NAMES: "Anna van Dijk" is a forename, a particle and a surname."""
    monkeypatch.setattr(name_shapes, "PARTICLES_IN_PERSON_NAMES", on)
    doc = tagged_doc(nlp, ["Anna", "van", "Dijk"], ["NNP", "NNP", "NNP"])
    assert forename_and_surname(doc[0:3]) is on
    assert [t.text for t in name_parts(doc[0:3])] == (["Anna", "Dijk"] if on else ["Anna", "van", "Dijk"])


def test_a_particle_ending_a_name_or_a_joiner_inside_it_is_no_surname_s(nlp: Language) -> None:
    """PARTICLES_IN_PERSON_NAMES: a particle never ends a name, and "of" is a body's joiner, not a particle."""
    assert not forename_and_surname(tagged_doc(nlp, ["Anna", "van"], ["NNP", "NNP"])[0:2])
    assert not forename_and_surname(tagged_doc(nlp, ["Anna", "of", "Dijk"], ["NNP", "IN", "NNP"])[0:3])


@pytest.mark.parametrize("on", [True, False])
def test_a_name_with_combining_diacritics_is_a_capitalised_word(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """COMBINING_MARKS_IN_NAMES: "Adébáyọ̀" carries a dot below and a grave accent as combining marks."""
    monkeypatch.setattr(name_shapes, "COMBINING_MARKS_IN_NAMES", on)
    assert capitalised_word("Ade\u0301ba\u0301yo\u0323\u0300") is on
    assert capitalised_word("Ade\u0301ba\u0301yo") is on  # a decomposed acute accent is a combining mark too
    assert not capitalised_word("ade\u0301ba\u0301yo\u0323\u0300")  # not capitalised


@pytest.mark.parametrize(("preposition", "office"), [("for", "Commissioner"), ("of", "Minister"), ("in", None)])
def test_a_name_set_off_after_an_office_s_for_phrase_is_apposed_to_the_office(
    nlp: Language, preposition: str, office: str | None
) -> None:
    """OFFICE_PREPOSITIONS: "The Commissioner for Finance, Olumide Bakare,": the parser hangs the name on "Finance",
    and the office it stands beside is the word before the "for", as before an "of"; not before another preposition."""
    title = office or "Commissioner"
    doc = Doc(
        nlp.vocab,
        words=["The", title, preposition, "Finance", ",", "Olumide", "Bakare", ",", "said"],
        tags=["DT", "NNP", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD"],
        heads=[1, 8, 1, 2, 3, 6, 3, 1, 8],
        deps=["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
    )
    found = name_shapes.office_of_the_place(doc[3], doc[6])
    assert (found.text if found is not None else None) == office


@pytest.mark.parametrize("on", [True, False])
def test_a_four_word_name_with_its_opening_repeated_is_a_person_s(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """REPEATED_OPENINGS_NAME_PEOPLE: "Tengku Hafiz Tengku Ibrahim", tagged a body's, is a person's name, and the
    later "Tengku Hafiz" is he (malaynames)."""
    monkeypatch.setattr(name_shapes, "REPEATED_OPENINGS_NAME_PEOPLE", on)
    text = (
        "He asked the state executive councillor in charge of public utilities, Tengku Hafiz Tengku Ibrahim, to "
        "table the accounts.\n\nTengku Hafiz added that households using less than 20 cubic metres a month would "
        "not be affected."
    )
    found = quotegraph.extract(text, "2026-11-02").attributions
    [statement] = [a for a in found if a.content is not None and "households" in a.content.text]
    assert statement.speaker is not None
    assert statement.speaker.name == ("Tengku Hafiz Tengku Ibrahim" if on else "Tengku Hafiz")


def test_bte_is_a_patronymic_particle() -> None:
    """ "bte" (Singapore's "binte") joins the given name to the father's as "binti" does (malaynames): the speaker was
    "Mat Yusof" alone, the later "Norliza" another."""
    assert "bte" in name_shapes.NAME_PARTICLES
    text = (
        "Norliza bte Mat Yusof, whose son was warded for five days, said the emergency department had been crowded. "
        "“We waited seven hours,” Norliza said."
    )
    names = [a.speaker.name if a.speaker else None for a in quotegraph.extract(text, "2026-11-02").attributions]
    assert names == ["Norliza bte Mat Yusof"] * 2
