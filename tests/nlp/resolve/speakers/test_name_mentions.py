"""Every name as a mention: an untagged source's type (a body without a forename, a person given kin by
"whose"), none inside a dateline's place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import name_mentions

from ..conftest import name_types

pytestmark = pytest.mark.slow


def test_an_untagged_source_without_a_forename_is_a_body_not_a_person(nlp: Language) -> None:
    text = "The pastor spoke on his show, Right Wing Watch reported."
    found = name_types(nlp, text, "Right Wing Watch")
    assert found.get("Right Wing Watch", "ORG") == "ORG"  # the tagger's label or ours: never a person
    assert "Democracy" not in name_types(nlp, "Democracy for America launched a petition.", "Democracy for America")


def test_a_dateline_s_place_is_no_name(nlp: Language) -> None:
    text = (
        "Court weighs smell of cannabis\nST. PAUL — Justices appeared divided Tuesday.\n"
        "Justice Paul Sandvik, appointed to the court last year, pushed back."
    )
    assert any(e.text == "PAUL" for e in nlp(text).ents)  # the case this rule exists for
    names = name_types(nlp, text)
    assert "PAUL" not in names and "ST" not in names
    assert names.get("Paul Sandvik") == "PERSON"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("whose twin daughters are in year two", "PERSON"),
        ("whose shares are in year two", "ORG"),  # no kin: a body's name, as before
    ],
)
def test_an_untagged_source_given_kin_by_whose_is_a_person(nlp: Language, clause: str, expected: str) -> None:
    """ "Ffion Rowlands, whose twin daughters are in year two, told cabinet members": a source's name the tagger leaves
    untagged, whose forename no list holds, is a person's when a whose-clause gives it kin (``KIN_BY_WHOSE``)."""
    text = f"Ffion Rowlands, {clause}, told cabinet members that the round trip would be long."
    assert not nlp(text).ents or "Ffion" not in nlp(text).ents[0].text  # the case this rule exists for: untagged
    assert name_types(nlp, text, "Ffion Rowlands").get("Ffion Rowlands") == expected


@pytest.mark.parametrize("inside", [True, False])
def test_a_paper_s_name_opening_a_longer_body_s_name_is_no_outlet(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, inside: bool
) -> None:
    """OUTLET_WORDS_INSIDE_LONGER_NAMES: "The Independent" opening "The Independent Electoral and Boundaries
    Commission" is no paper; a paper told to, or an outlet's own longer name ("BBC Radio Leeds"), stays an outlet."""
    monkeypatch.setattr(name_mentions, "OUTLET_WORDS_INSIDE_LONGER_NAMES", inside)
    text = "The Independent Electoral and Boundaries Commission on Monday set the by-election for March 12."
    names = name_types(nlp, text)
    assert ("The Independent" in names) is not inside
    told = "The minister told The Independent on Monday that the plan would go ahead."
    assert name_types(nlp, told).get("The Independent") == "OUTLET"
    radio = "Kerr told BBC Radio Leeds on Tuesday morning that he would meet the union."
    assert any(t == "OUTLET" for n, t in name_types(nlp, radio).items() if "BBC" in n)
