"""A place, a government or a name's Gaelic or patronymic particle read as the reader does: a local government's
whole name ("City of Kingsford"), a place the tagger typed a person's once, an Irish surname after "Mac", "Nic", "Ní"
or "Ó", and a given name before "binti" (the placenames round, docs/occasion-rounds.md, the forty-third set). Each
reading is tested on and off by its flag, on sentences written for the round in several traditions."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import clusters, name_shapes, particle_joins, tagged_names

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


@pytest.mark.parametrize(
    ("text", "statements", "whole", "cut"),
    [
        (
            # the tagger's "Councillor Máire" a body and "Mac Giolla Rua" a person
            "Councillor Máire Mac Giolla Rua said the ferry was late.",
            (("the ferry was late", "Councillor Máire Mac Giolla Rua"),),
            ["Máire Mac Giolla Rua"],
            ["Mac Giolla Rua"],
        ),
        (
            # "Éamon Mac" a body and "Giolla Phádraig" a person; the bare surname after is the same man
            "“We are cut off,” said Deputy Éamon Mac Giolla Phádraig. Mac Giolla Phádraig said the contract had "
            "lapsed.",
            (
                ("We are cut off", "Deputy Éamon Mac Giolla Phádraig"),
                ("the contract had lapsed", "Mac Giolla Phádraig", "Phádraig. Mac"),
            ),
            ["Éamon Mac Giolla Phádraig", "Éamon Mac Giolla Phádraig"],
            ["Mac Giolla Phádraig", "Mac Giolla Phádraig"],
        ),
        (
            # the article "an" and the mutated "tSaoir" inside a Scottish and Irish surname
            "Séamus Mac an tSaoir said the boat was full.",
            (("the boat was full", "Séamus Mac an tSaoir"),),
            ["Séamus Mac an tSaoir"],
            ["Séamus Mac"],
        ),
        (
            # the whole name tagged a body, then the bare surname a person's: one person
            "“The ferry must run,” said Pádraig Mac Giolla Rua, a councillor on the island. Mac Giolla Rua said the "
            "contract had lapsed.",
            (
                ("The ferry must run", "Pádraig Mac Giolla Rua"),
                ("the contract had lapsed", "Mac Giolla Rua", "island. "),
            ),
            ["Pádraig Mac Giolla Rua", "Pádraig Mac Giolla Rua"],
            ["Pádraig Mac Giolla Rua", "Mac Giolla Rua"],
        ),
    ],
)
def test_a_gaelic_surname_stays_with_its_forename(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    statements: tuple[tuple[str, ...], ...],
    whole: list[str],
    cut: list[str],
) -> None:
    """GAELIC_SURNAMES_WHOLE: the particle joins the forename before it and the surname's words after it; off, the
    speaker is the half the tagger cut."""
    art = article(text)
    assert art.said(*statements) == whole
    monkeypatch.setattr(name_shapes, "GAELIC_SURNAMES_WHOLE", False)
    assert art.said(*statements) == cut


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


@pytest.mark.parametrize(
    ("text", "statements", "whole", "cut"),
    [
        (
            # a Japanese advocacy group, its body's noun set off after the name
            "Marriage for All Japan, the advocacy group that has backed the lawsuits, said in a statement on Thursday "
            "that the post was wrong.",
            (("the post was wrong", "Marriage for All Japan"),),
            ["Marriage for All Japan"],
            ["Japan"],
        ),
        (
            # a Filipino farmers' group, its Tagalog joiners inside the name and "group" before it
            "In a statement on Wednesday, the farmers' group Samahan ng mga Magsasaka ng Nueva Ecija said the spoilage "
            "showed waste.",
            (("the spoilage showed waste", "Magsasaka ng Nueva Ecija"),),
            ["Samahan ng mga Magsasaka ng Nueva Ecija"],
            ["Nueva Ecija"],
        ),
    ],
)
def test_a_body_named_before_its_place_is_named_whole(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    statements: tuple[tuple[str, str], ...],
    whole: list[str],
    cut: list[str],
) -> None:
    """BODIES_NAMED_BEFORE_THEIR_PLACE: a body's noun names the run of capitals before the place as one body; off, the
    speaker is the place the tagger tagged."""
    art = article(text)
    assert art.said(*statements) == whole
    monkeypatch.setattr(tagged_names, "BODIES_NAMED_BEFORE_THEIR_PLACE", False)
    assert art.said(*statements) == cut


def test_a_title_before_a_name_is_no_body_s_name(article: ArticleMaker) -> None:
    """BODIES_NAMED_BEFORE_THEIR_PLACE stops at a role: "the council Leader Tom Smith" is Tom Smith."""
    art = article("The council Leader Tom Smith said the plan was weak.")
    assert art.said(("the plan was weak", "Tom Smith")) == ["Tom Smith"]
