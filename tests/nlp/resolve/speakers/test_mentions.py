"""Names the tagger misses: a statement's source, an outlet by its last word, a group with its body."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from quotegraph.nlp import syntax
from quotegraph.nlp.resolve.speakers import picked_out, role_descriptions, tagged_names, untagged_people
from quotegraph.nlp.resolve.speakers.clusters import ClusterSet
from quotegraph.nlp.resolve.speakers.mentions import find_mentions

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def _names(nlp: Language, text: str, source: str | None = None) -> dict[str, str]:
    doc = nlp(text)
    sources: frozenset[int] = frozenset()
    if source is not None:
        start = text.index(source)
        sources = frozenset(t.i for t in doc if start <= t.idx < start + len(source))
    return {m.text: m.type for m in find_mentions(doc, text, sources) if m.kind == "name"}


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
    assert _names(nlp, text, "Merkel") == {"Merkel": "PERSON"}
    assert "Merkel" not in _names(nlp, text)  # not a source: left to the tagger
    polled = "Turnout was low, a Morning Consult Poll found."
    assert not set(_names(nlp, polled, "a Morning Consult Poll")) & {"Morning Consult Poll", "Poll"}


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
    assert _names(nlp, text).get("Gazette-Herald") == "OUTLET"


def test_a_group_keeps_the_body_it_belongs_to(nlp: Language) -> None:
    names = _names(nlp, "House Republicans met on Tuesday, and Senate Democrats left.")
    assert names == {"House Republicans": "OTHER", "Senate Democrats": "OTHER"}


def test_an_untagged_source_without_a_forename_is_a_body_not_a_person(nlp: Language) -> None:
    text = "The pastor spoke on his show, Right Wing Watch reported."
    found = _names(nlp, text, "Right Wing Watch")
    assert found.get("Right Wing Watch", "ORG") == "ORG"  # the tagger's label or ours: never a person
    assert "Democracy" not in _names(nlp, "Democracy for America launched a petition.", "Democracy for America")


def test_an_untagged_source_s_name_keeps_the_words_the_parser_hangs_on_its_second_word(nlp: Language) -> None:
    text = "A hosepipe ban will start on Friday, South Downs Water announced this afternoon."
    doc = nlp(text)
    south = next(t for t in doc if t.text == "South")
    assert south.head.text == "Downs" and not south.ent_type_  # the case this rule exists for: a nested compound
    assert _names(nlp, text, "South Downs Water").get("South Downs Water") == "ORG"
    # a role among the name's words still keeps it from being a name
    assert "States" not in _names(nlp, "EU Member States are concerned.", "EU Member States")


def test_a_forename_and_surname_set_off_beside_a_noun_are_a_person_though_tagged_a_place(nlp: Language) -> None:
    text = "Canterbury's MP, Hugh Okafor, called on the company's board to forgo bonuses this year."
    doc = nlp(text)
    assert any(e.text == "Hugh Okafor" and e.label_ == "GPE" for e in doc.ents)  # the case this rule exists for
    assert _names(nlp, text).get("Hugh Okafor") == "PERSON"
    # a place set off beside a noun stays a place: no forename
    assert _names(nlp, "The capital, Nairobi, was quiet on Monday.").get("Nairobi", "GPE") == "GPE"


def test_a_british_clergy_or_privy_council_title_is_no_part_of_the_name(nlp: Language) -> None:
    text = "Preaching in the cathedral, the Rt Rev Miriam Achebe said food banks had handed out more parcels."
    assert any(e.text.endswith("Rt Rev Miriam Achebe") and e.label_ == "ORG" for e in nlp(text).ents)  # the case
    assert _names(nlp, text).get("Miriam Achebe") == "PERSON"


def test_an_unknown_forename_between_a_role_noun_and_a_surname_is_part_of_the_name(nlp: Language) -> None:
    text = "Several papers carry pictures of Wales goalkeeper Carys Powell in tears after her save."
    assert any(e.text == "Powell" for e in nlp(text).ents)  # the case this rule exists for: "Carys" left out
    assert _names(nlp, text).get("Carys Powell") == "PERSON"


@pytest.mark.parametrize(("on", "name"), [(True, "Nadeem Sattar"), (False, "Sattar")])
def test_an_unknown_forename_before_a_who_clause_is_part_of_a_person_s_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, name: str
) -> None:
    """FORENAMES_BY_WHO: "who" is said of people, so the untagged word before the tagged surname is the forename."""
    text = "Nadeem Sattar, who runs the pharmacy on Bridge Street, spoke to the Beacon by phone last night."
    assert next((e.text, e.label_) for e in nlp(text).ents) == ("Sattar", "ORG")  # the reading this rule exists for
    monkeypatch.setattr(tagged_names, "FORENAMES_BY_WHO", on)
    names = _names(nlp, text)
    assert name in names and (names[name] == "PERSON") is on


def test_a_body_s_two_word_name_before_a_who_clause_stays_a_body(nlp: Language) -> None:
    """FORENAMES_BY_WHO takes a forename the tagger left out, not a body's name it tagged whole."""
    text = "Publishers Weekly, who reviewed the novel in March, called it a triumph."
    assert _names(nlp, text).get("Publishers Weekly") != "PERSON"


