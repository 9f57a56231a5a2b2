"""Each resolving mechanism on texts other than the sample: names, genders, descriptions, plurals, outlets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.model import Attribution, Entity
from quotegraph.nlp import resolving_occasions, resolving_reread
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.names import strip_name

from .conftest import Article, ArticleMaker, entity_named, speaker_name

pytestmark = pytest.mark.slow

SENATE = (
    "Senator Maria Lopez, the chairwoman of the budget committee, said on Tuesday that the bill was dead. "
    "Mr. Daniel Brooks disagreed. She told reporters that the vote would fail. "
    "The White House said in a statement that it would veto the measure. "
    "A spokesman for the Treasury Department declined to comment. Sources said the talks had collapsed. "
    "Republicans said they would try again next week. The senator wrote on Twitter that she was disappointed. "
    "Brooks added that he remained hopeful. According to The Washington Post, the deal was close."
)
CLINIC = (
    "Dr. Ahmed Khan, who leads the clinic, told the BBC that funding had run out. "
    "Khan said the government had ignored warnings. The doctor added that patients were suffering. "
    "A source close to the ministry said officials were reviewing the case. "
    "The source added that no decision had been made."
)


@pytest.fixture(scope="module")
def senate(article: Callable[..., Article]) -> tuple[list[Entity], list[Attribution]]:
    art = article(SENATE, published="2024-03-15")  # a Friday
    return art.resolve(
        [
            art.candidate("that the bill was dead", "said", "Senator Maria Lopez"),
            art.candidate("that the vote would fail", "told", "She"),
            art.candidate("that it would veto the measure", "said", "The White House", after="The White House"),
            art.candidate("the talks had collapsed", "said", "Sources", after="Sources"),
            art.candidate("they would try again next week", "said", "Republicans", after="Republicans"),
            art.candidate("that she was disappointed", "wrote", "The senator"),
            art.candidate("that he remained hopeful", "added", "Brooks"),
            art.candidate("the deal was close", "According to", "The Washington Post"),
        ]
    )


def test_gender_from_forename_and_title_picks_the_right_pronoun_antecedent(senate: Any) -> None:
    entities, attributions = senate
    # "She" follows "Mr. Daniel Brooks": the male is nearer, the female is the one that fits
    assert speaker_name(attributions[1]) == "Maria Lopez"
    assert speaker_name(attributions[6]) == "Daniel Brooks"
    assert "he" in {m.text for m in entity_named(entities, "Daniel Brooks").mentions}


def test_title_and_apposition_link_descriptions_to_the_named_person(senate: Any) -> None:
    entities, attributions = senate
    lopez = {m.text for m in entity_named(entities, "Maria Lopez").mentions}
    assert {"the chairwoman of the budget committee", "The senator"} <= lopez
    assert speaker_name(attributions[5]) == "Maria Lopez"


def test_organisations_groups_and_outlets(senate: Any) -> None:
    entities, attributions = senate
    assert attributions[2].speaker is not None and attributions[2].speaker.type == "ORG"
    assert "it" in {m.text for m in entity_named(entities, "White House").mentions}
    assert "they" in {m.text for m in entity_named(entities, "Republicans").mentions}
    assert attributions[7].speaker is not None and attributions[7].speaker.type == "OUTLET"


def test_unnamed_sources_are_their_own_entities(senate: Any) -> None:
    entities, attributions = senate
    assert speaker_name(attributions[3]) == "Sources"
    spokesman = entity_named(entities, "A spokesman for the Treasury Department")
    assert spokesman.type == "PERSON"


def test_channel_addressee_and_weekday(senate: Any) -> None:
    _, attributions = senate
    said, told, white_house, *_ = attributions
    assert said.time is not None and (said.time.text, said.time.date) == ("on Tuesday", "2024-03-12")
    assert told.addressee is not None and told.addressee.text == "reporters"
    assert white_house.channel is not None and white_house.channel.text == "a statement"
    wrote = attributions[5]
    assert wrote.channel is not None and wrote.channel.text == "Twitter"
    assert not any(e.name == "Twitter" for e in senate[0])  # a platform is a channel, not a speaker


@pytest.fixture(scope="module")
def clinic(article: Callable[..., Article]) -> tuple[list[Entity], list[Attribution]]:
    art = article(CLINIC)
    return art.resolve(
        [
            art.candidate("that funding had run out", "told", "who"),
            art.candidate("the government had ignored warnings", "said", "Khan", after="Khan said"),
            art.candidate("that patients were suffering", "added", "The doctor"),
            art.candidate(
                "officials were reviewing the case", "said", "A source close to the ministry", after="A source"
            ),
            art.candidate("that no decision had been made", "added", "The source", after="The source"),
        ]
    )


def test_relative_pronoun_surname_and_role_from_title(clinic: Any) -> None:
    _, attributions = clinic
    assert [speaker_name(a) for a in attributions[:3]] == ["Ahmed Khan"] * 3
    assert attributions[0].addressee is not None and attributions[0].addressee.text == "the BBC"


def test_a_definite_description_repeats_an_earlier_unnamed_source(clinic: Any) -> None:
    _, attributions = clinic
    first, second = attributions[3].speaker, attributions[4].speaker
    assert first is not None and second is not None
    assert first.entity == second.entity and first.name == "A source close to the ministry"


def test_without_publication_date_weekdays_stay_undated(article: ArticleMaker) -> None:
    art = article("The minister said on Friday that prices would fall.")
    attribution = art.one("that prices would fall", "said", "The minister")
    assert attribution.time is not None and attribution.time.text == "on Friday" and attribution.time.date is None
    assert attribution.speaker is not None and attribution.speaker.name == "The minister"


def test_an_unresolvable_pronoun_is_not_given_to_somebody_else(article: ArticleMaker) -> None:
    art = article("The Acme Corporation opened a plant. She said the plant was safe.")
    attribution = art.one("the plant was safe", "said", "She")
    assert attribution.speaker is not None and attribution.speaker.name == "She"
    assert attribution.confidence < 1.0


def test_a_time_inside_the_reported_clause_is_not_the_time_of_saying(article: ArticleMaker) -> None:
    art = article("The mayor said that the bridge would reopen on Friday.", published="2025-02-01")
    attribution = art.one("that the bridge would reopen on Friday", "said", "The mayor")
    assert attribution.time is None


def test_a_second_verb_shares_the_first_ones_subject(article: ArticleMaker) -> None:
    art = article("Ms. Rosa Ortiz praised the plan and promised that the city would fund it.")
    attribution = art.one("that the city would fund it", "promised")
    assert attribution.speaker is not None and attribution.speaker.name == "Rosa Ortiz"


def test_a_predicative_description_is_no_mention(article: ArticleMaker) -> None:
    art = article("Omar Haddad worked as a lawyer for years and is a partner at a firm. A lawyer for the city said no.")
    described = [m.text for m in find_mentions(art.doc, art.doc.text) if m.kind == "description"]
    assert not any(text.startswith(("a lawyer", "a partner")) for text in described)
    assert "A lawyer for the city" in described  # the same noun as a subject does refer to somebody


def test_names_lose_what_ner_swallows_around_them(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Mr.", "Obama", "Says", "it", ",", "Trump", "''", "said"])
    for token, tag in zip(doc, ["NNP", "NNP", "VBZ", "PRP", ",", "NNP", "''", "VBD"], strict=True):
        token.tag_ = tag
    assert strip_name(doc[0:3]).text == "Obama"
    assert strip_name(doc[5:7]).text == "Trump"


def test_a_surname_the_tagger_missed_still_finds_its_person(article: ArticleMaker) -> None:
    art = article("Senator Jon Tester grilled the bank. Tester said the bank had failed.")
    assert not any(ent.text == "Tester" for ent in art.doc.ents)  # the case this mechanism exists for
    attribution = art.one("the bank had failed", "said", "Tester", after="Tester said")
    assert attribution.speaker is not None and attribution.speaker.name == "Jon Tester"


def test_relative_that_takes_the_noun_its_clause_hangs_on(article: ArticleMaker) -> None:
    art = article("The board met with groups that said the rules were unfair.")
    attribution = art.one("the rules were unfair", "said", "that")
    assert attribution.speaker is not None and attribution.speaker.name == "groups"


def test_a_medium_spoken_of_is_not_the_channel(article: ArticleMaker) -> None:
    art = article("The mayor criticized the governor's remarks in a statement.")
    attribution = art.one("the governor's remarks", "criticized", "The mayor")
    assert attribution.channel is not None and attribution.channel.text == "a statement"


def test_a_body_named_by_a_scene_noun_is_no_channel(article: ArticleMaker) -> None:
    """ "the court said", "the three-member panel said": the body speaks; its name is not what the words went
    through (a document is: "the poll found")."""
    art = article("The three-member panel said the explanation was weak. The poll found that voters were angry.")
    panel = art.one("the explanation was weak", "said", "The three-member panel")
    assert panel.channel is None
    poll = art.one("that voters were angry", "found", "The poll")
    assert poll.channel is not None and poll.channel.text == "The poll"
    # a scene someone owns is still the channel
    art = article("Hale spoke in Reno. His speech said the wall would be built.")
    speech = art.one("the wall would be built", "said", "His speech")
    assert speech.channel is not None and speech.channel.text == "His speech"


def test_whom_a_letter_went_to_is_not_its_speaker(article: ArticleMaker) -> None:
    source = "The letter, published on Sunday and addressed to Minister Claire Dunmore,"
    art = article(f"{source} says the cuts put lives at risk.")
    letter = art.one("the cuts put lives at risk", "says", source)
    assert letter.speaker is not None and letter.speaker.name == source  # the letter itself, not Dunmore
    assert letter.addressee is not None and letter.addressee.text == "Minister Claire Dunmore"


def test_a_name_used_only_as_a_modifier_is_noentity_named(article: ArticleMaker) -> None:
    art = article("The Obama-era rule angered the Clinton campaign, and Grammy-winning singers said so.")
    names = {e.name for e in art.resolve([])[0]}
    assert not names & {"Obama", "Clinton", "Grammy"}


def test_outlets_known_by_their_context_not_only_the_shipped_list(article: ArticleMaker) -> None:
    art = article(
        "Mark Holt told Bluefin Partners in an interview that he agreed. "
        "A recent story by Silver Lantern Group said the deal was off."
    )
    types = {e.name: e.type for e in art.resolve([])[0]}
    assert types["Bluefin Partners"] == "OUTLET"  # "told X in an interview"
    assert types["Silver Lantern Group"] == "OUTLET"  # "a story by X"
    assert types["Mark Holt"] == "PERSON"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Whistleblower says depots faked forklift inspections", "Priya Raman"),
        ("Whistleblower says depots hid injuries", "Whistleblower"),  # the lede restates nothing of it
        # a headline's noun with the modifiers that tell who, no article: as bare, it names no one
        ("Warehouse safety manager says depots faked forklift inspections", "Priya Raman"),
    ],
)
def test_a_headline_s_role_the_body_never_uses_is_the_speaker_of_the_lede_it_restates(
    article: ArticleMaker, headline: str, speaker: str
) -> None:
    lede = "Priya Raman, a former manager, told regulators that the depots routinely signed off forklift inspections."
    art = article(f"{headline}\n\n{lede}")
    role, said = headline.split(" says ")
    _, found = art.resolve(
        [
            art.candidate(said, "says", role),
            art.candidate("the depots routinely signed off forklift inspections", "told", "Priya Raman"),
        ]
    )
    assert speaker_name(found[0]) == speaker


def test_a_nested_report_s_own_time_is_the_statement_s(article: ArticleMaker) -> None:
    """The outer content holds the inner speaker's whole telling: what stands between the inner verb and the clause it
    reports is the inner statement's occasion, not words said."""
    text = (
        "Police released a statement. According to the statement, Corey Vance told officers after his arrest that he "
        "had “panicked when he saw the lights.”"
    )
    content = text[text.index("Corey") :]
    attribution = article(text).one(content, "According to", "the statement")
    assert attribution.speaker is not None and attribution.speaker.name == "Corey Vance"
    assert attribution.addressee is not None and attribution.addressee.text == "officers"
    assert attribution.time is not None and attribution.time.text == "after his arrest"


