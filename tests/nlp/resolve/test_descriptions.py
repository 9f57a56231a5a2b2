"""Descriptions that stand for a person named earlier: role nouns, party members, salience over distance."""

from __future__ import annotations

import pytest

from .conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


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


def test_a_description_takes_the_most_salient_person_not_the_latest(article: ArticleMaker) -> None:
    text = "Harold Vance praised Tom Reed on Monday. The billionaire said the club would stay in the city."
    found = speaker_name(
        article(text).one("the club would stay in the city", "said", "The billionaire", after="Monday.")
    )
    assert found == "Harold Vance"


def test_a_party_member_described_by_state_is_the_named_senator(article: ArticleMaker) -> None:
    text = "Senator Mitch Rowe opposed the bill on Monday. The Kentucky Republican said the bill was dead."
    found = speaker_name(article(text).one("the bill was dead", "said", "The Kentucky Republican", after="Monday."))
    assert found == "Mitch Rowe"


@pytest.mark.parametrize("owner", ["Her", "The"])
def test_a_name_after_the_body_a_description_ends_in_is_the_description_s(article: ArticleMaker, owner: str) -> None:
    text = f"Nadia Okafor wrote a book. {owner} editor at Harbourline Press, Simon Achterberg, says the wait was long."
    art = article(text)
    assert next(t for t in art.doc if t.text == "Achterberg").head.text == "Press"  # the parse this rule is for
    source = f"{owner} editor at Harbourline Press, Simon Achterberg,"
    assert speaker_name(art.one("the wait was long", "says", source, after="book.")) == "Simon Achterberg"


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


def test_a_body_description_skips_a_named_body_whose_name_calls_it_another_kind(article: ArticleMaker) -> None:
    text = "Porters at Lakeview Hospital went on strike on Monday. The union said the strike would go on."
    found = article(text).one("the strike would go on", "said", "The union", after="Monday.")
    assert speaker_name(found) != "Lakeview Hospital"


@pytest.mark.parametrize(
    ("name", "noun"), [("Lakeview Hospital", "hospital"), ("First Harbor Bank", "lender"), ("Kellogg Co.", "bidder")]
)
def test_a_body_description_takes_a_named_body_of_its_kind(article: ArticleMaker, name: str, noun: str) -> None:
    text = f"{name} cut 200 jobs on Monday. The {noun} said more cuts would follow."
    assert speaker_name(article(text).one("more cuts would follow", "said", f"The {noun}", after="Monday.")) == name


def test_an_age_used_as_a_noun_is_the_person_named_before(article: ArticleMaker) -> None:
    text = "Carla Jensen, 61, lost her seat on Tuesday. The 61-year-old said she would not run again."
    found = article(text).one("she would not run again", "said", "The 61-year-old", after="Tuesday.")
    assert speaker_name(found) == "Carla Jensen"


def test_a_name_its_own_clause_calls_it_is_a_body_that_the_company_finds(article: ArticleMaker) -> None:
    text = "Harvest Box raised its prices for the second time this year. The company said costs had risen."
    found = article(text).one("costs had risen", "said", "The company", after="year.")
    assert speaker_name(found) == "Harvest Box" and found.speaker is not None and found.speaker.type == "ORG"


def test_a_person_with_a_known_forename_stays_a_person_beside_its(article: ArticleMaker) -> None:
    text = "Paul Ryan doubled its budget on Tuesday. Ryan said the decision was right."
    found = article(text).one("the decision was right", "said", "Ryan", after="Tuesday.")
    assert found.speaker is not None and found.speaker.type == "PERSON"


def test_a_body_a_person_role_owns_is_not_the_body_named_before(article: ArticleMaker) -> None:
    text = (
        "Dr. Samuel Ocampo treated the hiker at Ridgeway General Hospital. "
        "The sheriff's office said it would review how hikers register."
    )
    found = article(text).one("it would review how hikers register", "said", "The sheriff's office")
    assert speaker_name(found) == "The sheriff's office"


def test_a_body_described_by_its_place_is_still_the_body_named_before(article: ArticleMaker) -> None:
    text = (
        "The National Rifle Association opposed the bill. "
        "The nation's largest gun group said the bill would fail in the Senate."
    )
    found = article(text).one("the bill would fail in the Senate", "said", "The nation's largest gun group")
    assert speaker_name(found) == "National Rifle Association"