def test_a_title_case_headline_opens_with_the_name_before_its_verb_of_saying(nlp: Language) -> None:
    names = _names(nlp, "Okafor Defends Budget Cuts at Tense Council Meeting\n\nThe mayor faced the council.")
    assert names.get("Okafor") == "PERSON"
    assert not {"Okafor Defends", "Budget Cuts"} & set(names)


@pytest.mark.parametrize(
    "text",
    [
        "Live updates: Senate votes on spending bill\n\nThe vote was close.",  # not title case
        "Budget Cuts at Tense Council Meeting\n\nThe mayor faced the council.",  # no verb of saying
        "The mayor faced the council on Tuesday night. Okafor Defends Budget Cuts was the banner.",  # no headline
    ],
)
def test_only_a_title_case_headline_with_a_verb_of_saying_gives_a_name(nlp: Language, text: str) -> None:
    assert "Okafor" not in _names(nlp, text) and "Budget Cuts" not in _names(nlp, text)


def test_an_outlet_s_name_the_tagger_took_for_a_work_is_an_outlet(nlp: Language) -> None:
    doc = nlp("The Riverside Ledger reported on Friday that the county had overspent.")
    assert any(ent.label_ == "WORK_OF_ART" and "Ledger" in ent.text for ent in doc.ents)  # the case this rule is for
    assert {m.text: m.type for m in find_mentions(doc, doc.text) if m.kind == "name"}.get(
        "Riverside Ledger"
    ) == "OUTLET"


def test_a_title_case_headline_opening_with_a_role_gives_no_name(nlp: Language) -> None:
    names = _names(nlp, "Pastor Wants Scout Leaders Fired\n\nKevin Swanson said on his show that ...")
    assert "Pastor" not in names


def test_an_outlet_s_name_keeps_every_word_of_its_compound(nlp: Language) -> None:
    names = _names(nlp, "The Harbor City Gazette first reported the layoffs.")
    assert names.get("Harbor City Gazette") == "OUTLET"


def test_a_saint_s_possessive_and_the_body_named_after_it_are_one_name(nlp: Language) -> None:
    text = "Nurses at St. Jude's Regional Medical Center in Marlow raised concerns about the surgeon."
    assert _names(nlp, text).get("St. Jude's Regional Medical Center") == "ORG"
    # a country's possessive names whom the body belongs to, not the body
    labour = _names(nlp, "Britain's Labour Party said on Monday that it would vote against the bill.")
    assert labour.get("Labour Party") == "ORG" and "Britain's Labour Party" not in labour


def test_a_name_run_over_a_comma_onto_its_apposition_is_two_names(nlp: Language) -> None:
    text = "The haulage firm that employed Haines, Brackwell Waste Services, said its lorries had cameras."
    names = _names(nlp, text)
    assert "Brackwell Waste Services" in names and "Haines, Brackwell Waste Services" not in names
    friend = _names(nlp, "His best friend at Lehigh, Bruce Turry, said he was loyal.")
    assert friend.get("Bruce Turry") == "PERSON"


def test_capitalised_words_after_a_noun_for_a_body_are_its_name(nlp: Language) -> None:
    names = _names(nlp, "The cycling campaign group Leeds on Wheels said the findings were clear.")
    assert names.get("Leeds on Wheels") == "ORG"  # the tagger reads "Leeds" as a verb
    assert _names(nlp, "The committee Chairman John Smith said the vote was close.") == {"John Smith": "PERSON"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The prime minister's answer was brisk.", "The prime minister"),
        ("Meanwhile, the current GOP nominee's support for the plan is new.", "the current GOP nominee"),
        ("Her lawyer's letter was brisk.", None),  # no "the": the owner's own owner says whose
        ("The company's answer was brisk.", None),  # a body's: "the company said" finds it by other rules
    ],
)
def test_the_owner_of_a_phrase_is_a_description_of_its_own(nlp: Language, text: str, owner: str | None) -> None:
    found = [m.text for m in find_mentions(nlp(text), text) if m.kind == "description" and "'s" not in m.text]
    assert found == ([owner] if owner else [])


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
    names = _names(nlp, text, source)
    assert names.get(name) == "PERSON"
    assert names.get(source[len(name) :].strip(" ()")) != "PERSON"


