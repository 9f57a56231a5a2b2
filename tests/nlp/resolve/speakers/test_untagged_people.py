"""People's names the tagger missed: a statement's source, a surname read as a noun or a verb, capitals, an
age set off, an honorific, a name beside a person's description, a known forename and surname."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.speakers import name_shapes, untagged_people
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.untagged_people import (
    human_age_set_off,
    untagged_forenamed_names,
    untagged_person_names,
)

from ..conftest import ArticleMaker, name_types, speaker_name

pytestmark = pytest.mark.slow


def test_a_headline_s_speaker_the_tagger_missed_is_the_next_she(article: ArticleMaker) -> None:
    art = article("Merkel defends refugee policy\n\nShe said on Sunday that Germany would cope with the arrivals.")
    assert not any(ent.text == "Merkel" for ent in art.doc.ents)  # the case this rule exists for
    _, (_, said) = art.resolve(
        [
            art.candidate("refugee policy", "defends", "Merkel"),
            art.candidate("that Germany would cope with the arrivals", "said", "She"),
        ]
    )
    assert said.speaker is not None and said.speaker.name == "Merkel"


def test_an_untagged_source_is_a_name_only_as_a_bare_proper_noun(nlp: Language) -> None:
    text = "Merkel defends refugee policy\n\nThe poll was old."
    assert name_types(nlp, text, "Merkel") == {"Merkel": "PERSON"}
    assert "Merkel" not in name_types(nlp, text)  # not a source: left to the tagger
    polled = "Turnout was low, a Morning Consult Poll found."
    assert not set(name_types(nlp, polled, "a Morning Consult Poll")) & {"Morning Consult Poll", "Poll"}


def test_a_speaker_s_surname_is_a_name_whatever_the_tagger_read_it_as(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Derek Hollings said he had received an offer. Hollings added that no deal would be completed."
    doc = nlp(text)
    added = next(t for t in doc if t.text == "Hollings" and t.i > 1)
    assert added.tag_ != "NNP" and not added.ent_type_  # the case this rule exists for: read as a plural noun
    names = [m for m in find_mentions(doc, text, frozenset({added.i})) if m.kind == "name"]
    assert [(m.text, m.type) for m in names if m.start == added.i] == [("Hollings", "PERSON")]
    # not a speaker: the word is left as the tagger read it (unless SURNAMES_READ_AS_PLURALS reads it as a bare
    # subject: see the test of that rule)
    monkeypatch.setattr(untagged_people, "SURNAMES_READ_AS_PLURALS", False)
    assert not [m for m in find_mentions(nlp(text), text) if m.kind == "name" and m.start == added.i]


def test_an_untagged_source_s_name_keeps_the_words_the_parser_hangs_on_its_second_word(nlp: Language) -> None:
    text = "A hosepipe ban will start on Friday, South Downs Water announced this afternoon."
    doc = nlp(text)
    south = next(t for t in doc if t.text == "South")
    assert south.head.text == "Downs" and not south.ent_type_  # the case this rule exists for: a nested compound
    assert name_types(nlp, text, "South Downs Water").get("South Downs Water") == "ORG"
    # a role among the name's words still keeps it from being a name
    assert "States" not in name_types(nlp, "EU Member States are concerned.", "EU Member States")


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        (
            "ÉLODIE MARCHAND (France), speaking as penholder, said the draft would renew the Mission.",
            "ÉLODIE MARCHAND (France)",
            "ÉLODIE MARCHAND",
        ),
        (
            "AMINA WARSAME (Somalia) said the figures should shame the Council into action.",
            "AMINA WARSAME (Somalia)",
            "AMINA WARSAME",
        ),
        ("JAKE TAPPER: Do you think he has campaigned as a healer?", "JAKE TAPPER", "JAKE TAPPER"),
    ],
)
def test_a_source_s_name_in_capitals_is_a_person(nlp: Language, text: str, source: str, name: str) -> None:
    """Meetings coverage writes a speaker's name in capitals with the delegation in brackets, which is no name."""
    names = name_types(nlp, text, source)
    assert names.get(name) == "PERSON"
    assert names.get(source[len(name) :].strip(" ()")) != "PERSON"


