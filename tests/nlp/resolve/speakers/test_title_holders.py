"""The people a description's noun names by title: the one person titled so, however far back (none when two are),
the headline's title word however far on."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import title_holders

from ..conftest import ArticleMaker, speaker_name


@pytest.mark.parametrize("on", [True, False])
def test_a_description_by_the_headline_s_title_word_is_its_holder_however_far_on(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """HEADLINE_TITLES_REACH: "Denver eighth-grader Sofia Lind" in the headline, and paragraphs on, past the
    ``_DESCRIPTION_WINDOW`` a body's title reaches, "the Westview Middle School eighth-grader said": she."""
    monkeypatch.setattr(title_holders, "HEADLINE_TITLES_REACH", on)
    art = article(
        "Denver eighth-grader Sofia Lind takes State Chess Title\n\n"
        "Sofia Lind won the state chess title on Saturday in Pueblo.\n\n"
        "The final lasted four hours. The hall was packed. Parents filled the balcony. The arbiter called time twice."
        "\n\nAfter the game, the Westview Middle School eighth-grader said she had played the opening for a year."
    )
    source = "the Westview Middle School eighth-grader"
    _, (found,) = art.resolve([art.candidate("she had played the opening for a year", "said", source)])
    assert speaker_name(found) == ("Sofia Lind" if on else source)


_MINISTER_THEN_AMBASSADOR = (
    "Culture Minister Paul Ebanda opened the exhibition on Friday. The museum's director, Eleanor Pryce, flew in "
    "for the ceremony. Crowds filled the hall. Schools sent pupils. The ambassador, Rose Atangana, said talks "
    "were well advanced. "
)


@pytest.mark.slow
def test_the_title_of_the_one_person_titled_so_is_that_person_however_far_back(
    article: ArticleMaker,
) -> None:
    art = article(_MINISTER_THEN_AMBASSADOR + "The minister said the figures would go on display in March.")
    found = art.said(
        ("talks were well advanced", "The ambassador, Rose Atangana,"),
        ("the figures would go on display in March", "The minister", "well advanced."),
    )
    assert found == ["Rose Atangana", "Paul Ebanda"]


@pytest.mark.slow
def test_the_title_of_two_people_titled_so_is_neither_by_its_title(article: ArticleMaker) -> None:
    text = _MINISTER_THEN_AMBASSADOR.replace("The museum's director, Eleanor Pryce,", "Finance Minister Jean Oko") + (
        "The minister said the figures would go on display in March."
    )
    found = article(text).said(
        ("talks were well advanced", "The ambassador, Rose Atangana,"),
        ("the figures would go on display in March", "The minister", "well advanced."),
    )
    assert found[1] == "Rose Atangana"  # the most salient person, as before the rule: no title decides


@pytest.mark.slow
def test_a_noun_said_of_a_name_s_title_finds_the_one_so_named(article: ArticleMaker) -> None:
    text = (
        "Kings open trade talks over unsettled veteran guard Marcus Delacroix\n\n"
        "Delacroix's teammate, the rookie forward Jalen Moss, said the locker room was calm. "
        "The veteran wrote on Instagram: time will tell."
    )
    found = article(text).one("time will tell", "wrote", "The veteran", after="calm.")
    assert speaker_name(found) == "Marcus Delacroix"


@pytest.mark.slow
def test_a_noun_for_an_unnamed_source_is_the_one_just_named_with_it_as_title(article: ArticleMaker) -> None:
    text = (
        "Detective Inspector Lucy Varnham told reporters that the case was large. "
        "The detective added that two of the paintings had not been traced."
    )
    found = article(text).one("two of the paintings had not been traced", "added", "The detective")
    assert speaker_name(found) == "Lucy Varnham"


@pytest.mark.parametrize("on", [True, False])
def test_an_office_held_for_a_place_is_the_one_named_with_that_place_before_the_title(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PLACED_TITLES: "Ohio Gov. Laura Benton and Iowa Gov. Mark Siler", then, paragraphs on and after Benton is named
    again, "The Iowa governor said": Siler, the one the place names; off, the description goes to the governor named
    last."""
    monkeypatch.setattr(title_holders, "PLACED_TITLES", on)
    art = article(
        "Ohio Gov. Laura Benton and Iowa Gov. Mark Siler met farmers in Des Moines on Tuesday.\n\n"
        "Benton said the drought had cost her state dearly.\n\n"
        "Siler toured a grain elevator. He thanked the crews who kept it running.\n\n"
        "Benton told reporters the federal aid was too slow.\n\n"
        "The Iowa governor said that the aid would arrive in March."
    )
    _, (found,) = art.resolve([art.candidate("that the aid would arrive in March", "said", "The Iowa governor")])
    assert speaker_name(found) == ("Mark Siler" if on else "Laura Benton")


# a coroner titled before her name, "the coroner" five sentences on with a mother and a nurse quoted between
_CORONER = (
    "An inquest into the death of a Hamilton teenager opened on Tuesday before Coroner Helen Parata. The boy's mother, "
    "Anahera Wiremu, told the inquest her son had been unwell for days. “Nobody listened to us,” she said. The clinic "
    "was short of staff. A nurse at the clinic, Jo Turner, said the clinic was short-staffed that week. The coroner "
    "said she would deliver her findings in March."
)


@pytest.mark.parametrize("on", [True, False])
def test_a_title_word_given_one_person_is_that_person_however_far_back(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SOLE_TITLE_WORDS_REACH: "Coroner Helen Parata" and, past ``DESCRIPTION_WINDOW``, "The coroner said": she, the
    one person titled so; off, the person named last (the nurse)."""
    monkeypatch.setattr(title_holders, "SOLE_TITLE_WORDS_REACH", on)
    art = article(_CORONER)
    found = art.said(
        ("the clinic was short-staffed that week", "A nurse at the clinic, Jo Turner"),
        ("she would deliver her findings in March", "The coroner"),
    )
    assert found == ["Jo Turner", "Helen Parata" if on else "Jo Turner"]


def test_a_title_word_given_two_people_reaches_neither_far_back(article: ArticleMaker) -> None:
    """Two coroners titled so: the title no longer says which, and the description is read as before."""
    text = _CORONER.replace("Coroner Helen Parata.", "Coroner Helen Parata, with Coroner Mark Doyle beside her.")
    found = article(text).said(
        ("the clinic was short-staffed that week", "A nurse at the clinic, Jo Turner"),
        ("she would deliver her findings in March", "The coroner"),
    )
    assert found[1] == "Jo Turner"
