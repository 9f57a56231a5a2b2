"""Linking descriptions to entities (apposition, roles, titles, ages, names given after them), each flag on and off,
and the whole linking pass on descriptions that stand for someone named earlier: role nouns, party members, bodies,
salience over distance, the one asked a question."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.nlp.resolve.speakers import coref, introductions, named_after, pronouns, role_descriptions
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan

from ..conftest import ArticleMaker, speaker_name


def test_an_entity_is_named_once_any_of_its_mentions_is_a_name() -> None:
    person = Cluster(index=0, type="PERSON")
    person.add(MentionSpan(0, 2, 1, "description", "the manager", 0, 11, type="PERSON"))
    assert not person.named
    person.add(MentionSpan(5, 7, 6, "name", "Priya Raman", 30, 41, type="PERSON"))
    person.add(MentionSpan(9, 10, 9, "pronoun", "she", 50, 53, type="PERSON"))
    assert person.named
    given = [MentionSpan(0, 1, 0, "name", "Raman", 0, 5, type="PERSON")]
    assert Cluster(index=1, type="PERSON", mentions=given).named


@pytest.mark.slow
def test_a_narrative_possessive_is_the_one_person_its_sentence_named_before_it(article: ArticleMaker) -> None:
    text = (
        "The union's leader, Dr Nadia Farouk, tells the paper that nurses will strike. "
        "“We have run out of patience,” she says. "
        "Several papers carry pictures of the goalkeeper Bethan Lloyd in tears after her save took her side "
        "to the final. "
        "“I couldn't see the ball,” she tells the Courant."
    )
    art = article(text)
    _, (_, _, told) = art.resolve(
        [
            art.candidate("nurses will strike", "tells", "Dr Nadia Farouk"),
            art.candidate("We have run out of patience", "says", "she", after="patience", kind="direct"),
            art.candidate("I couldn't see the ball", "tells", "she", after="the ball", kind="direct"),
        ]
    )
    assert speaker_name(told) == "Bethan Lloyd"


def test_a_capitalised_office_is_not_the_person_named_last(article: ArticleMaker) -> None:
    art = article(
        "Sir Dominic Achebe drew laughter when he recalled their first tour.\n\n"
        "A message from the King\n\n"
        "In a message read out by the Dean, the King said Faraday had been a man who made a nation laugh."
    )
    _, (said,) = art.resolve([art.candidate("Faraday had been a man who made a nation laugh", "said", "the King")])
    assert said.speaker is not None and "Achebe" not in said.speaker.name


def test_a_body_brought_in_unnamed_is_the_one_body_named_since_with_its_noun(article: ArticleMaker) -> None:
    art = article(
        "The journal sold after a contest between a telephone bidder and a Bristol museum that had raised money.\n\n"
        "By £900,000 only two bidders were left: the Hartley Museum of Exploration and a client on the telephone.\n\n"
        "On Thursday the museum told donors that every pledge would be refunded."
    )
    _, (told,) = art.resolve([art.candidate("every pledge would be refunded", "told", "the museum")])
    assert speaker_name(told) == "Hartley Museum of Exploration"


def test_a_role_of_the_body_is_the_person_last_named_with_it_as_a_title(article: ArticleMaker) -> None:
    art = article(
        "Justice Karen Lindahl was not persuaded. Justice Paul Sandvik, appointed to the court last year, pushed back. "
        "An open bottle is legal to own, he noted. Oyelaran answered that the smell said nothing. "
        "The court's newest justice seemed unconvinced. “You are describing a world,” he said."
    )
    _, (said,) = art.resolve([art.candidate("You are describing a world", "said", "he", after="world,", kind="direct")])
    assert speaker_name(said) == "Paul Sandvik"


@pytest.mark.parametrize(
    "naming",
    [
        "She gave her name as Maureen Doyle, who runs a bakery on Grant Street.",
        "She identified herself as Maureen Doyle.",
        "She gave only her full name, Maureen Doyle, and would not say where she lived.",
    ],
)
def test_a_person_met_at_a_scene_is_named_by_the_name_she_gave(article: ArticleMaker, naming: str) -> None:
    art = article(f"“The queue started before dawn,” said the woman at the front of the line at the store. {naming}")
    _, (said,) = art.resolve(
        [art.candidate("The queue started before dawn", "said", "the woman", after="dawn,", kind="direct")]
    )
    assert speaker_name(said) == "Maureen Doyle"


@pytest.mark.parametrize(
    ("opening", "other"),
    [
        ("Asked by the opposition leader, Fergus Moy, whether the wing would be built,", "Moy"),
        ("In an interview with the radio host Alyona Minkovski,", "Minkovski"),
    ],
)
def test_a_description_is_never_the_one_its_clause_says_it_spoke_with(
    article: ArticleMaker, opening: str, other: str
) -> None:
    art = article(
        "Graham Holt visited the hospital on Monday and promised a new wing.\n\n"
        f"{opening} the prime minister said the money was already set aside."
    )
    _, (said,) = art.resolve([art.candidate("the money was already set aside", "said", "the prime minister")])
    assert speaker_name(said) == "Graham Holt", other


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "speaker"),
    [
        # PLACED_TITLES (on/off in test_title_holders.py): the place before the noun names the one titled after it
        pytest.param(
            "Texas Sen. Ted Cruz and Florida Sen. Marco Rubio are in a close race for second place.\n\n"
            "Cruz says the night defied expectations and that conservatives are uniting behind him.\n\n"
            "Rubio is congratulating the winner. He is praising a rival who dropped out, too.\n\n"
            "Cruz told supporters the race was now a two-man contest.\n\n"
            "The Florida senator is predicting that he will win the nomination.",
            "that he will win the nomination",
            "is predicting",
            "The Florida senator",
            "Marco Rubio",
            id="an-office-of-a-place",
        ),
        pytest.param(  # FRONTED_PHRASE_SUBJECTS: no apposition of the fronted phrase's last name
            "WASHINGTON — Hillary Clinton doesn’t recognize the man she used to know.\n\n"
            "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential "
            "candidate stated that the comments do not fit with what she knew of him.",
            "that the comments do not fit",
            "stated",
            "the Democratic presidential candidate",
            "Hillary Clinton",
            id="a-subject-after-a-fronted-phrase",
        ),
    ],
)
def test_a_description_is_the_one_its_place_names_not_the_one_its_parse_hangs_it_on(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, speaker: str
) -> None:
    art = article(text)
    _, (statement,) = art.resolve([art.candidate(content, cue, source)])
    assert speaker_name(statement) == speaker


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "content", "source", "named", "unflagged"),
    [
        pytest.param(  # the age introduces the one just described, though another was named since
            "AGED_NEXT_NAMES_DESCRIPTION",
            "Tomasz Wierzbicki of ETH Zurich shared the prize. Sir Malcolm Reid praised the university on Wednesday. "
            "The chemist said that the news had surprised him. Wierzbicki, 54, had been on his way to a conference.",
            "the news had surprised him",
            "The chemist",
            "Tomasz Wierzbicki",
            "Malcolm Reid",
            id="age",
        ),
        pytest.param(  # a who-clause introduces the one just described
            "named_after.CLAUSE_INTRODUCES_DESCRIBED",
            "Ruth Anand won the prize on Wednesday. A former student said she made everyone repeat every experiment. "
            "Priya Menon, who spent six years in the group, said the habit had saved them.",
            "she made everyone repeat every experiment",
            "A former student",
            "Priya Menon",
            "A former student",
            id="who-clause",
        ),
        pytest.param(  # a pronoun subject of "be" names the one just described
            "introductions.BE_NAMES_DESCRIBED",
            "A woman in a green coat said the queue had started before dawn. She was Ann Harcourt, a retired teacher.",
            "the queue had started before dawn",
            "A woman in a green coat",
            "Ann Harcourt",
            "A woman",
            id="she-was",
        ),
        pytest.param(  # so does her name as the subject
            "introductions.BE_NAMES_DESCRIBED",
            "A woman in a green coat said the queue had started before dawn. Her name is Ann Harcourt, and she taught "
            "at the school for 30 years.",
            "the queue had started before dawn",
            "A woman in a green coat",
            "Ann Harcourt",
            "A woman",
            id="her-name-is",
        ),
        pytest.param(  # an indefinite apposition introduces the one just described
            "named_after.APPOSITION_INTRODUCES_DESCRIBED",
            "Ruth Anand won the prize on Wednesday. A young man near the stage said the crowd had waited for hours. "
            "Cian Moloney, a dairy farmer from Cork, had driven up through the night.",
            "the crowd had waited for hours",
            "A young man near the stage",
            "Cian Moloney",
            "A young man",
            id="apposition",
        ),
        pytest.param(  # a name given with nothing to say who it is, as the next sentence's subject, is no newcomer
            "named_after.UNINTRODUCED_SUBJECTS_NAME_DESCRIBED",
            "Ruth Anand chaired the panel on Friday. The last speaker, a retired ferry captain, said the harbour "
            "wall had been too low for years. Oskar Lindqvist sailed out of Kiel for 30 years before he retired.",
            "the harbour wall had been too low for years",
            "The last speaker, a retired ferry captain,",
            "Oskar Lindqvist",
            "a retired ferry captain",
            id="unintroduced",
        ),
        pytest.param(  # a noun the lexicon lacks, a person's by its age, introduced next with a who-clause
            "role_descriptions.PERSONS_BY_FORM",
            "A 31-year-old scaffolder who was standing by the gate said she heard the planks slip. Nadia Brennan, who "
            "has worked on the site since spring, said the boards had been wet.",
            "she heard the planks slip",
            "A 31-year-old scaffolder who was standing by the gate",
            "Nadia Brennan",
            "A 31-year-old scaffolder who was standing by the gate",
            id="by-form-clause",
        ),
        pytest.param(  # a noun the lexicon lacks, a person's by its who-clause, named next as a subject with an age
            "role_descriptions.PERSONS_BY_FORM",
            "The longest applause went to a retired beekeeper who has kept hives on Orchard Lane for 30 years, who "
            "said the spraying would kill them. Edith Marlow, 68, moved to the village in 1979.",
            "the spraying would kill them",
            "a retired beekeeper",
            "Edith Marlow",
            "a retired beekeeper",
            id="by-form-age",
        ),
    ],
)
def test_a_source_s_description_is_the_person_the_next_sentence_introduces(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    flag: str,
    text: str,
    content: str,
    source: str,
    named: str,
    unflagged: str,
) -> None:
    """AGED_NEXT_NAMES_DESCRIPTION, named_after.CLAUSE_INTRODUCES_DESCRIBED, introductions.BE_NAMES_DESCRIBED: "the
    Polish-born chemist told SRF ... Wierzbicki, 54, who ...", "..., said a former student ... Priya Menon, who spent
    six years in Anand's group, said", "..., said a woman in a green waterproof ... She was Ann Harcourt";
    named_after.APPOSITION_INTRODUCES_DESCRIBED: "..., said a young man in a hi-vis vest. Cian Moloney, a dairy farmer
    ..., had driven"; role_descriptions.PERSONS_BY_FORM: a noun the lexicon lacks ("scaffolder", "beekeeper") is a
    person's by a who-clause or an age."""
    module, _, name = flag.rpartition(".")
    modules = {"role_descriptions": role_descriptions, "introductions": introductions, "named_after": named_after}
    monkeypatch.setattr(modules.get(module, coref), name, on)
    art = article(text)
    _, (said,) = art.resolve([art.candidate(content, "said", source)])
    assert speaker_name(said) == (named if on else unflagged)


