"""A name's span ends cleanly (stray marks and an unclosed bracket go); its forename tells a gender."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import quotegraph
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers import names
from quotegraph.nlp.resolve.speakers.names import (
    abbreviates_title,
    contraction_of,
    fold,
    name_gender,
    name_key,
    name_titles,
    ordinary_spelling,
    role_title,
    strip_name,
)

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_an_abbreviation_ending_in_a_full_stop_is_part_of_the_name(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Acme", "Corp.", "and", "Martin", "Luther", "King", "Jr.", "''"])
    assert strip_name(doc[0:2]).text == "Acme Corp."
    assert strip_name(doc[3:8]).text == "Martin Luther King Jr."


def test_an_unclosed_bracket_is_not_part_of_the_name(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["World", "Health", "Organisation", "(", "WHO"])
    assert strip_name(doc[0:5]).text == "World Health Organisation"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Donald", "Trump", "\n", "MANCHESTER"], "Donald Trump"),  # the dateline under a byline
        (["Fault", "\n", "Ted", "Cruz"], "Ted Cruz"),  # the headline over the first line
    ],
)
def test_a_name_does_not_run_across_a_line_break(nlp: Language, words: list[str], name: str) -> None:
    spaces = [word != "\n" and after != "\n" for word, after in zip(words, [*words[1:], "\n"], strict=True)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert strip_name(Span(doc, 0, len(doc), label="PERSON")).text == name


def test_a_headline_verb_is_no_part_of_a_persons_name(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Howard", "Dean", "Tells", "the", "United", "States"])
    assert strip_name(Span(doc, 0, 3, label="PERSON")).text == "Howard Dean"
    assert strip_name(Span(doc, 4, 6, label="GPE")).text == "United States"  # "States" is no verb of a place


@pytest.mark.parametrize(
    ("words", "start", "name"),
    [
        (["Ted", "Cruz", ",", "Chris", "Christie", "Address", "Heroin", "Epidemic"], 3, "Chris Christie"),
        (["Bolton", "and", "Gorka", "Slam", "‘", "Neocons", "For", "Hillary", "’"], 2, "Gorka"),
        (["Wolf", "Blitzer", ",", "Dana", "Bash", "and", "Jake", "Tapper"], 3, "Dana Bash"),  # a list of names
        (["Dana", "Bash", "Asked", "Him"], 0, "Dana Bash"),  # a base form after one name is a surname
    ],
)
def test_a_base_form_verb_after_a_coordinated_subject_ends_a_persons_name(
    nlp: Language, words: list[str], start: int, name: str
) -> None:
    doc = Doc(nlp.vocab, words=words)
    end = next((i for i, word in enumerate(words[start:], start) if word in ("and", "’")), len(words))
    assert strip_name(Span(doc, start, end, label="PERSON")).text == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Ted", "Cruz", "Apologizes"], "Ted Cruz"),  # a headline verb of news, not of saying
        (["Hillary", "Clinton", "Slams", "Donald", "Trump"], "Hillary Clinton"),  # the verb inside the tagged name
        (["WASSERMAN", "SCHULTZ", "RESIGNS"], "WASSERMAN SCHULTZ"),
        (["Zoe", "Questioned"], "Zoe"),
        (["Hope", "Hicks"], "Hope Hicks"),  # a verb's base form is a forename, and "Hicks" no verb
        (["Ken", "Burns"], "Ken Burns"),  # a surname the headline verbs leave out
        (["Telling", "Jeb", "Bush"], "Jeb Bush"),  # the tagger started the name at the headline's verb
        (["Stated", "Stone"], "Stone"),
        (["George", "Zimmerman", "Auctioning", "Off"], "George Zimmerman"),
    ],
)
def test_a_headline_s_verb_ends_a_persons_name(nlp: Language, words: list[str], name: str) -> None:
    doc = Doc(nlp.vocab, words=words)
    assert strip_name(Span(doc, 0, len(doc), label="PERSON")).text == name


@pytest.mark.parametrize(
    ("sentence", "gender"),
    [("Amélie Roux arrived.", "f"), ("Andrés Molina arrived.", "m"), ("Inés Carrow arrived.", "f")],
)
def test_a_forename_with_an_accent_tells_the_gender(nlp: Language, sentence: str, gender: str) -> None:
    """The lexicon's "Amélie" and the name's key "amelie" (accents dropped) are one forename."""
    assert name_gender(nlp(sentence)[0:2]) == gender


@pytest.mark.parametrize(
    ("title", "noun", "shortens"),
    [
        ("sgt.", "sergeant", True),
        ("capt.", "captain", True),
        ("guitarist", "guitarist", True),
        ("sgt.", "secretary", False),  # no "g" before the "t"
        ("det.", "sergeant", False),  # another first letter
        ("guitarist", "guitar", False),  # a whole word is no shortening
    ],
)
def test_a_title_word_is_the_noun_or_a_shortening_of_it(title: str, noun: str, shortens: bool) -> None:
    """ "Sgt. Luis Carrera" ... "the sergeant": a rank shortened with a full stop spells its noun's letters in order."""
    assert abbreviates_title(title, noun) is shortens


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Veteran guard Marcus Delacroix said it was time.", "Marcus Delacroix", ("guard", "veteran")),
        ("Rovers manager Stellan Marsh said it was time.", "Stellan Marsh", ("manager",)),
        # a rank in capitals with a noun for a person among its words; not a name's first part after an honorific
        ("Detective Inspector Lucy Varnham said it was time.", "Lucy Varnham", ("inspector", "detective")),
        ("The party's Chairman Reince Priebus said it was time.", "Reince Priebus", ("chairman",)),
        ("Saudi Prince Alwaleed Bin Talal said it was time.", "Bin Talal", ()),
        # a headline's parse hangs "guard" on "over", not on the name
        (
            "Kings open trade talks over unsettled veteran guard Marcus Delacroix\n\nThe talks began on Monday.",
            "Marcus Delacroix",
            ("guard", "veteran"),
        ),
    ],
)
def test_a_name_is_titled_with_its_title_noun_and_the_nouns_that_modify_it(
    nlp: Language, text: str, name: str, titles: tuple[str, ...]
) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert name_titles(span) == titles


