"""The tagger's names read as mentions: a person's name's end, the surname it cut off."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from quotegraph.nlp.resolve.speakers import tagged_names
from quotegraph.nlp.resolve.speakers.tagged_names import _person_name_end

from ..conftest import ArticleMaker, speaker_name, tagged_doc

pytestmark = pytest.mark.slow


def test_a_person_s_name_ends_before_a_headline_verb_pronoun_or_possessive(nlp: Language) -> None:
    says = tagged_doc(nlp, ["Trump", "Says", "He", "’s"], ["NNP", "VBZ", "PRP", "VBZ"])
    assert _person_name_end(says[0:4]).text == "Trump"
    pivot = tagged_doc(nlp, ["Obama", "’s", "‘", "pivot"], ["NNP", "POS", "``", "NN"])
    assert _person_name_end(pivot[0:4]).text == "Obama"
    full = tagged_doc(nlp, ["Sebastian", "Gorka"], ["NNP", "NNP"])
    assert _person_name_end(full[0:2]).text == "Sebastian Gorka"


def test_a_surname_after_a_known_forename_read_as_a_verb_stays_in_the_name(nlp: Language) -> None:
    counsel = tagged_doc(nlp, ["Nicholas", "Greaves", "KC"], ["NNP", "VBZ", "NNP"])
    assert _person_name_end(counsel[0:3]).text == "Nicholas Greaves KC"
    says = tagged_doc(nlp, ["Donald", "Says"], ["NNP", "VBZ"])
    assert _person_name_end(says[0:2]).text == "Donald"  # a headline's verb of saying after a forename alone
    trump = tagged_doc(nlp, ["Trump", "Eyes", "Run"], ["NNP", "VBZ", "NNP"])
    assert _person_name_end(trump[0:3]).text == "Trump"  # no forename before it: a headline's verb


@pytest.mark.parametrize("surnamed", [True, False])
def test_a_name_cut_after_a_forename_takes_the_surname_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, surnamed: bool
) -> None:
    """SURNAMES_AFTER_A_FORENAME: "Chief Superintendent Helen Marsh", tagged "Superintendent Helen", is Helen Marsh."""
    monkeypatch.setattr(tagged_names, "SURNAMES_AFTER_A_FORENAME", surnamed)
    art = article(
        "At a press conference this morning, Chief Superintendent Helen Marsh of Moorlands Police said officers "
        "had found nothing so far."
    )
    found = art.one("officers had found nothing", "said", "Chief Superintendent Helen Marsh of Moorlands Police")
    assert speaker_name(found) == ("Superintendent Helen Marsh" if surnamed else "Superintendent Helen")


def test_a_name_of_two_forenames_takes_no_word_after_it(nlp: Language) -> None:
    """_with_untagged_surname: "Paul Ryan Joins" of a title-case headline: "Ryan" after the forename "Paul" is the
    surname already, and the headline's verb after it stays out of the name."""
    doc = nlp("Paul Ryan Joins Critics")
    name = Span(doc, 0, 2, label="PERSON")
    assert tagged_names._with_untagged_surname(name, set()).text == "Paul Ryan"
