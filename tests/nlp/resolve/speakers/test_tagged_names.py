"""The tagger's names read as mentions: a person's name's end, the surname it cut off, the forename it left out, a
title or rank it took in, a body's name kept whole or split at its apposition, a name retyped by the noun beside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

import quotegraph
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers import name_shapes, names, noun_classes, particle_joins, tagged_names
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.tagged_names import _person_name_end

from ..conftest import ArticleMaker, name_types, speaker_name, tagged_doc

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
    """SURNAMES_AFTER_A_FORENAME: "Chief Superintendent Helen Marsh", tagged "Superintendent Helen", is Helen Marsh,
    her title dropped once the name has a forename and a surname after it (names.ROLE_TITLES_CUT)."""
    monkeypatch.setattr(tagged_names, "SURNAMES_AFTER_A_FORENAME", surnamed)
    art = article(
        "At a press conference this morning, Chief Superintendent Helen Marsh of Moorlands Police said officers "
        "had found nothing so far."
    )
    found = art.one("officers had found nothing", "said", "Chief Superintendent Helen Marsh of Moorlands Police")
    assert speaker_name(found) == ("Helen Marsh" if surnamed else "Superintendent Helen")


def test_a_name_of_two_forenames_takes_no_word_after_it(nlp: Language) -> None:
    """_with_untagged_surname: "Paul Ryan Joins" of a title-case headline: "Ryan" after the forename "Paul" is the
    surname already, and the headline's verb after it stays out of the name."""
    doc = nlp("Paul Ryan Joins Critics")
    name = Span(doc, 0, 2, label="PERSON")
    assert tagged_names._with_untagged_surname(name, set()).text == "Paul Ryan"


def test_a_forename_and_surname_set_off_beside_a_noun_are_a_person_though_tagged_a_place(nlp: Language) -> None:
    text = "Canterbury's MP, Hugh Okafor, called on the company's board to forgo bonuses this year."
    doc = nlp(text)
    assert any(e.text == "Hugh Okafor" and e.label_ == "GPE" for e in doc.ents)  # the case this rule exists for
    assert name_types(nlp, text).get("Hugh Okafor") == "PERSON"
    # a place set off beside a noun stays a place: no forename
    assert name_types(nlp, "The capital, Nairobi, was quiet on Monday.").get("Nairobi", "GPE") == "GPE"


def test_a_british_clergy_or_privy_council_title_is_no_part_of_the_name(nlp: Language) -> None:
    text = "Preaching in the cathedral, the Rt Rev Miriam Achebe said food banks had handed out more parcels."
    assert any(e.text.endswith("Rt Rev Miriam Achebe") and e.label_ == "ORG" for e in nlp(text).ents)  # the case
    assert name_types(nlp, text).get("Miriam Achebe") == "PERSON"


def test_an_unknown_forename_between_a_role_noun_and_a_surname_is_part_of_the_name(nlp: Language) -> None:
    text = "Several papers carry pictures of Wales goalkeeper Carys Powell in tears after her save."
    assert any(e.text == "Powell" for e in nlp(text).ents)  # the case this rule exists for: "Carys" left out
    assert name_types(nlp, text).get("Carys Powell") == "PERSON"


@pytest.mark.parametrize(("on", "name"), [(True, "Nadeem Sattar"), (False, "Sattar")])
def test_an_unknown_forename_before_a_who_clause_is_part_of_a_person_s_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """FORENAMES_BY_WHO: "who" is said of people, so the untagged word before the tagged surname is the forename."""
    text = "Nadeem Sattar, who runs the pharmacy on Bridge Street, spoke to the Beacon by phone last night."
    assert next((e.text, e.label_) for e in nlp(text).ents) == ("Sattar", "ORG")  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "FORENAMES_BY_WHO", on)
    names = name_types(nlp, text)
    assert name in names and (names[name] == "PERSON") is on


def test_a_body_s_two_word_name_before_a_who_clause_stays_a_body(nlp: Language) -> None:
    """FORENAMES_BY_WHO takes a forename the tagger left out, not a body's name it tagged whole."""
    text = "Publishers Weekly, who reviewed the novel in March, called it a triumph."
    assert name_types(nlp, text).get("Publishers Weekly") != "PERSON"


def test_a_saint_s_possessive_and_the_body_named_after_it_are_one_name(nlp: Language) -> None:
    text = "Nurses at St. Jude's Regional Medical Center in Marlow raised concerns about the surgeon."
    assert name_types(nlp, text).get("St. Jude's Regional Medical Center") == "ORG"
    # a country's possessive names whom the body belongs to, not the body
    labour = name_types(nlp, "Britain's Labour Party said on Monday that it would vote against the bill.")
    assert labour.get("Labour Party") == "ORG" and "Britain's Labour Party" not in labour


def test_a_name_run_over_a_comma_onto_its_apposition_is_two_names(nlp: Language) -> None:
    text = "The haulage firm that employed Haines, Brackwell Waste Services, said its lorries had cameras."
    names = name_types(nlp, text)
    assert "Brackwell Waste Services" in names and "Haines, Brackwell Waste Services" not in names
    friend = name_types(nlp, "His best friend at Lehigh, Bruce Turry, said he was loyal.")
    assert friend.get("Bruce Turry") == "PERSON"


def test_a_tagged_body_ending_in_a_common_noun_after_a_is_no_name(nlp: Language) -> None:
    text = "The journal sold after a contest between a telephone bidder and a Bristol museum that had raised money."
    doc = nlp(text)
    assert any(e.text == "Bristol museum" and e.label_ == "ORG" for e in doc.ents)  # the case this rule exists for
    assert "Bristol museum" not in name_types(nlp, text)


def test_a_body_s_name_keeps_of_and_its_place(nlp: Language) -> None:
    text = "The ACLU of Minnesota, in a brief filed in March, argued that such searches were unfair."
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ in ("ORG", "GPE")][:2] == ["ACLU", "Minnesota"]  # the case
    names = name_types(nlp, text)
    assert names.get("ACLU of Minnesota") == "ORG" and "Minnesota" not in names
    office = "You cannot be Secretary of State of the United States of America and do that."
    assert "State of the United States of America" not in name_types(nlp, office)


def test_a_name_after_a_police_rank_is_a_person_though_tagged_a_body(nlp: Language) -> None:
    text = (
        "The case began with a traffic stop. When he pulled the car over, Trooper Dale Hruska told the driver, "
        "Tyrell Banks, that the car smelled of cannabis."
    )
    assert any(e.text == "Trooper Dale Hruska" and e.label_ == "ORG" for e in nlp(text).ents)  # the case
    assert name_types(nlp, text).get("Dale Hruska") == "PERSON"


def test_a_name_just_after_a_person_s_title_is_a_person_s_though_tagged_a_body(nlp: Language) -> None:
    text = "Branch president Dr Lachlan Whiteley told members at the meeting that management had erred."
    assert any(e.text == "Lachlan Whiteley" and e.label_ == "ORG" for e in nlp(text).ents)  # the case
    assert name_types(nlp, text).get("Lachlan Whiteley") == "PERSON"
    # a body's name after the title stays a body's: "Foundation" is no word of a person's name
    body = "The donation came from Sir Lachlan Whiteley Foundation, it said."
    assert any(e.text == "Lachlan Whiteley Foundation" and e.label_ == "ORG" for e in nlp(body).ents)
    assert name_types(nlp, body).get("Lachlan Whiteley Foundation") == "ORG"


@pytest.mark.parametrize(
    ("text", "tagged", "label", "name"),
    [
        # a role title opening a name the tagger calls a body's
        ("Actress Amara Okonkwo said the role had changed her life.", "Actress Amara Okonkwo", "ORG", "Amara Okonkwo"),
        ("Farmer Nguyễn Thị Mai said the salt had ruined her crop.", "Farmer Nguyễn Thị Mai", "ORG", "Nguyễn Thị Mai"),
        # a place before the title, the whole read as a work's title
        (
            "\u201cThe bridge is closed until spring,\u201d Kalinga Governor Rosalind Bautista wrote on Facebook Live.",
            "Kalinga Governor Rosalind Bautista",
            "WORK_OF_ART",
            "Rosalind Bautista",
        ),
        # the tagger's name ends at the forename; the surname taken after it leaves two name words after the title
        (
            "At a briefing at the ground this afternoon, Chief Superintendent Helen Fenn of Eastvale Police said the "
            "gates had opened late.",
            "Superintendent Helen",
            "PERSON",
            "Helen Fenn",
        ),
    ],
)
def test_a_name_after_a_role_title_is_a_person_s_without_the_title(
    nlp: Language, text: str, tagged: str, label: str, name: str
) -> None:
    assert any(e.text == tagged and e.label_ == label for e in nlp(text).ents)  # the case
    names = name_types(nlp, text)
    assert names.get(name) == "PERSON" and tagged not in names