def test_a_body_noun_takes_the_body_named_so_over_a_nearer_name_that_says_nothing(
    article: ArticleMaker,
) -> None:
    text = (
        "Astronomers at Norland University said on Monday that the planet has water. The finding, described in the "
        "journal Planetary Letters, is the first of its kind, the university said."
    )
    found = article(text).one("is the first of its kind", "said", "the university", after="kind")
    assert speaker_name(found) == "Norland University"


def test_a_name_apposed_to_operator_is_a_body_and_a_person_apposed_to_it_speaks(
    article: ArticleMaker,
) -> None:
    text = (
        "The operator, Northline Trains, said it was disappointed. A spokeswoman for Northline, Priya Raman, said "
        "services would run."
    )
    found = article(text).one("services would run", "said", "A spokeswoman for Northline, Priya Raman,")
    assert speaker_name(found) == "Priya Raman"


@pytest.mark.parametrize("opening", ["One", "A"])
def test_an_unnamed_source_opened_by_one_is_whom_she_stands_for(article: ArticleMaker, opening: str) -> None:
    text = f"{opening} nurse told the Herald that staff had a name for the list. “We called it the lottery,” she said."
    found = article(text).said(
        ("that staff had a name for the list", f"{opening} nurse"), ("We called it the lottery", "she")
    )
    assert found == [f"{opening} nurse", f"{opening} nurse"]


def test_the_company_is_not_a_body_named_only_as_a_commentator_s_workplace(article: ArticleMaker) -> None:
    """ "an analyst at Nordbank Markets" tells where the analyst works: the story's company is the one meant."""
    text = (
        "Harvest Box raised its prices on Thursday. Kari Holm, an analyst at Nordbank Markets, said the rise was "
        "overdue. The company said costs had risen."
    )
    found = article(text).one("costs had risen", "said", "The company", after="overdue.")
    assert speaker_name(found) == "Harvest Box"


def test_the_company_may_be_a_body_its_spokesman_works_at(article: ArticleMaker) -> None:
    """A spokesman speaks for the body he works at: "a spokesman at Tallow Freight" names the story's body."""
    text = (
        "Harvest Box raised its prices on Thursday. Sam Reed, a spokesman at Tallow Freight, said deliveries would "
        "slow. The company said costs had risen."
    )
    found = article(text).one("costs had risen", "said", "The company", after="slow.")
    assert speaker_name(found) == "Tallow Freight"


def test_a_company_that_reports_its_results_is_no_outlet(article: ArticleMaker) -> None:
    """ "reported a third-quarter profit": a body's own results, not a news outlet's report."""
    text = "Corvane Airlines reported a third-quarter profit on Thursday. The company said fares would fall."
    found = article(text).one("fares would fall", "said", "The company", after="Thursday.")
    assert speaker_name(found) == "Corvane Airlines" and found.speaker is not None and found.speaker.type == "ORG"


def _lede_then(article: ArticleMaker, next_source: str) -> list[str | None]:
    """The speakers of a lede's described chief executive and of the next paragraph's quote."""
    text = (
        "Corvane Airlines reported a profit on Thursday, but its chief executive warned that fares would fall.\n\n"
        f"“We will not chase the market,” {next_source} told reporters."
    )
    found = article(text)
    candidates = [
        found.candidate("fares would fall", "warned", "its chief executive"),
        found.candidate("We will not chase the market", "told", next_source, kind="direct"),
    ]
    return [speaker_name(a) for a in found.resolve(candidates)[1]]


def test_a_described_person_is_the_one_named_next_as_a_source_with_no_introduction(
    article: ArticleMaker,
) -> None:
    """A news lede's delayed name: the next paragraph's source named with nothing to say who he is."""
    assert _lede_then(article, "Lars Engström") == ["Lars Engström", "Lars Engström"]


def test_a_described_person_is_not_a_newcomer_introduced_next(article: ArticleMaker) -> None:
    """ "Kari Holm, an analyst at Nordbank Markets," is introduced: somebody new, not the chief executive."""
    found = _lede_then(article, "Kari Holm, an analyst at Nordbank Markets,")
    assert found == ["its chief executive", "Kari Holm"]


def test_a_described_person_is_the_one_named_next_after_a_later_description(article: ArticleMaker) -> None:
    """A headline's or standfirst's description far before the name, the lede's again just before it."""
    text = (
        "Corvane Airlines said on Monday that its chief executive would speak this week. Markets rose. Traders "
        "waited.\n\nThe chief executive of Corvane Airlines warned on Thursday that fares would fall.\n\n"
        "“We will not chase the market,” Lars Engström told reporters."
    )
    found = article(text)
    candidates = [
        found.candidate("fares would fall", "warned", "The chief executive of Corvane Airlines"),
        found.candidate("We will not chase the market", "told", "Lars Engström", kind="direct"),
    ]
    assert [speaker_name(a) for a in found.resolve(candidates)[1]] == ["Lars Engström", "Lars Engström"]