@pytest.mark.parametrize("on", [True, False])
def test_a_lower_case_word_tagged_a_proper_noun_before_a_name_is_its_title(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """names.LOWER_CASE_TITLES: the tagger calls "grader" of a headline's "Denver eighth-grader Sofia Lind" a proper
    noun; written in lower case it is a common noun, her title."""
    monkeypatch.setattr(names, "LOWER_CASE_TITLES", on)
    text = "Denver eighth-grader Sofia Lind takes State Chess Title\n\nIt ran late."
    doc = nlp(text)
    assert doc[3].tag_ == "NNP"  # the mistagging the rule is for
    span = doc.char_span(text.index("Sofia Lind"), text.index("Sofia Lind") + len("Sofia Lind"))
    assert span is not None
    assert name_titles(span) == (("grader",) if on else ())


@pytest.mark.parametrize(
    ("name", "spellings", "ordinary"),
    [
        ("TEMBA NDLOVU", ["TEMBA NDLOVU", "Mr. Ndlovu"], "Temba Ndlovu"),
        ("ÉLODIE MARCHAND", ["ÉLODIE MARCHAND"], "Élodie Marchand"),
        ("JOHN MCDONALD", ["JOHN MCDONALD", "McDonald"], "John McDonald"),  # as the text spells it elsewhere
        ("FBI", ["FBI"], "FBI"),  # one word in capitals may be a body's abbreviation
        ("Ted Cruz", ["Ted Cruz"], "Ted Cruz"),
    ],
)
def test_a_name_in_capitals_is_shown_in_its_ordinary_spelling(name: str, spellings: list[str], ordinary: str) -> None:
    spelt = {fold(word): word for spelling in spellings for word in spelling.split() if not word.isupper()}
    assert ordinary_spelling(name, spelt) == ordinary


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Gov", "Fallin"], "Fallin"),  # a headline's title without its stop: "OK Gov Fallin: Trump Is ..."
        (["Sen", "Sanders"], "Sanders"),
        (["AG", "Mukasey"], "Mukasey"),  # the initials of "attorney general"
        (["Gen", "Nakatani"], "Gen Nakatani"),  # "Gen" is a forename too (Japan's defence minister): no title
        (["Gov.", "Fallin"], "Fallin"),
    ],
)
def test_a_title_without_its_stop_is_no_part_of_the_name(nlp: Language, words: list[str], name: str) -> None:
    assert strip_name(Doc(nlp.vocab, words=words)[:]).text == name