def test_a_description_giving_an_age_of_its_own_is_not_the_next_person_given_another(
    article: ArticleMaker,
) -> None:
    art = article(
        "Jade Lorimer, 27, left the show in May. The 27-year-old said she had learned of it online. "
        "Reid, 30, responded hours later."
    )
    _, (said,) = art.resolve([art.candidate("she had learned of it online", "said", "The 27-year-old")])
    assert speaker_name(said) == "Jade Lorimer"


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "cue", "source", "after", "content", "named", "unflagged"),
    [
        pytest.param(  # the owner of the sentence's subject and the last speaker weigh as much as the clause's subject
            "pronouns.CONJOINED_SUBJECTS",
            "“That is simply untrue,” Dario Fenn replied. Tom Bradley looked surprised and said the firm had paid for "
            "the trip.\n\nBut Bradley's question was fair: Fenn had been paid by the firm, and he told the board that "
            "its products were safe.",
            "told",
            "he",
            "firm, and",
            "its products were safe",
            "Dario Fenn",
            "Tom Bradley",
            id="conjoined",
        ),
        pytest.param(  # a woman subject is no antecedent of "he": the salient man stays
            "pronouns.CONJOINED_SUBJECTS",
            "“That is simply untrue,” Dario Fenn replied. Tom Bradley looked surprised and said the firm had paid for "
            "the trip.\n\nBut Bradley's question was fair: Ana Fenn had been paid by the firm, and he told the board "
            "that its products were safe.",
            "told",
            "he",
            "firm, and",
            "its products were safe",
            "Tom Bradley",
            "Tom Bradley",
            id="conjoined-other-gender",
        ),
        pytest.param(  # a description subject is not its verb's object
            "pronouns.SUBJECTS_NOT_OWN_OBJECTS",
            "“We cannot wait,” Ivan Petrov said on Monday. Oleg Marsh, who runs the mine, agreed.\n\n“That would be "
            "a disaster for the valley,” Petrov added. The Ohio businessman has criticised Petrov for months.",
            "criticised",
            "The Ohio businessman",
            None,
            "Petrov for months",
            "Oleg Marsh",
            "Ivan Petrov",
            id="object-of-a-description",
        ),
        pytest.param(  # nor a pronoun subject its verb's object
            "pronouns.SUBJECTS_NOT_OWN_OBJECTS",
            "“We cannot wait,” Ivan Petrov said on Monday. Oleg Marsh agreed. “Nothing moves,” Petrov added.\n\n"
            "He told Petrov that the deal was dead.",
            "told",
            "He",
            None,
            "the deal was dead",
            "Oleg Marsh",
            "Ivan Petrov",
            id="object-of-a-pronoun",
        ),
        pytest.param(  # with no object named, nobody is ruled out: the salient one stays
            "pronouns.SUBJECTS_NOT_OWN_OBJECTS",
            "“We cannot wait,” Ivan Petrov said on Monday. Oleg Marsh agreed. “Nothing moves,” Petrov added.\n\n"
            "He said that the deal was dead.",
            "said",
            "He",
            None,
            "the deal was dead",
            "Ivan Petrov",
            "Ivan Petrov",
            id="no-object",
        ),
        pytest.param(  # a description subject is nobody its clause names by name after it
            "DESCRIBED_NOT_NAMED_AFTER",
            "“We will dig again,” Ivan Petrov said on Monday. “Nothing moves,” Petrov added.\n\nIf voters listen to "
            "Tom Bradley, Petrov's hopes are over. The Ohio businessman predicted that if Petrov ran again he would "
            "lose.",
            "predicted",
            "The Ohio businessman",
            None,
            "if Petrov ran again he would lose",
            "Tom Bradley",
            "Ivan Petrov",
            id="named-after-a-description",
        ),
        pytest.param(  # a name in a clause told of another noun rules nobody out
            "DESCRIBED_NOT_NAMED_AFTER",
            "“We will dig again,” Ivan Petrov said on Monday. Oleg Marsh agreed. “Nothing moves,” Petrov added.\n\n"
            "The Ohio businessman predicted a recovery in a speech that Petrov had written himself.",
            "predicted",
            "The Ohio businessman",
            None,
            "a recovery",
            "Ivan Petrov",
            "Ivan Petrov",
            id="named-in-a-noun-s-clause",
        ),
    ],
)
def test_a_subject_s_own_clause_says_whom_it_is_and_is_not(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    flag: str,
    text: str,
    cue: str,
    source: str,
    after: str | None,
    content: str,
    named: str,
    unflagged: str,
) -> None:
    """pronouns.CONJOINED_SUBJECTS: "Carson had been paid by the company, and he gave testimonials" is Carson, though
    the sentence opens on another's question and that other spoke last. pronouns.SUBJECTS_NOT_OWN_OBJECTS: "The New
    York businessman has praised Putin" is not Putin, however salient Putin is; a reporter would write "himself".
    DESCRIBED_NOT_NAMED_AFTER: "The GOP presidential front-runner predicted that if Rubio ran ..." is not Rubio."""
    # DESCRIBED_NOT_NAMED_AFTER also rules out an object named by name: off while another flag is shown alone
    monkeypatch.setattr(coref, "DESCRIBED_NOT_NAMED_AFTER", False)
    module, _, name = flag.rpartition(".")
    monkeypatch.setattr(pronouns if module == "pronouns" else coref, name, on)
    art = article(text)
    _, (found,) = art.resolve([art.candidate(content, cue, source, after=after)])
    assert speaker_name(found) == (named if on else unflagged)


