"""The words of a source that are not who speaks: places, belongings, offices' places, who obtained a document."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from quotegraph.nlp.resolve.speakers import name_edges, not_speaking
from quotegraph.nlp.resolve.speakers.coref import Coreference

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_people_at_a_named_place_are_the_speaker_not_the_place(article: ArticleMaker) -> None:
    art = article("Nurses at Harlow General Hospital said the ward was short of staff.")
    assert art.said(("the ward was short of staff", "Nurses at Harlow General Hospital")) == [
        "Nurses at Harlow General Hospital"
    ]


@pytest.mark.parametrize(
    ("papers", "speaker"),
    [
        ("Internal records obtained by the Marlow Herald", "Internal records obtained by the Marlow Herald"),
        ("Emails seen by the Marlow Herald", "Emails seen by the Marlow Herald"),
        ("Records released by the Marlow Herald", "Marlow Herald"),  # released: the one who made them public
        # the copy is of the letter the outlet saw
        ("A copy of the letter seen by the Marlow Herald", "A copy of the letter seen by the Marlow Herald"),
    ],
)
def test_an_outlet_that_obtained_a_document_is_not_its_source(article: ArticleMaker, papers: str, speaker: str) -> None:
    art = article(f"The Marlow Herald covers the city. {papers} show that nurses raised concerns nine times.")
    assert speaker_name(art.one("that nurses raised concerns nine times", "show", papers)) == speaker


@pytest.mark.parametrize(
    ("people", "speaker"),
    [
        ("Several heads of school contacted by the Marlow Herald", "heads of school"),
        ("Several heads of school interviewed by the Marlow Herald", "heads of school"),
        # a verb of no seeking out leaves the agent's name to be read as the speaker, as before
        ("Several heads of school trained by the Marlow Trust", "Marlow Trust"),
    ],
)
def test_an_outlet_that_sought_people_out_is_not_who_speaks(article: ArticleMaker, people: str, speaker: str) -> None:
    art = article(f"The Marlow Herald covers the city. {people} said that they had not been consulted.")
    name = speaker_name(art.one("that they had not been consulted", "said", people))
    assert name is not None and speaker in name, name


@pytest.mark.parametrize("on", [True, False])
def test_an_office_in_capitals_is_not_the_place_it_is_held_for(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """OFFICES_ARE_NOT_THEIR_PLACES: "The High Commissioner to Kenya", the office read as a name by the tagger, is its
    holder, not Kenya. PLACES_ARE_WHERE_NOT_WHO, which reads any word's place after "to", sets Kenya aside too: off
    with it, to see this rule's own reading."""
    monkeypatch.setattr(not_speaking, "OFFICES_ARE_NOT_THEIR_PLACES", on)
    monkeypatch.setattr(not_speaking, "PLACES_ARE_WHERE_NOT_WHO", False)
    art = article("The High Commissioner to Kenya said the border was open.")
    [speaker] = art.said(("the border was open", "The High Commissioner to Kenya"))
    assert speaker == ("The High Commissioner to Kenya" if on else "Kenya")


def test_a_body_after_of_on_an_office_in_capitals_is_still_read(article: ArticleMaker) -> None:
    """OFFICES_ARE_NOT_THEIR_PLACES: only a place is set aside; "the Chairman of Orlen" is no place of the office."""
    art = article("The Chairman of Vantor Holdings said the deal was off.")
    [speaker] = art.said(("the deal was off", "The Chairman of Vantor Holdings"))
    assert speaker is not None and "Vantor" in speaker


class _Told:
    """A coreference stub: the entity of each word the article has told the kind of (none unless given)."""

    def __init__(self, kinds: dict[int, str] | None = None) -> None:
        self.kinds = kinds or {}

    def cluster_at(self, token: Token) -> Any:
        kind = self.kinds.get(token.i)
        return None if kind is None else SimpleNamespace(index=token.i, type=kind)


def _no_entities(kinds: dict[int, str] | None = None) -> Coreference:
    return cast(Coreference, _Told(kinds))