@pytest.mark.parametrize(
    ("words", "label", "name"),
    [
        (["Councillor", "Bríd", "Ní", "Fhlatharta"], "PERSON", "Bríd Ní Fhlatharta"),
        (["Farmer", "Tendai", "Moyo"], "ORG", "Tendai Moyo"),  # a title opening a body's name: cut too
        (["Beekeeper", "Oren", "Halloway"], "PERSON", "Beekeeper Oren Halloway"),  # no role the lexicon holds: kept
        (["Spokeswoman", "Ingrid", "Solberg"], "PERSON", "Ingrid Solberg"),
        (["Kalinga", "Governor", "Rosalind", "Bautista"], "PERSON", "Rosalind Bautista"),  # a place before the title
        (["House", "Majority", "Whip", "Corey", "Lindqvist"], "PERSON", "Corey Lindqvist"),  # a body before it
        (["Superintendent", "Gwen", "Fortin", "-", "Girard"], "PERSON", "Gwen Fortin - Girard"),  # a hyphen: no word
        (["Farmer", "Moyo"], "PERSON", "Farmer Moyo"),  # one name word: it may be a place or a body's
        (["Republican", "National", "Convention"], "ORG", "Republican National Convention"),  # a party's member
        (["German", "Energy", "Transition", "Council"], "ORG", "German Energy Transition Council"),
        (["Republican", "Dana", "Whitcombe"], "PERSON", "Republican Dana Whitcombe"),  # a party's member: no title
        (["Farmers", "Union"], "ORG", "Farmers Union"),
        (["Student", "Loan", "Company"], "ORG", "Student Loan Company"),  # a body's word after the role noun
        (["Editor", "Marcus", "UN"], "PERSON", "Editor Marcus UN"),  # a word in capitals is no name word
        # a role noun inside a body's name, after other words, names a law or a body, not a person's title
        (["Every", "Student", "Succeeds", "Act"], "ORG", "Every Student Succeeds Act"),
        (["Unborn", "Child", "Protection", "Act"], "LAW", "Unborn Child Protection Act"),
    ],
)
def test_a_role_title_opening_a_name_is_no_part_of_it(nlp: Language, words: list[str], label: str, name: str) -> None:
    doc = Doc(nlp.vocab, words=words)
    assert strip_name(Span(doc, 0, len(doc), label=label)).text == name


def test_a_role_noun_opening_a_body_s_name_after_the_is_no_title(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["the", "Pilot", "Harbour", "Trust"])
    assert strip_name(Span(doc, 1, 4, label="ORG")).text == "Pilot Harbour Trust"


def test_an_honorific_owning_what_follows_opens_a_body_s_name(nlp: Language) -> None:
    doc = nlp("A spokesman for the Governor's Office said the plan was final.")
    assert strip_name(doc[3:7]).text == "Governor's Office"
    titled = nlp("Governor Alana Pierce said the plan was final.")
    assert strip_name(titled[0:3]).text == "Alana Pierce"