def test_a_body_s_or_a_law_s_name_holding_a_role_noun_is_no_titled_person(nlp: Language) -> None:
    # a party's member or a plural role noun opening a body's name: the body's, whole
    assert name_types(nlp, "The Republican National Convention opened on Monday.") == {
        "Republican National Convention": "ORG"
    }
    assert name_types(nlp, "The Farmers Union said the price was too low.") == {"Farmers Union": "ORG"}
    # a law's name read as a work's: the words after "Child" are a verb and an adverb, no person's name
    law = "Teachers said No Child Left Behind had narrowed what schools taught."
    assert any(e.text == "No Child Left Behind" and e.label_ == "WORK_OF_ART" for e in nlp(law).ents)
    assert name_types(nlp, law) == {}


@pytest.mark.parametrize(
    ("apposition", "body"), [("the federal agency that insures pensions", True), ("the film", False)]
)
def test_a_name_read_as_a_work_s_title_beside_a_body_noun_is_that_body(
    nlp: Language, apposition: str, body: bool
) -> None:
    text = f"The Harbor Benefit Trust, {apposition}, said on Monday that the plan was short of money."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 4, label="WORK_OF_ART")]  # the tagger's reading of such a name in a longer story
    names = {m.text: m.type for m in find_mentions(doc, text) if m.kind == "name"}
    assert (names.get("Harbor Benefit Trust") == "ORG") is body


@pytest.mark.parametrize("past", [True, False])
def test_a_person_named_past_an_outlet_s_possessive_inside_one_tagged_name_is_a_person(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, past: bool
) -> None:
    """NAMES_PAST_AN_OUTLET_S_POSSESSIVE: "Fox News’ Bret Baier", tagged as one body, names Bret Baier."""
    monkeypatch.setattr(tagged_names, "NAMES_PAST_AN_OUTLET_S_POSSESSIVE", past)
    text = (
        "Trump did rule out cutting off the heads of captured family members of those terrorists.\n\n"
        "Fox News’ Bret Baier noticed that none of the networks cut away for Clinton. He commented that his network "
        "“held on” Trump during her event."
    )
    assert any(e.text == "Fox News’ Bret Baier" for e in nlp(text).ents)  # the case this rule exists for
    assert (name_types(nlp, text).get("Bret Baier") == "PERSON") is past


def test_a_name_apposed_to_an_office_takes_the_forename_the_tagger_left_out(nlp: Language) -> None:
    text = (
        "The area's Member of the Senedd, Rhodri Wyn Owen, who is due to give evidence on Thursday, said on BBC "
        "Radio Wales on Wednesday morning that the targets were bad."
    )
    assert any(ent.text == "Wyn Owen" for ent in nlp(text).ents)  # the case this rule exists for
    assert name_types(nlp, text).get("Rhodri Wyn Owen") == "PERSON"


@pytest.mark.parametrize("role", ["councillor", "councilor"])
def test_a_name_apposed_to_a_councillor_is_a_person_s(nlp: Language, role: str) -> None:
    """ "The ward's councillor, Nia Gwilym (Plaid Cymru), who sits on the council": the tagger reads the name as a
    body's; a councillor (either spelling, like "councilman" and "councilwoman") is a person's role, so the name
    apposed to it is a person's. Beside no role ("The ward, Nia Gwilym") the tagger's reading stands."""
    text = f"The ward’s {role}, Nia Gwilym (Plaid Cymru), who sits on the council, was given five minutes to speak."
    assert nlp(text)[5].ent_type_ == "ORG"  # the case this rule exists for: the name tagged as a body
    assert name_types(nlp, text).get("Nia Gwilym") == "PERSON"
    bare = "The ward, Nia Gwilym (Plaid Cymru), which sits on the council, was given five minutes to speak."
    assert name_types(nlp, bare).get("Nia Gwilym") != "PERSON"


@pytest.mark.parametrize(("on", "name"), [(True, "Ilya Shapiro"), (False, "Shapiro")])
def test_a_speaking_surname_takes_the_unknown_forename_the_tagger_left_out(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """SPEAKERS_UNTAGGED_FORENAMES: a one-word name that is a statement's subject takes the capitalised compound
    before it as its forename, a list knows it or not, and is a person's."""
    text = "Ilya Shapiro argues at The Federalist that some of the blame belongs to the court."
    assert next((e.text, e.label_) for e in nlp(text).ents) == ("Shapiro", "ORG")  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "SPEAKERS_UNTAGGED_FORENAMES", on)
    names = name_types(nlp, text, source="Ilya Shapiro")
    assert name in names and (names[name] == "PERSON") is on


def test_a_known_forename_the_parser_misread_is_taken_by_a_speaking_surname(nlp: Language) -> None:
    """SPEAKERS_UNTAGGED_FORENAMES: "Raj" read as an adverb after "Coun." is still the speaker's known forename."""
    text = "Coun. Raj Sandhu said residents deserved to know why the concerns had not reached council."
    assert name_types(nlp, text, source="Raj Sandhu").get("Raj Sandhu") == "PERSON"


def test_a_surname_that_is_no_statement_s_source_takes_no_unknown_forename(nlp: Language) -> None:
    """SPEAKERS_UNTAGGED_FORENAMES reads a speaker's name only: the same subject with no statement stays as tagged."""
    text = "Ilya Shapiro argues at The Federalist that some of the blame belongs to the court."
    assert "Ilya Shapiro" not in name_types(nlp, text)


@pytest.mark.parametrize("on", [True, False])
def test_a_name_tagged_as_a_body_with_an_age_set_off_is_a_person_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """AGED_TAGGED_NAMES_ARE_PEOPLE: "Bapi Nag, 45," is a person, whatever the tagger typed the name."""
    text = "A few beds away, Bapi Nag, 45, a vegetable vendor from Dharamgarh Road, sat with his two sons."
    assert ("Bapi Nag", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "AGED_TAGGED_NAMES_ARE_PEOPLE", on)
    assert name_types(nlp, text)["Bapi Nag"] == ("PERSON" if on else "ORG")


def test_a_place_s_name_with_a_number_above_any_age_stays_a_place(nlp: Language) -> None:
    """AGED_TAGGED_NAMES_ARE_PEOPLE: a number set off that no person's age reaches is no age."""
    assert name_types(nlp, "Gemeente Utrecht, 145, said the plan was ready.")["Gemeente Utrecht"] == "GPE"