def test_capitals_are_a_person_s_name_only_with_a_bracket_or_a_forename(nlp: Language) -> None:
    """ "NEW YORK (AP)": a dateline's place; "HUFFPOLLSTER VIA EMAIL": a section's label."""
    assert name_types(nlp, "NEW YORK (AP) said the markets fell.", "NEW YORK (AP)").get("NEW YORK") != "PERSON"
    assert "FULL TEXT" not in name_types(nlp, "FULL TEXT said nothing at all.", "FULL TEXT")


def test_a_name_in_capitals_set_off_before_a_person_s_title_is_a_person_s(nlp: Language) -> None:
    text = (
        "Also briefing, by videoconference from Port Alder, TEMBA NDLOVU, Deputy Humanitarian Coordinator for "
        "Kessaria, said 41,000 people remained displaced."
    )
    source = "TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria"
    assert not any(e.text == "TEMBA NDLOVU" for e in nlp(text).ents)  # the case this rule exists for
    assert name_types(nlp, text, source).get("TEMBA NDLOVU") == "PERSON"
    # a name in capitals before a body's words stays no person's: "Kessaria Relief Fund" holds no title
    other = text.replace("Deputy Humanitarian Coordinator for", "the relief fund of")
    assert (
        name_types(nlp, other, source.replace("Deputy Humanitarian Coordinator for", "the relief fund of")).get(
            "TEMBA NDLOVU"
        )
        != "PERSON"
    )


@pytest.mark.parametrize("bare", [True, False])
def test_a_known_surname_read_as_a_common_noun_is_a_name_as_a_bare_subject(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, bare: bool
) -> None:
    """SURNAMES_AS_BARE_SUBJECTS: "Trump did rule out ..." (tagged a singular common noun) is Donald Trump still."""
    monkeypatch.setattr(untagged_people, "SURNAMES_AS_BARE_SUBJECTS", bare)
    art = article(
        "Donald Trump spoke to CNN on Wednesday night. The interview ran long. Voters were left guessing. Many "
        "viewers were unimpressed. Trump did rule out cutting off the heads of captured family "
        "members of those terrorists. And while he said he would bring back waterboarding, he clarified that it "
        "would be legal."
    )
    assert any(t.text == "Trump" and t.tag_ == "NN" for t in art.doc)  # the case this rule exists for
    _, (said,) = art.resolve([art.candidate("he would bring back waterboarding", "said", "he", after="while")])
    assert speaker_name(said) == ("Donald Trump" if bare else "he")