def test_a_role_title_is_a_capitalised_role_not_a_party_s_or_nation_s_member(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Councillor", "councillor", "Farmers", "Republican", "Australian", "Premier", "Mayor"])
    assert [role_title(t) for t in doc] == [True, False, False, False, False, True, True]
    assert lexicons().role_nouns["german"].affiliation and not lexicons().role_nouns["premier"].affiliation


def test_a_headline_s_title_without_its_stop_names_the_body_s_person(article: ArticleMaker) -> None:
    art = article(
        "OK Gov Fallin: Trump Is Trying To Heal.\n\n"
        "Governor Mary Fallin said on Sunday that Trump was trying to heal the country."
    )
    entities, attributions = art.resolve(
        [
            art.candidate("Trump Is Trying To Heal", ":", "Gov Fallin"),
            art.candidate("Trump was trying to heal the country", "said", "Governor Mary Fallin"),
        ]
    )
    assert [speaker_name(a) for a in attributions] == ["Mary Fallin", "Mary Fallin"]
    assert [e.name for e in entities if "Fallin" in e.name] == ["Mary Fallin"]


def test_names_lose_what_ner_swallows_around_them(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Mr.", "Obama", "Says", "it", ",", "Trump", "''", "said"])
    for token, tag in zip(doc, ["NNP", "NNP", "VBZ", "PRP", ",", "NNP", "''", "VBD"], strict=True):
        token.tag_ = tag
    assert strip_name(doc[0:3]).text == "Obama"
    assert strip_name(doc[5:7]).text == "Trump"


def test_the_outlet_pattern_s_opening_test_keeps_every_match() -> None:
    """The outlet pattern asks first for a name's opening character; without that test it finds the same names, in a
    text naming every shipped outlet with and without its article, inside other words and in lower case."""
    pattern = names.outlet_pattern()
    without = re.compile(re.sub(r"^\(\?<!\\w\)\(\?=\[[^]]*\]\)", r"(?<!\\w)", pattern.pattern), pattern.flags)
    assert without.pattern != pattern.pattern
    pieces = []
    for name in sorted(lexicons().outlets):
        bare = name.removeprefix("The ")
        pieces += [f"told {name}.", f"the {bare}'s", f"x{bare}", f"{bare.lower()} and", f"({bare})"]
    text = " ".join(pieces)
    found = [m.span() for m in pattern.finditer(text)]
    assert found == [m.span() for m in without.finditer(text)]
    assert len(found) >= len(lexicons().outlets)


@pytest.mark.parametrize(
    ("words", "key"),
    [
        (["Alun", "Davies", "MS"], {"alun", "davies"}),  # a member of the Senedd
        (["Sarah", "Hill", "OBE", "CBE"], {"sarah", "hill"}),  # honours, one after another
        (["Davies", "MS"], {"davies", "ms"}),  # one word before the letters: no name is left to stand alone
        (["Alun", "Davies", "Ms"], {"alun", "davies", "ms"}),  # the class is written in capitals only
    ],
)
def test_post_nominal_letters_are_no_part_of_a_person_s_name_key(
    nlp: Language, words: list[str], key: set[str]
) -> None:
    """POST_NOMINALS: "Alun Davies MS" and "Mr Davies" are one person's names."""
    assert name_key(Doc(nlp.vocab, words=words)[:]) == frozenset(key)


def test_a_name_with_post_nominal_letters_and_its_titled_surname_are_one_speaker(article: ArticleMaker) -> None:
    art = article('Alun Davies MS said the decision was wrong. "We will fight it," Mr Davies said.')
    assert art.said(("the decision was wrong", "Alun Davies MS"), ("We will fight it", "Mr Davies")) == [
        "Alun Davies MS",  # the name as written, letters and all
        "Alun Davies MS",
    ]


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("B.Enkhtuvshin", "Enkhtuvshin"),
        ("Ts.Oyunbaatar", "Oyunbaatar"),
        ("Kh.Nyam-Osor", "Nyam-Osor"),
        ("Sh.Batbold", "Batbold"),
        ("U.S.", None),  # an abbreviation's stops
        ("US.Army", None),  # capitals: an abbreviation run on
        ("St.Louis", None),  # a stopped title or abbreviation is no initial
        ("Dr.Okafor", None),
        ("It.The", None),  # an English word run on after a missing space
        ("B.The", None),
        ("B.J", None),  # two initials
        ("e.g.", None),
        ("www.example.org", None),
        ("3.5", None),
        ("B.ENKH", None),  # a shouted word is no given name
        ("Ts.", None),
    ],
)
def test_a_joined_initial_is_one_or_two_letters_and_a_stop_before_a_capitalised_given_name(
    word: str, given: str | None
) -> None:
    assert names.joined_initial(word) == given


def test_a_given_name_alone_is_part_of_a_joined_initial_name_s_key(nlp: Language) -> None:
    """JOINED_INITIALS: "B.Enkhtuvshin" is keyed by its initial and its given name, so that "Enkhtuvshin" alone is a
    part of it as a surname is of a full name; "D.Enkhtuvshin" keeps another initial."""
    full = name_key(Doc(nlp.vocab, words=["Governor", "B.Enkhtuvshin"])[1:])
    alone = name_key(Doc(nlp.vocab, words=["Enkhtuvshin"])[:])
    other = name_key(Doc(nlp.vocab, words=["D.Enkhtuvshin"])[:])
    assert full == frozenset({"b.", "enkhtuvshin"})
    assert alone < full
    assert other != full