@pytest.mark.parametrize("on", [True, False])
def test_a_speaking_two_word_name_takes_the_first_word_the_tagger_cut(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SPEAKERS_THIRD_NAME_WORDS: "Ramesh Chandra Iyer told", tagged "Chandra Iyer", is named in full."""
    text = "Ramesh Chandra Iyer told the newspaper that prices had doubled since spring."
    assert ("Chandra Iyer", "PERSON") in [
        (e.text, e.label_) for e in nlp(text).ents
    ]  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "SPEAKERS_THIRD_NAME_WORDS", on)
    names = name_types(nlp, text, source="Ramesh Chandra Iyer")
    assert ("Ramesh Chandra Iyer" in names) is on and ("Chandra Iyer" in names) is not on


def test_a_two_word_name_that_is_no_speaker_s_takes_no_third_word(nlp: Language) -> None:
    """SPEAKERS_THIRD_NAME_WORDS reads a speaker's name only."""
    text = "Ramesh Chandra Iyer told the newspaper that prices had doubled since spring."
    assert "Chandra Iyer" in name_types(nlp, text)


def test_a_title_s_last_word_is_no_speaker_s_first_name_word(nlp: Language) -> None:
    """SPEAKERS_THIRD_NAME_WORDS: after another capitalised word ("Public Advocate"), the word is a title's."""
    text = "New York City Public Advocate Trish James said the crimes were heinous."
    names = name_types(nlp, text, source="New York City Public Advocate Trish James")
    assert "Advocate Trish James" not in names


@pytest.mark.parametrize("on", [True, False])
def test_a_single_name_typed_a_place_with_an_age_or_who_clause_is_a_person_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SINGLE_NAMES_OF_PEOPLE: "Sutrisno, 52," and "Budiarti, who runs a shop" are people, tagged places."""
    aged = "Sutrisno, 52, said the water was unsafe to drink."
    told_of = "The road has been closed for weeks, said Budiarti, who runs a shop in the town."
    assert ("Sutrisno", "GPE") in [(e.text, e.label_) for e in nlp(aged).ents]  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "SINGLE_NAMES_OF_PEOPLE", on)
    assert name_types(nlp, aged)["Sutrisno"] == ("PERSON" if on else "GPE")
    assert name_types(nlp, told_of)["Budiarti"] == ("PERSON" if on else "GPE")


def test_a_place_after_a_preposition_keeps_its_type_before_a_who_clause(nlp: Language) -> None:
    """SINGLE_NAMES_OF_PEOPLE: "a broker based in Tampa, Fla., who represents": the who-clause is the broker's."""
    text = "It was litigated, said Steven Ekovich, a broker based in Tampa, Fla., who represents sellers of courses."
    assert name_types(nlp, text).get("Tampa") == "GPE"


@pytest.mark.parametrize(("on", "name"), [(True, "Jane Doe"), (False, "Jane")])
def test_a_forename_tagged_alone_takes_the_surname_before_post_nominal_letters(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """SURNAMES_BEFORE_POST_NOMINALS: "Jane Doe MP", "Jane" alone tagged, is Jane Doe, and "Ms Doe" is she."""
    monkeypatch.setattr(tagged_names, "SURNAMES_BEFORE_POST_NOMINALS", on)
    text = 'Jane Doe MP said the decision was wrong. "We will fight it," Ms Doe said.'
    art = article(text)
    assert [e.text for e in art.doc.ents if e.label_ == "PERSON"] == ["Jane"]  # the case the rule is for
    assert art.said(("the decision was wrong", "Jane Doe MP"))[0] == name


def test_a_name_takes_no_word_after_it_unless_post_nominal_letters_follow(nlp: Language) -> None:
    """_with_surname_before_post_nominals: the words are taken only up to letters of the closed class."""
    lettered = tagged_doc(nlp, ["Jane", "Doe", "MP", "said"], ["NNP", "NNP", "NNP", "VBD"])
    assert tagged_names._with_surname_before_post_nominals(lettered[0:1], set()).text == "Jane Doe"
    bare = tagged_doc(nlp, ["Jane", "Doe", "Street", "said"], ["NNP", "NNP", "NNP", "VBD"])
    assert tagged_names._with_surname_before_post_nominals(bare[0:1], set()).text == "Jane"
    long = tagged_doc(nlp, ["Jane", "Ann", "Mary", "Doe", "MP"], ["NNP", "NNP", "NNP", "NNP", "NNP"])
    assert tagged_names._with_surname_before_post_nominals(long[0:1], set()).text == "Jane"  # no person's size


@pytest.mark.parametrize("on", [True, False])
def test_a_name_beside_a_noun_given_an_age_is_a_person_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """APPOSED_AGES_ARE_PEOPLE: "Nuno Tavares, a 34-year-old visitor," is a person, though the lexicon has no
    "visitor" and the tagger typed the name a body."""
    text = "Nuno Tavares, a 34-year-old visitor from Leeds, described the crash."
    assert ("Nuno Tavares", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "APPOSED_AGES_ARE_PEOPLE", on)
    assert name_types(nlp, text)["Nuno Tavares"] == ("PERSON" if on else "ORG")


def test_a_name_beside_a_noun_with_no_age_keeps_the_tagger_s_type(nlp: Language) -> None:
    """APPOSED_AGES_ARE_PEOPLE: the age makes the person; "a visitor from Leeds" alone says nothing the lexicon
    knows."""
    text = "Nuno Tavares, a visitor from Leeds, described the crash."
    assert ("Nuno Tavares", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]
    assert name_types(nlp, text)["Nuno Tavares"] == "ORG"


@pytest.mark.parametrize("on", [True, False])
def test_a_pronoun_after_a_name_given_an_age_speaks_for_that_person(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """APPOSED_AGES_ARE_PEOPLE: a name typed a body takes no "he", so the pronoun went to another person in reach."""
    monkeypatch.setattr(tagged_names, "APPOSED_AGES_ARE_PEOPLE", on)
    art = article(
        "The company said its driver had followed every procedure. Seven of the injured were being treated at Carrow "
        "General Hospital, where Nuno Tavares, a 34-year-old visitor from Leeds with a brace on his neck, described "
        "the crash from his bed.\n\n\u201cWe were all laughing, and then the road was gone,\u201d he said."
    )
    [speaker] = art.said(("We were all laughing, and then the road was gone,", "he", "gone"))
    assert (speaker == "Nuno Tavares") is on


@pytest.mark.parametrize(("on", "name"), [(True, "Llinos ap Dafydd MS"), (False, "Dafydd MS")])
def test_a_name_cut_at_its_particle_is_one_person_s_name(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """NAMES_CUT_AT_A_PARTICLE: "Llinos ap Dafydd MS", tagged "Llinos" and "Dafydd MS", is one person, and "Ms ap
    Dafydd" later is she."""
    monkeypatch.setattr(tagged_names, "NAMES_CUT_AT_A_PARTICLE", on)
    monkeypatch.setattr(particle_joins, "PARTICLE_JOINS", on)  # which joins the name across its particle as well
    art = article("Llinos ap Dafydd MS said the plan was flawed. Ms ap Dafydd said she would keep asking.")
    assert [e.text for e in art.doc.ents][:2] == ["Llinos", "Dafydd MS"]  # the cut the rule mends
    assert art.said(("the plan was flawed", "Llinos ap Dafydd MS"), ("she would keep asking", "Ms ap Dafydd")) == [
        name,
        name,
    ]


def test_two_bodies_either_side_of_a_particle_stay_apart(nlp: Language) -> None:
    """NAMES_CUT_AT_A_PARTICLE: only a person's name is joined across its particle; a capitalised word after a
    body's name and "de" is no forename's surname."""
    doc = nlp.make_doc("Banco Norte de Chile")
    first, after = Span(doc, 0, 2, label="ORG"), Span(doc, 3, 4, label="GPE")
    assert not tagged_names._cut_at_its_particle(first, after)
    person = Span(doc, 0, 2, label="PERSON")
    assert tagged_names._cut_at_its_particle(person, after)


@pytest.mark.parametrize(("on", "name"), [(True, "Tero Vainikka"), (False, "Tero")])
def test_a_titled_one_word_name_takes_the_untagged_surname_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """TITLED_FORENAMES: "Chief Inspector Tero Vainikka of the city police's traffic unit", "Tero" alone tagged and no
    list's forename, is Tero Vainikka, and "Vainikka said" later is he."""
    monkeypatch.setattr(tagged_names, "TITLED_FORENAMES", on)
    art = article(
        "Two riders have died since 2022. Chief Inspector Tero Vainikka of the Helsinki Police Department's traffic "
        'unit said the fines had doubled. "We will keep enforcing them," Vainikka said.'
    )
    assert [e.text for e in art.doc.ents if e.label_ == "PERSON"] == ["Tero"]  # the cut the rule mends
    [first, later] = art.said(
        ("the fines had doubled", "Chief Inspector Tero Vainikka"), ("We will keep enforcing them,", "Vainikka")
    )
    assert first == name
    assert (later == "Tero Vainikka") is on


def test_an_untitled_one_word_name_takes_no_word_after_it(nlp: Language) -> None:
    """TITLED_FORENAMES: without a title before it, a one-word name no list knows as a forename stays as tagged."""
    doc = tagged_doc(nlp, ["Tero", "Vainikka", "said"], ["NNP", "NNP", "VBD"])
    assert not tagged_names._titled_forename(doc[0:1])
    titled = tagged_doc(nlp, ["Inspector", "Tero", "Vainikka", "said"], ["NNP", "NNP", "NNP", "VBD"])
    assert tagged_names._titled_forename(titled[1:2])


@pytest.mark.parametrize("on", [True, False])
def test_a_name_given_as_one_s_own_is_a_person_s_whatever_the_tagger_typed(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """GIVEN_NAMES_ARE_PEOPLE: the tagger types "Lindiwe Mokoena" a body; given by the woman as her own name, it is a
    person's, so the woman who gave it speaks by it."""
    monkeypatch.setattr(tagged_names, "GIVEN_NAMES_ARE_PEOPLE", on)
    source = "the woman, who later gave her name as Lindiwe Mokoena, the depot supervisor"
    art = article(f"Tanker row\n\n“We have not stopped once,” said {source}.")
    assert [e.label_ for e in art.doc.ents if e.text == "Lindiwe Mokoena"] == ["ORG"]  # the case the rule is for
    assert art.said(("We have not stopped once", source)) == (["Lindiwe Mokoena"] if on else ["the woman"])


def test_a_name_identified_as_a_body_s_stays_a_body(nlp: Language) -> None:
    """GIVEN_NAMES_ARE_PEOPLE reads a person's noun or a pronoun as the one identified: "the buyer" is no person's noun
    of the lexicon here, so the body's name keeps the tagger's type."""
    text = "The buyer was identified as Northwind Capital Partners on Friday."
    assert name_types(nlp, text).get("Northwind Capital Partners") == "ORG"


@pytest.mark.parametrize("on", [True, False])
def test_one_word_given_as_one_s_own_name_is_a_person_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SINGLE_NAMES_GIVEN_AS_ONE_S_OWN: "a pensioner who gave his name only as Mokgadi" is Mokgadi, whom the tagger
    types a body's, and so are his later words by "he"."""
    monkeypatch.setattr(tagged_names, "SINGLE_NAMES_GIVEN_AS_ONE_S_OWN", on)
    art = article(
        "Phone-in\n\nA pensioner who gave his name only as Mokgadi told the host that his tap had been dry for a week. "
        "“We are old, we cannot carry buckets up the hill,” he said."
    )
    assert [e.label_ for e in art.doc.ents if e.text == "Mokgadi"] != ["PERSON"]  # the case the rule is for
    said = art.said(("his tap had been dry", "A pensioner"), ("We are old", "he", "hill"))
    assert said == (["Mokgadi", "Mokgadi"] if on else ["A pensioner", "A pensioner"])


# forenames round: the forename or the whole full name the tagger left out of a person's name (surnamejoins, cause F).
# Sentences written for the round.
@pytest.mark.parametrize(("on", "name"), [(True, "Aoife Byrne-Walsh"), (False, "Byrne-Walsh")])
def test_a_hyphenated_surname_in_apposition_counts_as_one_word(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """HYPHENATED_SURNAMES_ARE_ONE_WORD: "Byrne-Walsh" is one word of the name, so the forename before it is taken."""
    monkeypatch.setattr(tagged_names, "HYPHENATED_SURNAMES_ARE_ONE_WORD", on)
    # the known forename "Aoife" is also taken by HYPHENATED_SURNAMES_TAKE_FORENAMES: held off to see this rule alone
    monkeypatch.setattr(tagged_names, "HYPHENATED_SURNAMES_TAKE_FORENAMES", False)
    text = "The council's chair, Aoife Byrne-Walsh, said the vote was close."
    assert [e.text for e in nlp(text).ents] == ["Byrne-Walsh"]  # the case this rule exists for
    assert name_types(nlp, text).get(name) == "PERSON"


def _unlisted(monkeypatch: pytest.MonkeyPatch, forename: str) -> None:
    """``forename`` out of the forename list for one test: a forename no list holds."""
    monkeypatch.delitem(lexicons().forenames, forename, raising=False)


@pytest.mark.parametrize(("on", "name"), [(True, "Giorgos Nikolaidis"), (False, "Nikolaidis")])
def test_an_unknown_forename_after_a_capitalised_office_is_part_of_the_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """OFFICES_TITLE_FORENAMES: "Mayor" parsed a proper noun titles "Giorgos Nikolaidis" as "fire chief" would."""
    monkeypatch.setattr(tagged_names, "OFFICES_TITLE_FORENAMES", on)
    _unlisted(monkeypatch, "giorgos")
    text = "Mayor Giorgos Nikolaidis toured the burned area on Sunday."
    assert next(e.text for e in nlp(text).ents) == "Nikolaidis"  # the case this rule exists for
    assert name_types(nlp, text).get(name) == "PERSON"


def test_a_capitalised_office_titles_only_a_name_typed_a_person_s(nlp: Language) -> None:
    """ "Mayor Street Depot": after a capitalised office, a name the tagger typed a place's or a body's may open on the
    office's next word, which is then no forename."""
    words = ["Mayor", "Street", "Depot"]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN"] * 3, lemmas=["mayor", "street", "depot"], ents=["O", "O", "B-FAC"])
    assert not tagged_names._titles(doc[0], doc[2])
    person = Doc(
        nlp.vocab, words=words, pos=["PROPN"] * 3, lemmas=["mayor", "street", "depot"], ents=["O", "O", "B-PERSON"]
    )
    assert tagged_names._titles(person[0], person[2])


@pytest.mark.parametrize(("on", "name"), [(True, "Mehmet Yılmaz"), (False, "Yılmaz")])
def test_a_known_forename_tagged_a_body_alone_takes_the_untagged_surname_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """FORENAMES_TAGGED_BODIES: "Mehmet" tagged a body, "Yılmaz" untagged: one person's name."""
    text = (
        "Rents will rise by 40 percent. Assembly member Mehmet Yılmaz said the rise would hurt tenants. "
        "“Nobody can pay this,” Yılmaz said."
    )
    said = _said_with_the_rule(article, monkeypatch, ("FORENAMES_TAGGED_BODIES", on), text, ("Mehmet", "ORG"))
    assert said(("Nobody can pay this", "Yılmaz")) == [name]


def _said_with_the_rule(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: tuple[str, bool], text: str, case: tuple[str, str]
) -> Callable[..., list[str | None]]:
    """``text``'s ``said`` with ``tagged_names``' switch ``rule`` set, once the tagger is seen to tag the ``case`` (a
    name and its label) the rule exists for."""
    monkeypatch.setattr(tagged_names, *rule)
    art = article(text)
    assert case in [(e.text, e.label_) for e in art.doc.ents]  # the case this rule exists for
    return art.said


@pytest.mark.parametrize(
    ("surname", "apart"), [("Yılmaz", True), ("McAllister", True), ("YilmazShareLikeReply", False)]
)
def test_a_forename_tagged_a_body_takes_a_surname_but_no_words_run_together(
    nlp: Language, surname: str, apart: bool
) -> None:
    """ "Mehmet" tagged a body before an untagged surname it is the compound of; not before a page's words run together
    into one (_MOST_CAPITALS_IN_A_SURNAME), nor before no capitalised word at all."""
    words = ["Mehmet", surname, "wrote", "."]
    doc = Doc(nlp.vocab, words=words, tags=["NNP", "NNP", "VBD", "."], heads=[1, 2, 2, 2],
              deps=["compound", "nsubj", "ROOT", "punct"], ents=["B-ORG", "O", "O", "O"])  # fmt: skip
    assert tagged_names._forename_tagged_apart(doc[0:1], set()) is apart
    alone = Doc(nlp.vocab, words=["Mehmet", "wrote", "."], tags=["NNP", "VBD", "."], heads=[1, 1, 1],
                deps=["nsubj", "ROOT", "punct"], ents=["B-ORG", "O", "O"])  # fmt: skip
    assert not tagged_names._forename_tagged_apart(alone[0:1], set())


@pytest.mark.parametrize(("on", "name"), [(True, "Tupac Quispe"), (False, None)])
def test_a_name_set_off_after_an_office_s_of_phrase_is_a_person_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str | None
) -> None:
    """NAMES_SET_OFF_AFTER_AN_OF_PHRASE: "The governor of Oruro, Tupac Quispe," hangs the name on "Oruro" and the
    tagger typed it a body's: in apposition with "governor", it is a person's."""
    monkeypatch.setattr(name_shapes, "NAMES_SET_OFF_AFTER_AN_OF_PHRASE", on)
    text = "The governor of Oruro, Tupac Quispe, ordered the mine closed."
    assert [(e.text, e.label_) for e in nlp(text).ents] == [("Oruro, Tupac Quispe", "ORG")]  # the case
    people = [text for text, kind in name_types(nlp, text).items() if kind == "PERSON"]
    assert people == ([name] if name else [])


@pytest.mark.parametrize("apart", [True, False])
def test_a_name_apposed_to_a_noun_before_a_tagged_body_is_a_name_of_its_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, apart: bool
) -> None:
    """APPOSED_PAST_THE_NAME: "The dean of the School of Agriculture, Prof Daniel Kiptoo Rotich," tagged one body is the
    school and the dean's name (the name hangs on "dean", before the tagged name), so "Prof Rotich" later finds it."""
    monkeypatch.setattr(tagged_names, "APPOSED_PAST_THE_NAME", apart)
    text = (
        "The dean of the School of Agriculture, Prof Daniel Kiptoo Rotich, told senators on Thursday that lecturers "
        "had not been paid for four months."
    )
    doc = nlp(text)
    assert any(e.text.endswith("Agriculture, Prof Daniel Kiptoo Rotich") for e in doc.ents)  # the case it exists for
    names = name_types(nlp, text)
    assert ("Daniel Kiptoo Rotich" in names) is apart
    assert ("School of Agriculture" in names) is apart


@pytest.mark.parametrize("read", [True, False])
def test_a_name_set_off_beside_the_head_of_something_is_a_person_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, read: bool
) -> None:
    """HEADS_OF_BODIES_APPOSED: "The head of the regency's disaster agency, Rahmat Hidayat," is a person's name though
    the tagger typed it a body's; "head" alone is no role noun."""
    monkeypatch.setattr(tagged_names, "HEADS_OF_BODIES_APPOSED", read)
    text = "The head of the regency's disaster agency, Rahmat Hidayat, said 14 villages were cut off."
    assert any(e.text == "Rahmat Hidayat" and e.label_ == "ORG" for e in nlp(text).ents)  # the case it exists for
    assert (name_types(nlp, text).get("Rahmat Hidayat") == "PERSON") is read


@pytest.mark.parametrize("whole", [True, False])
def test_a_body_s_first_words_the_tagger_cut_off_are_its_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, whole: bool
) -> None:
    """BODIES_NAMED_WHOLE: a place word or a plural possessive before a body's name, unlabelled and hung on the name by
    the parser, opens the name; a labelled possessive ("Britain's") stays another's name."""
    monkeypatch.setattr(tagged_names, "BODIES_NAMED_WHOLE", whole)
    ferry = (
        "CEBU CITY — A ferry bound for Bantayan Island turned back on Sunday after a fire in its engine room.\n\n"
        "Bantayan Sealink Shipping Corp said in a statement that all 212 passengers were safe."
    )
    assert any(e.text == "Sealink Shipping Corp" for e in nlp(ferry).ents)  # the case this rule exists for
    assert ("Bantayan Sealink Shipping Corp" in name_types(nlp, ferry)) is whole
    citrus = "The Eastern Cape Exporters' Council said 40 containers had missed their ships in a week."
    assert [e.text for e in nlp(citrus).ents if e.label_ == "ORG"] == ["Council"]
    assert ("Eastern Cape Exporters' Council" in name_types(nlp, citrus)) is whole
    party = "Britain's Labour Party said on Monday that it would vote against the bill."
    assert "Britain's Labour Party" not in name_types(nlp, party)


# speakerpages (thirty-eighth set): a surname the tagger tagged alone, the forename before it left out or taken for a
# place. Sentences written for the round.
@pytest.mark.parametrize(("on", "name"), [(True, "Ana Castañeda-Ruiz"), (False, "Castañeda-Ruiz")])
def test_a_hyphenated_surname_tagged_alone_takes_the_known_forename_before_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """HYPHENATED_SURNAMES_TAKE_FORENAMES: "Castañeda-Ruiz" alone tagged after "Lt. Ana": the hyphen-joined surname is
    one word of the name, so the known forename before it is taken, and the later bare surname is she."""
    text = (
        "Police Chief Tom Reyes spoke on Wednesday, with Lt. Ana Castañeda-Ruiz, who led the search, standing beside "
        "him. Castañeda-Ruiz said the school was safe."
    )
    rule = ("HYPHENATED_SURNAMES_TAKE_FORENAMES", on)
    said = _said_with_the_rule(article, monkeypatch, rule, text, ("Castañeda-Ruiz", "PERSON"))
    assert said(("the school was safe", "Castañeda-Ruiz")) == [name]


@pytest.mark.parametrize(("on", "name"), [(True, "Marta Haddad Borges"), (False, "Haddad Borges")])
def test_a_known_forename_tagged_a_place_before_a_person_s_name_is_its_first_word(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """FORENAMES_TAGGED_PLACES: "Marta" tagged a place and "Haddad Borges" a person are one person's name."""
    monkeypatch.setattr(tagged_names, "FORENAMES_TAGGED_PLACES", on)
    text = "Mayor Marta Haddad Borges wrote on Facebook on Monday that she had signed the order."
    assert [(e.text, e.label_) for e in nlp(text).ents][:2] == [("Marta", "GPE"), ("Haddad Borges", "PERSON")]
    names = name_types(nlp, text)
    assert names.get(name) == "PERSON"
    assert ("Marta" in names) is not on  # off, the forename stays a place of its own


@pytest.mark.parametrize(("on", "name"), [(True, "Marta Wiśniewska-Kowal"), (False, None)])
def test_a_titled_forename_tagged_a_place_takes_the_hyphenated_surname_after_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str | None
) -> None:
    """FORENAMES_TAGGED_PLACES with HYPHENATED_SURNAMES_TAKE_FORENAMES: "Dr Marta", "Marta" tagged a place, before the
    untagged "Wiśniewska-Kowal": the whole hyphen-joined run is her surname."""
    monkeypatch.setattr(tagged_names, "FORENAMES_TAGGED_PLACES", on)
    text = (
        "On Tuesday the head of the dig, Dr Marta Wiśniewska-Kowal of the National Museum in Gdańsk, led reporters "
        "around the site."
    )
    assert ("Marta", "GPE") in [(e.text, e.label_) for e in nlp(text).ents]  # the case this rule is for
    names = name_types(nlp, text)
    assert (names.get(name) if name else names.get("Marta")) == ("PERSON" if on else "GPE")


def test_a_place_word_before_an_untagged_capitalised_word_is_no_forename_without_a_title(nlp: Language) -> None:
    """ "Santiago Bernabéu" may be a stadium: a known forename tagged a place before an untagged word is a forename
    only after a person's title (``_titled_place_forename``)."""
    doc = Doc(
        nlp.vocab,
        words=["fans", "filled", "Santiago", "Bernabéu"],
        tags=["NNS", "VBD", "NNP", "NNP"],
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "compound", "dobj"],
        ents=["O", "O", "B-GPE", "O"],
    )
    assert not tagged_names._titled_place_forename(doc[2:3], set())
    titled = Doc(
        nlp.vocab,
        words=["Dr", "Santiago", "Bernabéu", "said"],
        tags=["NNP", "NNP", "NNP", "VBD"],
        heads=[2, 2, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT"],
        ents=["O", "B-GPE", "O", "O"],
    )
    assert tagged_names._titled_place_forename(titled[1:2], set())


@pytest.mark.parametrize(("on", "name", "label"), [(True, "S. Ramesh Kumar", "PERSON"), (False, "Kumar", "ORG")])
def test_a_person_s_name_cut_before_its_head_is_one_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str, label: str
) -> None:
    """PERSON_NAMES_CUT_BEFORE_THEIR_HEAD: "Councillor S. Ramesh" (a person) and "Kumar" (a body) are one person's
    name: the first part's last word is a compound of the second's head, with nothing between."""
    monkeypatch.setattr(tagged_names, "PERSON_NAMES_CUT_BEFORE_THEIR_HEAD", on)
    text = "Councillor S. Ramesh Kumar said the drains had been cleared last month."
    assert [(e.text, e.label_) for e in nlp(text).ents][:2] == [("Councillor S. Ramesh", "PERSON"), ("Kumar", "ORG")]
    assert name_types(nlp, text).get(name) == label


def _two_names(nlp: Language, first: list[str], second: list[str], labels: tuple[str, str]) -> tuple[Span, Span]:
    """Two tagged names in a row, the first's words compounds of the second's last word, the subject of "said"."""
    words = [*first, *second, "said"]
    head = len(words) - 2
    doc = Doc(
        nlp.vocab,
        words=words,
        tags=["NNP"] * (len(words) - 1) + ["VBD"],
        heads=[head] * (len(words) - 2) + [len(words) - 1, len(words) - 1],
        deps=["compound"] * (len(words) - 2) + ["nsubj", "ROOT"],
        ents=[f"{'B' if i == 0 else 'I'}-{labels[0]}" for i in range(len(first))]
        + [f"{'B' if i == 0 else 'I'}-{labels[1]}" for i in range(len(second))]
        + ["O"],
    )
    return doc[: len(first)], doc[len(first) : len(first) + len(second)]


@pytest.mark.parametrize(
    ("first", "second", "labels", "one"),
    [
        (["Dr", "Noor"], ["Hisham", "Abdullah"], ("PERSON", "PERSON"), True),  # a title before: the name restarted
        (["Councillor", "S.", "Ramesh"], ["Kumar"], ("PERSON", "ORG"), True),
        (["Ursula", "von", "der"], ["Leyen"], ("PERSON", "PERSON"), True),
        (["S.", "Ramesh"], ["Kumar"], ("ORG", "ORG"), True),  # an initial opens a person's name
        (["Ramesh", "Holdings"], ["Kumar"], ("ORG", "ORG"), False),  # a body's name without one
        (["Ana", "Lima"], ["Foundation"], ("PERSON", "ORG"), False),  # a body's word
        (["Hillary", "Clinton"], ["White", "House"], ("PERSON", "ORG"), False),  # a body's two words
        (["Bernie", "Sanders", "Burns"], ["Hillary", "Clinton"], ("PERSON", "PERSON"), False),  # two names, no title
        (["Elementary", "Principal"], ["Dawn", "Hochsprung"], ("PERSON", "PERSON"), False),  # a role noun ends it
        (["Simon", "Thackeray"], ["KC"], ("PERSON", "ORG"), False),  # post-nominal letters
    ],
)
def test_a_name_cut_before_its_head_is_joined_only_where_one_name_was_cut(
    nlp: Language, first: list[str], second: list[str], labels: tuple[str, str], one: bool
) -> None:
    """``_cut_before_its_head``: a surname cut off, or a forename and a surname cut off after a title or an initial;
    not a body's word, a body's two-word name, two people's names in a row, nor a name after a role noun."""
    ent, after = _two_names(nlp, first, second, labels)
    ent, after = Span(ent.doc, ent.start, ent.end, label=labels[0]), Span(after.doc, after.start, after.end, labels[1])
    assert tagged_names._cut_before_its_head(ent, after) is one


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Tan Sri Dr Noor Hisham Abdullah said the number of cases had risen again this week.", "Hisham Abdullah"),
        ("Councillor S. Ramesh Kumar said the drains had been cleared last month.", "Kumar"),
    ],
)
def test_honours_and_initials_before_a_name_leave_the_speaker_whole(
    monkeypatch: pytest.MonkeyPatch, text: str, cut: str
) -> None:
    """A Malaysian name after its honours and an Indian name after its initial: the speaker is the whole name, not the
    part the tagger restarted it at."""
    [attribution] = quotegraph.extract(text, "2026-03-05").attributions
    assert speaker_name(attribution) not in (None, cut)
    assert cut in (speaker_name(attribution) or "")
    monkeypatch.setattr(tagged_names, "PERSON_NAMES_CUT_BEFORE_THEIR_HEAD", False)
    [attribution] = quotegraph.extract(text, "2026-03-05").attributions
    assert speaker_name(attribution) == cut