@pytest.mark.parametrize("on", [True, False])
def test_a_place_below_the_source_s_head_is_where_not_who(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PLACES_ARE_WHERE_NOT_WHO: the place of a noun in the source's apposition ("a group of 300 orchard owners in
    Patagonia", the body's name untagged, as the tagger left one on a page) says where they are, not who speaks."""
    monkeypatch.setattr(not_speaking, "PLACES_ARE_WHERE_NOT_WHO", on)
    words = ["Alto", "Fruit", ",", "a", "group", "of", "owners", "in", "Patagonia", ",", "said", "."]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "NNS", "IN", "NNP", ",", "VBD", "."]
    heads = [1, 10, 1, 4, 1, 4, 5, 6, 7, 1, 10, 10]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "prep", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["O"] * 8 + ["B-GPE"] + ["O"] * 3
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents)
    source, place = doc[0:10], doc[8]
    assert not_speaking._placed(place, source.root, source, _no_entities(), None) == on
    # the head itself is never set aside, nor a place that is no object of in, at or near ("of Patagonia")
    assert not not_speaking._placed(doc[1], source.root, source, _no_entities(), None)
    # the article's kind for the word over the tagger's: "a new article in Politico", an outlet read as a place
    assert not not_speaking._placed(place, source.root, source, _no_entities({place.i: "OUTLET"}), None)
    words[7] = "of"
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents)
    assert not not_speaking._placed(doc[8], doc[0:10].root, doc[0:10], _no_entities(), None)


def test_the_climb_from_a_place_is_bounded(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """PLACE_CLIMB: the climb from a place to its preposition stops after that many heads, each word of a place's name
    one ("Rio" of "in Rio Negro" is two heads below "in", "Negro" one), so a long source costs each place a bounded
    walk."""
    words = ["Alto", "Fruit", ",", "a", "group", "of", "owners", "in", "Rio", "Negro", ",", "said", "."]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "NNS", "IN", "NNP", "NNP", ",", "VBD", "."]
    heads = [1, 11, 1, 4, 1, 4, 5, 6, 9, 7, 1, 11, 11]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "prep", "compound", "pobj", "punct", "ROOT"]
    deps.append("punct")
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["O"] * 8 + ["B-GPE", "I-GPE"] + ["O"] * 3
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents)
    source, first, last = doc[0:11], doc[8], doc[9]
    assert not_speaking._placed(first, source.root, source, _no_entities(), None)
    monkeypatch.setattr(not_speaking, "PLACE_CLIMB", 1)
    assert not_speaking._placed(last, source.root, source, _no_entities(), None)
    assert not not_speaking._placed(first, source.root, source, _no_entities(), None)