@pytest.mark.parametrize("on", [True, False])
def test_a_known_surname_read_as_a_verb_is_a_name_as_a_subject_inside_its_sentence(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SURNAMES_READ_AS_VERBS: "..., Trump shot back" (tagged a verb) is Donald Trump still, so the "he" of the next
    quote is he, not the rival named last before him."""
    monkeypatch.setattr(untagged_people, "SURNAMES_READ_AS_VERBS", on)
    art = article(
        "Donald Trump and Jeb Bush traded barbs on the stage in Houston. “Let me finish,” Bush said.\n\n"
        "“He wants to look tough tonight,” Trump shot back. “Be quiet,” he demanded, as Bush kept talking."
    )
    assert any(t.text == "Trump" and t.pos_ == "VERB" for t in art.doc)  # the case this rule exists for
    _, (_, demanded) = art.resolve(
        [art.candidate("Let me finish", "said", "Bush"), art.candidate("Be quiet", "demanded", "he", after="quiet,”")]
    )
    assert speaker_name(demanded) == ("Donald Trump" if on else "Jeb Bush")


AGED = (
    "Anvi Sorath, {age}, joined Kelvara in July after a diploma from a polytechnic in Dhanur, and is one of 40 women "
    "on the first night shift."
)


# a number past any human age set off after a subject is something else
@pytest.mark.parametrize(("on", "age", "person"), [(True, "24", True), (False, "24", False), (True, "240", False)])
def test_untagged_words_given_an_age_as_a_subject_are_a_person_s_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, age: str, person: bool
) -> None:
    """AGED_NAMES_ARE_PEOPLE: "Anvi Sorath, 24, joined ..."."""
    monkeypatch.setattr(untagged_people, "AGED_NAMES_ARE_PEOPLE", on)
    text = AGED.format(age=age)
    assert not any("Sorath" in e.text for e in nlp(text).ents)  # the case this rule exists for
    assert (name_types(nlp, text).get("Anvi Sorath") == "PERSON") is person


@pytest.mark.parametrize("on", [True, False])
def test_a_known_surname_read_as_a_plural_noun_is_a_name_as_a_bare_subject(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SURNAMES_READ_AS_PLURALS: "Sanders named five people" (tagged a plural common noun) is Bernie Sanders still,
    so the "He" after it is he, not the man named before him."""
    monkeypatch.setattr(untagged_people, "SURNAMES_READ_AS_PLURALS", on)
    art = article(
        "Bernie Sanders spoke in Ohio on Tuesday. The crowd was large. Voters cheered. Donald Trump won the state by "
        "ten points. Sanders named five people to the committee. He said the platform would change."
    )
    assert any(t.text == "Sanders" and t.tag_ == "NNS" for t in art.doc)  # the case this rule exists for
    _, (said,) = art.resolve([art.candidate("the platform would change", "said", "He")])
    assert speaker_name(said) == ("Bernie Sanders" if on else "Donald Trump")


def test_a_plural_noun_that_is_no_known_surname_is_no_name(article: ArticleMaker) -> None:
    """SURNAMES_READ_AS_PLURALS reads only a surname the article gave with a forename: "Voters" stays a noun."""
    art = article("Bernie Sanders spoke in Ohio on Tuesday. Voters cheered when he spoke.")
    names = {m.text for m in find_mentions(art.doc, art.text) if m.kind == "name"}
    assert "Voters" not in names


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "The council's chair, Dame Helen Marsters, said the rise was needed.",
        # a life peer's honorific, which the list lacked
        "Baroness Helen Marsters said the rise was needed.",
    ],
)
def test_words_the_tagger_missed_after_a_person_s_honorific_are_her_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, on: bool
) -> None:
    """HONORIFICS_NAME_PEOPLE: "Dame Helen Marsters", the tagger tagging none of it and reading "Marsters" as a
    plural, is a person's name, a woman's by her honorific."""
    monkeypatch.setattr(untagged_people, "HONORIFICS_NAME_PEOPLE", on)
    doc = nlp(text)
    assert not doc.ents  # the case this rule exists for
    names = [(m.text, m.type, m.gender) for m in find_mentions(doc, text) if m.kind == "name"]
    assert (("Helen Marsters", "PERSON", "f") in names) is on


def test_a_speaker_named_after_an_honorific_the_tagger_missed_is_her_name(article: ArticleMaker) -> None:
    """HONORIFICS_NAME_PEOPLE: the council's chair who speaks is Helen Marsters, and so is the "she" after."""
    art = article(
        "The council voted to raise rates. The council's chair, Dame Helen Marsters, said the rise was needed. "
        "She said the council could not wait."
    )
    spoken = art.said(
        ("the rise was needed", "The council's chair, Dame Helen Marsters,"), ("the council could not wait", "She")
    )
    assert spoken == ["Helen Marsters", "Helen Marsters"]


def _parsed(nlp: Language, words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    lemmas = [w.lower() for w in words]
    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps, lemmas=lemmas)