@pytest.mark.parametrize(("on", "speaker"), [(True, "Olumide Bakare"), (False, "The Commissioner for Finance")])
def test_a_body_typed_surname_beside_an_office_s_for_phrase_takes_its_forename(
    monkeypatch: pytest.MonkeyPatch, on: bool, speaker: str
) -> None:
    """APPOSED_BODY_SURNAMES_TAKE_FORENAMES: "The Commissioner for Finance, Olumide Bakare, said": "Bakare" (tagged
    a body alone) takes the forename before it and is the person the office names, and "he said" after it is his."""
    monkeypatch.setattr(tagged_names, "APPOSED_BODY_SURNAMES_TAKE_FORENAMES", on)
    text = (
        "The Commissioner for Finance, Olumide Bakare, said the state would pay its contractors by March. "
        "“We will not wait for the federal allocation,” he said."
    )
    assert [speaker_name(a) for a in quotegraph.extract(text, "2026-03-05").attributions] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ratu Josefa Naivalu said the chiefs would meet on Friday. “The land is ours,” he said.",
            "Ratu Josefa Naivalu",
        ),
        (
            "Alhaja Kudirat Bello said the market would reopen. “Traders have suffered,” she said.",
            "Alhaja Kudirat Bello",
        ),
    ],
)
def test_a_title_that_says_the_bearer_s_sex_gives_the_pronoun_after_the_name(text: str, speaker: str) -> None:
    """ "Ratu" (a Fijian chief's title) and "Alhaja" open the name as it is written and say a man and a woman, where the
    forename list holds "Josefa" as a woman's: the "he" or "she" after the name is the titled person's
    (``names.name_gender`` reads a name's first word in the forename lexicon)."""
    assert [speaker_name(a) for a in quotegraph.extract(text, "2026-03-05").attributions] == [speaker, speaker]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("switch", "text", "content", "source", "named"),
    [
        (  # "striker", which the tagger labels a person
            (tagged_names, "LOWER_CASE_PERSON_NOUNS_NO_NAMES"),
            "Victor Osimhen scored the winner for Napoli on Sunday. “It was a great night for the whole team,” the "
            "Lagos-born striker said.",
            "It was a great night for the whole team",
            "the Lagos-born striker",
            "Victor Osimhen",
        ),
        (
            (noun_classes, "SEAT_LETTERS_AFTER_THE"),
            "Sarah Champion criticised the plan on Tuesday. “This is a betrayal of the north,” the 34-year-old Labour "
            "MP said.",
            "This is a betrayal of the north",
            "the 34-year-old Labour MP",
            "Sarah Champion",
        ),
        (
            (noun_classes, "SEAT_LETTERS_AFTER_THE"),
            "Angus Robertson opened the debate at Holyrood on Tuesday. “This is a national scandal,” the SNP MSP said.",
            "This is a national scandal",
            "the SNP MSP",
            "Angus Robertson",
        ),
    ],
)
def test_a_tagged_name_that_is_a_description_s_noun_is_the_one_named_before(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    switch: tuple[object, str],
    text: str,
    content: str,
    source: str,
    named: str,
) -> None:
    """LOWER_CASE_PERSON_NOUNS_NO_NAMES: "striker" tagged a person is a description's noun; noun_classes.
    SEAT_LETTERS_AFTER_THE: "the 34-year-old Labour MP", tagged a body, is a description; either is linked to the one
    named before, not a name of its own (speakerlinks)."""
    monkeypatch.setattr(*switch, on)
    found = speaker_name(article(text).one(content, "said", source))
    assert (found == named) is on


