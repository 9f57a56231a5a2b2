"""Sources in subordinate clauses and organisations known by their owner."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

import quotegraph
from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.resolve.speakers import noun_classes, salience, speakers
from quotegraph.nlp.resolve.speakers.speakers import _nominal_root, with_name_before_relative

from ..conftest import ArticleMaker, speaker_name, speaker_of

pytestmark = pytest.mark.slow


def test_whose_spokesman_is_somebody_of_the_person_not_the_person(article: ArticleMaker) -> None:
    art = article(
        "The bill stalled on Friday after Senator Mark Holloway, whose spokesman said the votes were not "
        "there, withdrew it."
    )
    assert art.said(("the votes were not there", "whose spokesman")) == ["whose spokesman"]


def test_a_lone_relative_source_is_the_phrase_its_clause_hangs_on(article: ArticleMaker) -> None:
    art = article("Voters were split. Those who said the economy mattered most backed Smith.")
    assert art.said(("the economy mattered most", "who")) == ["Those"]


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


def test_a_document_issued_on_someone_s_behalf_is_theirs_not_the_issuer_s(article: ArticleMaker) -> None:
    source = "A statement issued on behalf of the Okafor family by their solicitor, Priya Nair,"
    art = article(f"Mr Okafor died on the site in May. {source} said they were devastated.")
    [statement] = art.resolve([art.candidate("they were devastated", "said", source)])[1]
    assert speaker_name(statement) == "the Okafor family"
    assert statement.channel is not None and statement.channel.text.startswith("A statement issued")


def test_a_document_from_a_family_no_mention_holds_is_the_family_s(article: ArticleMaker) -> None:
    # not the court the participle after it names, the first mention in the phrase
    source = "A statement from the Okafor family, read outside the court by their solicitor,"
    art = article(f"{source} said they were devastated. Mr Okafor died on the site in May.")
    assert art.said(("they were devastated", source)) == ["the Okafor family"]


def test_a_document_from_a_time_names_no_sender(article: ArticleMaker) -> None:
    source = "A report from last year"
    art = article(f"The harbour flooded twice. {source} said the wall was too low.")
    assert art.said(("the wall was too low", source)) != ["last year"]


def test_the_maker_named_in_a_clause_on_a_document_is_its_source(article: ArticleMaker) -> None:
    papers = "New financial documents he submitted to the government"
    art = article(f"Donald Trump filed his papers in May. {papers} said he was worth $10 billion.")
    assert art.said(("he was worth $10 billion", papers)) == ["Donald Trump"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "channel"),
    [
        ("Police data show that burglaries fell by a third.", "that burglaries fell by a third", "show",
         "Police data", "Police data"),
        ("Turnout rose in every county, according to exit polling by the state.", "Turnout rose in every county",
         "according to", "exit polling by the state", "exit polling by the state"),
        ("Court records show that the firm paid the fine.", "that the firm paid the fine", "show", "Court records",
         "Court records"),
        # a collection of documents is the documents' channel; the tagger's adjective in a noun's place is the noun
        ("A new batch of council emails showed that the depot had been sold.", "that the depot had been sold",
         "showed", "A new batch of council emails", "A new batch of council emails"),
        ("A number of studies have found that the levy works.", "that the levy works", "found",
         "A number of studies", "A number of studies"),
        ("She leads by six points, according to the state polling average.", "She leads by six points",
         "according to", "the state polling average", "the state polling average"),
        # and a capitalised document noun opening a paragraph, tagged a name of no entity type
        ("The levy was brought in two years ago.\nResearch suggests that it has cut traffic in the town centre.",
         "that it has cut traffic in the town centre", "suggests", "Research", "Research"),
        # a text of law or policy a body adopts, and printed matter, speak as a report does
        ("The legislation also mandates three separate appointments.", "three separate appointments", "mandates",
         "The legislation", "The legislation"),
        ("The campaign materials echo the message of the convention.", "the message of the convention", "echo",
         "The campaign materials", "The campaign materials"),
        # a count or a sign names no medium, nor a collection of people; nor a bill, which is what was decided
        ("The bill would require three separate appointments.", "three separate appointments", "require",
         "The bill", None),
        ("The number of applicants shows that the program works.", "that the program works", "shows",
         "The number of applicants", None),
        ("A handful of residents said that the depot had been sold.", "that the depot had been sold", "said",
         "A handful of residents", None),
        ("All signs suggest that the program works.", "that the program works", "suggest", "All signs", None),
    ],
)  # fmt: skip
def test_a_document_or_evidence_as_source_is_the_channel(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, channel: str | None
) -> None:
    found = article(text).one(content, cue, source)
    assert (found.channel.text if found.channel else None) == channel


def test_a_body_s_name_after_a_relative_clause_on_a_body_noun_is_the_body_s(article: ArticleMaker) -> None:
    text = (
        "A lorry driver, Paul Haines, told the inquest he never saw the cyclist. The haulage firm that employed "
        "Haines, Brackwell Waste Services, said in an email that its lorries had since been fitted with cameras."
    )
    source = "The haulage firm that employed Haines, Brackwell Waste Services,"
    found = article(text).one("its lorries had since been fitted", "said", source)
    assert speaker_name(found) == "Brackwell Waste Services"


def test_a_copy_of_a_document_is_the_document_s_channel_and_the_inner_writer_speaks(
    article: ArticleMaker,
) -> None:
    text = (
        "The Courier covers the valley. The MP, Olivia Harrow, wrote to the minister last month that the village had "
        "been left behind, according to a copy of the letter seen by the Courier."
    )
    content = "The MP, Olivia Harrow, wrote to the minister last month that the village had been left behind"
    found = article(text).one(content, "according to", "a copy of the letter seen by the Courier")
    assert speaker_name(found) == "Olivia Harrow"
    assert found.channel is not None and "letter" in found.channel.text


def test_names_given_together_end_before_the_clause_on_the_last_of_them(article: ArticleMaker) -> None:
    art = article(
        "Lindgren, Moreau and Vance, who had only played four tournaments together, said the final was a surprise."
    )
    assert art.said(("the final was a surprise", "Lindgren, Moreau and Vance")) == ["Lindgren, Moreau and Vance"]


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


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # the phrase's own noun ("the authors") is somebody told of before: the name set off after "One" is who speaks
        (
            "The authors of the report met in May. One of the authors of the report, Ari Fleischer, said the plan "
            "had failed.",
            "One of the authors of the report, Ari Fleischer,",
            "Ari Fleischer",
        ),
        # the person of the apposition, not the state in the title before the name
        (
            "Clinton met voters. Clinton's opponent, Vermont Sen. Bernie Sanders, said the plan had failed.",
            "Clinton's opponent, Vermont Sen. Bernie Sanders,",
            "Bernie Sanders",
        ),
        (
            "Insurers were angry. One of them, Halden Mutual, said the plan had failed.",
            "One of them, Halden Mutual,",
            "Halden Mutual",
        ),
    ],
)
def test_a_name_set_off_after_the_source_s_own_noun_is_who_speaks(
    article: ArticleMaker, text: str, source: str, speaker: str
) -> None:
    assert article(text).said(("the plan had failed", source)) == [speaker]


def test_a_name_split_off_its_description_by_the_parser_is_who_speaks(article: ArticleMaker) -> None:
    # "at the time" hangs on the verb and the name becomes the verb's second subject: still the description's name,
    # not the person told of all along
    source = "the American ambassador at the time, John E. Herbst"
    text = (
        "Paul Manafort advised the party for years. Mr. Manafort was paid well, and Manafort kept his ties.\n\n"
        f'With Mr. Manafort\'s help, the party was "working to change its image," wrote {source}.'
    )
    attribution = article(text).one("working to change its image", "wrote", source)
    assert speaker_name(attribution) == "John E. Herbst"


def test_a_document_s_owner_the_tagger_took_for_a_common_noun_is_who_speaks(article: ArticleMaker) -> None:
    # "Sanders’" (a bare apostrophe after s) is tagged a plural noun, no name: the email is still his, not his
    # supporters'
    source = "Sanders’ fundraising email to his supporters"
    text = f"Bernie Sanders spoke in Vermont on Monday. {source} said the party needed new leaders."
    assert article(text).said(("the party needed new leaders", source)) == ["Bernie Sanders"]


def test_a_name_after_an_outlet_s_bare_possessive_is_who_speaks(article: ArticleMaker) -> None:
    # after "News’" the parser hangs the outlet and the anchor each on the verb, the outlet first: the anchor speaks,
    # as in "CNN's Jake Tapper"
    source = "Fox News’ Bret Baier"
    art = article(f"{source} said none of the networks cut away for Clinton.")
    assert art.said(("none of the networks cut away", source)) == ["Bret Baier"]


def test_a_name_set_off_before_a_relative_pronoun_is_who_the_source_noun_is(nlp: Language) -> None:
    doc = nlp(
        "The court heard evidence from the county's finds liaison officer, Tom Ashby, who said the coins had spread."
    )
    [officer] = [t for t in doc if t.text == "officer"]
    assert with_name_before_relative(doc[officer.i - 1 : officer.i + 1]).text == "liaison officer, Tom Ashby"
    # no relative clause after the name: the source stays as the finder gave it
    doc = nlp("The officer, Tom Ashby, said the coins had spread.")
    assert with_name_before_relative(doc[0:2]).text == "The officer"


def test_a_name_closing_a_chain_of_titles_is_who_holds_the_role(article: ArticleMaker) -> None:
    # "strategist" is read as a verb taking the name as its object, the role noun as the subject: the name is still
    # who the pollster is, one person with the "Benenson" who speaks next
    source = "Clinton's chief pollster and strategist Joel Benenson"
    text = (
        f'Speaking to MSNBC\'s "Andrea Mitchell Reports," {source} on Monday lashed out at what he characterized as '
        'an increasingly nasty Sanders campaign.\n\n"When it comes to judgment, let\'s be clear," Benenson said.'
    )
    art = article(text)
    assert art.said(("an increasingly nasty Sanders campaign", source)) == ["Joel Benenson"]
    # a preposition makes the name another's: the spokesman is not the senator
    text = "The spokesman for the senator John Smith said the vote would wait."
    source = "The spokesman for the senator John Smith"
    assert article(text).said(("the vote would wait", source)) == ["The spokesman for the senator"]
    # a clause makes the name another's too: the member is not Trump
    source = "a prominent Republican National Committee member who supports Trump"
    art = article(f"Donald Trump spoke on Monday. {source} said the campaign was broke.")
    assert art.said(("the campaign was broke", source)) == ["a prominent Republican National Committee member"]


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


_WARREN = (
    "The event was the culmination of an unlikely political alliance between Mrs. Clinton, who is often associated "
    "with her husband's centrist economic agenda, and Ms. Warren, who has assailed policies of the Bill Clinton era "
    "by tying the deregulation of Wall Street to the 2008 financial crisis."
)


@pytest.mark.parametrize("fallback", [True, False])
def test_a_relative_the_parser_hung_on_no_clause_names_the_noun_before_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, fallback: bool
) -> None:
    """UNHUNG_RELATIVES_TAKE_THE_NOUN_BEFORE: "Ms. Warren, who has assailed policies" parsed with "assailed" an
    adjective of "policies", so "who" is in no relative clause: the speaker is still Ms. Warren, not "who"."""
    monkeypatch.setattr(speakers, "UNHUNG_RELATIVES_TAKE_THE_NOUN_BEFORE", fallback)
    art = article(_WARREN)
    _, (assailed,) = art.resolve(
        [art.candidate("policies of the Bill Clinton era", "has assailed", "who", after="Warren")]
    )
    assert speaker_name(assailed) == ("Warren" if fallback else "who")


def test_an_interrogative_who_after_a_verb_names_no_noun(article: ArticleMaker) -> None:
    art = article("Reporters asked who said the plant would close.")
    assert art.said(("the plant would close", "who")) == ["who"]


_SOURCE_IN_PIECES = (
    "The EFF MP who had asked the question, {name}, said the minister had made “the same promise in this House a "
    "year ago, word for word”."
)


def test_a_source_in_pieces_is_the_name_set_off_after_its_noun_s_clause(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces "The EFF MP who" and "Lindiwe Khumalo,": the name after the relative clause is who the MP is, not the
    party that modifies the noun."""
    # with the seat's letters a description ("the EFF MP"), its apposed name is hers whatever the pieces: off here
    monkeypatch.setattr(noun_classes, "SEAT_LETTERS_AFTER_THE", False)
    text = _SOURCE_IN_PIECES.format(name="Lindiwe Khumalo")
    art = article(text)
    content = text[text.index("the minister") : -1]
    pieces = [art.span("The EFF MP who"), art.span("Lindiwe Khumalo,")]
    candidate = Candidate(content=[art.span(content)], cue=[art.span("said")], source=pieces, kind="mixed")
    assert speaker_name(art.resolve([candidate])[1][0]) == "Lindiwe Khumalo"
    monkeypatch.setattr(speakers, "NAMES_PAST_A_SOURCE_CLAUSE", False)
    assert speaker_name(art.resolve([candidate])[1][0]) != "Lindiwe Khumalo"