def _superintendent_then(article: ArticleMaker, named: str) -> str | None:
    """The speaker of a lede's "the county's superintendent said", named in the next sentence as ``named``."""
    text = (
        "Every school in Greyfield County was closed on Wednesday, and the county's superintendent said classes may "
        f"not resume until Friday. {named} announced the closure in a phone message."
    )
    found = article(text).one("classes may not resume until Friday", "said", "the county's superintendent")
    return speaker_name(found)


def test_a_described_person_is_the_one_named_next_with_the_noun_as_a_title(article: ArticleMaker) -> None:
    assert _superintendent_then(article, "Superintendent Walter Brandt") == "Walter Brandt"


def test_a_person_named_next_with_another_title_is_not_the_described_one(article: ArticleMaker) -> None:
    assert _superintendent_then(article, "Mayor Walter Brandt") == "the county's superintendent"


def test_a_noun_the_lexicon_lacks_stands_for_the_person_named_beside_it(article: ArticleMaker) -> None:
    text = "The panda was spotted by a retired postman, Derek Allsop, who told the Post he had gone out for a rake."
    found = article(text).one("he had gone out for a rake", "told", "a retired postman")
    assert speaker_name(found) == "Derek Allsop"


def test_an_unnamed_source_s_noun_named_in_the_next_sentence_is_that_person(article: ArticleMaker) -> None:
    text = (
        "The Harlow Kings have opened talks with two teams, the guard's agent said on Monday. "
        "The agent, Benny Sato, told ESPN that his client wanted to leave."
    )
    found = article(text).one("The Harlow Kings have opened talks", "said", "the guard's agent")
    assert speaker_name(found) == "Benny Sato"


def test_an_unnamed_source_is_not_the_person_named_next_in_another_noun(article: ArticleMaker) -> None:
    text = (
        "The Harlow Kings have opened talks with two teams, a league source said on Monday. "
        "The agent, Benny Sato, told ESPN that his client wanted to leave."
    )
    found = article(text).one("The Harlow Kings have opened talks", "said", "a league source")
    assert speaker_name(found) == "a league source"


def test_a_description_apposed_beside_a_name_on_a_noun_for_no_one_is_that_person(
    article: ArticleMaker,
) -> None:
    text = (
        "General manager Alicia Ferro said the team does not comment on trades. "
        "Delacroix's teammate, the rookie forward Jalen Moss, said the locker room had not been distracted."
    )
    found = article(text).one("the locker room had not been distracted", "said", "the rookie", after="teammate")
    assert speaker_name(found) == "Jalen Moss"


@pytest.mark.parametrize("noun", ["zoo", "aquarium", "gallery"])
def test_a_public_place_speaks_as_the_body_of_that_name(article: ArticleMaker, noun: str) -> None:
    text = f"A red panda slipped out of its enclosure at Kesterton {noun.title()} on Sunday, the {noun} said."
    found = article(text).one("A red panda slipped out", "said", f"the {noun}")
    assert speaker_name(found) == f"Kesterton {noun.title()}"


_RETRACTED = (
    "A sleep study is withdrawn; its lead author says the finding still stands. "
    "The journal retracted the study on Tuesday. Its editors wrote that they had lost confidence in the data. "
    "An investigation found duplicated images. The {noun}, Dr. Oren Falk, said he accepted the decision."
)


def test_a_description_named_paragraphs_on_in_the_same_noun_is_that_person(article: ArticleMaker) -> None:
    found = article(_RETRACTED.format(noun="lead author")).one("the finding still stands", "says", "its lead author")
    assert speaker_name(found) == "Oren Falk"


def test_a_description_is_not_the_person_named_paragraphs_on_in_another_noun(article: ArticleMaker) -> None:
    found = article(_RETRACTED.format(noun="co-author")).one("the finding still stands", "says", "its lead author")
    assert speaker_name(found) == "its lead author"


_MINISTER_THEN_AMBASSADOR = (
    "Culture Minister Paul Ebanda opened the exhibition on Friday. The museum's director, Eleanor Pryce, flew in "
    "for the ceremony. Crowds filled the hall. Schools sent pupils. The ambassador, Rose Atangana, said talks "
    "were well advanced. "
)