def test_seat_letters_after_a_name_stay_its_post_nominals(article: ArticleMaker) -> None:
    """ "Jane Doe MP": the letters after a name, with no "the", are hers (SEAT_LETTERS_AFTER_THE leaves them)."""
    found = article("“We need answers,” Jane Doe MP said on Monday.").one("We need answers", "said", "Jane Doe MP")
    assert speaker_name(found) == "Jane Doe"


def _speakers(text: str) -> list[str | None]:
    return [speaker_name(a) for a in quotegraph.extract(text, "2026-11-02").attributions]


# Malay names the tagger cut, each with the reading that reads it whole (malaynames): the speakers with the reading on,
# and with it off
_MALAY_NAMES_CUT = [
    (  # "Dr Mohd" and "Faizal Che Hassan", both tagged a person's
        "TITLED_OPENINGS_CUT_FROM_THE_REST",
        "Medical Association president Dr Mohd Faizal Che Hassan said the hospitals were short of nurses. "
        "“Beds alone do not treat patients,” Dr Mohd Faizal said.",
        ["Mohd Faizal Che Hassan", "Mohd Faizal Che Hassan"],
        ["Faizal Che Hassan", "Mohd Faizal"],
    ),
    (  # "Datuk Wan" and "Rosnah Wan Ismail"
        "TITLED_OPENINGS_CUT_FROM_THE_REST",
        "Committee chairman Datuk Wan Rosnah Wan Ismail said the state would add RM500 for single mothers. "
        "“Many of them lost everything,” Wan Rosnah said.",
        ["Wan Rosnah Wan Ismail", "Wan Rosnah Wan Ismail"],
        ["Rosnah Wan Ismail", "Rosnah Wan Ismail"],
    ),
    (  # "Raja Ahmad" tagged alone after "Dr Raja Iskandar"
        "TITLED_GIVEN_NAMES_BEFORE_THE_FATHER_S",
        "Hartal Doktor Kontrak spokesman Dr Raja Iskandar Raja Ahmad said the number was too small. "
        "“Most of us will wait ten years,” Raja Iskandar said.",
        ["Raja Iskandar Raja Ahmad", "Raja Iskandar Raja Ahmad"],
        ["Raja Ahmad", "Raja Iskandar"],
    ),
    (  # "Ismail" tagged alone after "Datuk Seri Saifuddin Nasution"
        "TITLED_GIVEN_NAMES_BEFORE_THE_FATHER_S",
        "Home Minister Datuk Seri Saifuddin Nasution Ismail said the bill was ready.",
        ["Saifuddin Nasution Ismail"],
        ["Nasution Ismail"],
    ),
    (  # "Datuk Seri Kamal Ariff" tagged, "Yusof" (its head) untagged
        "TITLED_NAMES_TAKE_THEIR_HEAD",
        "“We are on schedule,” said Datuk Seri Kamal Ariff Yusof. Kamal Ariff said contractors had been paid.",
        ["Kamal Ariff Yusof", "Kamal Ariff Yusof"],
        ["Kamal Ariff", "Kamal Ariff"],
    ),
    (  # "Datuk Seri" tagged alone before the untagged name
        "TITLED_NAMES_TAKE_THEIR_HEAD",
        "Works committee chairman Datuk Seri Kamal Ariff Yusof said the road would open. Kamal Ariff said "
        "contractors had been paid.",
        ["Kamal Ariff Yusof", "Kamal Ariff Yusof"],
        ["Seri", "Kamal Ariff"],
    ),
    (  # "Tan Sri" tagged a person's alone before "Abdul Hamid Mohd Noor"
        "TWO_WORD_HONOURS_OPEN_THE_NAME",
        "Its chairman Tan Sri Abdul Hamid Mohd Noor said the river had fallen. Abdul Hamid said the road was shut.",
        ["Tan Sri Abdul Hamid Mohd Noor", "Tan Sri Abdul Hamid Mohd Noor"],
        ["Tan Sri", "Abdul Hamid Mohd Noor"],
    ),
]