def test_a_source_of_one_piece_reads_no_name_past_it(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same source given as its first piece alone: no later piece, no name past the clause; with the seat's
    letters read as a description (noun_classes.SEAT_LETTERS_AFTER_THE), the MP is the name apposed to it."""
    text = _SOURCE_IN_PIECES.format(name="Lindiwe Khumalo")
    art = article(text)
    content = text[text.index("the minister") : -1]
    assert speaker_name(art.one(content, "said", "The EFF MP who", kind="mixed")) == "Lindiwe Khumalo"
    monkeypatch.setattr(noun_classes, "SEAT_LETTERS_AFTER_THE", False)
    assert speaker_name(art.one(content, "said", "The EFF MP who", kind="mixed")) != "Lindiwe Khumalo"


@pytest.mark.parametrize("on", [True, False])
def test_a_person_of_a_body_speaks_however_the_parser_heads_the_phrase(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PERSON_OF_A_BODY: the parser makes the end of the university's long name the phrase's head (tagged a PERSON,
    "Autónoma de Puebla"); the geologist named before "of" speaks, and her "she said" after it is hers too."""
    monkeypatch.setattr(speakers, "PERSON_OF_A_BODY", on)
    monkeypatch.setattr(salience, "PERSON_OF_A_BODY", on)
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


@pytest.mark.parametrize("on", [True, False])
def test_a_document_s_sender_who_wrote_speaks_through_the_document(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """SENDERS_DOCUMENTS_ARE_CHANNELS: "a letter to the board's chair from Owain Prytherch, a consultant at Ysbyty Tywi,
    who wrote that ...": the sender speaks (``relative_sources.WHO_IS_THE_NAME_A_THING_COMES_FROM``) through the
    letter, to the chair; a question from a named person is no document and names no channel."""
    monkeypatch.setattr(speakers, "SENDERS_DOCUMENTS_ARE_CHANNELS", on)
    text = (
        "The board’s papers for Thursday’s meeting included a letter to the board’s chair from Owain Prytherch, a "
        "consultant obstetrician at Ysbyty Tywi, who wrote that one in three mothers had been transferred.\n\n"
        "The minister was replying to a question from Wong Kah Seng, who asked whether rural schools would close."
    )
    found = {a.content.text: a for a in quotegraph.extract(text).attributions if a.content is not None}
    letter = next(a for content, a in found.items() if "one in three mothers" in content)
    question = next(a for content, a in found.items() if "rural schools" in content)
    assert letter.speaker is not None and letter.speaker.name == "Owain Prytherch"
    channel = None if letter.channel is None else letter.channel.text
    assert channel == ("a letter to the board’s chair from Owain Prytherch" if on else None)
    assert question.speaker is not None and question.speaker.name == "Wong Kah Seng"
    assert question.channel is None


# speakerpages (thirty-eighth set): a body's name and a role noun before a person's name title the person, however the
# parser hangs them. Sentences written for the round.
@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "source", "person", "body"),
    [
        (
            "National Disaster Risk Reduction and Management Council (NDRRMC) spokesperson Mark Timbal said 5,000 "
            "people had been moved.",
            "National Disaster",
            "Mark Timbal",
            "National Disaster Risk Reduction and Management Council",
        ),
        (
            "Office of Civil Defense (OCD) spokesperson Diego Mariano said the roads were closed.",
            "Office of Civil Defense",
            "Diego Mariano",
            "Office of Civil Defense",
        ),
    ],
)
def test_a_body_s_name_and_a_role_before_a_person_s_name_title_the_person(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    source: str,
    person: str,
    body: str,
) -> None:
    """BODIES_ROLES_TITLE_NAMES: after a bracketed abbreviation the parser makes the body the subject and the name its
    apposition (or the object of its "of"); the statement is still the spokesperson's."""
    monkeypatch.setattr(speakers, "BODIES_ROLES_TITLE_NAMES", on)
    found = quotegraph.extract(text, "2026-11-02").attributions
    assert [speaker_name(a) for a in found] == [person if on else body]