def test_capitals_are_a_person_s_name_only_with_a_bracket_or_a_forename(nlp: Language) -> None:
    """ "NEW YORK (AP)": a dateline's place; "HUFFPOLLSTER VIA EMAIL": a section's label."""
    assert _names(nlp, "NEW YORK (AP) said the markets fell.", "NEW YORK (AP)").get("NEW YORK") != "PERSON"
    assert "FULL TEXT" not in _names(nlp, "FULL TEXT said nothing at all.", "FULL TEXT")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Dispatch leads on a warning about hospital corridors.", "Dispatch"),
        ("A Treasury spokesman tells the Daily Clarion it was one of many options.", "Daily Clarion"),
    ],
)
def test_a_paper_named_by_one_outlet_word_or_as_a_daily_is_an_outlet(nlp: Language, text: str, name: str) -> None:
    assert _names(nlp, text).get(name) == "OUTLET"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Priorities USA Action and Correct the Record have benefited from the donations.", "Record"),
        ("He defended an image that resembled the Star of David.", "Star"),
    ],
)
def test_an_outlet_word_inside_a_longer_name_is_no_paper(nlp: Language, text: str, word: str) -> None:
    assert _names(nlp, text).get(word) != "OUTLET"


def test_a_named_storm_is_no_person(nlp: Language) -> None:
    text = "Flood-hit families met the mayor four weeks after Storm Edith. Hurricane Ian and Typhoon Haiyan were worse."
    doc = nlp(text)
    names = _names(nlp, text)
    assert names.get("Storm Edith") == "OTHER"
    assert names.get("Hurricane Ian") == "OTHER"
    assert not any(m.type == "PERSON" for m in find_mentions(doc, text) if "Edith" in m.text)


def test_a_capitalised_office_after_the_is_a_description(nlp: Language) -> None:
    text = "The King spent three hours in the town on Thursday."
    doc = nlp(text)
    king = next(t for t in doc if t.text == "King")
    assert king.tag_ == "NNP" and not king.ent_type_  # the case this rule exists for
    [description] = [m for m in find_mentions(doc, text) if m.kind == "description"]
    assert (description.text, description.role, description.type) == ("The King", "king", "PERSON")
    headline = "The Myth That The President Can Save The Economy"
    assert not [m for m in find_mentions(nlp(headline), headline) if m.role == "president"]


def test_a_tagged_body_ending_in_a_common_noun_after_a_is_no_name(nlp: Language) -> None:
    text = "The journal sold after a contest between a telephone bidder and a Bristol museum that had raised money."
    doc = nlp(text)
    assert any(e.text == "Bristol museum" and e.label_ == "ORG" for e in doc.ents)  # the case this rule exists for
    assert "Bristol museum" not in _names(nlp, text)


def test_a_body_s_name_keeps_of_and_its_place(nlp: Language) -> None:
    text = "The ACLU of Minnesota, in a brief filed in March, argued that such searches were unfair."
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ in ("ORG", "GPE")][:2] == ["ACLU", "Minnesota"]  # the case
    names = _names(nlp, text)
    assert names.get("ACLU of Minnesota") == "ORG" and "Minnesota" not in names
    office = "You cannot be Secretary of State of the United States of America and do that."
    assert "State of the United States of America" not in _names(nlp, office)


def test_a_dateline_s_place_is_no_name(nlp: Language) -> None:
    text = (
        "Court weighs smell of cannabis\nST. PAUL — Justices appeared divided Tuesday.\n"
        "Justice Paul Sandvik, appointed to the court last year, pushed back."
    )
    assert any(e.text == "PAUL" for e in nlp(text).ents)  # the case this rule exists for
    names = _names(nlp, text)
    assert "PAUL" not in names and "ST" not in names
    assert names.get("Paul Sandvik") == "PERSON"


def test_a_name_after_a_police_rank_is_a_person_though_tagged_a_body(nlp: Language) -> None:
    text = (
        "The case began with a traffic stop. When he pulled the car over, Trooper Dale Hruska told the driver, "
        "Tyrell Banks, that the car smelled of cannabis."
    )
    assert any(e.text == "Trooper Dale Hruska" and e.label_ == "ORG" for e in nlp(text).ents)  # the case
    assert _names(nlp, text).get("Dale Hruska") == "PERSON"


