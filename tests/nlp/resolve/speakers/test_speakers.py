"""Sources in subordinate clauses and organisations known by their owner."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.nlp import resolving_documents
from quotegraph.nlp.resolve.speakers import phrase_forms, speakers
from quotegraph.nlp.resolve.speakers.speakers import _nominal_root

from ..conftest import ArticleMaker, speaker_name, speaker_of

pytestmark = pytest.mark.slow


def test_whose_spokesman_is_somebody_of_the_person_not_the_person(article: ArticleMaker) -> None:
    art = article(
        "The bill stalled on Friday after Senator Mark Holloway, whose spokesman said the votes were not "
        "there, withdrew it."
    )
    assert art.said(("the votes were not there", "whose spokesman")) == ["whose spokesman"]


def test_a_campaign_is_known_by_its_owner_in_any_wording(article: ArticleMaker) -> None:
    art = article(
        "Bernie Sanders's campaign bought ads. Hillary Clinton's campaign said the ads were false. "
        "The Sanders campaign said they were true."
    )
    found = art.said(
        ("the ads were false", "Hillary Clinton's campaign"),
        ("they were true", "The Sanders campaign"),
    )
    assert found == ["Hillary Clinton's campaign", "Bernie Sanders's campaign"]


def test_an_earlier_campaign_of_the_same_owner_stays_apart(article: ArticleMaker) -> None:
    art = article("Clinton's first Senate campaign raised little. The Clinton campaign said it had raised $40 million.")
    found = art.said(("it had raised $40 million", "The Clinton campaign"))
    assert found == ["The Clinton campaign"]


def test_a_document_of_a_named_body_is_still_the_bodys(article: ArticleMaker) -> None:
    art = article("The Harlow Trust runs the ward. Results of a survey of the Harlow Trust said the ward was short.")
    assert art.said(("the ward was short", "Results of a survey of the Harlow Trust")) == ["Harlow Trust"]


def test_a_journal_a_study_appeared_in_is_not_its_source(article: ArticleMaker) -> None:
    study = "A study published on Wednesday in the Journal of Occupational Medicine"
    art = article(f"{study} said nurses on nights were more likely to develop high blood pressure.")
    assert art.said(("nurses on nights were more likely", study)) == [study]


def test_the_body_behind_a_document_is_still_its_source(article: ArticleMaker) -> None:
    art = article("The Pentagon moved troops. A report from the Pentagon said the base would close.")
    assert art.said(("the base would close", "A report from the Pentagon")) == ["Pentagon"]


def test_the_maker_named_in_a_clause_on_a_document_is_its_source(article: ArticleMaker) -> None:
    papers = "New financial documents he submitted to the government"
    art = article(f"Donald Trump filed his papers in May. {papers} said he was worth $10 billion.")
    assert art.said(("he was worth $10 billion", papers)) == ["Donald Trump"]


def test_a_medium_read_as_a_participle_s_agent_is_the_named_caller_s(article: ArticleMaker) -> None:
    """ "X, called base camp by satellite phone ... to say that": the parser makes "called" a participle on the name
    and the medium its agent, the finder the medium the source; a medium never speaks, the person called through it."""
    text = (
        "According to the agency, Lama's rope partner, Nima Tashi, called base camp by satellite phone at noon on "
        "Friday to say that the trail had washed away."
    )
    art = article(text)
    attribution = art.one("that the trail had washed away", "say", "satellite phone")
    assert speaker_name(attribution) == "Nima Tashi"
    assert attribution.channel is not None and attribution.channel.text == "satellite phone"


def test_places_after_a_name_s_title_are_the_title_s_not_a_second_speaker(article: ArticleMaker) -> None:
    source = "Margit Halvorsen, Assistant Secretary-General for Europe, Central Asia and the Americas,"
    art = article(f"Briefing the Council, {source} said the truce was holding.")
    assert art.said(("the truce was holding", source)) == ["Margit Halvorsen"]
    # a person after the title is a second speaker: the two speak together
    pair = "Jason Chaffetz, the Oversight chairman, and Bob Goodlatte"
    assert article(f"{pair} said the inquiry should go on.").said(("the inquiry should go on", pair)) == [pair]


def test_a_name_tagged_a_common_noun_at_a_sentence_s_head_is_the_person_named_by_it(
    article: ArticleMaker,
) -> None:
    # "Trump predicts": the tagger reads the name as the noun "trump" compounded with the verb; the article has named
    # a person by it, so it is that person, not an entity of its own
    text = (
        "Donald Trump won the South Carolina primary on Saturday.\n\nTrump predicts that as Jeb Bush and other "
        "Republican candidates eventually drop out, many of their supporters will switch to him."
    )
    content = "as Jeb Bush and other Republican candidates eventually drop out"
    assert speaker_name(article(text).one(content, "predicts", "Trump", after="\n")) == "Donald Trump"


def test_a_name_no_entity_holds_is_one_entity_each_time_it_speaks(article: ArticleMaker) -> None:
    # a transcript's "RAMOS:" is tagged a plural noun and matches no named person: still one speaker, twice
    text = (
        "Partial transcript as follows:\n\nRAMOS: Secretary Clinton, on the night of the attacks, you sent an e-mail "
        "to your daughter.\n\nCLINTON: I feel a great deal of sympathy for the families.\n\nRAMOS: Secretary "
        "Clinton, did you lie to them?"
    )
    art = article(text)
    first, second = art.resolve(
        [
            art.candidate("you sent an e-mail to your daughter", None, "RAMOS"),
            art.candidate("did you lie to them?", None, "RAMOS", after="CLINTON"),
        ]
    )[1]
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.entity == second.speaker.entity


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_title_read_as_a_verb_leaves_the_name_after_it_the_head() -> None:
    # "RCN Scotland steward Kirsty Galloway told the Herald", as the parser read it on a news page: "steward" a verb
    # hung on "told", so the source has two words headed outside it and spaCy's root is that verb
    words = ["RCN", "Scotland", "steward", "Kirsty", "Galloway", "told", "the", "Herald", "."]
    heads = [1, 2, 5, 4, 5, 5, 7, 5, 5]
    deps = ["compound", "nsubj", "advmod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT"]
    source = _parsed(words, heads, deps, pos)[0:5]
    assert source.root.text == "steward"
    assert _nominal_root(source).text == "Galloway"


def test_a_source_headed_by_a_noun_keeps_its_head() -> None:
    words = ["Union", "steward", "Ann", "Marr", "said", "."]
    heads = [1, 3, 3, 4, 4, 4]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    assert _nominal_root(_parsed(words, heads, deps, pos)[0:4]).text == "Marr"


@pytest.mark.parametrize("on", [True, False])
def test_a_person_of_a_body_speaks_however_the_parser_heads_the_phrase(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PERSON_OF_A_BODY: the parser makes the end of the university's long name the phrase's head (tagged a PERSON,
    "Autónoma de Puebla"); the geologist named before "of" speaks, and her "she said" after it is hers too."""
    monkeypatch.setattr(phrase_forms, "PERSON_OF_A_BODY", on)
    source = "geologist Marisol Echeverría of the Benemérita Universidad Autónoma de Puebla"
    art = article(
        f"Speaking on the radio on Wednesday, {source} said the collapse had been caused by a leaking storm drain.\n\n"
        '"These holes do not appear overnight," she said.'
    )
    found = art.said(("the collapse had been caused", source), ("These holes do not appear overnight", "she"))
    assert (found == ["Marisol Echeverría"] * 2) == on