def test_a_name_the_tagger_missed_beside_a_person_description_is_a_person_s_name(nlp: Language) -> None:
    words = ["Rosette", "Pambakian", ",", "a", "company", "spokeswoman", ",", "said", "."]
    tags = ["NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "."]
    after = _parsed(nlp, words, tags, [1, 7, 1, 5, 5, 1, 1, 7, 7],
                    ["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"])  # fmt: skip
    assert [s.text for s in untagged_person_names(after, set())] == ["Rosette Pambakian"]
    assert list(untagged_person_names(after, {1})) == []  # the tagger's own name stays
    words = ["A", "spokeswoman", ",", "Rosette", "Pambakian", ",", "said", "."]
    before = _parsed(nlp, words, ["DT", "NN", ",", "NNP", "NNP", ",", "VBD", "."], [1, 6, 1, 4, 1, 1, 6, 6],
                     ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"])  # fmt: skip
    assert [s.text for s in untagged_person_names(before, set())] == ["Rosette Pambakian"]
    words = ["Ohio", ",", "a", "spokeswoman", ",", "said", "."]
    place = _parsed(nlp, words, ["NNP", ",", "DT", "NN", ",", "VBD", "."], [5, 0, 3, 0, 0, 5, 5],
                    ["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"])  # fmt: skip
    assert list(untagged_person_names(place, set())) == []


@pytest.mark.parametrize("on", [True, False])
def test_an_untagged_name_set_off_after_an_office_s_of_phrase_is_a_person_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """NAMES_SET_OFF_AFTER_AN_OF_PHRASE: "The mayor of Hora, Lefteris Vamvakas, ordered", the name hung on the place:
    two untagged capitalised words in apposition with the office (forenames round; a sentence written for it)."""
    monkeypatch.setattr(name_shapes, "NAMES_SET_OFF_AFTER_AN_OF_PHRASE", on)
    words = ["The", "mayor", "of", "Hora", ",", "Lefteris", "Vamvakas", ",", "ordered", "."]
    tags = ["DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "."]
    doc = _parsed(nlp, words, tags, [1, 8, 1, 2, 3, 6, 3, 3, 8, 8],
                  ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"])  # fmt: skip
    assert [s.text for s in untagged_person_names(doc, set())] == (["Lefteris Vamvakas"] if on else [])


def test_a_name_given_to_an_of_phrase_s_own_noun_is_not_the_office_s(nlp: Language) -> None:
    """ "director of the advocacy group Clearwater Watch": no comma sets the name off, so it is the group's."""
    words = ["The", "director", "of", "the", "group", "Clearwater", "Watch", "spoke", "."]
    tags = ["DT", "NN", "IN", "DT", "NN", "NNP", "NNP", "VBD", "."]
    doc = _parsed(nlp, words, tags, [1, 7, 1, 4, 2, 6, 4, 7, 7],
                  ["det", "nsubj", "prep", "det", "pobj", "compound", "appos", "ROOT", "punct"])  # fmt: skip
    assert list(untagged_person_names(doc, set())) == []


def test_a_place_set_off_after_an_office_s_of_phrase_is_no_person_s_name(nlp: Language) -> None:
    """ "The mayor of Easton, Talbot County,": words the tagger typed a place's name a place, not the mayor."""
    words = ["The", "mayor", "of", "Easton", ",", "Talbot", "County", ",", "spoke", "."]
    tags = ["DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=[1, 8, 1, 2, 3, 6, 3, 3, 8, 8],
              deps=["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
              lemmas=[w.lower() for w in words], ents=ents)  # fmt: skip
    assert list(untagged_person_names(doc, set())) == []


def test_an_untagged_known_forename_and_surname_is_a_person_s_name(nlp: Language) -> None:
    words = ["Nadia", "Okafor", "arrives", "at", "the", "café", "."]
    tags = ["NNP", "NNP", "VBZ", "IN", "DT", "NN", "."]
    deps = ["ROOT", "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    doc = _parsed(nlp, words, tags, [0, 2, 2, 2, 5, 3, 2], deps)
    assert [s.text for s in untagged_forenamed_names(doc, set())] == ["Nadia Okafor"]
    assert list(untagged_forenamed_names(doc, {1})) == []  # a word another name holds stays there
    # no known forename, or a longer run of capitals (a body's name), or a title after it: no person
    words = ["Harbourline", "Press", "said", "."]
    doc = _parsed(nlp, words, ["NNP", "NNP", "VBD", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"])
    assert list(untagged_forenamed_names(doc, set())) == []
    words = ["Grace", "Bible", "Fellowship", "Church", "said", "."]
    doc = _parsed(nlp, words, ["NNP", "NNP", "NNP", "NNP", "VBD", "."], [3, 3, 3, 4, 4, 4],
                  ["compound", "compound", "compound", "nsubj", "ROOT", "punct"])  # fmt: skip
    assert list(untagged_forenamed_names(doc, set())) == []


def _parsed_body_name(nlp: Language) -> Doc:
    """ "Prairie Lakes Health said the clinics would reopen." as the page's parse had it, no word tagged: the name's
    plural word ("Lakes", NNPS) a compound of its last."""
    words = ["Prairie", "Lakes", "Health", "said", "the", "clinics", "would", "reopen", "."]
    return Doc(
        nlp.vocab,
        words=words,
        tags=["NNP", "NNPS", "NNP", "VBD", "DT", "NNS", "MD", "VB", "."],
        heads=[1, 2, 3, 3, 5, 7, 7, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"],
    )


def test_a_plural_word_inside_an_untagged_body_s_name_is_a_word_of_the_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _parsed_body_name(nlp)
    names = [s.text for s in untagged_people.untagged_source_names(doc, set(), frozenset({0, 1, 2}))]
    assert names == ["Prairie Lakes Health"]
    monkeypatch.setattr(untagged_people, "PLURAL_WORDS_IN_BODY_NAMES", False)
    assert [s.text for s in untagged_people.untagged_source_names(doc, set(), frozenset({0, 1, 2}))] == ["Health"]


def test_a_plural_word_that_owns_the_name_is_no_word_of_it(nlp: Language) -> None:
    """ "Lakes' Health said": a plural proper word that is the name's possessor, not its compound, stays out of it."""
    doc = Doc(
        nlp.vocab,
        words=["Lakes", "'", "Health", "said", "the", "clinics", "would", "reopen", "."],
        tags=["NNPS", "POS", "NNP", "VBD", "DT", "NNS", "MD", "VB", "."],
        heads=[2, 0, 3, 3, 5, 7, 7, 3, 3],
        deps=["poss", "case", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"],
    )
    assert [s.text for s in untagged_people.untagged_source_names(doc, set(), frozenset({2}))] == ["Health"]


@pytest.mark.parametrize("on", [True, False])
def test_a_family_name_the_parser_read_as_an_interjection_is_the_person_named_in_full(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SURNAMES_READ_AS_WORDS: the source "Oh" of "“...,” Oh said" (an interjection to the parser) after "Oh Sang-hyun"
    is a person's name, whose family name comes first, so that it joins Oh Sang-hyun."""
    monkeypatch.setattr(untagged_people, "SURNAMES_READ_AS_WORDS", on)
    text = (
        "At a press briefing on Tuesday, Vice Education Minister Oh Sang-hyun said photographs of six questions had "
        "been shared.\n\n“We bow our heads to the students and their families,” Oh said, rising from his seat."
    )
    doc = nlp(text)
    oh = [t for t in doc if t.text == "Oh"][1]
    assert (oh.tag_, oh.dep_, oh.ent_type_) == ("UH", "intj", "")  # the case this rule exists for
    names = [(m.text, m.type) for m in find_mentions(doc, text, frozenset({oh.i})) if m.start == oh.i]
    assert names == ([("Oh", "PERSON")] if on else [])


def test_a_word_read_as_an_interjection_that_is_no_statement_s_source_is_no_name(nlp: Language) -> None:
    text = "Vice Education Minister Oh Sang-hyun spoke on Tuesday. Oh said the exam would be held again."
    doc = nlp(text)
    oh = [t for t in doc if t.text == "Oh"][1]
    assert not [m for m in find_mentions(doc, text) if m.start == oh.i]  # not a source: left as the tagger read it


@pytest.mark.parametrize("on", [True, False])
def test_an_untagged_name_after_a_rank_is_a_person_and_its_of_phrase_is_whose(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """TITLED_SOURCE_NAMES: the tagger types no name after a rank it does not know ("Commandant"); the words after the
    rank are the person, who speaks, not the police named after "of", and whom "he said" then finds."""
    monkeypatch.setattr(untagged_people, "TITLED_SOURCE_NAMES", on)
    source = "Commandant Julien Roussel of the regional judicial police"
    art = article(f'{source}, seated beside her, said the thieves had fled.\n\n"We have images," he said.')
    assert not any(ent.label_ == "PERSON" for ent in art.doc.ents)  # the case this rule exists for
    found = art.said(("the thieves had fled", source), ("We have images", "he", "images"))
    assert (found == ["Julien Roussel"] * 2) == on


def test_a_rank_alone_before_a_body_s_name_names_no_person(nlp: Language) -> None:
    """A title and one capitalised word is no forename and surname: the rank's rule leaves "Hook" to the tagger."""
    text = "Captain Hook of the Jolly Roger said the ship would sail."
    assert "Hook" not in name_types(nlp, text, "Captain Hook of the Jolly Roger")


def test_a_number_set_off_after_a_name_is_an_age_only_up_to_a_human_age(nlp: Language) -> None:
    """human_age_set_off: "Kavya Parmar, 24," gives an age; "Hartley Trust, 1923," and a name with no commas do not."""
    aged = nlp("Kavya Parmar, 24, joined the plant in July.")
    assert human_age_set_off(aged, 2)
    founded = nlp("Hartley Trust, 1923, sold the painting.")
    assert not human_age_set_off(founded, 2)
    plain = nlp("Kavya Parmar joined the plant in 24 days.")
    assert not human_age_set_off(plain, 2)


@pytest.mark.parametrize("on", [True, False])
def test_a_known_forename_after_a_title_opens_a_name_the_tagger_missed(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """TITLED_FORENAMES_OPEN_NAMES: "Dr Elena Marchetti of the water board", untagged, is a person's name after the
    title; the title is no word of the name, and without the rule the proper noun before the forename made it the
    middle of a longer name."""
    monkeypatch.setattr(untagged_people, "TITLED_FORENAMES_OPEN_NAMES", on)
    words = ["Dr", "Elena", "Marchetti", "of", "the", "board", "spoke", "."]
    tags = ["NNP", "NNP", "NNP", "IN", "DT", "NN", "VBD", "."]
    doc = _parsed(nlp, words, tags, [2, 2, 6, 2, 5, 3, 6, 6],
                  ["compound", "compound", "nsubj", "prep", "det", "pobj", "ROOT", "punct"])  # fmt: skip
    assert [s.text for s in untagged_forenamed_names(doc, set())] == (["Elena Marchetti"] if on else [])
    # a capitalised word that is no title before the forename still makes it part of a longer name
    words = ["Port", "Elena", "Marchetti", "spoke", "."]
    doc = _parsed(nlp, words, ["NNP", "NNP", "NNP", "VBD", "."], [2, 2, 3, 3, 3],
                  ["compound", "compound", "nsubj", "ROOT", "punct"])  # fmt: skip
    assert list(untagged_forenamed_names(doc, set())) == []


@pytest.mark.parametrize("on", [True, False])
def test_a_name_with_a_patronymic_particle_beside_a_person_s_noun_is_a_person(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "Siti Aminah binti Yusof, a farmer, said": the particle inside the name, which the tagger left untagged, keeps
    it a person's name (``PARTICLED_APPOSED_NAMES``); off, the statement is the farmer's, nameless."""
    monkeypatch.setattr(untagged_people, "PARTICLED_APPOSED_NAMES", on)
    art = article("Siti Aminah binti Yusof, a farmer, said the price of fruit had fallen.")
    name = speaker_name(art.one("the price of fruit had fallen", "said", "Siti Aminah binti Yusof, a farmer,"))
    assert (name == "Siti Aminah binti Yusof") == on


def test_a_lower_case_word_that_is_no_particle_makes_no_name(nlp: Language) -> None:
    """Only a surname's particles may stand inside the name: "Siti Zubaidah and Kassim" holds none."""
    doc = nlp("Siti Zubaidah and Kassim, a teacher, said the school had no water.")
    names = {span.text for span in untagged_people.untagged_person_names(doc, set())}
    assert not any(" and " in name for name in names)