def test_the_title_of_the_one_person_titled_so_is_that_person_however_far_back(
    article: ArticleMaker,
) -> None:
    art = article(_MINISTER_THEN_AMBASSADOR + "The minister said the figures would go on display in March.")
    found = art.said(
        ("talks were well advanced", "The ambassador, Rose Atangana,"),
        ("the figures would go on display in March", "The minister", "well advanced."),
    )
    assert found == ["Rose Atangana", "Paul Ebanda"]


def test_the_title_of_two_people_titled_so_is_neither_by_its_title(article: ArticleMaker) -> None:
    text = _MINISTER_THEN_AMBASSADOR.replace("The museum's director, Eleanor Pryce,", "Finance Minister Jean Oko") + (
        "The minister said the figures would go on display in March."
    )
    found = article(text).said(
        ("talks were well advanced", "The ambassador, Rose Atangana,"),
        ("the figures would go on display in March", "The minister", "well advanced."),
    )
    assert found[1] == "Rose Atangana"  # the most salient person, as before the rule: no title decides


def test_a_body_told_of_as_one_kind_is_not_a_noun_of_another_kind(article: ArticleMaker) -> None:
    text = (
        "Harlow Athletic lost 1-0 on Saturday. The club said it would write to the league. "
        "The league said the result would stand."
    )
    statements = (("it would write to the league", "The club"), ("the result would stand", "The league"))
    club, league = article(text).said(*statements)
    assert club == "Harlow Athletic"
    assert league is not None and league.casefold() == "the league"  # a club is no league: the article names none


def test_a_noun_said_of_a_name_s_title_finds_the_one_so_named(article: ArticleMaker) -> None:
    text = (
        "Kings open trade talks over unsettled veteran guard Marcus Delacroix\n\n"
        "Delacroix's teammate, the rookie forward Jalen Moss, said the locker room was calm. "
        "The veteran wrote on Instagram: time will tell."
    )
    found = article(text).one("time will tell", "wrote", "The veteran", after="calm.")
    assert speaker_name(found) == "Marcus Delacroix"


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


def test_a_common_noun_in_capitals_set_off_beside_a_name_is_that_person(article: ArticleMaker) -> None:
    text = "The constituency's MP, Olivia Harrow, said the wall would be built."
    found = article(text).one("the wall would be built", "said", "The constituency's MP")
    assert speaker_name(found) == "Olivia Harrow"


def test_a_noun_for_an_unnamed_source_is_the_one_just_named_with_it_as_title(article: ArticleMaker) -> None:
    text = (
        "Detective Inspector Lucy Varnham told reporters that the case was large. "
        "The detective added that two of the paintings had not been traced."
    )
    found = article(text).one("two of the paintings had not been traced", "added", "The detective")
    assert speaker_name(found) == "Lucy Varnham"


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


def test_the_one_asked_in_the_sentence_before_answers(article: ArticleMaker) -> None:
    """ "The chair asked Calloway why ... The historian, 61, said": a source's description with nobody named by its
    noun is the person a question was put to just before, not the asker, however salient."""
    text = (
        "The panel's chair, Gwen Adeyemi, opened the hearing. Adeyemi asked Daniel Okoro why the two plans matched. "
        "The historian, 61, said he had never seen her plans."
    )
    attribution = article(text).one("he had never seen her plans", "said", "The historian, 61,")
    assert speaker_name(attribution) == "Daniel Okoro"


def test_a_role_held_of_one_name_is_not_the_holder_of_the_same_role_of_another(article: ArticleMaker) -> None:
    first = "The representative of the Russian Federation said his delegation could support six months."
    art = article(f"{first} The representative of China said the parties should settle it.")
    found = art.said(("the parties should settle it", "The representative of China"))
    assert found == ["The representative of China"]


def test_a_driver_described_first_is_the_one_named_next_with_an_age(article: ArticleMaker) -> None:
    text = (
        "Union leader Rosa Pell spoke first. The motion was moved by a bus driver from Ballarat who told the meeting "
        'she had been warned for being late. "I was late the day my mother died," said the woman. Delia Marsh, 52, '
        "has driven the same route for 20 years."
    )
    found = article(text).one("she had been warned for being late", "told", "a bus driver from Ballarat")
    assert speaker_name(found) == "Delia Marsh"


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


def test_a_host_named_by_the_role_before_is_the_host(article: ArticleMaker) -> None:
    art = article(
        "The show's host, Ann Vale, opened the hour. The senator, Tom Reyes, said the bill was dead. "
        "The host said the bill had support."
    )
    found = art.said(("the bill had support", "The host"))
    assert found == ["Ann Vale"]