@pytest.mark.parametrize("on", [True, False])
def test_a_pronoun_after_a_noun_the_lexicon_lacks_with_a_who_clause_is_the_person_named_next(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """role_descriptions.PERSONS_BY_FORM: the who-clause makes "a retired boatbuilder" a person (no source), whose
    "he" is named next by "Ivor Penrose, 71,"."""
    monkeypatch.setattr(role_descriptions, "PERSONS_BY_FORM", on)
    art = article(
        "The loudest objection came from a retired boatbuilder who has moored on the creek for 20 years. “They want "
        "the berths for yachts,” he told the harbour board. Ivor Penrose, 71, has fished the estuary since 1970."
    )
    _, (said,) = art.resolve([art.candidate("They want the berths for yachts", "told", "he", after="yachts")])
    assert (speaker_name(said) == "Ivor Penrose") == on


def test_a_source_described_by_a_noun_the_lexicon_lacks_is_no_newcomer_named_with_a_title(
    article: ArticleMaker,
) -> None:
    art = article(
        "The longest applause went to a retired beekeeper who told the council the spraying would kill the hives. "
        "Councillor Edith Marlow replied that it would not."
    )
    _, (said,) = art.resolve([art.candidate("the spraying would kill the hives", "told", "a retired beekeeper")])
    assert speaker_name(said) == "a retired beekeeper"


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("giving", ["who gave his name as Dave from Moorside", "who gave only his first name, Dave"])
def test_a_description_whose_who_clause_gives_its_own_name_is_that_person(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, giving: str
) -> None:
    """CLAUSE_GIVES_OWN_NAME: "said the first caller, who gave her name as Maureen from Eastfield", "said a man who gave
    only his first name, Declan,"."""
    monkeypatch.setattr(coref, "CLAUSE_GIVES_OWN_NAME", on)
    art = article(
        "Councillor Ruth Amis took calls on the breakfast show. “The road has flooded twice this month,” said the "
        f"second caller, {giving}."
    )
    source = f"the second caller, {giving}"
    _, (said,) = art.resolve([art.candidate("The road has flooded twice this month", "said", source)])
    assert speaker_name(said) == ("Dave" if on else "the second caller")


@pytest.mark.parametrize(
    ("text", "source", "content", "named"),
    [
        (  # "Ambassador" is a title before a name, so "the former ambassador" is the one it titled, past a long quote
            "In discussing the scandals around nominee Maria Lopez, former UN Ambassador Ruth Okafor told host Tom "
            "Bradley the race was close.\n\nOkafor also said the rules did not apply to Lopez. She said:\n\n“We "
            "waited. We wrote. We called. Nobody came. Nothing moved. Unless your name is Maria Lopez.”\n\nThe former "
            "ambassador also discussed the differences between Lopez and nominee Dan Hale.",
            "The former ambassador",
            "the differences between Lopez and nominee Dan Hale",
            "Ruth Okafor",
        ),
        (  # a specialty names a person: "the retired neurosurgeon" is the one named before, not an entity of its own
            "Ben Carson is trailing in the polls. He met donors in Iowa on Tuesday.\n\nThe retired neurosurgeon said "
            "the campaign would go on.",
            "The retired neurosurgeon",
            "the campaign would go on",
            "Ben Carson",
        ),
    ],
)
def test_a_description_by_a_title_or_a_specialty_is_the_person_named_with_it(
    article: ArticleMaker, text: str, source: str, content: str, named: str
) -> None:
    art = article(text)
    cue = "discussed" if "discussed" in text else "said"
    _, (found,) = art.resolve([art.candidate(content, cue, source)])
    assert speaker_name(found) == named


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "source", "content", "named"),
    [
        (  # the parser hangs "economist" and "Shapiro" both on the verb as its subjects
            "Senator Ana Ruiz leads among older voters. She has gained ground in the polls since March.\n\n"
            "The economist Robert Shapiro recently measured the growth.",
            "The economist Robert Shapiro",
            "the growth",
            "Robert Shapiro",
        ),
    ],
)
def test_a_description_right_before_a_name_is_that_person_s_title(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    source: str,
    content: str,
    named: str,
) -> None:
    """TITLE_BEFORE_NAME_JOINED: off, salience gives the description the person the paragraph before was about."""
    monkeypatch.setattr(coref, "TITLE_BEFORE_NAME_JOINED", on)
    art = article(text)
    cue = "measured" if "measured" in text else "respond"
    _, (found,) = art.resolve([art.candidate(content, cue, source)])
    assert (speaker_name(found) == named) == on