def test_a_name_just_after_a_person_s_title_is_a_person_s_though_tagged_a_body(nlp: Language) -> None:
    text = "Branch president Dr Lachlan Whiteley told members at the meeting that management had erred."
    assert any(e.text == "Lachlan Whiteley" and e.label_ == "ORG" for e in nlp(text).ents)  # the case
    assert _names(nlp, text).get("Lachlan Whiteley") == "PERSON"
    # a body's name after the title stays a body's: "Foundation" is no word of a person's name
    body = "The donation came from Sir Lachlan Whiteley Foundation, it said."
    assert any(e.text == "Lachlan Whiteley Foundation" and e.label_ == "ORG" for e in nlp(body).ents)
    assert _names(nlp, body).get("Lachlan Whiteley Foundation") == "ORG"


def test_a_name_in_capitals_set_off_before_a_person_s_title_is_a_person_s(nlp: Language) -> None:
    text = (
        "Also briefing, by videoconference from Port Alder, TEMBA NDLOVU, Deputy Humanitarian Coordinator for "
        "Kessaria, said 41,000 people remained displaced."
    )
    source = "TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria"
    assert not any(e.text == "TEMBA NDLOVU" for e in nlp(text).ents)  # the case this rule exists for
    assert _names(nlp, text, source).get("TEMBA NDLOVU") == "PERSON"
    # a name in capitals before a body's words stays no person's: "Kessaria Relief Fund" holds no title
    other = text.replace("Deputy Humanitarian Coordinator for", "the relief fund of")
    assert (
        _names(nlp, other, source.replace("Deputy Humanitarian Coordinator for", "the relief fund of")).get(
            "TEMBA NDLOVU"
        )
        != "PERSON"
    )


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
    assert (_names(nlp, text).get("Bret Baier") == "PERSON") is past


@pytest.mark.parametrize("one", [True, False])
def test_one_person_picked_out_of_a_group_is_described_alone_and_named_next(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, one: bool
) -> None:
    """ONE_OF_A_GROUP: "the older of the two men" is one man (named next with his age), not the two."""
    monkeypatch.setattr(picked_out, "ONE_OF_A_GROUP", one)
    art = article(
        "Closing the inquest, Mr Ashby thanked both finders.\n\n"
        "Speaking outside County Hall after the hearing, the older of the two men said he had walked over that "
        "field for nine years.\n\n"
        "Keith Dunmore, 67, a retired postman from Cawston, said he had dug up the first coin in March."
    )
    _, (said,) = art.resolve(
        [art.candidate("he had walked over that field", "said", "the older of the two men", after="hearing")]
    )
    assert (speaker_name(said) == "Keith Dunmore") is one


def test_a_name_apposed_to_an_office_takes_the_forename_the_tagger_left_out(nlp: Language) -> None:
    text = (
        "The area's Member of the Senedd, Rhodri Wyn Owen, who is due to give evidence on Thursday, said on BBC "
        "Radio Wales on Wednesday morning that the targets were bad."
    )
    assert any(ent.text == "Wyn Owen" for ent in nlp(text).ents)  # the case this rule exists for
    assert _names(nlp, text).get("Rhodri Wyn Owen") == "PERSON"


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
    assert (_names(nlp, text).get("Anvi Sorath") == "PERSON") is person


def _descriptions(nlp: Language, text: str, source: str) -> dict[str, str | None]:
    doc = nlp(text)
    start = text.index(source)
    sources = frozenset(t.i for t in doc if start <= t.idx < start + len(source))
    return {m.text: m.role for m in find_mentions(doc, text, sources) if m.kind == "description"}


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "source", "described"),
    [
        pytest.param(  # an age in years given to a statement's source
            "A 31-year-old scaffolder told the Courier that the planks had slipped.",
            "A 31-year-old scaffolder",
            "A 31-year-old scaffolder",
            id="age",
        ),
        pytest.param(  # a who-clause whose "who" is the source
            "The longest applause went to a retired beekeeper who told the council the spraying would kill the hives.",
            "who",
            "a retired beekeeper",
            id="who",
        ),
    ],
)
def test_a_source_s_noun_the_lexicon_lacks_is_a_person_by_its_who_clause_or_its_age(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, source: str, described: str
) -> None:
    """PERSONS_BY_FORM: "a retired schoolteacher who ... told the committee", "A 29-year-old rigging grip ... told"."""
    monkeypatch.setattr(role_descriptions, "PERSONS_BY_FORM", on)
    found = _descriptions(nlp, text, source)
    assert (described in found) == on, found