@pytest.mark.parametrize(("flag", "text", "whole", "cut"), _MALAY_NAMES_CUT)
@pytest.mark.parametrize("on", [True, False])
def test_a_malay_name_the_tagger_cut_is_read_whole(
    monkeypatch: pytest.MonkeyPatch, on: bool, flag: str, text: str, whole: list[str], cut: list[str]
) -> None:
    """TITLED_OPENINGS_CUT_FROM_THE_REST ("Dr Mohd" and "Faizal Che Hassan" are one name),
    TITLED_GIVEN_NAMES_BEFORE_THE_FATHER_S ("Raja Ahmad" takes the untagged "Raja Iskandar" after "Dr"),
    TITLED_NAMES_TAKE_THEIR_HEAD ("Datuk Seri Kamal Ariff" takes the untagged "Yusof" it is a compound of) and
    TWO_WORD_HONOURS_OPEN_THE_NAME ("Tan Sri" tagged apart opens the name after it): the full name is the speaker, and
    the later reference by the given name joins it; each reading off, the cut name speaks (malaynames). The South
    Asian openings' reading is off throughout: "Raja" opens names in both traditions, and it would join the Malay name
    by itself."""
    monkeypatch.setattr(tagged_names, "SOUTH_ASIAN_OPENINGS_OPEN_THE_NAME", False)
    monkeypatch.setattr(tagged_names, flag, on)
    assert _speakers(text) == (whole if on else cut)


