"""Names of bodies, outlets, groups and storms the tagger missed, and a body's short name given again."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import names, untagged_bodies
from quotegraph.nlp.resolve.speakers.clusters import ClusterSet
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.untagged_bodies import untagged_abbreviated_names

from ..conftest import ArticleMaker, name_types

pytestmark = pytest.mark.slow


def test_a_speaker_s_word_opening_a_body_s_name_given_before_is_that_body(nlp: Language) -> None:
    doc = nlp("Hollings Savings said it had received an offer. Hollings added that no deal would be completed.")
    added = next(t for t in doc if t.text == "Hollings" and t.i > 1)
    assert added.tag_ != "NNP" and not added.ent_type_  # the case this rule exists for: read as a plural noun
    names = [m for m in find_mentions(doc, doc.text, frozenset({added.i})) if m.kind == "name"]
    clusters = ClusterSet()
    clusters.cluster_names(doc, names)
    [short] = [m for m in names if m.start == added.i]
    assert short.cluster is not None and clusters.clusters[short.cluster].name == "Hollings Savings"


def test_capitalised_words_ending_in_an_outlet_word_name_an_outlet(nlp: Language) -> None:
    text = "The Gazette-Herald obtained the letter on Monday. The paper said the letter was authentic."
    assert name_types(nlp, text).get("Gazette-Herald") == "OUTLET"


def test_a_group_keeps_the_body_it_belongs_to(nlp: Language) -> None:
    names = name_types(nlp, "House Republicans met on Tuesday, and Senate Democrats left.")
    assert names == {"House Republicans": "OTHER", "Senate Democrats": "OTHER"}


def test_an_outlet_s_name_the_tagger_took_for_a_work_is_an_outlet(nlp: Language) -> None:
    doc = nlp("The Riverside Ledger reported on Friday that the county had overspent.")
    assert any(ent.label_ == "WORK_OF_ART" and "Ledger" in ent.text for ent in doc.ents)  # the case this rule is for
    assert {m.text: m.type for m in find_mentions(doc, doc.text) if m.kind == "name"}.get(
        "Riverside Ledger"
    ) == "OUTLET"


def test_an_outlet_s_name_keeps_every_word_of_its_compound(nlp: Language) -> None:
    names = name_types(nlp, "The Harbor City Gazette first reported the layoffs.")
    assert names.get("Harbor City Gazette") == "OUTLET"


def test_capitalised_words_after_a_noun_for_a_body_are_its_name(nlp: Language) -> None:
    names = name_types(nlp, "The cycling campaign group Leeds on Wheels said the findings were clear.")
    assert names.get("Leeds on Wheels") == "ORG"  # the tagger reads "Leeds" as a verb
    assert name_types(nlp, "The committee Chairman John Smith said the vote was close.") == {"John Smith": "PERSON"}


def test_a_named_storm_is_no_person(nlp: Language) -> None:
    text = "Flood-hit families met the mayor four weeks after Storm Edith. Hurricane Ian and Typhoon Haiyan were worse."
    doc = nlp(text)
    names = name_types(nlp, text)
    assert names.get("Storm Edith") == "OTHER"
    assert names.get("Hurricane Ian") == "OTHER"
    assert not any(m.type == "PERSON" for m in find_mentions(doc, text) if "Edith" in m.text)


@pytest.mark.parametrize("on", [True, False])
def test_a_body_s_english_name_before_its_own_language_s_abbreviation_is_a_name(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ABBREVIATIONS_IN_ANOTHER_LANGUAGE: "AJPES" spells no capitals of the English name the tagger left untagged, but
    a body's noun ("Agency") makes the run the body's name, and one body with its abbreviation; off, the English name
    is read from the source alone and the abbreviation is a second body."""
    monkeypatch.setattr(names, "ABBREVIATIONS_IN_ANOTHER_LANGUAGE", on)
    art = article(
        "The Agency for Public Legal Records (AJPES) said the company had filed for bankruptcy. AJPES said the "
        "creditors would meet in March."
    )
    statements = (("the company had filed", "The Agency for Public Legal Records"), ("the creditors", "AJPES"))
    full = "Agency for Public Legal Records"  # without the abbreviation (``BODIES_NAMED_WITH_THEIR_ABBREVIATION``)
    assert art.said(*statements) == ([full, full] if on else ["The Agency for Public Legal Records", "AJPES"])


def test_a_run_without_a_body_s_noun_before_capitals_is_no_body_s_name(nlp: Language) -> None:
    """Capitals that spell nothing of the words before them and no body's noun among those words: no name."""
    doc = nlp("Reporters asked Peter Hollis Grant (PHX) about the fares.")
    assert [span.text for span in untagged_abbreviated_names(doc, set())] == []


@pytest.mark.parametrize("read", [True, False])
def test_a_body_s_name_the_tagger_missed_ending_in_a_body_noun_is_a_body_s_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, read: bool
) -> None:
    """NAMES_ENDING_IN_A_BODY_NOUN: "The Eastern Cape Ports Authority", no name to the tagger, is a body's name; a
    lone capitalised noun ("Authority") is none."""
    monkeypatch.setattr(untagged_bodies, "NAMES_ENDING_IN_A_BODY_NOUN", read)
    text = "The Eastern Cape Ports Authority said a crane had broken down on Friday."
    assert not any("Authority" in e.text for e in nlp(text).ents)  # the case this rule exists for
    assert (name_types(nlp, text).get("Eastern Cape Ports Authority") == "ORG") is read
    assert "Authority" not in name_types(nlp, "Authority was given to the board on Friday.")