@pytest.mark.parametrize("on", [True, False])
def test_a_name_after_a_hyphened_title_is_not_the_title_s_place(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """COMPOUNDS_ARE_ONE_WORD: the "in" of "commander-in-chief" is a part of the title, not a preposition of where, so
    the name the parser hangs on it as its object is who speaks, not the commander's place."""
    monkeypatch.setattr(not_speaking, "COMPOUNDS_ARE_ONE_WORD", on)
    art = article("Camp commander-in-chief Ilse Brandt said the drills would go on.")
    [speaker] = art.said(("the drills would go on", "Camp commander-in-chief Ilse Brandt"))
    assert speaker == ("Ilse Brandt" if on else "Camp commander-in-chief Ilse Brandt")


def _hyphened_title_doc(nlp: Language, entity: str, *, joined: bool = True) -> Doc:
    """ "The sisters-in-law Vila Roa said ." with the parse the parser gives a hyphened title: the name after it the
    object of the title's "in"; ``entity`` is the name's type; not ``joined``, the hyphens stand apart with spaces."""
    words = ["The", "sisters", "-", "in", "-", "law", "Vila", "Roa", "said", "."]
    spaces = [True, not joined, not joined, not joined, not joined, True, True, True, False, False]
    tags = ["DT", "NNS", "HYPH", "IN", "HYPH", "NN", "NNP", "NNP", "VBD", "."]
    pos = ["DET", "NOUN", "PUNCT", "ADP", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [1, 8, 1, 1, 3, 3, 7, 3, 8, 8]
    deps = ["det", "nsubj", "punct", "prep", "punct", "pobj", "compound", "pobj", "ROOT", "punct"]
    ents = ["O"] * 6 + [f"B-{entity}", f"I-{entity}", "O", "O"]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents)


@pytest.mark.parametrize("on", [True, False])
def test_a_hyphened_title_s_in_is_no_preposition_of_where(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """COMPOUNDS_ARE_ONE_WORD in each place rule: the name after a hyphened title ("sisters-in-law Vila Roa") is not
    the plural's place (``_where_from``) nor, typed a place, where anyone is (``_placed``); with the hyphens set
    apart by spaces, "in" is a preposition again and the name a place."""
    monkeypatch.setattr(not_speaking, "COMPOUNDS_ARE_ONE_WORD", on)
    for entity in ("ORG", "GPE"):
        doc = _hyphened_title_doc(nlp, entity)
        source, name = doc[0:8], doc[7]
        assert not_speaking._where_from(name, source.root, _no_entities()) != on
        assert not_speaking._placed(name, source.root, source, _no_entities(), None) == (entity == "GPE" and not on)
        apart = _hyphened_title_doc(nlp, entity, joined=False)
        assert not_speaking._where_from(apart[7], apart[0:8].root, _no_entities())


def test_a_place_the_source_names_as_its_head_still_speaks(article: ArticleMaker) -> None:
    """PLACES_ARE_WHERE_NOT_WHO reads no head word: "Patagonia's regional government in Neuquen" is its own body, and a
    place that is the source's head is the speaker."""
    art = article("Brazil said on Monday that the talks in Geneva would resume.")
    assert art.said(("the talks in Geneva would resume", "Brazil")) == ["Brazil"]


@pytest.mark.parametrize("on", [True, False])
def test_a_street_after_on_is_where_the_speaker_stands_not_who(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PLACES_ARE_WHERE_NOT_WHO: "on Avenida Belgrano" says where the shopkeeper works, whatever kind the tagger
    gives the street's name; the description is the speaker. ``name_edges.PLACES_BY_THEIR_GENERIC_WORD`` reads the
    same street as a place by its first word, so it is off here to show this reading alone."""
    monkeypatch.setattr(not_speaking, "PLACES_ARE_WHERE_NOT_WHO", on)
    monkeypatch.setattr(name_edges, "PLACES_BY_THEIR_GENERIC_WORD", False)
    art = article("A shopkeeper on Avenida Belgrano said the pavement had been cracking since March.")
    [speaker] = art.said(("the pavement had been cracking since March", "A shopkeeper on Avenida Belgrano"))
    assert speaker is not None
    assert speaker.startswith("A shopkeeper") == on


@pytest.mark.parametrize("on", [True, False])
def test_a_pronoun_s_place_is_no_speaker(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """PLACES_ARE_WHERE_NOT_WHO reads the place of any word, a pronoun's too: "Nobody in Tasmania"."""
    monkeypatch.setattr(not_speaking, "PLACES_ARE_WHERE_NOT_WHO", on)
    art = article("Nobody in Tasmania said the ferry levy would fall.")
    [speaker] = art.said(("the ferry levy would fall", "Nobody in Tasmania"))
    assert (speaker == "Nobody in Tasmania") == on


@pytest.mark.parametrize("on", [True, False])
def test_a_place_owning_the_noun_after_in_is_where_not_who(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PLACES_ARE_WHERE_NOT_WHO: a possessor on the way up does not end the climb; "Ohio's" of "Most in Ohio's rural
    counties" is under "in", where they are. A climb that stopped at a possessor gave the statement to Ohio."""
    monkeypatch.setattr(not_speaking, "PLACES_ARE_WHERE_NOT_WHO", on)
    art = article("Most in Ohio's rural counties said the plant should stay open.")
    [speaker] = art.said(("the plant should stay open", "Most in Ohio's rural counties"))
    assert speaker == ("Most in Ohio's rural counties" if on else "Ohio")


def test_a_document_s_from_names_its_maker_not_a_place(nlp: Language) -> None:
    """ "from" on a medium, a document or any thing is who sent it ("a bulletin from Radio Kerry"); on a person's noun
    where they are from, and only outside a document source; "toward" is no place of anyone."""
    doc = nlp("A bulletin from Radio Kerry and a farmer from Tralee spoke of a policy toward Chile.")
    from_bulletin, from_farmer = doc[2], doc[8]
    assert not not_speaking._locating(from_bulletin, None)
    assert not_speaking._locating(from_farmer, None)
    assert not not_speaking._locating(from_farmer, doc[0:2])
    assert not not_speaking._locating(doc[15], None)  # "toward"