def test_a_titled_opening_before_two_words_is_left_to_the_two_word_cut() -> None:
    """ "Tan Sri Dr Noor" and "Hisham Abdullah": the part cut off is two words, read by the older guard, not three."""
    assert _speakers("Tan Sri Dr Noor Hisham Abdullah said the wards were full.") == ["Noor Hisham Abdullah"]


@pytest.mark.parametrize("on", [True, False])
def test_a_hyphenated_given_name_s_lower_case_syllable_stays_in_the_name(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """HYPHENATED_GIVEN_NAMES_WHOLE: "Winnie Chau Sze" tagged before "-wing": the name takes the hyphen and the
    syllable, and the later "Chau" is she (malaynames)."""
    monkeypatch.setattr(tagged_names, "HYPHENATED_GIVEN_NAMES_WHOLE", on)
    text = (
        "Eastern district councillor Winnie Chau Sze-wing said the plan was flawed. Chau said residents would protest."
    )
    assert _speakers(text) == ["Winnie Chau Sze-wing" if on else "Winnie Chau Sze"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Former Governor Sarah Palin-backed candidates said the vote was rigged.",
        "The Hillary Clinton-era rules said nothing about private servers.",
    ],
)
def test_a_name_before_a_hyphened_modifier_keeps_its_end(text: str) -> None:
    """A participle ("-backed") or a word before a noun ("-era rules") after the hyphen is a modifier's, not a
    syllable of the name (HYPHENATED_GIVEN_NAMES_WHOLE's guards)."""
    doc = quotegraph.extract(text, "2026-11-02")
    assert not any(e.name.endswith(("-backed", "-era")) for e in doc.entities)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["Kamal", "Ariff", "Yusof"], "Kamal Ariff"),  # no honorific: the tagger's name stands
        (["Datuk", "Kamal", "Foundation"], "Datuk Kamal"),  # a body's word is no head of a person's name
    ],
)
def test_a_name_takes_its_untagged_head_only_when_titled_and_a_person_s(
    nlp: Language, words: list[str], kept: str
) -> None:
    """TITLED_NAMES_TAKE_THEIR_HEAD's guards: only a name holding an honorific, and no body's word as the head."""
    doc = Doc(
        nlp.vocab,
        words=[*words, "said"],
        tags=["NNP", "NNP", "NNP", "VBD"],
        heads=[2, 2, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT"],
        ents=["B-PERSON", "I-PERSON", "O", "O"],
    )
    assert tagged_names._with_untagged_head(doc[0:2], set()).text == kept


# phrasecuts (forty-second set): a body's long name the tagger cut at a comma or after a leading nationality, its
# bracketed abbreviation spelling the whole run. Sentences written for the round, in Philippine, Australian and
# Kenyan copy.
@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        (
            "The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the storm "
            "would make landfall on Tuesday.",
            "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
            "Astronomical Services Administration",
        ),
        (
            "The Australian Communications and Media Authority (ACMA) said on Monday it had fined the telco.",
            "Australian Communications and Media Authority",
            "Media Authority",
        ),
    ],
)
@pytest.mark.parametrize("spelled", [True, False])
def test_a_body_s_name_is_the_whole_run_its_abbreviation_spells(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, whole: str, cut: str, spelled: bool
) -> None:
    """BODY_NAMES_SPELLED_BY_THEIR_ABBREVIATION: the capitals in brackets spell the initials of the run of capitalised
    words, joiners and commas before the tagger's cut name, so the run is the body's name."""
    monkeypatch.setattr(tagged_names, "BODY_NAMES_SPELLED_BY_THEIR_ABBREVIATION", spelled)
    assert any(e.text == cut for e in nlp(text).ents)  # the tagger's cut this rule exists for
    names = name_types(nlp, text)
    assert (whole in names) is spelled
    assert (cut in names) is not spelled


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # the abbreviation spells the tagged name already: nothing before it is taken
        ("In London, the Office of Rail and Road (ORR) said it would investigate.", "Office of Rail and Road"),
        # "the" stops the run before it spells the capitals: the run is not the name
        ("Officials at the Communications and Media Authority (ACMA) said so.", "Media Authority"),
        # an owner's possessive is no word of the run ("Kenya's"), though its capital would spell the abbreviation
        ("Kenya's Maritime Authority (KMA) said the port was closed.", "Maritime Authority"),
    ],
)
def test_a_body_s_name_spelled_by_its_abbreviation_takes_no_other_words(nlp: Language, text: str, cut: str) -> None:
    """_with_run_its_abbreviation_spells leaves a name whose abbreviation spells it already, and takes no run that
    "the" or a possessive breaks."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == cut.split()[0])
    name = doc[start : start + len(cut.split())]
    assert name.text == cut
    assert tagged_names._with_run_its_abbreviation_spells(name, set()) == name


# South Asian names the tagger cut at their opening words (namepages): the speakers with the reading on, and off
_SOUTH_ASIAN_NAMES_CUT = [
    (  # "Syed Asif" and "Hussain Naqvi", both tagged a person's: the opening titles the first part
        "Interior Minister Syed Asif Hussain Naqvi told the Senate that the checkpoints would stay. Naqvi said the "
        "roads were open.",
        ["Syed Asif Hussain Naqvi"] * 2,
        ["Hussain Naqvi"] * 2,
    ),
    (  # "Chaudhry Imtiaz" and "Ahmed Warraich"
        "Chaudhry Imtiaz Ahmed Warraich, the irrigation minister, said the barrage was safe. Warraich said the canal "
        "was full.",
        ["Chaudhry Imtiaz Ahmed Warraich"] * 2,
        ["Ahmed Warraich"] * 2,
    ),
    (  # "Makhdoom Syed" tagged alone before the untagged "Abdul Qadir Gilani", its head
        "Opposition leader Makhdoom Syed Abdul Qadir Gilani said the budget was a fraud. Gilani said he would vote "
        "against it.",
        ["Makhdoom Syed Abdul Qadir Gilani"] * 2,
        ["Abdul Qadir Gilani"] * 2,
    ),
    (  # "Syed Murtaza" and "Ali Shah": the held-out shape, "Ali Shah" for a longer "Syed ... Ali Shah"
        "Provincial Health Minister Syed Murtaza Ali Shah said the hospitals had enough oxygen. Shah said more would "
        "come.",
        ["Syed Murtaza Ali Shah"] * 2,
        ["Ali Shah"] * 2,
    ),
    (  # "Sardar Zafarullah" and "Khan Jamali"
        "Speaker Sardar Zafarullah Khan Jamali told members to take their seats. Jamali said the session was "
        "adjourned.",
        ["Sardar Zafarullah Khan Jamali"] * 2,
        ["Khan Jamali"] * 2,
    ),
]


@pytest.mark.parametrize(("text", "whole", "cut"), _SOUTH_ASIAN_NAMES_CUT)
@pytest.mark.parametrize("on", [True, False])
def test_a_south_asian_name_opens_on_its_lineage_or_clan_word(
    monkeypatch: pytest.MonkeyPatch, on: bool, text: str, whole: list[str], cut: list[str]
) -> None:
    """SOUTH_ASIAN_OPENINGS_OPEN_THE_NAME: "Syed", "Chaudhry", "Makhdoom", "Sardar" open the name, tagged with the
    given name apart from the rest or left untagged; the full name speaks and the later surname joins it; off, the
    cut name speaks (namepages)."""
    monkeypatch.setattr(tagged_names, "SOUTH_ASIAN_OPENINGS_OPEN_THE_NAME", on)
    assert _speakers(text) == (whole if on else cut)


def test_untagged_openings_are_taken_up_to_a_title_only() -> None:
    """ "Director General Food Syed Kazim Ali Shah", "Ali Shah" tagged: the untagged "Food" before the opening is no
    name word, and the name starts at the opening (namepages)."""
    text = (
        "Director General Food Syed Kazim Ali Shah told members that the centres would open. Shah said the counters "
        "were ready."
    )
    assert _speakers(text) == ["Syed Kazim Ali Shah"] * 2


_NICKNAMED = [
    (  # "Ma. Cristina" a person's and "Tina” Bautista" a work's: cut at the marks
        "Gov. Ma. Cristina “Tina” Bautista said the evacuation was complete. Bautista said nobody was left.",
        ["Ma. Cristina Bautista"] * 2,
        ["Ma. Cristina", "Bautista"],
    ),
    (  # straight marks
        'Gov. Ma. Cristina "Tina" Bautista said the evacuation was complete. Bautista said nobody was left.',
        ["Ma. Cristina Bautista"] * 2,
        ["Ma. Cristina", "Bautista"],
    ),
    (  # "Rogelio", the nickname and the hyphenated surname tagged as three names (a person's, a product's, a body's)
        'Sen. Rogelio "Boyet" Santiago-Mercado, who chairs the panel, questioned why the grain was imported. '
        "Santiago-Mercado said the farmers were ignored.",
        ["Rogelio Santiago-Mercado"] * 2,
        ["Santiago-Mercado"] * 2,
    ),
    (  # tagged whole: the nickname is no word of the name as written
        "Mayor Ramon “Monching” Villafuerte said the town had run out of water. Villafuerte said tankers were coming.",
        ["Ramon Villafuerte"] * 2,
        ["Ramon “Monching” Villafuerte"] * 2,
    ),
]


@pytest.mark.parametrize(("text", "whole", "cut"), _NICKNAMED)
@pytest.mark.parametrize("on", [True, False])
def test_a_nickname_quoted_inside_a_name_is_no_word_of_it(
    monkeypatch: pytest.MonkeyPatch, on: bool, text: str, whole: list[str], cut: list[str]
) -> None:
    """names.NICKNAMES_INSIDE_NAMES: a nickname in quotation marks inside a person's name (Philippine copy) joins the
    parts the tagger cut at its marks and is left out of the name as written; off, the cut name or the nickname
    inside it (namepages)."""
    monkeypatch.setattr(names, "NICKNAMES_INSIDE_NAMES", on)
    assert _speakers(text) == (whole if on else cut)


def test_a_later_nickname_alone_is_the_person_named_with_it() -> None:
    """The nickname stays in the name's key: "Tina said" is Ma. Cristina Bautista (namepages)."""
    text = "Gov. Ma. Cristina “Tina” Bautista said the evacuation was complete. Tina said nobody was left behind."
    assert _speakers(text) == ["Ma. Cristina Bautista"] * 2