TOLD_THE_TELLER = (
    "Rosa Delgado, who runs a garage in Tulsa, told the Courier that she lost a day's work. "
    "Delgado said a utility engineer told her by phone on Monday that the line would be repaired by Friday."
)


def test_what_another_told_the_teller_is_the_other_s_to_the_teller(article: ArticleMaker) -> None:
    """A person's report of what another told that very person: the other speaks, to the teller, through what the
    inner verb names; the teller's surname as the source does not take the words back as a namesake's."""
    art = article(TOLD_THE_TELLER)
    _, found = art.resolve(
        [
            art.candidate("that she lost a day's work", "told", "Rosa Delgado"),
            art.candidate(
                "a utility engineer told her by phone on Monday that the line would be repaired by Friday",
                "said",
                "Delgado",
                after="work.",
            ),
        ]
    )
    assert speaker_name(found[0]) == "Rosa Delgado"
    assert speaker_name(found[1]) == "a utility engineer"
    assert found[1].addressee is not None and found[1].addressee.text == "her"
    assert found[1].channel is not None and found[1].channel.text == "phone"


def test_a_telling_to_somebody_else_stays_the_teller_s(article: ArticleMaker) -> None:
    """ "Delgado said a neighbour told police ...": a person passing on what was told to others is still the speaker."""
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said a neighbour told police on Monday that the line was down."
    attribution = article(text).one(text[text.index("a neighbour") :], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


def test_what_the_teller_was_bidden_do_stays_the_teller_s(article: ArticleMaker) -> None:
    """ "Delgado wrote that doctors had told her to rest": what the teller was told to do is the teller's own news."""
    text = "Rosa Delgado runs a garage in Tulsa. Delgado wrote that doctors had told her to rest for a month."
    attribution = article(text).one(text[text.index("that doctors") :], "wrote", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


@pytest.mark.parametrize(
    ("bidding", "speaker"),
    [
        # the bidder's own words, quoted, in a bidding the parser reads as an adverbial clause of the telling
        ("before the final round to “spell the roots, not the panic.”", "her coach"),
        # the same bidding unquoted is the teller's own news, as "doctors had told her to rest" is
        ("before the final round to spell the roots, not the panic.", "Rosa Delgado"),
    ],
)
def test_what_another_bade_the_teller_in_quoted_words_is_the_other_s(
    article: ArticleMaker, bidding: str, speaker: str
) -> None:
    """ "She said her coach had told her before the final round to “spell the roots ...”": the quotation marks give
    the coach's words, told to the teller (``QUOTED_BIDDINGS_TOLD_THE_TELLER``)."""
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said her coach had told her " + bidding
    attribution = article(text).one(text[text.index("her coach") :], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == speaker


@pytest.mark.parametrize(
    ("described", "after_lede", "speaker"),
    [
        ("a senior official", "The board met at nine.", "Margit Halvorsen"),
        # a person the text named before the next paragraph is not the one the lede introduced without a name
        ("a senior official", "Halvorsen chaired it.", "a senior official"),
        # a body is no person the next paragraph names ("A federal appeals court on Thursday upheld ...")
        ("a federal appeals court", "The board met at nine.", "a federal appeals court"),
    ],
)
def test_a_lede_s_indefinite_speaker_is_the_person_the_next_paragraph_first_names(
    article: ArticleMaker, described: str, after_lede: str, speaker: str
) -> None:
    lede = f"The truce was holding by a thread, {described} told the board this morning. {after_lede}"
    source = "Margit Halvorsen, the deputy director,"
    art = article(f"{lede}\n\nBriefing the board, {source} said that 214 violations were recorded.")
    _, found = art.resolve(
        [
            art.candidate("The truce was holding by a thread", "told", described),
            art.candidate("that 214 violations were recorded", "said", source),
        ]
    )
    assert speaker_name(found[0]) == speaker


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("second", "third", "named", "unflagged"),
    [
        # the next paragraph's speaker holds another office: the one after names the barrister
        (
            "Planning inspector Helen Probert",
            "Nicholas Greaves, representing the firm,",
            "Nicholas Greaves",
            "Helen Probert",
        ),
        # no statement of a newcomer after her: the lede keeps its description
        ("Planning inspector Helen Probert", "The inspector", "A barrister for the firm", "Helen Probert"),
        # titled with the lede's own noun: she is the barrister
        (
            "Barrister Helen Probert",
            "Nicholas Greaves, representing the firm,",
            "Barrister Helen Probert",
            "Barrister Helen Probert",
        ),
    ],
)
def test_a_lede_s_description_is_not_the_next_paragraph_s_holder_of_another_office(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    second: str,
    third: str,
    named: str,
    unflagged: str,
) -> None:
    """LEDE_NAMES_PAST_OTHER_TITLES: "A barrister for the company told a public inquiry ... ¶ Opening the inquiry,
    planning inspector Helen Probert said ... ¶ Nicholas Greaves KC, representing developer ..., said"."""
    monkeypatch.setattr(resolving_reread, "LEDE_NAMES_PAST_OTHER_TITLES", on)
    lede = "A barrister for the firm told the inquiry on Tuesday that the turbines were needed."
    art = article(
        f"{lede}\n\n{second} said she would walk the site.\n\n{third} said the ridge was the windiest in the county."
    )
    _, found = art.resolve(
        [
            art.candidate("that the turbines were needed", "told", "A barrister for the firm"),
            art.candidate("she would walk the site", "said", second, after="needed."),
            art.candidate("the ridge was the windiest in the county", "said", third, after="the site."),
        ]
    )
    assert speaker_name(found[0]) == (named if on else unflagged)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("introduced", "aged"), [("Tom Reilly, 66, who has kept bees for 40 years,", True), ("Tom Reilly", False)]
)
def test_a_lede_s_noun_the_lexicons_lack_is_the_next_paragraph_s_speaker_given_an_age(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, introduced: str, aged: bool
) -> None:
    """LEDE_NOUNS_LACKED: "A beekeeper in north Cavan says ... ¶ Tom Reilly, 66, who ..., said": a noun no lexicon
    keeps is a person's only when the next paragraph introduces its speaker with an age."""
    monkeypatch.setattr(resolving_reread, "LEDE_NOUNS_LACKED", on)
    lede = "A beekeeper in north Cavan says crop spraying killed half of the bees last week."
    art = article(f"{lede}\n\n{introduced} said the hives were silent on Friday.")
    _, found = art.resolve(
        [
            art.candidate("crop spraying killed half of the bees", "says", "A beekeeper in north Cavan"),
            art.candidate("the hives were silent on Friday", "said", introduced),
        ]
    )
    assert (speaker_name(found[0]) == "Tom Reilly") == (on and aged)


RETOLD = "Denise Okafor runs the pension agency. Okafor said on Wednesday that the executives had {verb} {rest}."


@pytest.mark.parametrize(
    ("verb", "rest", "speaker", "addressee", "time"),
    [
        # another's words said before the report, in a that-clause of their own: theirs, on their own occasion
        ("assured", "the agency in December that the plan was funded", "the executives", "the agency", "in December"),
        ("insisted", "in December that the plan was funded", "the executives", None, "in December"),
        # the that-clause read as a relative clause on the scene the verb names: still the earlier saying's own
        (
            "told",
            "a delegation of farmers at a meeting in Cork last month that the plan was funded",
            "the executives",
            "a delegation of farmers",
            "last month",
        ),
        # not said before the report ("the executives assured ..."): the teller's account
        ("been assured", "by the agency that the plan was funded", "Denise Okafor", None, "on Wednesday"),
    ],
)
def test_a_person_s_report_of_what_another_had_said_before_is_the_other_s(
    article: ArticleMaker, verb: str, rest: str, speaker: str, addressee: str | None, time: str
) -> None:
    text = RETOLD.format(verb=verb, rest=rest)
    found = article(text).one(text[text.index("that the executives") : -1], "said", "Okafor", after="agency.")
    assert speaker_name(found) == speaker
    assert (found.addressee.text if found.addressee is not None else None) == addressee
    assert found.time is not None and found.time.text == time


def test_a_teller_s_own_words_told_before_stay_the_teller_s(article: ArticleMaker) -> None:
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said she had told the council that the line was down."
    attribution = article(text).one(text[text.index("she had") : -1], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


def test_the_teller_of_another_s_words_keeps_the_occasion_of_the_telling(article: ArticleMaker) -> None:
    """ "Mehra told Reel Dispatch that Varga had insisted ...": telling Reel Dispatch is Mehra's occasion, which
    Mehra's next words carry."""
    text = (
        "Its head of distribution, Sanjay Mehra, told Reel Dispatch that Ines Varga had insisted that the scene would "
        'stay. "We did not argue for very long," Mehra said.'
    )
    art = article(text)
    _, found = art.resolve(
        [
            art.candidate("that Ines Varga had insisted that the scene would stay", "told", "Sanjay Mehra"),
            art.candidate('"We did not argue for very long,"', "said", "Mehra"),
        ]
    )
    assert speaker_name(found[0]) == "Ines Varga"
    assert speaker_name(found[1]) == "Sanjay Mehra"
    assert found[1].addressee is not None and found[1].addressee.text == "Reel Dispatch"


def test_an_earlier_saying_s_clause_hung_on_its_scene_leaves_its_time_out_of_the_words(
    article: ArticleMaker,
) -> None:
    """ "had told the players during the break that ...": the that-clause the parser hangs on "break" is what was
    told, so the phrase before it is the telling's time, not words said."""
    text = (
        "Dan Moss coaches in Leeds. Moss said the referee had told the players during the break that the pitch was dry."
    )
    found = article(text).one(text[text.index("the referee") : -1], "said", "Moss", after="Leeds.")
    assert speaker_name(found) == "the referee"
    assert found.time is not None and found.time.text == "during the break"


@pytest.mark.parametrize(
    ("introduction", "time"),
    [
        # the sentence that introduces the quote's speaker by name and age tells of her life: no time of the quote
        ("Margaret Ellery, 71, moved to the town from Toronto in 1985.", None),
        # named without an age, the sentence is read as before
        ("Margaret Ellery moved to the town from Toronto in 1985.", "in 1985"),
    ],
)
def test_a_speaker_s_introduction_by_age_dates_no_quote_of_hers(
    article: ArticleMaker, introduction: str, time: str | None
) -> None:
    text = f"{introduction}\n\n“We have a butcher, a baker and a hardware store.”"
    found = article(text, published="2025-02-07").one(
        "We have a butcher, a baker and a hardware store.", None, "Margaret Ellery", kind="direct"
    )
    assert (found.time.text if found.time is not None else None) == time


@pytest.mark.parametrize("on", [True, False])
def test_a_statement_s_time_is_no_phrase_holding_its_own_gerund_cue(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """TIMES_APART_FROM_CUES: "Kasich cautioned ..., before optimistically predicting that ...": the "before" clause is
    the prediction, not when it was made; the caution keeps it."""
    monkeypatch.setattr(resolving_occasions, "TIMES_APART_FROM_CUES", on)
    text = (
        "Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting that a contested "
        "convention could actually have a healing effect on the party."
    )
    art = article(text)
    predicted = "that a contested convention could actually have a healing effect on the party"
    candidates = [
        art.candidate("let’s not get ahead of ourselves,", "cautioned", "Kasich", kind="direct"),
        art.candidate(predicted, "optimistically predicting", "Kasich"),
    ]
    _, (cautioned, predicting) = art.resolve(candidates)
    clause = text[text.index("before") : -1]
    assert cautioned.time is not None and cautioned.time.text == clause
    assert (predicting.time is None) == on