def test_a_description_with_a_mark_before_the_next_name_is_not_its_title(article: ArticleMaker) -> None:
    """TITLE_BEFORE_NAME_JOINED reads only a name right after the description: "the senator said Ruiz" names
    someone else, and the description stays the senator named before."""
    art = article("Senator Tom Reyes met voters in Iowa on Monday. The senator said Ruiz would lose the race.")
    _, (found,) = art.resolve([art.candidate("Ruiz would lose the race", "said", "The senator")])
    assert speaker_name(found) == "Tom Reyes"


@pytest.mark.parametrize("on", [True, False])
def test_the_described_teller_of_a_nested_report_is_not_its_reporter(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """REPORTERS_NOT_REPORTED: "He wrote that the branch manager had told ..." — the branch manager is somebody the
    reporter passes on, not the reporter (the salient named person), so the nested report is the manager's."""
    monkeypatch.setattr(coref, "REPORTERS_NOT_REPORTED", on)
    art = article(
        "Colin Dearlove has run a hardware shop on Sheep Street for 31 years. He wrote that the branch manager had "
        "told the Chamber of Trade at its meeting in June that the branch was “safe for years”."
    )
    content = "the branch manager had told the Chamber of Trade at its meeting in June that the branch was"
    _, (said,) = art.resolve([art.candidate(content, "wrote", "He")])
    assert speaker_name(said) == ("the branch manager" if on else "Colin Dearlove")


@pytest.mark.parametrize("on", [True, False])
def test_a_description_reported_by_a_named_teller_is_the_salient_one_but_not_the_teller(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """REPORTERS_NOT_REPORTED, binding alone (a clause that tells no saying): in "Fenwick said the businessman was
    wrong" the businessman is never Fenwick, so the salient one left is."""
    monkeypatch.setattr(coref, "REPORTERS_NOT_REPORTED", on)
    art = article(
        "Giles Fenwick, the minister, met Mark Ellery on Monday. Fenwick said the businessman was wrong about the "
        "figures. “We will publish them,” the businessman said."
    )
    _, (said,) = art.resolve([art.candidate("We will publish them", "said", "the businessman")])
    assert speaker_name(said) == ("Mark Ellery" if on else "Giles Fenwick")


def test_an_age_is_the_one_named_with_that_age_not_the_latest_named(article: ArticleMaker) -> None:
    text = (
        "Corran Vell, 47, and Mabyn Stott, 29, steered the boat home at dawn. Stott checked the engine while the "
        'crew rested. "We were lucky with the tide," said the 47-year-old.'
    )
    found = article(text).one("We were lucky with the tide,", "said", "the 47-year-old")
    assert speaker_name(found) == "Corran Vell"


def test_an_age_is_not_one_named_with_another_age(article: ArticleMaker) -> None:
    text = (
        "Corran Vell and Mabyn Stott, 29, steered the boat home at dawn. Stott checked the engine while the "
        'crew rested. "We were lucky with the tide," said the 47-year-old.'
    )
    found = article(text).one("We were lucky with the tide,", "said", "the 47-year-old")
    assert speaker_name(found) == "Corran Vell"


@pytest.mark.slow
@pytest.mark.parametrize(
    "noun",
    [
        *("tycoon", "magnate", "philanthropist", "mogul", "defender", "barrister", "solicitor"),
        "chemist",  # professions of a person described before or after being named (speakers round 26)
        "farmer",
        "architect",
    ],
)
def test_a_role_noun_for_a_person_takes_the_person_named_before(article: ArticleMaker, noun: str) -> None:
    text = f"Harold Vance bought the club last year. The {noun} said the club would stay in the city."
    assert (
        speaker_name(article(text).one("the club would stay in the city", "said", f"The {noun}", after="year."))
        == "Harold Vance"
    )


@pytest.mark.slow
def test_a_description_takes_the_most_salient_person_not_the_latest(article: ArticleMaker) -> None:
    text = "Harold Vance praised Tom Reed on Monday. The billionaire said the club would stay in the city."
    found = speaker_name(
        article(text).one("the club would stay in the city", "said", "The billionaire", after="Monday.")
    )
    assert found == "Harold Vance"


@pytest.mark.slow
def test_a_party_member_described_by_state_is_the_named_senator(article: ArticleMaker) -> None:
    text = "Senator Mitch Rowe opposed the bill on Monday. The Kentucky Republican said the bill was dead."
    found = speaker_name(article(text).one("the bill was dead", "said", "The Kentucky Republican", after="Monday."))
    assert found == "Mitch Rowe"


@pytest.mark.slow
@pytest.mark.parametrize("owner", ["Her", "The"])
def test_a_name_after_the_body_a_description_ends_in_is_the_description_s(article: ArticleMaker, owner: str) -> None:
    text = f"Nadia Okafor wrote a book. {owner} editor at Harbourline Press, Simon Achterberg, says the wait was long."
    art = article(text)
    assert next(t for t in art.doc if t.text == "Achterberg").head.text == "Press"  # the parse this rule is for
    source = f"{owner} editor at Harbourline Press, Simon Achterberg,"
    assert speaker_name(art.one("the wait was long", "says", source, after="book.")) == "Simon Achterberg"


@pytest.mark.slow
def test_a_name_after_the_place_of_the_body_a_description_ends_in_is_the_description_s(
    article: ArticleMaker,
) -> None:
    text = (
        "A financial planner at the University of Nebraska at Kearney, Professor Martin Szabo, warned that sudden "
        "wealth often brought trouble."
    )
    art = article(text)
    szabo = next(t for t in art.doc if t.text == "Szabo")
    assert szabo.head.text == "Kearney" and szabo.head.head.head.text == "University"  # the parse this rule is for
    source = "A financial planner at the University of Nebraska at Kearney, Professor Martin Szabo"
    assert speaker_name(art.one("that sudden wealth often brought trouble", "warned", source)) == "Martin Szabo"


@pytest.mark.slow
def test_an_age_as_a_noun_far_on_is_the_one_given_that_age_before(article: ArticleMaker) -> None:
    art = article(
        "Sen. Ruth Calloway returned on Saturday. The 64-year-old Democrat had spent the winter at her farm. "
        "Owen Pruitt ran her office. Pruitt said the staff worked from home. Harold Vance praised her. "
        "Vance said she was patient. The doctors cleared her. Pruitt said the vote was next week. "
        "For her part, the 64-year-old says she feels stronger."
    )
    assert next(t for t in art.doc if t.text == "says").dep_ == "ROOT"  # read as a noun the age modifies
    found = art.one("she feels stronger", "says", "the 64-year-old", after="part,")
    assert speaker_name(found) == "Ruth Calloway"


@pytest.mark.slow
def test_a_role_noun_far_from_its_last_use_takes_the_person_named_near_it(article: ArticleMaker) -> None:
    art = article(
        "Salma Hayek spoke in August. The actress said she had faced bias. The panel ended. Tickets sold out. "
        "The hall closed. Gina Torres won an award this year. The actress said the award mattered."
    )
    found = art.said(
        ("she had faced bias", "The actress"),
        ("the award mattered", "The actress", "this year."),
    )
    assert found == ["Salma Hayek", "Gina Torres"]


@pytest.mark.slow
def test_an_unnamed_source_described_again_far_on_is_still_that_source(article: ArticleMaker) -> None:
    art = article(
        "A prominent party committee member said the spending was reckless. Donald Trump spent $2 million. "
        "Mike Pence spoke in Ohio. Donors were angry. The campaign was silent. "
        "Mike Pence said nothing. The committee member said donors would leave."
    )
    first = "A prominent party committee member"
    found = art.said(
        ("the spending was reckless", first),
        ("donors would leave", "The committee member"),
    )
    assert found == [first, first]


@pytest.mark.slow
def test_a_named_person_s_spokesman_is_neither_that_person_nor_another(article: ArticleMaker) -> None:
    art = article(
        "Donald Trump criticised the plan on Monday. Trump said it would fail. "
        "Cameron's spokesman said the prime minister stood by his comments. The spokesman said no more."
    )
    found = art.said(
        ("the prime minister stood by his comments", "Cameron's spokesman"),
        ("no more", "The spokesman", "comments."),
    )
    assert found == ["Cameron's spokesman", "Cameron's spokesman"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "noun"), [("Lakeview Hospital", "hospital"), ("First Harbor Bank", "lender"), ("Kellogg Co.", "bidder")]
)
def test_a_body_description_takes_a_named_body_of_its_kind(article: ArticleMaker, name: str, noun: str) -> None:
    text = f"{name} cut 200 jobs on Monday. The {noun} said more cuts would follow."
    assert speaker_name(article(text).one("more cuts would follow", "said", f"The {noun}", after="Monday.")) == name


@pytest.mark.slow
def test_an_age_used_as_a_noun_is_the_person_named_before(article: ArticleMaker) -> None:
    text = "Carla Jensen, 61, lost her seat on Tuesday. The 61-year-old said she would not run again."
    found = article(text).one("she would not run again", "said", "The 61-year-old", after="Tuesday.")
    assert speaker_name(found) == "Carla Jensen"


@pytest.mark.slow
def test_a_name_its_own_clause_calls_it_is_a_body_that_the_company_finds(article: ArticleMaker) -> None:
    text = "Harvest Box raised its prices for the second time this year. The company said costs had risen."
    found = article(text).one("costs had risen", "said", "The company", after="year.")
    assert speaker_name(found) == "Harvest Box" and found.speaker is not None and found.speaker.type == "ORG"


@pytest.mark.slow
def test_a_person_with_a_known_forename_stays_a_person_beside_its(article: ArticleMaker) -> None:
    text = "Paul Ryan doubled its budget on Tuesday. Ryan said the decision was right."
    found = article(text).one("the decision was right", "said", "Ryan", after="Tuesday.")
    assert found.speaker is not None and found.speaker.type == "PERSON"


@pytest.mark.slow
def test_a_body_a_person_role_owns_is_not_the_body_named_before(article: ArticleMaker) -> None:
    text = (
        "Dr. Samuel Ocampo treated the hiker at Ridgeway General Hospital. "
        "The sheriff's office said it would review how hikers register."
    )
    found = article(text).one("it would review how hikers register", "said", "The sheriff's office")
    assert speaker_name(found) == "The sheriff's office"


@pytest.mark.slow
def test_a_body_described_by_its_place_is_still_the_body_named_before(article: ArticleMaker) -> None:
    text = (
        "The National Rifle Association opposed the bill. "
        "The nation's largest gun group said the bill would fail in the Senate."
    )
    found = article(text).one("the bill would fail in the Senate", "said", "The nation's largest gun group")
    assert speaker_name(found) == "National Rifle Association"


@pytest.mark.slow
def test_a_name_apposed_to_operator_is_a_body_and_a_person_apposed_to_it_speaks(
    article: ArticleMaker,
) -> None:
    text = (
        "The operator, Northline Trains, said it was disappointed. A spokeswoman for Northline, Priya Raman, said "
        "services would run."
    )
    found = article(text).one("services would run", "said", "A spokeswoman for Northline, Priya Raman,")
    assert speaker_name(found) == "Priya Raman"


@pytest.mark.slow
def test_the_company_is_not_a_body_named_only_as_a_commentator_s_workplace(article: ArticleMaker) -> None:
    """ "an analyst at Nordbank Markets" tells where the analyst works: the story's company is the one meant."""
    text = (
        "Harvest Box raised its prices on Thursday. Kari Holm, an analyst at Nordbank Markets, said the rise was "
        "overdue. The company said costs had risen."
    )
    found = article(text).one("costs had risen", "said", "The company", after="overdue.")
    assert speaker_name(found) == "Harvest Box"


@pytest.mark.slow
def test_the_company_may_be_a_body_its_spokesman_works_at(article: ArticleMaker) -> None:
    """A spokesman speaks for the body he works at: "a spokesman at Tallow Freight" names the story's body."""
    text = (
        "Harvest Box raised its prices on Thursday. Sam Reed, a spokesman at Tallow Freight, said deliveries would "
        "slow. The company said costs had risen."
    )
    found = article(text).one("costs had risen", "said", "The company", after="slow.")
    assert speaker_name(found) == "Tallow Freight"


@pytest.mark.slow
def test_a_company_that_reports_its_results_is_no_outlet(article: ArticleMaker) -> None:
    """ "reported a third-quarter profit": a body's own results, not a news outlet's report."""
    text = "Corvane Airlines reported a third-quarter profit on Thursday. The company said fares would fall."
    found = article(text).one("fares would fall", "said", "The company", after="Thursday.")
    assert speaker_name(found) == "Corvane Airlines" and found.speaker is not None and found.speaker.type == "ORG"


@pytest.mark.slow
def test_a_noun_the_lexicon_lacks_stands_for_the_person_named_beside_it(article: ArticleMaker) -> None:
    text = "The panda was spotted by a retired postman, Derek Allsop, who told the Post he had gone out for a rake."
    found = article(text).one("he had gone out for a rake", "told", "a retired postman")
    assert speaker_name(found) == "Derek Allsop"


@pytest.mark.slow
def test_a_description_apposed_beside_a_name_on_a_noun_for_no_one_is_that_person(
    article: ArticleMaker,
) -> None:
    text = (
        "General manager Alicia Ferro said the team does not comment on trades. "
        "Delacroix's teammate, the rookie forward Jalen Moss, said the locker room had not been distracted."
    )
    found = article(text).one("the locker room had not been distracted", "said", "the rookie", after="teammate")
    assert speaker_name(found) == "Jalen Moss"


@pytest.mark.slow
@pytest.mark.parametrize("noun", ["zoo", "aquarium", "gallery"])
def test_a_public_place_speaks_as_the_body_of_that_name(article: ArticleMaker, noun: str) -> None:
    text = f"A red panda slipped out of its enclosure at Kesterton {noun.title()} on Sunday, the {noun} said."
    found = article(text).one("A red panda slipped out", "said", f"the {noun}")
    assert speaker_name(found) == f"Kesterton {noun.title()}"


@pytest.mark.slow
def test_a_described_person_named_in_passing_is_the_one_introduced_later_with_an_age(
    article: ArticleMaker,
) -> None:
    """The lede's "A ward sister" is named first in another's words by another noun, then introduced with an age."""
    text = (
        "A ward sister who was sacked was unfairly dismissed, a tribunal ruled on Wednesday. "
        "The judge said that the claimant, Joanne Tetley, had been treated as a nuisance. "
        "The judge said the decision was wrong. "
        "Mrs Tetley, 52, told the tribunal that she had emailed managers. "
        "Outside the hearing, the former ward sister said she felt vindicated."
    )
    found = article(text).one("she felt vindicated", "said", "the former ward sister", after="Outside")
    assert speaker_name(found) == "Joanne Tetley"


@pytest.mark.slow
def test_a_common_noun_in_capitals_set_off_beside_a_name_is_that_person(article: ArticleMaker) -> None:
    text = "The constituency's MP, Olivia Harrow, said the wall would be built."
    found = article(text).one("the wall would be built", "said", "The constituency's MP")
    assert speaker_name(found) == "Olivia Harrow"


@pytest.mark.slow
def test_an_unnamed_person_told_of_far_back_who_never_spoke_is_no_anchor_for_the_same_noun(
    article: ArticleMaker,
) -> None:
    """ "A celebrated historian is accused of ..." in the opening, and paragraphs on, after the people are named,
    "The historian, 61, said": the person named near it, not the unnamed one of the opening, who never spoke."""
    text = (
        "A celebrated historian is accused of copying a student's design. The student waited a year for an answer. "
        "Nora Vance first saw the building in May. Vance said the plans were hers. The university said it would "
        "review the case. At the hearing, Daniel Okoro defended his work. The historian, 61, said he had never seen "
        "her plans."
    )
    attribution = article(text).one("he had never seen her plans", "said", "The historian, 61,", after="his work.")
    assert speaker_name(attribution) == "Daniel Okoro"


@pytest.mark.slow
def test_the_one_asked_in_the_sentence_before_answers(article: ArticleMaker) -> None:
    """ "The chair asked Calloway why ... The historian, 61, said": a source's description with nobody named by its
    noun is the person a question was put to just before, not the asker, however salient."""
    text = (
        "The panel's chair, Gwen Adeyemi, opened the hearing. Adeyemi asked Daniel Okoro why the two plans matched. "
        "The historian, 61, said he had never seen her plans."
    )
    attribution = article(text).one("he had never seen her plans", "said", "The historian, 61,")
    assert speaker_name(attribution) == "Daniel Okoro"


@pytest.mark.slow
def test_a_role_held_of_one_name_is_not_the_holder_of_the_same_role_of_another(article: ArticleMaker) -> None:
    first = "The representative of the Russian Federation said his delegation could support six months."
    art = article(f"{first} The representative of China said the parties should settle it.")
    found = art.said(("the parties should settle it", "The representative of China"))
    assert found == ["The representative of China"]


@pytest.mark.slow
def test_the_one_who_puts_the_questions_is_not_the_guest_named_last(article: ArticleMaker) -> None:
    """ "Asked by the presenter whether ..., he said": the presenter, named by no name, is not the chief executive
    speaking on the programme, and so the answer's "he" is his."""
    text = (
        "Speaking on the radio last night, the board chief, Alan Munro, said the demand would cost too much.\n\n"
        "Asked by the presenter whether the board had planned for a strike, he said: “We plan for winter.”"
    )
    art = article(text)
    candidates = [
        art.candidate("the demand would cost too much", "said", "the board chief, Alan Munro,"),
        art.candidate("whether the board had planned for a strike", "Asked", "the presenter"),
        art.candidate("We plan for winter.", "said", "he", after="strike, ", kind="direct"),
    ]
    _, (_, question, answer) = art.resolve(candidates)
    assert [speaker_name(question), speaker_name(answer)] == ["the presenter", "Alan Munro"]


@pytest.mark.slow
def test_a_host_named_by_the_role_before_is_the_host(article: ArticleMaker) -> None:
    art = article(
        "The show's host, Ann Vale, opened the hour. The senator, Tom Reyes, said the bill was dead. "
        "The host said the bill had support."
    )
    found = art.said(("the bill had support", "The host"))
    assert found == ["Ann Vale"]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("apposed", "speaker", "unflagged"),
    [
        # a body's name apposed to the plural noun: "The producers" again is that body
        ("the show's producers, Penhallow Vane Productions,", "Penhallow Vane Productions", "The producers"),
        # one of a group named: "The producers" again is the group, not that one member
        ("one of the show's producers, Penhallow Vane Productions,", "the show's producers", "the show's producers"),
    ],
)
def test_a_plural_noun_said_again_is_the_body_whose_name_was_apposed_to_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, apposed: str, speaker: str, unflagged: str
) -> None:
    """coref.BODY_KEEPS_ITS_DESCRIPTION_S_NUMBER: "the show's producers, Penhallow Vane Productions, said ... ¶ The
    producers added" is the body, though its name reads as one and the noun as many."""
    monkeypatch.setattr(coref, "BODY_KEEPS_ITS_DESCRIPTION_S_NUMBER", on)
    art = article(
        f"In a statement on Thursday morning, {apposed} said the ship had stopped during a scene change.\n\n"
        "The producers added that the matinee had been cancelled while engineers inspected the rig."
    )
    _, (said,) = art.resolve([art.candidate("the matinee had been cancelled", "added", "The producers")])
    assert speaker_name(said) == (speaker if on else unflagged)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("again", "said_again"),
    [
        ("the 44-year-old former fisheries officer", True),
        ("the former fisheries officer", True),
        # the noun alone says too little to tell whose it is: the officer titled before
        ("the officer", False),
    ],
)
def test_a_description_said_again_is_the_one_it_was_set_beside(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, again: str, said_again: bool
) -> None:
    """DESCRIPTIONS_SAID_AGAIN: "St. Rose, a 44-year-old former fisheries officer," then "said the 44-year-old former
    fisheries officer" (or fewer of its words, with one besides the noun) is St. Rose, not the officer titled before
    ("returning officer Marcia Augustin"), whom the noun alone finds."""
    monkeypatch.setattr(coref, "DESCRIPTIONS_SAID_AGAIN", on)
    art = article(
        "Returning officer Marcia Augustin said Kenson St. Rose had received 2,914 votes. St. Rose, a 44-year-old "
        "former fisheries officer, told supporters that the fishermen had won the seat. “This is for every family "
        f"that waited for the jetty,” said {again}."
    )
    _, (said,) = art.resolve([art.candidate("This is for every family that waited for the jetty", "said", again)])
    assert speaker_name(said) == ("Kenson St. Rose" if on and said_again else "Marcia Augustin")


