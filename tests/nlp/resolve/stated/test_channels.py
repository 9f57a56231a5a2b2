"""Channel words: which words of a sentence are the medium or the scene a statement was made through or at."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.stated import channels
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import a_day_s_edition, channel_words, names_a_channel

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the tagger calls the senator a place; a forename before the name says it is a person
        ("But he also did could not resist taking swipes at Marco Rubio, who he dubbed a little senator.", []),
        ("She spoke at the Ronald Reagan Building on Tuesday.", ["Building"]),
        ("Asked about her vote in the event that Hale wins, Reyes said she would abstain.", []),
        ("In a statement, Reyes said she would abstain.", ["statement"]),
        # an event or programme named with a scene word; an organisation so named is no scene
        ("McCain made his remarks during the Christian Science Monitor Breakfast.", ["Breakfast"]),
        ("The Southern Baptist Convention said it would appeal.", []),
        # the studio of a named programme spoken from is where the words went out; a couch with no name is not
        (
            "Appearing on the couch of WCNV’s “Connecticut Morning” on Wednesday, Hale said the lake was unsafe.",
            ["couch"],
        ),
        ("Sitting on the couch on Wednesday, Hale said the lake was unsafe.", []),
        # a parliament's question session, which the tagger may call a person; "questions" in lower case is none
        (
            "Raising the closure at Prime Minister’s Questions yesterday, Marchbank told the Commons it was wrong.",
            ["Questions"],
        ),
        (
            "Raising the closure at the prime minister’s questions yesterday, Marchbank told the Commons it was wrong.",
            [],
        ),
        # a house's sitting, its question session in either case, a church's synod: the gathering spoken at; a
        # sitting president is none, nor a period or a time that is no session
        ("At Tuesday’s sitting, the minister told deputies the reform would pass.", ["sitting"]),
        ("A sitting president rarely campaigns, Hale said.", []),
        ("In question period on Thursday, Clark said the government had failed.", ["period"]),
        ("During Question Period on Thursday, Clark said the government had failed.", ["Period"]),
        ("At Question Time, Wong said the government had failed.", ["Time"]),
        ("In the period before the vote, Clark said the government had failed.", []),
        ("At the synod on Saturday, Kerr said the church must change.", ["synod"]),
        # questions answered in a named house are its question session; questions answered of no named place are none
        (
            "Answering an oral question in the National Assembly on Thursday, Venter said help was coming.",
            ["question"],
        ),
        ("Replying to a question in the National Assembly, Venter said help was coming.", ["question"]),
        ("Venter refused to answer questions about the plan, his spokesman said.", []),
        # the page words are posted on is where they were published; a day they were posted on is not
        ("Tillpoint posted on its status page that it was investigating.", ["page"]),
        ("Tillpoint posted on the day of the vote that it was investigating.", []),
        # what a verb of pointing or answering has "to" is what is pointed to or answered, not the medium
        ("Voss accused Harlan, pointing to a 2024 speech in which he praised toll-road leases.", []),
        ("Trump responded to that tweet by calling him dopey.", []),
        # the room where candidates talk to reporters after a debate
        ("Speaking to reporters in the spin room afterward, Harlan said he had won.", ["room"]),
        # a medium noun that ends a name; an outlet's name is no medium
        ("A new Morning Consult Poll found that Reyes leads.", ["Poll"]),
        ("The Washington Post said that Reyes leads.", []),
        # a medium the tokenizer splits at its hyphen
        ("Delaney wrote in an op-ed that the tax would drive businesses away.", ["ed"]),
        # a name a medium or scene noun before it calls a programme; a name with none is no channel
        ("Speaking on radio show Joney’s Jukebox last week, Kiedis said the band would tour.", ["Jukebox"]),
        ("Kiedis said on the podcast Pod Save America that the band would tour.", ["America"]),
        # a station whose name holds a medium word owns the programme named after it; a station alone speaks
        ("Speaking on RTÉ Radio 1's Morning Ireland this morning, Brennock said the deal was not dead.", ["Ireland"]),
        ("Speaking on BBC Radio 4's Today programme, Brennock said the deal was not dead.", ["programme"]),
        ("National Public Radio's Steve Inskeep said the deal was not dead.", []),
        # a name one appears on is a programme, whatever entity the tagger gives it; not a day
        ("Appearing on Sunrise on Monday morning, Costello said the promoter should pay.", ["Sunrise"]),
        ("Appearing on Tuesday, Costello said the promoter should pay.", []),
        ("Kiedis said in Ohio that the band would tour.", []),
        ("Kiedis sang on stage with Brian Burton and said the band would tour.", []),
        # an analyst's note is a medium; "on a note" is a tone
        ("Idowu wrote in a note to clients that the forecast looked too optimistic.", ["note"]),
        ("On a lighter note, Idowu said the forecast looked too optimistic.", []),
        # a judge's dissent is a medium, as an opinion is
        ("Judge Renner wrote in a dissent that the majority had misread the statute.", ["dissent"]),
        # a lawyer's closing argument to a court, a think tank's analysis; not an argument alone
        ("Prosecutors said in their closing argument that he was reckless.", ["argument"]),
        ("Her fundamental argument was that voters should stay calm.", []),  # what she argued, not a medium
        ("The institute said in an analysis that 1.4 million more people would pay.", ["analysis"]),
        # a written response is a medium; a bare "in response" is a manner of saying
        ("The hospital said in a written response to questions that it was careful.", ["response"]),
        ("The hospital said in response to questions that it was careful.", []),
        # the stand one speaks from to a room
        ("“We had one suit between us,” he said from the pulpit.", ["pulpit"]),
        ("Holt told MPs from the dispatch box that the lift would be fixed.", ["box"]),
        # what one writes in, with its determiner, is where it was published; not a season or an idiom
        ("Writing in this paper's letters page on Saturday, Ellery argued that rules were to blame.", ["page"]),
        ("Ellery wrote in the spring that rules were to blame.", []),
        ("Ellery wrote in the hope that rules would change.", []),
        # what one speaks over to people out of sight; radio told is an audience, not a medium
        ("Delgado said over the radio that the crew was go.", ["radio"]),
        ("The captain said over the intercom that the ship was safe.", ["intercom"]),
        ("Delgado told state radio that the crew was go.", []),
        # a noun with a medium or platform compound after a preposition of going through; not a scene compound,
        # nor a preposition of means
        ("Delgado told the crew over the radio loop that they were go.", ["loop"]),
        # television is a medium as radio is, spelt out or short; social media is where posts went; told, an audience
        ("On television, Delgado dismissed the report as a stunt.", ["television"]),
        ("Delgado said on TV that the crew was go.", ["TV"]),
        ("Delgado told state television that the crew was go.", []),
        ("Delgado wrote on social media that the crew was go.", ["media"]),
        ("Delgado said the media had misread the report.", []),
        # an email exchange is the emails written back and forth; an exchange alone is as often a quarrel
        ("In a separate email exchange, Delgado passed along a request from the crew.", ["exchange"]),
        ("In a heated exchange, Delgado passed along a request from the crew.", []),
        ("McCain said on his official Twitter feed that he meant the policy.", ["feed"]),
        ("Sanders passed more amendments by roll call vote than any other member.", []),
        ("Critics compared it to the gravest debate lapses of modern history.", []),
        # the "to" of "took to" is the medium gone on, as "on" is; "to" on other verbs is a destination
        ("Residents took to the village's Facebook group within minutes of the news.", ["group"]),
        ("Residents wrote to the village's Facebook group within minutes of the news.", []),
        # an official written statement, spelt with or without its accent; not a topic spoken of
        ("The race jury said in a communiqué that Morel would be fined.", ["communiqué"]),
        ("The summit's final communique said the leaders would meet again.", ["communique"]),
        ("Critics mocked the communiqué of the summit.", []),
        # what something was about, not what it went through
        ("He attacked her over an email chain that showed the deal.", []),
        ("Biden expressed astonishment at her handling of questions over her private email server.", []),
        # a forecast is a medium except as a subject, where it is what is spoken of
        ("The weather service said in a forecast issued Wednesday night that gusts would reach 45 mph.", ["forecast"]),
        ("Idowu said the forecast looked too optimistic.", []),
        # a judgment set down in writing; a judgment alone is as often an opinion
        ("Judge Marsh said in her written judgment that the nurse was treated badly.", ["judgment"]),
        ("In my judgment, the nurse was treated badly, Marsh said.", []),
        # a court's ruling its words are quoted from, after "in" only; not one awaited
        ("In a 2-1 ruling last year, the Court of Appeals held that the odor remains evidence of a crime.", ["ruling"]),
        # an organisation's update, after "in" only; not what is spoken of
        ("Nordhaven Salvage said in an update on Thursday evening that five tugs had moved the ship.", ["update"]),
        ("The minister gave an update on the talks.", []),
        # words said are where words were said in or at, not what a verb's preposition speaks of
        ("Trump doubled down on his comments about Curiel.", []),
        ("Rubio stood by his comment on Monday.", []),
        ("Manafort offered an olive branch to the officials at the start of his remarks.", ["remarks"]),
        ("Sanders argued in his remarks that the system was rigged.", ["remarks"]),
        # records of testimony: a sworn deposition and an oral history; a history alone is a telling of the past, and a
        # deposition as a subject is what is spoken of
        ("In the deposition, Trump said his net worth could fluctuate with his feelings.", ["deposition"]),
        ("Neel said in an oral history of the Clinton years that women in the South disliked her.", ["history"]),
        ("Neel said in a brief history of the region that women in the South disliked her.", []),
        ("Geologists said the deposition of silt had slowed.", []),
        # "online" on a verb of saying is the internet the words went out on; not an adjective, nor on another verb
        ("And online he has criticized her surrogates for chastising young women.", ["online"]),
        ("The group polled members online ahead of the endorsement.", []),
        ("Harlan said an online poll showed him ahead.", ["poll"]),
        # what words are heard over out of sight, as an intercom: a microphone and a police scanner; a scanner alone,
        # and a microphone handed on, are no medium of a saying
        ("Police announced the suspect's name on the police scanner several times.", ["scanner"]),
        ("Harlan was heard on a microphone telling Reyes to go home.", ["microphone"]),
        ("Guards checked the bags with a scanner before the talk.", []),
        ("Martinez passed the microphone to a delegate from New Mexico.", []),
    ],
)
def test_channel_words(nlp: Language, sentence: str, words: list[str]) -> None:
    assert [t.text for t in channel_words(nlp(sentence)[:])] == words


# words of every form ``names_a_channel`` reads, with platforms the tagger may read as a verb or an adjective
_EVERY_FORM = (
    "Delgado said on X that the crew was go. Reyes posted on Instagram and wrote online that he meant it. "
    "Speaking on radio show Joney’s Jukebox at the Ronald Reagan Building, Kiedis said in an op-ed that it was true. "
    "Appearing on the couch of WCNV’s “Connecticut Morning”, Hale said at Prime Minister’s Questions on Facebook "
    "Live that a new Morning Consult Poll and the radio loop were wrong."
)


def test_channel_words_asks_every_word_that_can_name_a_channel(nlp: Language) -> None:
    doc = nlp(_EVERY_FORM)
    found = [t for sentence in doc.sents for t in channel_words(sentence)]
    assert found == [t for t in doc if names_a_channel(t)]
    assert len(found) >= 8  # the text holds the forms it is written to hold


# a platform read as a verb and hung on the verb; a programme's name read as a foreign word, a preposition's object:
# words, tags, parts of speech, labels and names of one sentence whose second word is its root
_MISREAD = {
    "platform": (
        ["Reyes", "posted", "on", "Threads", "."],
        ["NNP", "VBD", "IN", "VBZ", "."],
        ["PROPN", "VERB", "ADP", "VERB", "PUNCT"],
        ["nsubj", "ROOT", "prep", "npadvmod", "punct"],
        ["B-PERSON", "O", "O", "O", "O"],
    ),
    "programme": (
        ["Reyes", "said", "on", "Minutes", "."],
        ["NNP", "VBD", "IN", "FW", "."],
        ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        ["B-PERSON", "O", "O", "B-ORG", "O"],
    ),
}


@pytest.mark.parametrize("case", sorted(_MISREAD))
def test_channel_words_asks_a_platform_or_an_object_the_tagger_read_as_no_noun(nlp: Language, case: str) -> None:
    words, tags, pos, deps, ents = _MISREAD[case]
    lemmas = [{"posted": "post", "said": "say"}.get(w, w.lower()) for w in words]
    heads = [1, 1, 1, 2 if deps[3] == "pobj" else 1, 1]
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas, ents=ents)
    assert [t.i for t in channel_words(doc[:])] == [t.i for t in doc if names_a_channel(t)] == [3]


def test_a_newspaper_page_written_in_is_a_channel_however_the_parser_hangs_it(nlp: Language) -> None:
    text = (
        "Not everyone agrees. Writing in this paper's letters page on Saturday, Mark Ellery argued that "
        'planning rules were "the handbrake on every site in the country."'
    )
    doc = nlp(text)
    [page] = [t for t in doc if t.text == "page"]
    assert (page.dep_, page.head.text) == ("dobj", "Writing")  # the parse: the page is what was written
    assert [t.text for t in channel_words(page.sent)] == ["page"]


def test_online_is_a_channel_word_only_with_its_rule(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """``SAID_ONLINE``: "online" on a verb of saying names the channel; with the rule off it names none."""
    sentence = nlp("Harlan wrote online that the vote was rigged.")[:]
    assert [t.text for t in channel_words(sentence)] == ["online"]
    monkeypatch.setattr(channels, "SAID_ONLINE", False)
    assert channel_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Addressing a press briefing at his office on Monday, Dr Sahoo said 137 people had been admitted.",
            ["briefing"],
        ),
        ("Hale addressed the rally on Tuesday and said the plant would stay open.", ["rally"]),
        # a topic or people addressed are no scene
        ("Addressing the allegations on Monday, Hale said the district had hired a law firm.", []),
        ("Addressing about 100 committee members, Hale said the plan would pass.", []),
    ],
)
def test_a_scene_addressed_is_a_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, words: list[str]
) -> None:
    """``ADDRESSED_SCENES``: a scene noun that is the object of addressing is where the words were said; with the rule
    off it names none."""
    span = nlp(sentence)[:]
    assert [t.text for t in channel_words(span)] == words
    monkeypatch.setattr(channels, "ADDRESSED_SCENES", False)
    assert channel_words(span) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a medium that is the passive subject of its verb is what was done to: spoken of, not spoken through
        ("The senator's remarks were widely mocked by her rivals on Tuesday.", []),
        ("Her interview was watched by millions, and Ruiz said it changed nothing.", []),
        # unless the verb puts the medium out or holds the occasion
        ("A statement was released on Monday saying the plant would close.", ["statement"]),
        ("Most voters backed the levy when the poll was taken in May.", ["poll"]),
    ],
)
def test_a_passive_subject_is_a_channel_only_when_put_out_or_held(
    nlp: Language, sentence: str, words: list[str]
) -> None:
    assert [t.text for t in channel_words(nlp(sentence)[:])] == words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a "to" phrase on a verb that is no saying names a goal: where someone was sent or challenged to go
        ("The governor named Ortiz to the Appeals Court in 2019, and she said she was honoured.", []),
        ("Ruiz challenged the mayor to a televised debate before the vote.", []),
        ("Ruiz said she looks forward to the next debate.", []),
        # on "according" or a verb of saying the "to" phrase is still the channel
        ("According to a report by the auditor, the fund lost money.", ["report"]),
        ("Ruiz took to Twitter to say the vote was rigged.", ["Twitter"]),
        ("Ruiz spoke to a rally in Leeds on Monday.", ["rally"]),
        # a noun's goal is the event its people went to, where they spoke
        ("The head of Peru's delegation to the summit said the talks had stalled.", ["summit"]),
        # words put before a gathering are given at it
        ("Presenting the budget to a meeting of the council, Ortiz said the deficit had doubled.", ["meeting"]),
    ],
)
def test_a_goal_is_no_channel(nlp: Language, sentence: str, words: list[str]) -> None:
    assert [t.text for t in channel_words(nlp(sentence)[:])] == words


@pytest.mark.parametrize(
    ("sentence", "rule", "word"),
    [
        ("The senator's remarks were widely mocked by her rivals on Tuesday.", "PASSIVE_SUBJECTS_SPOKEN_OF", "remarks"),
        ("Ruiz challenged the mayor to a televised debate before the vote.", "GOALS_NOT_CHANNELS", "debate"),
    ],
)
def test_the_cuts_are_their_rules(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, rule: str, word: str
) -> None:
    monkeypatch.setattr(channels, rule, False)
    assert [t.text for t in channel_words(nlp(sentence)[:])] == [word]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a participle fronted on the saying that runs a session the story names here first: the session
        ("Winding up the debate on Thursday night, the minister said the bill would be amended.", ["debate"]),
        ("Opening the hearing in Brisbane on Monday, counsel assisting said the scheme was unlawful.", ["hearing"]),
        ("Closing the debate, the Law Minister told the Dewan Rakyat the bill would close a loophole.", ["debate"]),
        ("Resuming the sitting after lunch, the Speaker said members would vote at four.", ["sitting"]),
    ],
)
def test_a_session_run_by_the_speaker_is_a_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, words: list[str]
) -> None:
    """``SESSIONS_RUN``: the session a fronted participle of opening, closing, winding up or resuming runs is where the
    words were said; with the rule off it names none."""
    span = nlp(sentence)[:]
    assert [t.text for t in channel_words(span)] == words
    monkeypatch.setattr(channels, "SESSIONS_RUN", False)
    assert channel_words(span) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a session after a scene the story named is a part of it (the carrying gives the scene's first, fuller mention)
        "The cabinet met at a meeting on Tuesday. Opening the debate, Cllr Maddox said the school would close.",
        # not a session: a thing opened; a session winding down of itself; a participle not fronted on the saying
        "Opening the new bridge on Friday, the mayor said traffic would ease.",
        "Winding down the campaign, Hale said she had no regrets.",
        "Hale said the council was closing the debate too early.",
    ],
)
def test_a_session_run_names_no_channel_otherwise(nlp: Language, sentence: str) -> None:
    """``SESSIONS_RUN`` reads no session named before in the story, no object that is no session, no participle that
    is no running of one, none not fronted on the saying."""
    last = list(nlp(sentence).sents)[-1]  # the saying's sentence (a story's earlier one may name the session)
    assert [t.text for t in channel_words(last) if t.lemma_.lower() in {"debate", "bridge", "campaign"}] == []


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("sentence", "word", "phrase"),
    [
        # a radio programme whose title the tagger reads as a time, and one it reads as a person
        ("The minister said on Monday's Nine to Noon that the figures were wrong.", "Nine", "Monday's Nine to Noon"),
        (
            "Speaking on Tuesday's Checkpoint, the minister said the figures were wrong.",
            "Checkpoint",
            "Tuesday's Checkpoint",
        ),
    ],
)
def test_a_name_a_day_owns_after_on_is_that_day_s_edition_of_a_programme(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, word: str, phrase: str
) -> None:
    """DAY_S_EDITIONS: the programme is the channel, read with its whole title; the day is the time."""
    monkeypatch.setattr(channels, "DAY_S_EDITIONS", flag)
    _read_as_channel(nlp, sentence, word, phrase, flag)


def _read_as_channel(nlp: Language, sentence: str, word: str, phrase: str, flag: bool) -> None:
    """``word`` of ``sentence`` is a channel word with ``phrase`` its phrase when the reading's ``flag`` is on, and no
    channel word when it is off."""
    doc = nlp(sentence)
    [token] = [t for t in doc if t.text == word]
    assert (token in channel_words(doc[:])) == flag
    if flag:
        assert channel_phrase(token).text == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator commented on Monday's Supreme Court ruling, saying it was wrong.",  # a topic, a common noun
        "The senator said on Monday that the ruling was wrong.",  # a day alone
    ],
)
def test_a_common_noun_a_day_owns_is_no_edition(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert not any(a_day_s_edition(t) for t in doc)
    assert channel_words(doc[:]) == []


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Governor Babajide Sanwo-Olu said after the weekly state executive council meeting at Alausa on Wednesday "
            "that the bridge would reopen.",
            "the weekly state executive council meeting at Alausa",
        ),
        (
            "The chief minister told reporters after the cabinet meeting on Thursday that the project would continue.",
            "the cabinet meeting",
        ),
        (
            "Speaking to journalists after the Federal Executive Council meeting in Abuja on Wednesday, the minister "
            "said the budget had been approved.",
            "the Federal Executive Council meeting in Abuja",
        ),
        (
            "The Speaker said after the sitting of the Dewan Rakyat on Monday that the motion had been rejected.",
            "the sitting of the Dewan Rakyat",
        ),
    ],
)
def test_a_governing_body_s_meeting_spoken_after_is_the_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, phrase: str
) -> None:
    """MEETINGS_BRIEFED_AFTER: the body's meeting after which its member speaks names the briefing."""
    monkeypatch.setattr(channels, "MEETINGS_BRIEFED_AFTER", flag)
    _read_as_channel(nlp, sentence, "sitting" if "sitting" in sentence else "meeting", phrase, flag)