@pytest.mark.parametrize(
    ("text", "parts", "names"),
    [
        (  # a given name, the nickname and the surname, tagged apart: one name
            "Mayor Ramon “Monching” Villafuerte said the town had run out of water.",
            [(1, 2), (5, 6)],
            {"Ramon Villafuerte"},
        ),
        (  # no title before the first name and no forename before the marks: a surname, another person's
            "Aides said Trump “Crooked” Clinton would lose the state.",
            [(2, 3), (6, 7)],
            {"Trump", "Clinton"},
        ),
        (  # a forename and a surname after the marks: another person's name, the word in marks given to her
            "Donald Trump “Crooked” Hillary Clinton tweets continued on Monday, aides said.",
            [(0, 2), (5, 7)],
            {"Donald Trump", "Hillary Clinton"},
        ),
    ],
)
def test_names_tagged_apart_at_a_nickname_join_unless_the_second_is_a_full_name(
    nlp: Language, text: str, parts: list[tuple[int, int]], names: set[str]
) -> None:
    """NICKNAMES_INSIDE_NAMES' join (``_nicknamed``) and its guards: the given names titled or ending on a known
    forename, no full name after the marks (namepages)."""
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in parts]
    assert {m.text for m in find_mentions(doc, text) if m.kind == "name" and m.type == "PERSON"} == names


@pytest.mark.parametrize(
    ("text", "statement", "whole", "cut"),
    [
        (
            # a Ghanaian farmers' leader: "Alhaji Issah" a person's, "Mumuni" untagged, "Tanko" a body's
            "Speaking on the sidelines of the conference, the regional chairman of the farmers' union, Alhaji Issah "
            "Mumuni Tanko, said the price should be reviewed before April.",
            ("the price should be reviewed before April", "Alhaji Issah Mumuni Tanko"),
            "Alhaji Issah Mumuni Tanko",
            "Mumuni Tanko",
        ),
        (
            # a Malaysian opposition leader: "Datuk Wan" and "Wan Ismail" people's, "Norhayati" untagged
            "Opposition leader Datuk Wan Norhayati Wan Ismail, who opened the debate, said seven flood projects had "
            "appeared in earlier budgets.",
            ("seven flood projects had appeared in earlier budgets", "Datuk Wan Norhayati Wan Ismail"),
            "Wan Norhayati Wan Ismail",
            "Wan Ismail",
        ),
    ],
)
def test_a_titled_name_cut_around_an_untagged_word_is_one_name(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, statement: tuple[str, str], whole: str, cut: str
) -> None:
    """NAMES_CUT_AROUND_AN_UNTAGGED_WORD: the titled opening, the untagged word and the last part are one person's
    name; off, the speaker is the last part."""
    art = article(text)
    assert art.said(statement) == [whole]
    monkeypatch.setattr(tagged_names, "NAMES_CUT_AROUND_AN_UNTAGGED_WORD", False)
    assert art.said(statement) == [cut]


def test_two_names_in_a_row_with_no_title_stay_apart(article: ArticleMaker) -> None:
    """NAMES_CUT_AROUND_AN_UNTAGGED_WORD reads only a titled name: a headline's two names are two."""
    art = article("Bernie Sanders Burns Hillary Clinton said the race was over.")
    assert art.said(("the race was over", "Hillary Clinton")) == ["Hillary Clinton"]