def test_a_clause_before_a_titled_name_keeps_the_source_its_own() -> None:
    """ "Trump, who fired FBI Director James Comey, said": a clause, not a body's name, stands before the role."""
    found = quotegraph.extract("Trump, who fired FBI Director James Comey, said the probe was a hoax.", "2026-11-02")
    assert {speaker_name(a) for a in found.attributions} == {"Trump"}


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


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "content", "found_on", "found_off"),
    [
        # DOCUMENTS_IN_A_COLLECTION: a collection of documents is its channel, as the documents alone would be
        ("DOCUMENTS_IN_A_COLLECTION", "A new batch of council emails released this week showed that the mayor had "
         "known about the leak.", "the mayor had known about the leak",
         ("A new batch of council emails released this week", "A new batch of council emails"),
         ("A new batch of council emails released this week", None)),
        ("DOCUMENTS_IN_A_COLLECTION", "A number of studies have found that the drug cuts the risk of stroke.",
         "the drug cuts the risk of stroke", ("A number of studies", "A number of studies"),
         ("A number of studies", None)),
        # DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS: a document issued on behalf of someone is their words
        ("DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS", "A statement issued on behalf of the family by their solicitor, "
         "Mark Hill, said they were heartbroken.", "they were heartbroken",
         ("the family", "A statement issued on behalf of the family by their solicitor, Mark Hill"),
         ("Mark Hill", "A statement issued on behalf of the family by their solicitor, Mark Hill")),
        # SENDERS_WITHOUT_A_MENTION: a document from a body no mention holds is theirs, not the next mention's
        ("SENDERS_WITHOUT_A_MENTION", "A statement from the Walsh family, read outside the court by their "
         "solicitor, said they forgave the driver.", "they forgave the driver",
         ("the Walsh family", "A statement from the Walsh family"), ("the court", "A statement from the Walsh family")),
    ],
)  # fmt: skip
def test_a_document_source_speaks_for_whom_it_is_from_and_names_its_channel(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    flag: str,
    text: str,
    content: str,
    found_on: tuple[str, str | None],
    found_off: tuple[str, str | None],
) -> None:
    """Each reading on and off, through the whole pipeline: (speaker, channel) of the one statement."""
    monkeypatch.setattr(speakers, flag, on)
    result = quotegraph.extract(text, published="2025-02-07")
    [found] = [a for a in result.attributions if a.content is not None and content in a.content.text]
    channel = None if found.channel is None else found.channel.text
    assert (speaker_name(found), channel) == (found_on if on else found_off)