def test_a_person_with_of_and_a_body_stays_the_person(article: ArticleMaker) -> None:
    """The form the rule is for, where the parse was right already: the name speaks, not the wire service."""
    art = article("John Smith of Reuters said that the talks had failed.")
    assert art.said(("the talks had failed", "John Smith of Reuters")) == ["John Smith"]


# the tagger names neither the bracketed short form nor the bare one after it
_SHORT_FORM = (
    "The Energy and Petroleum Regulatory Authority (EPRA) said it had written to the utility. “Consumers who lost "
    "goods may file claims,” EPRA said."
)


@pytest.mark.parametrize("on", [True, False])
def test_a_bare_short_form_the_tagger_left_unnamed_is_the_body_it_was_bracketed_after(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """speakers.SHORT_FORMS_UNTAGGED: "EPRA said" is the authority; off, an entity of its own."""
    monkeypatch.setattr(speakers, "SHORT_FORMS_UNTAGGED", on)
    found = speaker_of(_SHORT_FORM, "Consumers who lost goods")
    assert found == ("Energy and Petroleum Regulatory Authority" if on else "EPRA")


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
def test_whom_a_document_went_to_is_not_its_maker(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """DOCUMENTS_TO_THEIR_HEARERS: "issued a written statement to the Senedd saying": the Senedd is whom the statement
    went to (the parser hangs its "to" on the verb), not who made it; with the issuing's reading off, the statement
    is left to no named maker; off, the Senedd spoke."""
    monkeypatch.setattr(speakers, "DOCUMENTS_TO_THEIR_HEARERS", on)
    monkeypatch.setattr(resolving_documents, "ISSUED_DOCUMENTS_SAYING", False)
    source = "a written statement to the Senedd"
    art = article(
        "On Friday morning, the Cabinet Secretary for Health, Owain Rees-Jenkins, issued "
        f"{source} saying that the board would be escalated to enhanced monitoring."
    )
    _, (found,) = art.resolve([art.candidate("that the board would be escalated", "saying", source)])
    assert speaker_name(found) == (source if on else "Senedd")