@pytest.mark.parametrize("on", [True, False])
def test_a_joined_initial_name_is_keyed_whole_when_the_rule_is_off(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """JOINED_INITIALS off: "Ch.Tsogt" is one word of its key, which "Tsogt" alone is no part of."""
    monkeypatch.setattr(names, "JOINED_INITIALS", on)
    key = name_key(Doc(nlp.vocab, words=["Ch.Tsogt"])[:])
    assert key == (frozenset({"ch.", "tsogt"}) if on else frozenset({"ch.tsogt"}))


@pytest.mark.parametrize(
    ("text", "statements", "titled", "untitled"),
    [
        (
            "Canon Margaret Ellery said the cathedral roof was leaking. Ellery said repairs would cost millions.",
            (("the cathedral roof was leaking", "Canon Margaret Ellery"), ("repairs would cost millions", "Ellery")),
            ["Margaret Ellery", "Margaret Ellery"],
            ["Canon Margaret Ellery", "Canon Margaret Ellery"],
        ),
        (
            # tagged a body's: the listed forename after the title makes it a person's
            "Model Ingrid Falk said the show had been cancelled. Falk said she was disappointed.",
            (("the show had been cancelled", "Model Ingrid Falk"), ("she was disappointed", "Falk")),
            ["Ingrid Falk", "Ingrid Falk"],
            ["Model Ingrid Falk", "Model Ingrid Falk"],
        ),
    ],
)
def test_a_title_no_role_noun_holds_is_cut_from_a_person_s_name(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    statements: tuple[tuple[str, str], ...],
    titled: list[str],
    untitled: list[str],
) -> None:
    """TITLES_BEFORE_A_PERSON_S_NAME: "Canon", "Model" before a person's name are titles; without them, part of it."""
    art = article(text)
    assert art.said(*statements) == titled
    monkeypatch.setattr(names, "TITLES_BEFORE_A_PERSON_S_NAME", frozenset())
    assert art.said(*statements) == untitled


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("Canon Europe said sales had fallen in the spring.", "Canon Europe", "Canon Europe"),
        ("The Model United Nations said the debate was off.", "The Model United Nations", "The Model United Nations"),
    ],
)
def test_a_body_named_with_such_a_title_s_word_stays_whole(
    article: ArticleMaker, text: str, source: str, name: str
) -> None:
    assert article(text).said((text.split(" said ")[1].rstrip("."), source)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ACP Wanjiru Kamau said the suspects were in custody.", "Wanjiru Kamau"),
        ("CSP Habimana said the bus had no inspection certificate.", "Habimana"),
        ("Engr. Chidi Okafor said the bridge would close.", "Chidi Okafor"),
    ],
)
def test_a_police_rank_or_an_engineer_s_title_is_no_part_of_the_name(text: str, name: str) -> None:
    [found] = quotegraph.extract(text, published="2026-11-02").attributions
    assert found.speaker is not None and found.speaker.name == name