@pytest.mark.parametrize(
    "sentence",
    [
        # an event after which one speaks is a time, as the tuning slices annotate it
        "Clinton told reporters after a town hall in Worcester that she would win.",
        "Christie said after an event in Edison on Wednesday that the casinos would close.",
        # a meeting of no named body: where others met
        "Kerry told reporters after a 90-minute meeting on Monday that a truce was near.",
        # a body's meeting not on a verb of saying
        "The bridge reopened after the cabinet meeting on Thursday, the minister said.",
    ],
)
def test_an_event_or_a_meeting_of_no_body_spoken_after_is_no_channel(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert not any(channels.meeting_briefed_after(t) for t in doc)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("sentence", "word", "phrase"),
    [
        ("The minister said on Morning Ireland on RTÉ Radio 1 that the scheme would be extended.", "Ireland",
         "Morning Ireland"),
        ("Speaking on Morning Ireland on RTÉ Radio One on Monday, the Taoiseach said the budget was fair.", "Ireland",
         "Morning Ireland"),
    ],
)  # fmt: skip
def test_a_name_spoken_on_before_a_station_is_its_programme(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, word: str, phrase: str
) -> None:
    """SHOWS_ON_STATIONS: the programme is the channel, before the station that broadcasts it."""
    monkeypatch.setattr(channels, "SHOWS_ON_STATIONS", flag)
    _read_as_channel(nlp, sentence, word, phrase, flag)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said on Monday on RTÉ Radio 1 that the scheme would be extended.",  # a day, no programme
        "The minister said on Morning Ireland that the scheme would be extended.",  # no station after it
        "The minister commented on Ukraine on Sky News, saying the war would end.",  # a place spoken of
    ],
)
def test_a_name_with_no_station_after_it_is_no_programme_on_one(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert not any(channels._show_on_a_station(t) for t in doc)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Addressing a press meet at the party office on Tuesday, state president Annamalai said the alliance "
            "was intact.",
            ["meet"],
        ),
        ("Hale held a town hall in Ames on Monday and said the plant would stay open.", ["hall"]),
    ],
)
def test_a_two_word_scene_held_or_addressed_is_a_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, words: list[str]
) -> None:
    """``TWO_WORD_SCENES_HELD``: a two-word entry of the scenes lexicon ("press meet", "town hall") that is the object
    of addressing or holding is where the words were said; with the rule off the lemma alone is read, and names none."""
    span = nlp(sentence)[:]
    assert [t.text for t in channel_words(span)] == words
    monkeypatch.setattr(channels, "TWO_WORD_SCENES_HELD", False)
    assert channel_words(span) == []