@pytest.mark.parametrize(
    ("text", "source", "noun"),
    [
        # an age given to no statement's source: a thing may have one
        ("A 40-year-old footbridge gave way, the council said.", "the council", "footbridge"),
        # the who-clause the parser hangs on the group's noun tells of the people in it
        ("Those in the farming community who had backed him said little.", "who", "community"),
    ],
)
def test_a_noun_the_lexicon_lacks_is_no_person_without_a_source_s_who_clause_or_age(
    nlp: Language, text: str, source: str, noun: str
) -> None:
    assert not any(role == noun for role in _descriptions(nlp, text, source).values())


@pytest.mark.parametrize("role", ["councillor", "councilor"])
def test_a_name_apposed_to_a_councillor_is_a_person_s(nlp: Language, role: str) -> None:
    """ "The ward's councillor, Nia Gwilym (Plaid Cymru), who sits on the council": the tagger reads the name as a
    body's; a councillor (either spelling, like "councilman" and "councilwoman") is a person's role, so the name
    apposed to it is a person's. Beside no role ("The ward, Nia Gwilym") the tagger's reading stands."""
    text = f"The ward’s {role}, Nia Gwilym (Plaid Cymru), who sits on the council, was given five minutes to speak."
    assert nlp(text)[5].ent_type_ == "ORG"  # the case this rule exists for: the name tagged as a body
    assert _names(nlp, text).get("Nia Gwilym") == "PERSON"
    bare = "The ward, Nia Gwilym (Plaid Cymru), which sits on the council, was given five minutes to speak."
    assert _names(nlp, bare).get("Nia Gwilym") != "PERSON"


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
    assert _names(nlp, text, "Ffion Rowlands").get("Ffion Rowlands") == expected


def test_a_hyphened_role_noun_makes_a_description_of_a_person(nlp: Language) -> None:
    doc = nlp("The GOP presidential front-runner predicted a loss.")
    found = [m for m in find_mentions(doc, doc.text) if m.kind == "description"]
    assert [(m.role, m.type) for m in found] == [("front-runner", "PERSON")]


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
def test_a_source_s_noun_the_parser_made_the_root_is_a_description(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ROOT_NOUN_SOURCES: "a young technician from Mehsana who had been chosen to show ... told": the parser makes the
    noun the sentence's root, which its noun chunks leave out; as a source it is a description all the same."""
    monkeypatch.setattr(role_descriptions, "ROOT_NOUN_SOURCES", on)
    text = (
        "After the speech, a young technician from Mehsana who had been chosen to show the Prime Minister the "
        "wire-bonding line told The Indian Courier: “My father repairs tractors.”"
    )
    doc = nlp(text)
    noun = next(t for t in doc if t.text == "technician")
    assert noun.dep_ == "ROOT"  # the parse this rule exists for
    descriptions = [m.text for m in find_mentions(doc, text, frozenset({noun.i})) if m.kind == "description"]
    assert ("a young technician" in " ".join(descriptions)) == on
    # not a source: no description (the chunks leave it out, as before)
    unsourced = [m.text for m in find_mentions(doc, text) if m.kind == "description"]
    assert "a young technician" not in " ".join(unsourced)


_STEWARD = (
    "One of those kids was a young steward on duty at the front of the away end, who told the Blast she and a "
    "colleague had begged a supervisor over the radio for ten minutes to unlock the pitch-side gate.\n"
    "“We kept saying it, open the gate. Nobody answered. It felt like forever,” she said."
)


@pytest.mark.parametrize("predicate", [True, False])
def test_a_relative_set_off_after_a_predicate_noun_tells_of_a_person(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, predicate: bool
) -> None:
    """PREDICATE_NOUNS_TAKE_RELATIVES: the "who" of "One of those kids was a young steward ..., who told" is the
    steward, a person the next "she said" goes to; never a speaker named "who", nor the colleague of her words."""
    monkeypatch.setattr(syntax, "PREDICATE_NOUNS_TAKE_RELATIVES", predicate)
    art = article(_STEWARD)
    _, (told, said) = art.resolve(
        [
            art.candidate("she and a colleague had begged", "told", "who"),
            art.candidate("It felt like forever", "said", "she", after="forever", kind="direct"),
        ]
    )
    assert [speaker_name(told), speaker_name(said)] == (
        ["a young steward", "a young steward"] if predicate else ["who", "a colleague"]
    )


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