@pytest.mark.parametrize("on", [True, False])
def test_a_rank_in_capitals_before_a_body_s_word_is_the_body_s_letters(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "ASP Holdings said": the capitals open a body's name, not a rank before a person's
    (``RANKS_IN_CAPITALS_BEFORE_NAMES_ONLY``)."""
    monkeypatch.setattr(names, "RANKS_IN_CAPITALS_BEFORE_NAMES_ONLY", on)
    [found] = quotegraph.extract("ASP Holdings said profits rose by a tenth.", published="2026-11-02").attributions
    assert found.speaker is not None and (found.speaker.name == "ASP Holdings") == on


def _tagged(words: list[str], tags: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, spaces=spaces)


@pytest.mark.parametrize(
    ("words", "tags", "spaces", "openings"),
    [
        # "Councilor Ma. Theresa Reyes": "Ma" and its stop open the name after a title
        (
            ["Councilor", "Ma", ".", "Theresa", "Reyes"],
            ["NNP", "NNP", ".", "NNP", "NNP"],
            [True, False, True, True, False],
            [(1, 3)],
        ),
        # "Md." is one token (the tokenizer's, Maryland's), opening the name at the sentence's start
        (["Md.", "Rafiqul", "Islam", "said"], ["NNP", "NNP", "NNP", "VBD"], None, [(0, 1)]),
        # after a comma and a place the same abbreviation is the place's: "Bethesda, Md. Smith said"
        (
            ["Bethesda", ",", "Md.", "Smith", "said"],
            ["NNP", ",", "NNP", "NNP", "VBD"],
            [False, True, True, True, False],
            [],
        ),
        # "Kuala Lumpur, Mohd. Azmi": "Mohd." is no place's, so the comma does not stop it
        (["Lumpur", ",", "Mohd.", "Azmi"], ["NNP", ",", "NNP", "NNP"], [False, True, True, False], [(2, 3)]),
        # a surname before ("Jack Ma. He ..."), a stop word or a common noun after ("Md. and Del.", "Ma. Critics")
        (["Jack", "Ma", ".", "Alibaba"], ["NNP", "NNP", ".", "NNP"], [True, False, True, False], []),
        (["Pa.", ",", "Md.", "and", "Del."], ["NNP", ",", "NNP", "CC", "NNP"], None, []),
        (["cellist", "Ma", ".", "Critics"], ["NN", "NNP", ".", "NNS"], [True, False, True, False], []),
        # the stop written apart from the abbreviation, or the name on the next line
        (["the", "Ma", ".", "Theresa"], ["DT", "NNP", ".", "NNP"], [True, True, True, False], []),
        (["the", "Ma", ".", "\n", "Theresa"], ["DT", "NNP", ".", "_SP", "NNP"], [True, False, False, False, False], []),
        # no forename written with a stop: "Mr." is a title, "Ma" in capitals no forename
        (["Mr.", "Theresa", "Reyes"], ["NNP", "NNP", "NNP"], None, []),
        (["MA", ".", "Theresa"], ["NNP", ".", "NNP"], [False, True, False], []),
    ],
)
def test_a_forename_written_with_a_stop_opens_the_name_after_it(
    words: list[str], tags: list[str], spaces: list[bool] | None, openings: list[tuple[int, int]]
) -> None:
    """STOPPED_FORENAMES_OPEN_NAMES: "Ma." (Maria), "Md.", "Mohd." before a capitalised proper noun on the same line
    open a person's name, unless a name word stands before them or the abbreviation is a place's after its place."""
    assert list(names.stopped_forenames(_tagged(words, tags, spaces))) == openings


def test_no_forename_written_with_a_stop_opens_a_name_when_the_rule_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "STOPPED_FORENAMES_OPEN_NAMES", False)
    assert list(names.stopped_forenames(_tagged(["Md.", "Rafiqul", "Islam"], ["NNP", "NNP", "NNP"]))) == []


@pytest.mark.parametrize("on", [True, False])
def test_a_name_opened_by_a_stopped_forename_takes_the_forename_s_gender(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "Md." stands for Muhammad, so "Md. Rafiqul Islam" is a man's name as "Muhammad Rafiqul Islam" is; with the
    rule off its first word is no forename the list knows."""
    monkeypatch.setattr(names, "STOPPED_FORENAMES_OPEN_NAMES", on)
    words = ["Md.", "Rafiqul", "Islam", "said"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        tags=["NNP", "NNP", "NNP", "VBD"],
        ents=["B-PERSON", "I-PERSON", "I-PERSON", "O"],
    )
    assert names.name_gender(doc.ents[0]) == ("m" if on else "unknown")


@pytest.mark.parametrize(
    ("short", "name", "contracted"),
    [
        ("DepEd", "Department of Education", True),
        ("Icasa", "Independent Communications Authority of South Africa", True),
        ("Comelec", "Commission on Elections", True),
        ("Ofgem", "Office of Gas and Electricity Markets", True),
        # a word of the name is the name cut short or a place, not its contraction
        ("Kenya", "Kenya Power", False),
        ("Educ", "Education Department", False),
        # a different first letter, letters out of order, capitals (an abbreviation's reading), a lowercase word
        ("Ofwat", "Water Services Regulation Authority", False),
        ("Reuters", "Department of Education", False),
        ("DOE", "Department of Energy", False),
        ("deped", "Department of Education", False),
    ],
)
def test_a_body_s_contraction_takes_its_letters_in_order_from_two_of_its_words(
    short: str, name: str, contracted: bool
) -> None:
    assert contraction_of(short, name) is contracted


def test_no_contraction_is_read_with_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "CONTRACTED_NAMES", False)
    assert not contraction_of("DepEd", "Department of Education")
