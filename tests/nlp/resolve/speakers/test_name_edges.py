"""A person's name's edges: a place the tagger glued before the name is cut when the text names it as a place, a title
held for a seat is no name and the seat no part of the name after it; names that merely begin with a place's word stay
whole."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import name_edges

from ..conftest import ArticleMaker, name_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "statements", "cut", "glued"),
    [
        (
            # the place named before a place noun, then glued before a name that lost its title
            "A landslide blocked the highway in the Karvan valley. Speaking to reporters, Karvan Tariq Mehmood Khan "
            "said the army had been called. Khan said food was short.",
            (("the army had been called", "Karvan Tariq Mehmood Khan"), ("food was short", "Khan")),
            ["Tariq Mehmood Khan", "Tariq Mehmood Khan"],
            ["Karvan Tariq Mehmood Khan", "Karvan Tariq Mehmood Khan"],
        ),
        (
            # the place named after "in"
            "Rescuers in Pelmoor worked through the night. Pelmoor Khalid Raza Siddiqui said twelve families had been "
            "moved to the school.",
            (("twelve families had been moved to the school", "Pelmoor Khalid Raza Siddiqui"),),
            ["Khalid Raza Siddiqui"],
            ["Pelmoor Khalid Raza Siddiqui"],
        ),
    ],
)
def test_a_place_glued_before_a_name_is_cut(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    statements: tuple[tuple[str, str], ...],
    cut: list[str],
    glued: list[str],
) -> None:
    """PLACES_CUT_FROM_NAMES: the speaker is the person's name without the place; off, the place stays in it."""
    art = article(text)
    assert art.said(*statements) == cut
    monkeypatch.setattr(name_edges, "PLACES_CUT_FROM_NAMES", False)
    assert art.said(*statements) == glued


@pytest.mark.parametrize(
    ("text", "statements", "names"),
    [
        # two-word names whose first word the text names as a place: no name would be left
        (
            "Rio Ferdinand, who spent the winter in Rio, said the team had lost its way.",
            (("the team had lost its way", "Rio Ferdinand"),),
            ["Rio Ferdinand"],
        ),
        (
            "Paris Hilton said the hotel in Paris was closed.",
            (("the hotel in Paris was closed", "Paris Hilton"),),
            ["Paris Hilton"],
        ),
        (
            "Jordan Henderson said the club had played in Jordan before.",
            (("the club had played in Jordan before", "Jordan Henderson"),),
            ["Jordan Henderson"],
        ),
        # a three-word name whose first word is no place the text names
        (
            "Floods reached Tarvel on Monday. Marwan Ahmed Qureshi said the road would reopen within a week.",
            (("the road would reopen within a week", "Marwan Ahmed Qureshi"),),
            ["Marwan Ahmed Qureshi"],
        ),
    ],
)
def test_names_that_begin_with_a_place_s_word_stay_whole(
    article: ArticleMaker, text: str, statements: tuple[tuple[str, str], ...], names: list[str]
) -> None:
    assert article(text).said(*statements) == names


def test_places_are_words_named_as_places_alone(nlp: Language) -> None:
    doc = nlp("Crews worked near Karvan and in Pelmoor. The Lindor district was cut off. New York sent help.")
    places = name_edges.place_words(doc)
    assert {"Karvan", "Pelmoor", "Lindor"} <= places
    assert "York" not in places  # the second word of a longer name


def test_a_title_held_for_a_seat_is_cut_from_the_name_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TITLES_FOR_A_SEAT_CUT: "Sinn Féin TD" is a title and "Donegal" the seat; off, the title is taken for the
    speaker."""
    art = article("Speaking in the Dáil, Sinn Féin TD for Donegal Seamus Doherty said the budget had failed renters.")
    statements = (("the budget had failed renters", "Sinn Féin TD for Donegal Seamus Doherty"),)
    assert art.said(*statements) == ["Seamus Doherty"]
    monkeypatch.setattr(name_edges, "TITLES_FOR_A_SEAT_CUT", False)
    assert art.said(*statements) == ["Sinn Féin TD"]


def test_a_body_named_with_of_stays_whole(article: ArticleMaker) -> None:
    """No title before "of": the body's own name is no seat."""
    art = article("The Bank of Ireland said the branch in Ballina would close in May.")
    assert art.said(("the branch in Ballina would close in May", "The Bank of Ireland")) == ["Bank of Ireland"]


@pytest.mark.parametrize(
    ("text", "statements", "names"),
    [
        # a surname that is also a role noun ("boxer", "king") before "of" and a place: a person's name, no title
        (
            "Senator Mara Boxer of Ohio said she had called him. Ms. Boxer said he was her friend.",
            (("she had called him", "Senator Mara Boxer"), ("he was her friend", "Ms. Boxer")),
            ["Mara Boxer", "Mara Boxer"],
        ),
        (
            "Representative Colin P. King of Maine said the bill would pass. Mr. King said he would vote for it.",
            (("the bill would pass", "Representative Colin P. King"), ("he would vote for it", "Mr. King")),
            ["Colin P. King", "Colin P. King"],
        ),
    ],
)
def test_a_name_ending_in_a_role_noun_before_of_stays_a_name(
    article: ArticleMaker, text: str, statements: tuple[tuple[str, str], ...], names: list[str]
) -> None:
    assert article(text).said(*statements) == names


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # a body's name after an office's "of", with no forename in it: no person's name
        (
            "Espinoza is National Director of The Harvest Project, which said the vigil would go ahead.",
            "The Harvest Project",
            "Harvest Project",
        ),
    ],
)
def test_a_body_after_an_office_s_of_is_no_person(article: ArticleMaker, text: str, source: str, name: str) -> None:
    art = article(text)
    entities, _ = art.resolve([art.candidate("the vigil would go ahead", "said", source)])
    body = next(e for e in entities if e.name == name)
    assert body.type == "ORG"


@pytest.mark.parametrize("read", [True, False])
def test_a_name_opening_on_a_river_s_or_a_mountain_s_word_is_no_person(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, read: bool
) -> None:
    """name_edges.PLACES_BY_THEIR_GENERIC_WORD: "Batang Sinamar", which the tagger typed a person's, is a river."""
    monkeypatch.setattr(name_edges, "PLACES_BY_THEIR_GENERIC_WORD", read)
    text = "Water from Batang Sinamar reached the roofs of houses in Payakumbuh, he said."
    assert any(e.text == "Batang Sinamar" and e.label_ == "PERSON" for e in nlp(text).ents)  # the case it exists for
    assert (name_types(nlp, text).get("Batang Sinamar") == "PERSON") is not read
    # after a title the word is a forename: "Ms Kali Reis" is a person's name
    titled = nlp("Ms Kali Reis said she would fight again.")
    assert not name_edges.named_by_a_place_word(titled[1:3])
    assert not name_edges.named_by_a_place_word(nlp("Batang said")[0:1])  # one word: no place's name by its form
