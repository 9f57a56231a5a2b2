from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.misread_speakers import family_names, passive_speaker, surname_read_as_word

from .conftest import candidate_roles, word_of


def test_a_gerund_of_saying_under_a_passive_is_said_by_the_passive_subject(nlp: Language) -> None:
    text = (
        "In the recording, the referee Craig Dunmore can be heard asking the video assistant referee, Lewis Orme, "
        'to "check the line again" before play restarted.'
    )
    assert word_of(nlp, text, "Dunmore").dep_ == "nsubjpass"  # the parse this rule exists for
    assert candidate_roles(nlp, text, "asking") == (
        ['to "check the line again" before play restarted'],
        ["the referee Craig Dunmore"],
    )
    assert candidate_roles(nlp, "He was quoted as saying the plan was dead.", "saying") == (
        ["the plan was dead"],
        ["He"],
    )
    assert passive_speaker(word_of(nlp, "The mayor was heard telling aides that the deal was off.", "telling"))
    # a preposition of means names no speaker, and "’s" may be "has"
    arguing = word_of(nlp, "Their hostility is often justified by arguing that Islam is incompatible.", "arguing")
    assert passive_speaker(arguing) is None
    text = "He’s spoken out against the law, telling Jenner to use her toilet of choice."
    assert passive_speaker(word_of(nlp, text, "spoken")) is None
    # a gerund with a subject of its own is that subject's
    text = "Breitbart News’ Dr. Thomas Williams will be interviewed about Pope Francis calling Christmas a sham."
    assert word_of(nlp, text, "calling").head.text == "interviewed"  # the parse this exclusion exists for
    assert passive_speaker(word_of(nlp, text, "calling")) is None
    # with an agent, the gerund may be the agent's
    text = (
        "Clinton’s attacks were echoed by her campaign and Democrats across the country, who highlighted comments "
        "Trump made in 2006 saying he “sort of hopes” the housing bubble would burst."
    )
    assert word_of(nlp, text, "saying").head.text == "echoed"  # the parse this exclusion exists for
    assert passive_speaker(word_of(nlp, text, "saying")) is None


def test_a_relative_clause_the_parser_read_as_the_reported_one_is_the_speakers_not_what_was_said(nlp: Language) -> None:
    text = "Kofi Mensah, who coaches players owed a combined $2 million, said the club must pay."
    assert word_of(nlp, text, "owed").dep_ == "ccomp"  # the parse this rule exists for: "owed" read as a finite verb
    assert word_of(nlp, text, "Mensah").head.text == "owed"
    assert candidate_roles(nlp, text, "said") == (["the club must pay"], ["Kofi Mensah"])
    # a relative clause the parser reads as one is left to the ordinary subject
    assert candidate_roles(
        nlp, "Ann Cole, who represents families displaced by the fire, said the city failed.", "said"
    ) == (
        ["the city failed"],
        ["Ann Cole, who represents families displaced by the fire,"],
    )


def test_a_role_noun_the_parser_read_as_a_verb_before_a_name_is_the_speaker(nlp: Language) -> None:
    text = (
        "At a dinner in the mess hall at the fire station on Monday evening, coxswain Ed Marr said the crew had found "
        "the dinghy drifting."
    )
    coxswain = nlp(text)[15]
    assert (coxswain.text, coxswain.tag_, coxswain.dep_) == ("coxswain", "VB", "ccomp")  # the parse this rule is for
    content, source = candidate_roles(nlp, text, "said")
    assert source == ["coxswain Ed Marr"]
    assert not [piece for piece in content if "dinner" in piece or "Marr" in piece]


def test_an_imperative_quoted_before_its_cue_is_no_role_noun(nlp: Language) -> None:
    text = "“Ask Ed Marr,” she said."
    ask = nlp(text)[1]
    assert (ask.tag_, ask.dep_) == ("VB", "ccomp")
    assert candidate_roles(nlp, text, "said")[1] == ["she"]


def test_a_surname_the_parser_read_as_a_word_is_the_speaker_once_named_in_full(nlp: Language) -> None:
    text = "Bill Skelly, a data operative, vouched for him. “Having access to the file is valuable,” said Skelly."
    assert (word_of(nlp, text, "Skelly").tag_, nlp(text)[-2].dep_) == ("RB", "advmod")  # the parse this rule is for
    assert candidate_roles(nlp, text, "said")[1] == ["Skelly"]
    named = "Vice Education Minister Oh Sang-hyun told a press briefing on Tuesday that questions had leaked. "
    text = named + "Oh said the exam would be held again."
    assert [t.dep_ for t in nlp(text) if t.text == "Oh"][1] == "intj"  # the parse this rule is for
    assert candidate_roles(nlp, text, "said") == (["the exam would be held again"], ["Oh"])
    assert candidate_roles(nlp, named + "“We apologise,” said Oh.", "said")[1] == ["Oh"]


def test_a_word_is_no_surname_without_the_full_name_before_it_nor_an_interjection_opening_a_quote(
    nlp: Language,
) -> None:
    # no one named in full before: "Oh" is the interjection the parser read
    assert candidate_roles(nlp, "Oh said the exam would be held again.", "said")[1] == []
    # the full name after the word does not count
    text = "“We apologise,” said Oh. Oh Sang-hyun is the vice minister."
    assert surname_read_as_word(word_of(nlp, text, "said")) is None
    # an interjection opening a quote: the verb has its subject, and the word is not beside it
    named = "Vice Education Minister Oh Sang-hyun spoke first. "
    assert candidate_roles(nlp, named + "“Oh, come on,” she said.", "said")[1] == ["she"]


def test_the_family_name_of_a_full_name_is_its_last_word_or_the_first_before_a_hyphenated_given_name() -> None:
    assert family_names(["Rex", "Early"]) == ("Early",)
    assert family_names(["Oh", "Sang-hyun"]) == ("Oh", "Sang-hyun")
    assert family_names(["Moon", "Jae-in"]) == ("Moon", "Jae-in")
    assert family_names(["Mary", "Smith-Jones"]) == ("Smith-Jones",)  # a double-barrelled surname
    assert family_names(["Anna", "Maria", "Smith-Jones"]) == ("Smith-Jones",)
    assert family_names(["Skelly"]) == ()