@pytest.mark.parametrize("on", [True, False])
def test_a_description_whose_apposition_gives_only_a_surname_is_that_person(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """introductions.NAME_HALVES_GIVEN: "said the man, a 61-year-old taxi driver from Busan who gave only his surname,
    Park": a surname given alone is his name given, and the clause is on the description's apposition (speakerpages)."""
    monkeypatch.setattr(introductions, "NAME_HALVES_GIVEN", on)
    source = "the man, a 61-year-old taxi driver from Busan who gave only his surname, Park"
    art = article(f"Fans gathered outside the stadium. “We deserve better than this,” said {source}.")
    _, (said,) = art.resolve([art.candidate("We deserve better than this", "said", source)])
    assert speaker_name(said) == ("Park" if on else "the man")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "source", "named"),
    [
        (  # a rugby position
            "Toulon beat Racing 92 on Saturday. Charles Ollivon scored twice in the second half. “We were patient and "
            "it came,” the Toulon-based flanker said after the match.",
            "We were patient and it came",
            "the Toulon-based flanker",
            "Charles Ollivon",
        ),
    ],
)
def test_a_sports_position_is_the_person_named_before(
    article: ArticleMaker, text: str, content: str, source: str, named: str
) -> None:
    """The role lexicon's positions of rugby, cricket and athletics describe the person named before, as "striker" does
    (speakerlinks)."""
    assert speaker_name(article(text).one(content, "said", source)) == named


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "source", "region"),
    [
        ("“The water is brown,” a mother of three from Dundalk, Co Louth, told the paper.", "The water is brown,",
         "a mother of three from Dundalk, Co Louth", "Co Louth"),
        ("“The roads are flooded,” a farmer from Castlebar, Co Mayo, told the radio station.",
         "The roads are flooded,", "a farmer from Castlebar, Co Mayo", "Co Mayo"),
    ],
)  # fmt: skip
def test_a_region_set_off_after_the_place_one_comes_from_is_no_person_named(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    content: str,
    source: str,
    region: str,
) -> None:
    """REGION_AFTER_A_HOME_PLACE: "a farmer from Castlebar, Co Mayo," (the tagger types the county a person): the
    county is where Castlebar lies, and the speaker is the one the description means; off, the county is taken for
    her name."""
    monkeypatch.setattr(coref, "REGION_AFTER_A_HOME_PLACE", on)
    art = article(text)
    _, (found,) = art.resolve([art.candidate(content, "told", source, kind="direct")])
    assert speaker_name(found) == (source.removesuffix(f", {region}") if on else region)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "content", "speaker_on", "speaker_off"),
    [
        # AGED_NEXT_NAMES_DESCRIPTION: the one the next sentence names with an age is the one just described
        ("AGED_NEXT_NAMES_DESCRIPTION", "Mayor Ann Reyes visited the site.\n\nThe Welsh-born engineer told the BBC "
         "that the bridge had been checked twice. Gareth Pryce, 54, has worked on the bridge since 2003.",
         "the bridge had been checked twice", "Gareth Pryce", "Ann Reyes"),
        # AGES_OF_NAMES: "the 47-year-old" is the one given 47 with the name, not the one named last
        ("AGES_OF_NAMES", "Corran Vell, 47, and Tam Okafor, 31, were rescued from the boat on Sunday.\n\nOkafor said "
         "the sea had been calm.\n\nThe 47-year-old said the engine had failed.", "the engine had failed",
         "Corran Vell", "Tam Okafor"),
        # INTERLOCUTORS_NOT_SPEAKERS: a description is not the one its own clause says it spoke with
        ("INTERLOCUTORS_NOT_SPEAKERS", "Mayor Ann Reyes visited the new clinic on Monday.\n\nAsked by Reyes whether "
         "the clinic would open on time, the director said it would.", "it would", "the director", "Ann Reyes"),
        ("INTERLOCUTORS_NOT_SPEAKERS", "Tom Hale joined the show on Monday.\n\nIn an interview with Hale, the former "
         "minister said the party had lost its way.", "the party had lost its way", "the former minister",
         "Tom Hale"),
        # INTERVIEWERS_NOT_THE_LAST_NAMED: the host asking is not the guest named last
        ("INTERVIEWERS_NOT_THE_LAST_NAMED", "Councillor Jo Park appeared on the morning show on Monday.\n\n“Will you "
         "cut the library?” the host asked.", "Will you cut the library?", "the host", "Jo Park"),
    ],
)  # fmt: skip
def test_a_description_is_the_one_its_age_or_its_clause_names_and_not_the_one_it_spoke_with(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    flag: str,
    text: str,
    content: str,
    speaker_on: str,
    speaker_off: str,
) -> None:
    """Each reading of a description's person on and off, through the whole pipeline (off, the description falls back
    on the salient person named before)."""
    monkeypatch.setattr(coref, flag, on)
    result = quotegraph.extract(text, published="2025-02-07")
    [found] = [a for a in result.attributions if a.content is not None and content in a.content.text]
    assert speaker_name(found) == (speaker_on if on else speaker_off)
