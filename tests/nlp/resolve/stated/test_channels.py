"""Channel words: which nouns and names are a medium or a scene a statement was made through or at."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import channels
from quotegraph.nlp.resolve.stated.channels import (
    ADJECTIVE_ENTRIES,
    NOUN_ENTRIES,
    a_scene,
    addressee_of,
    addressee_of_channel,
    channel_phrase,
    channel_words,
    is_channel_word,
    outlet_noun,
    own_clause_subject,
    part_of_a_post,
    platform_of_post,
    programme_told,
    scene_told,
    with_whom,
)

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


@pytest.mark.parametrize(
    ("sentence", "word", "medium"),
    [
        ("In a 2-1 ruling last year, the Court of Appeals held that the odor remains evidence of a crime.", "ruling",
         True),
        ("The judge wrote in her ruling that the search was lawful.", "ruling", True),
        # a ruling awaited or spoken of is no medium the words went through
        ("The dialogue is being held ahead of a significant ruling expected in coming weeks.", "ruling", False),
        ("The ruling was appealed within a week.", "ruling", False),
        # a telling of events and a person's page on a platform are media
        ("Walker said delegates should vote freely, according to an Associated Press account.", "account", True),
        ("Lewis gave an account of the meeting, according to Farley's account.", "account", True),
        ("The pilot had been with EgyptAir since 2004, according to his Facebook profile.", "profile", True),
        # an account that posts is the one speaking; one a service keeps holds what was sent
        ("Trump's official campaign account shared the image.", "account", False),
        ("The agency released pages from the private email account that Clinton used.", "account", False),
        # one visit spoken on, after "on" or "during", is a scene
        ("Venter told investors on a site visit in March that the dam was safe.", "visit", True),
        ("Trump hailed the vote during a visit to Scotland on Friday.", "visit", True),
        # many visits, or a visit a clause tells of, is no occasion of a saying
        ("During his frequent visits to the front lines, he leads seminars.", "visits", False),
        ("In July the president paid the first visit ever to Ethiopia.", "visit", False),
        ("Clinton's visit comes as officials scramble to cut costs.", "visit", False),
    ],
)  # fmt: skip
def test_a_ruling_an_account_a_profile_or_a_visit_is_a_medium_only_where_it_names_one(
    nlp: Language, sentence: str, word: str, medium: bool
) -> None:
    token = [t for t in nlp(sentence) if t.text == word][-1]
    assert is_channel_word(token) is medium


def test_a_newspaper_page_written_in_is_a_channel_however_the_parser_hangs_it(nlp: Language) -> None:
    text = (
        "Not everyone agrees. Writing in this paper's letters page on Saturday, Mark Ellery argued that "
        'planning rules were "the handbrake on every site in the country."'
    )
    doc = nlp(text)
    [page] = [t for t in doc if t.text == "page"]
    assert (page.dep_, page.head.text) == ("dobj", "Writing")  # the parse: the page is what was written
    assert [t.text for t in channel_words(page.sent)] == ["page"]


def test_a_clause_the_parser_hung_on_a_medium_s_participle_is_not_part_of_the_channel(nlp: Language) -> None:
    text = (
        "Faraday's family said in a statement released through his agent on Tuesday morning that they had been "
        'overwhelmed by "thousands of letters, cards and drawings" sent since his death.'
    )
    doc = nlp(text)
    [word] = [t for t in doc if t.text == "statement"]
    assert next(t for t in doc if t.text == "overwhelmed").head == word  # the parse: a participle of the medium
    assert channel_phrase(word).text == "a statement released through his agent"
    doc = nlp("Hale said in a letter filed in federal court that the deal was off.")
    [word] = [t for t in doc if t.text == "letter"]
    assert channel_phrase(word).text == "a letter filed in federal court"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("A senior official, who briefed reporters on a conference call on condition of anonymity, said it was done.",
         "a conference call"),
        ("Two aides, who spoke on a call on background, said it was done.", "a call"),
        # with its determiner a background is what the call was about, kept
        ("Two aides, who spoke on a call on the background of the deal, said it was done.",
         "a call on the background of the deal"),
    ],
)  # fmt: skip
def test_the_terms_a_source_spoke_under_are_no_part_of_the_channel(nlp: Language, sentence: str, phrase: str) -> None:
    [call] = [t for t in nlp(sentence) if t.text == "call"]
    assert channel_phrase(call).text == phrase


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("A separate study, published this week in the Journal of Pediatric Epidemiology, found that it spread.",
         "A separate study, published this week in the Journal of Pediatric Epidemiology"),
        # published, but in no outlet the phrase names: a place or a time only
        ("A separate study, published this week in Geneva, found that it spread.", "A separate study"),
        ("A separate study, published this week, found that it spread.", "A separate study"),
    ],
)  # fmt: skip
def test_the_outlet_a_medium_was_published_in_is_part_of_the_channel(nlp: Language, sentence: str, phrase: str) -> None:
    [study] = [t for t in nlp(sentence) if t.text == "study"]
    assert channel_phrase(study).text == phrase


@pytest.mark.parametrize(
    ("sentence", "word", "phrase"),
    [
        ("Cuban said in an interview airing Sunday on NBC’s “Meet the Press.” “It is early,” he said.", "interview",
         "an interview airing Sunday on NBC’s “Meet the Press"),
        ("In an opinion piece appearing in the New York Times, Sanders wrote that voters are angry.", "piece",
         "an opinion piece appearing in the New York Times"),
        ("He said in an interview running on Fox News that he would win.", "interview",
         "an interview running on Fox News"),
        # going out in a place, not an outlet: no part of which medium it was
        ("He said in an interview airing in Ohio that he would win.", "interview", "an interview"),
    ],
)  # fmt: skip
def test_the_outlet_a_medium_went_out_on_is_part_of_the_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, word: str, phrase: str
) -> None:
    [medium] = [t for t in nlp(sentence) if t.text == word]
    assert channel_phrase(medium).text == phrase
    monkeypatch.setattr(channels, "AIRED_ON_OUTLET", False)
    assert channel_phrase(medium).text.split()[:2] == phrase.split()[:2]
    if phrase.endswith(("Press", "Times", "News")):
        assert channel_phrase(medium).text != phrase


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("President Obama backed her up in an interview last October on CBS’ “60 Minutes.”",
         "an interview last October on CBS’ “60 Minutes"),
        ("He said in an interview Sunday on CNN that he would win.", "an interview Sunday on CNN"),
        # a place after the date is no outlet: the phrase ends at the medium
        ("He said in an interview Sunday in Ohio that he would win.", "an interview"),
    ],
)  # fmt: skip
def test_a_date_between_a_medium_and_its_outlet_does_not_end_the_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, phrase: str
) -> None:
    [interview] = [t for t in nlp(sentence) if t.text == "interview"]
    assert channel_phrase(interview).text == phrase
    monkeypatch.setattr(channels, "DATE_BEFORE_OUTLET", False)
    assert channel_phrase(interview).text == "an interview"


@pytest.mark.parametrize(
    ("sentence", "head", "phrase"),
    [
        ("Some emails and other records described donors seeking meetings.", "emails", "Some emails and other records"),
        ("The mayor continued her push on Twitter and Instagram, citing the figures.", "Twitter",
         "Twitter and Instagram"),
        # a person or a thing joined to the medium is no part of it
        ("The mayor spoke in an interview and a reporter asked about the figures.", "interview", "an interview"),
        ("The mayor cited a letter and the figures.", "letter", "a letter"),
    ],
)  # fmt: skip
def test_media_joined_by_and_are_one_channel(nlp: Language, sentence: str, head: str, phrase: str) -> None:
    [word] = [t for t in nlp(sentence) if t.text == head]
    assert channel_phrase(word).text == phrase


def test_a_site_the_parser_hung_on_a_later_time_is_still_where_the_scene_was(nlp: Language) -> None:
    # the parser reads "Edinburgh hours" as one noun and leaves "at" with no object
    doc = nlp("At a news conference at the University of Edinburgh hours later, she said the prize was theirs.")
    [conference] = [t for t in doc if t.text == "conference"]
    assert channel_phrase(conference).text == "a news conference at the University of Edinburgh"


@pytest.mark.parametrize(
    ("sentence", "word", "outlet"),
    [
        ("The vessel was seized, according to the Interfax news agency.", "agency", True),
        ("The vessel was seized, according to CNN.", "CNN", True),
        ("The vessel was seized, according to the newspaper.", "newspaper", True),
        ("The vessel was seized, according to the Houston Chronicle.", "Chronicle", True),
        ("The vessel was seized, according to the federal agency.", "agency", False),
        ("The vessel was seized, according to an aide.", "aide", False),
    ],
)
def test_an_outlet_noun(nlp: Language, sentence: str, word: str, outlet: bool) -> None:
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert outlet_noun(token) is outlet


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("Brooks posted a photo of the two of them on Instagram with the caption: “Still family.”", "Instagram"),
        # a platform inside the words posted, a clause, is what they speak of
        ("Brooks posted that she had been on Instagram all day.", None),
    ],
)
def test_the_platform_of_a_post(nlp: Language, sentence: str, platform: str | None) -> None:
    [posted] = [t for t in nlp(sentence) if t.text == "posted"]
    found = platform_of_post(posted)
    assert (found.text if found is not None else None) == platform


def test_a_caption_is_part_of_a_post(nlp: Language) -> None:
    doc = nlp("She wrote in the caption that it was a fine day, and in a statement that it was not.")
    [caption] = [t for t in doc if t.text == "caption"]
    [statement] = [t for t in doc if t.text == "statement"]
    assert part_of_a_post(channel_phrase(caption))
    assert not part_of_a_post(channel_phrase(statement))


def test_a_channel_phrase_stays_on_its_line(nlp: Language) -> None:
    doc = nlp("3:20 p.m.\n\nEarly results of an entrance poll of Nevada caucus-goers are showing a close race.")
    [results] = [t for t in doc if t.text == "results"]
    assert channel_phrase(results).text.startswith("Early results of an entrance poll")


@pytest.mark.parametrize(
    ("sentence", "medium", "addressee"),
    [
        ("Hale wrote a letter to shareholders on Monday.", "letter", "shareholders"),
        ("Hale sent a memo addressed to employees of the firm.", "memo", "employees of the firm"),
        ("Hale wrote a letter about the budget.", "letter", None),
        # a medium read out or handed to someone
        ("In a statement read to the court by a prosecutor, the widow said she was lost.", "statement", "the court"),
        ("In a letter handed to the judge, Blythe wrote that he was sorry.", "letter", "the judge"),
        # "to" that the parser hangs on the preposition of an opening medium phrase, right after the medium
        ("In a note to clients on Wednesday afternoon, Ines Carvalho wrote that rates would fall.", "note", "clients"),
        ("In a note on Wednesday, Ines Carvalho wrote to clients that rates would fall.", "note", None),
        # or on the verb above the medium's preposition, right after the medium
        (
            "Sarah Lindgren apologized in an email to customers on Tuesday evening and said fees would go.",
            "email",
            "customers",
        ),
        # a participle of addressing joined to another one on the medium
        (
            "The letter, published on Sunday and addressed to Minister Claire Dunmore, says the plan failed.",
            "letter",
            "Minister Claire Dunmore",
        ),
        # a relative clause of giving or sending on the medium: its "to", or the name it keeps as its object
        ("The plan was articulated in a 2007 address Lindsey Graham gave to La Raza.", "address", "La Raza"),
        ("Wasserman Schultz answered a letter the Sanders campaign sent the DNC on Monday.", "letter", "the DNC"),
        ("Carson spoke of interviews he gave the same day.", "interviews", None),
    ],
)
def test_whom_a_medium_went_to(nlp: Language, sentence: str, medium: str, addressee: str | None) -> None:
    [word] = [t for t in nlp(sentence) if t.text == medium]
    found = addressee_of_channel(channel_phrase(word))
    assert (found.text if found is not None else None) == addressee


@pytest.mark.parametrize(
    ("sentence", "verb", "addressee"),
    [
        ("Hale joked with reporters that he was tired.", "joked", "reporters"),
        ("She greeted 2,000 supporters at a rally.", "greeted", "2,000 supporters"),
        ("The letter was addressed to fellow conservatives.", "addressed", "fellow conservatives"),
        ("Hale agreed with the plan.", "agreed", None),
        # a court report's audiences
        ("Quaye told jurors that her client kept poor records.", "told", "jurors"),
        ("Pryce told the inquiry that she had not seen the email.", "told", "the inquiry"),
        # a name apposed to whom it went, with a comma or, read as a second object, without
        ("Castel told the programme's host, Priya Deshmukh, that taxes would stay.", "told",
         "the programme's host, Priya Deshmukh"),
        # a programme's presenter, a debate's moderator: people told
        ("“I have read the letter,” she told the presenter, Ben Archer.", "told", "the presenter, Ben Archer"),
        ("Hale told the interviewer that she had not seen the poll.", "told", "the interviewer"),
        ("Lorimer told the breakfast programme Good Day Britain that she was hurt.", "told",
         "the breakfast programme Good Day Britain"),
        # a participle the parser reads as a verb after "told"
        ('"Bring water," he told arriving families.', "told", "arriving families"),
        # a station's name whose last part the tagger calls a common noun
        ("Pyle told WBNS-TV that the fault was traced.", "told", "WBNS-TV"),
        ("Pyle told the Columbus desk that the fault was traced.", "told", None),  # lower case: no name
        # "put it to" a person, not to a vote
        ("Deshmukh put it to her that the forecasts showed a gap.", "put", "her"),
        ("The chair put the motion to a vote.", "put", None),
        # the news media as a whole, told as an audience ("media" is lemmatised "medium")
        ("Paskova told state media on Monday that 41 people had died.", "told", "state media"),
        ("Paskova told the press that the dam was safe.", "told", "the press"),
        ("Paskova told state television that the dam was safe.", "told", "state television"),
        ("Paskova spoke to the media after the vote.", "spoke", "the media"),
        # "head" names a person with the "of" phrase of what they lead, and no body part alone
        ("Ansell wrote to the head of surgery that the complaints were a pattern.", "wrote", "the head of surgery"),
        ("Ansell wrote to the head that the complaints were a pattern.", "wrote", None),
        # a place word the parser made the object's head, the audience its compound; a capitalised common noun told
        ("“I wanted a coat you inherit,” Verhaeghe told reporters backstage on Tuesday night.", "told", "reporters"),
        ("Hale told stories backstage.", "told", None),
        ("Daune told the trade weekly Loom that sales had doubled.", "told", "the trade weekly Loom"),
        # the words told hung on the object as its own clause by the parser; a relative clause is no words told
        ("Outside the gate, the union's secretary told mediapersons that the jobs were contract work.", "told",
         "mediapersons"),
        ("Hale told stories that nobody believed.", "told", None),
        # a group that works or performs together, told as one
        ("Delgado told the crew that they were go.", "told", "the crew"),
        ("The coach told his squad that the final was theirs.", "told", "his squad"),
        ("The director told the cast that the run would close.", "told", "the cast"),
        # verbs of claiming whose "to X" is whom the claim went to; not "denied" ("denying entry to travelers")
        ("“It is a crisis,” Dean proclaimed to a cheering crowd.", "proclaimed", "a cheering crowd"),
        ("“He is unfit,” Sanders asserted to reporters on Tuesday.", "asserted", "reporters"),
        ("The aide implies to Republican leaders that it is an act.", "implies", "Republican leaders"),
        ("Huckabee called for denying entry to travelers.", "denying", None),
        # a conference's full sitting (which the tagger calls an adjective) and a coroner's court sitting, told
        ("Duarte told the plenary that a draft deal would be published.", "told", "the plenary"),
        ("Haines told the inquest at Wakefield Coroner's Court last week that he never saw him.", "told",
         "the inquest"),
        # the officers of a court are people told as a judge is (stated round 23: no role noun before)
        ("Mr Ashby told the coroner that the hoard included a silver ingot.", "told", "the coroner"),
        ("The defendant told the magistrate that he had been at home.", "told", "the magistrate"),
        # without "that", whom it was told read by the parser as a word of the name that opens the reported clause
        ("A police report shows that a referee told officers Hutchins had shoved him after a game.", "told",
         "officers"),
        # the object of a verb of telling beside the words told or the act urged is whom they went to (stated round
        # 13); not a singular thing, nor the matter "addressed"
        ("Randolph told others that he called her at one point.", "told", "others"),
        ("“Find your polling place,” he tells parishioners.", "tells", "parishioners"),
        ("The White House also urged the technology industry to do more.", "urged", "the technology industry"),
        ("A student wrote the local newspaper that the chants were becoming common.", "wrote", "the local newspaper"),
        ("Hale wrote a letter that was never sent.", "wrote", None),
        ("The surgeon addressed his concerns in an interview, remarking that it was hard.", "addressed", None),
        # a message made, offered or issued "to X", on the noun or on the verb; not a rival's challenge
        ("Trump, meanwhile, was making a fresh pitch to Sanders voters, refusing to concede.", "making",
         "Sanders voters"),
        ("The committee released a statement, offering a deep and sincere apology to Sen. Bernie Sanders.", "offering",
         "Sen. Bernie Sanders"),
        ("The party issued a formal complaint to the Democratic National Committee.", "issued",
         "the Democratic National Committee"),
        ("Many experts viewed Sanders' challenge to Clinton as doomed.", "viewed", None),
        # crowds, congregations and voters as an audience
        ("“He doesn't speak for anyone,” Clinton told a cheering throng of supporters.", "told",
         "a cheering throng of supporters"),
        ("The campaign is making an urgent case to the party's electorate that it is time.", "making",
         "the party's electorate"),
        # the people in a room, and a congregation preached to
        ("The auctioneer leaned over the rostrum and told the room: “It's not going home with me.”", "told",
         "the room"),
        ("Preaching to a congregation of about 1,400, the bishop said food banks were overwhelmed.", "Preaching",
         "a congregation of about 1,400"),
        # an outlet and its programme or host, which the parser reads as two objects, are whom it was told
        ("“And I just don’t know anything about him,” Trump told CNN’s Jake Tapper.", "told",
         "CNN’s Jake Tapper"),
        ("But he told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist.”", "told",
         "ABC’s “Good Morning America”"),
    ],
)  # fmt: skip
def test_whom_a_saying_went_to(nlp: Language, sentence: str, verb: str, addressee: str | None) -> None:
    [cue] = [t for t in nlp(sentence) if t.text == verb]
    found = addressee_of(cue)
    assert (found.text if found is not None else None) == addressee


@pytest.mark.parametrize(
    ("sentence", "verb", "on", "off"),
    [
        ("Clinton reminded the audience of comments Trump made that women should be punished.", "reminded",
         "the audience", "the audience of comments Trump made that women should be punished"),
        ("Biden warned the crowd of the stakes in November.", "warned", "the crowd", "the crowd of the stakes"),
        # an "of" naming people says which audience: whole either way
        ("The mayor reminded the members of the council that the vote was binding.", "reminded",
         "the members of the council", None),
        # a verb that names no matter with "of": the same either way
        ("The mayor told the owners of the shops that the road would reopen.", "told", None, None),
    ],
)  # fmt: skip
def test_the_matter_one_is_reminded_of_is_no_part_of_whom(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, verb: str, on: str | None, off: str | None
) -> None:
    """MATTERS_TOLD_OF: "reminded the audience of comments Trump made": the comments are what she reminded them of.
    ``on`` None: the same as with the rule off; ``off`` None: the same as with it on."""
    [cue] = [t for t in nlp(sentence) if t.text == verb]
    found = addressee_of(cue)
    assert found is not None
    monkeypatch.setattr(channels, "MATTERS_TOLD_OF", False)
    without = addressee_of(cue)
    assert without is not None
    assert found.text == (on or without.text)
    assert without.text == (off or found.text)


@pytest.mark.parametrize(
    ("sentence", "on", "off"),
    [
        ("“The river took everything,” resident Tom Hale told News 6 in an interview.", "News 6", "News"),
        ("“I never saw water like it,” farmer Jo Price told Channel 4 News.", "Channel 4 News", "News"),
        # a count of people is no part of a name, and a number that is not right after a name stays out
        ("The mayor told 300 residents that the bridge would reopen.", "300 residents", "300 residents"),
    ],
)
def test_a_broadcaster_s_number_is_part_of_its_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, on: str, off: str
) -> None:
    """NUMBERED_NAMES: "told News 6", "told Channel 4 News" name the station whole, not "News"."""
    [cue] = [t for t in nlp(sentence) if t.text == "told"]
    found = addressee_of(cue)
    assert found is not None and found.text == on
    monkeypatch.setattr(channels, "NUMBERED_NAMES", False)
    found = addressee_of(cue)
    assert found is not None and found.text == off


@pytest.mark.parametrize(
    ("sentence", "verb", "scene"),
    [
        # a scene as the object of a verb of speaking to an audience is where the words were said
        ("Lou told a news briefing that the talks went well.", "told", "a news briefing"),
        ("Vale told the forum that taxes would fall.", "told", "the forum"),
        ("Obama told a town hall meeting with young leaders that the vote was a mess.", "told",
         "a town hall meeting with young leaders"),
        ("Holt addressed the Republican National Convention for an hour.", "addressed",
         "the Republican National Convention"),
        # people told, and a scene that is no object of the verb, are no scene told
        ("Hale told reporters that the race was close.", "told", None),
        ("Hale told strikers on the picket line that the race was close.", "told", None),
        # the object of asking or promising is a body asked to act or the thing promised
        ("A quarter of the committee can ask the full convention to vote on the plan.", "ask", None),
        ("Hale promised her housing program would be paid for.", "promised", None),
    ],
)  # fmt: skip
def test_a_scene_told(nlp: Language, sentence: str, verb: str, scene: str | None) -> None:
    [cue] = [t for t in nlp(sentence) if t.text == verb]
    found = scene_told(cue)
    assert (found.text if found is not None else None) == scene


@pytest.mark.parametrize(
    ("sentence", "told", "programme"),
    [
        # a title in quote marks, alone or after its outlet, is a programme, not a person
        ("Hale told “The Evening Hour” that the race was close.", "The Evening Hour", True),
        ("Hale told NBC’s “Sunrise Desk” on Sunday that the race was close.", "NBC’s “Sunrise Desk”", True),
        # a name set off with a scene noun that says what it is
        ("Hale told the Meridian Summit, an annual trade forum in Oslo, that the race was close.",
         "the Meridian Summit", True),
        # people told, and a name set off with a noun that is no scene, are no programme
        ("Hale told Jo Brand, an old friend, that the race was close.", "Jo Brand", False),
        ("Hale told the Harbour Club, a sailing club in Cork, that the race was close.", "the Harbour Club", False),
        ("Hale told reporters that the race was close.", "reporters", False),
    ],
)  # fmt: skip
def test_a_programme_or_gathering_told(nlp: Language, sentence: str, told: str, programme: bool) -> None:
    [cue] = [t for t in nlp(sentence) if t.text == "told"]
    addressee = addressee_of(cue)
    assert addressee is not None
    assert addressee.text == told
    assert programme_told(addressee) is programme


@pytest.mark.parametrize(
    ("sentence", "word", "hyphens", "entries", "scene"),
    [
        ("Hale spoke at a hearing on Monday.", "hearing", False, frozenset(), True),
        # an online panel is a scene its panellists share (boxship-grounding-webinar.html); a place is none
        ("Hale spoke on a Freight Ledger webinar on Friday.", "webinar", False, frozenset(), True),
        ("Hale spoke at a Freight Ledger office on Friday.", "office", False, frozenset(), False),
        # the tokenizer splits "phone-in" at its hyphen: a scene only when the reader asks for it
        ("Hale spoke on the phone-in on Monday.", "in", True, frozenset(), True),
        ("Hale spoke on the phone-in on Monday.", "in", False, frozenset(), False),
        # two-word entries by the kind of the word before the noun
        ("Hale spoke at the oral argument on Monday.", "argument", False, ADJECTIVE_ENTRIES, True),
        ("Hale spoke at the oral argument on Monday.", "argument", False, NOUN_ENTRIES, False),
        ("Hale spoke on the picket line on Monday.", "line", False, NOUN_ENTRIES, True),
        ("Hale spoke on the picket line on Monday.", "line", False, ADJECTIVE_ENTRIES, False),
    ],
)  # fmt: skip
def test_a_scene_reads_hyphens_and_two_word_entries_as_asked(
    nlp: Language, sentence: str, word: str, hyphens: bool, entries: frozenset[tuple[str, str]], scene: bool
) -> None:
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert a_scene(token, hyphens=hyphens, entries=entries) is scene


def test_a_scene_keeps_to_the_tags_asked(nlp: Language) -> None:
    [rallies] = [t for t in nlp("Hale spoke at his rallies in May.") if t.text == "rallies"]
    assert a_scene(rallies)
    assert not a_scene(rallies, tags=frozenset({"NN"}))


@pytest.mark.parametrize(
    ("sentence", "medium", "phrase"),
    [
        ("Speaking by telephone from Kyiv, Olena Petrenko said the talks would resume.",
         "telephone", "telephone from Kyiv"),
        ("Also briefing, by videoconference from Port Alder, Temba Ndlovu, the deputy coordinator, said it was so.",
         "videoconference", "videoconference from Port Alder"),
    ],
)  # fmt: skip
def test_a_name_set_off_after_the_place_a_medium_came_from_is_no_part_of_the_channel(
    nlp: Language, sentence: str, medium: str, phrase: str
) -> None:
    doc = nlp(sentence)
    [word] = [t for t in doc if t.text == medium]
    assert word in channel_words(doc[:])  # "videoconference": a live video connection, as "video link" is
    assert channel_phrase(word).text == phrase


def test_a_programme_titled_in_quote_marks_is_read_whole(nlp: Language) -> None:
    # to its closing mark, without the stop or comma before it; "Sunday" in the title is no date
    titled = {
        "“We will win,” Clinton said in an interview with “Fox News Sunday.”": "an interview with “Fox News Sunday",
        "In an interview with “Fox and Friends,” the senator pointed to China.": "an interview with “Fox and Friends",
    }
    for sentence, phrase in titled.items():
        assert channel_phrase(next(t for t in nlp(sentence) if t.text == "interview")).text == phrase


def test_a_programme_s_title_in_quote_marks_right_after_its_noun_is_read_whole(nlp: Language) -> None:
    # a programme's noun only: after another medium a quote is as often the words said
    titled = {
        "Baldwin said on the podcast “Here's the Thing.”": ("podcast", "the podcast “Here's the Thing"),
        "He spoke on his weekly radio show, “Generations with Kevin Swanson,” on Monday.": (
            "show",
            "his weekly radio show, “Generations with Kevin Swanson",
        ),
        "The ministry said in a statement, “We will act.”": ("statement", "a statement"),
    }
    for sentence, (noun, phrase) in titled.items():
        assert channel_phrase(next(t for t in nlp(sentence) if t.text == noun)).text == phrase


@pytest.mark.parametrize(
    ("sentence", "words", "phrase"),
    [
        # the "with" phrase on a tagged exchange says whom it was with (the addressee the channel carries)
        (
            "In conversations with donors, Mr. Biden expressed astonishment at the handling of questions.",
            (1, 2),
            "conversations with donors",
        ),
        # a date between the noun and "with" ends the phrase ("a discussion Thursday with X": false fills)
        ("Zucker said during a discussion Thursday with the editor that they do not pay.", (3, 5), "a discussion"),
    ],
)
def test_a_tagged_channel_keeps_whom_its_exchange_was_with(
    nlp: Language, sentence: str, words: tuple[int, int], phrase: str
) -> None:
    assert with_whom(nlp(sentence)[words[0] : words[1]]).text == phrase


@pytest.mark.parametrize("flag", [True, False])
def test_whom_an_exchange_was_with_after_a_date_between(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "a round-table interview Tuesday with Bloomberg Politics": the day stops the medium's phrase, the named outlet
    after it is whom the exchange was with (``DATED_WITH_WHOM``); people not named are not taken."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.channels.DATED_WITH_WHOM", flag)
    sentence = "At a round-table interview Tuesday with Bloomberg Politics, he said he would campaign for Canova."
    [word] = [t for t in nlp(sentence) if t.text == "interview"]
    found = addressee_of_channel(channel_phrase(word))
    assert (found.text if found is not None else None) == ("Bloomberg Politics" if flag else None)
    [meeting] = [
        t for t in nlp("At a meeting Tuesday with his advisers, he said he would stay.") if t.text == "meeting"
    ]
    assert addressee_of_channel(channel_phrase(meeting)) is None


@pytest.mark.parametrize("flag", [True, False])
def test_whom_a_verb_called_on_when_the_parser_left_on_without_its_object(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "called on Michigan Gov. Rick Snyder (R) to resign": the parser reads the governor as a subject after an "on"
    with no object; with ``CALLED_ON_SUBJECTS`` he is whom the words went to."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.channels.CALLED_ON_SUBJECTS", flag)
    doc = nlp("Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign.")
    [cue] = [t for t in doc if t.text == "called"]
    found = addressee_of(cue)
    if flag:
        assert found is not None and found.text.startswith("Michigan Gov. Rick Snyder")
    else:
        assert found is None


@pytest.mark.parametrize(
    ("sentence", "word", "subject"),
    [
        # a relative clause with a subject of its own: the phrase is that subject's
        ("Malloy praised the flood rules, a plan the mayor defended in an interview.", "interview", "mayor"),
        ("She backs the levy, which the governor has called unfair in interviews.", "interviews", "governor"),
        # the relative pronoun is the clause's subject: the noun's own clause, nobody else's
        ("Malloy, who spoke in an interview on Monday, praised the rules.", "interview", None),
        # no relative clause at all
        ("Malloy praised the flood rules in an interview.", "interview", None),
    ],
)
def test_a_phrase_in_a_relative_clause_with_its_own_subject_is_that_subject_s(
    nlp: Language, sentence: str, word: str, subject: str | None
) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    found = own_clause_subject(token)
    assert (None if found is None else found.text) == subject


def test_a_studio_s_phrase_runs_over_the_programme_s_quoted_title(nlp: Language) -> None:
    """``STUDIO_PLACES``: the title the parser hangs elsewhere is read with the studio noun's phrase."""
    doc = nlp("Appearing on the couch of WCNV’s “Connecticut Morning” on Wednesday, Hale said the lake was unsafe.")
    [couch] = [t for t in doc if t.text == "couch"]
    assert channel_phrase(couch).text == "the couch of WCNV’s “Connecticut Morning"


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("rule", "sentence", "cue", "whom"),
    [
        # "make it clear / plain / known": a saying, whose "to X" the parser hangs on the predicate
        ("MADE_KNOWN_TO", "Clinton made it clear to House Democrats on Wednesday that she has their backs.", "made",
         "House Democrats"),
        ("MADE_KNOWN_TO", "Brafman concluded by making it clear to the judge that a sentence would be unfair.",
         "making", "the judge"),
        ("MADE_KNOWN_TO", "The minister made it known to the unions that the offer was final.", "made", "the unions"),
        # "make" with a "to X" and no predicate of knowing is a gift, a change or a trip, not a saying
        ("MADE_KNOWN_TO", "The mayor made a donation to the charity that feeds families.", "made", None),
        ("MADE_KNOWN_TO", "The council made changes to the plan that residents opposed.", "made", None),
        # whom a message went to as the verb's indirect object, or as its "to X" before the message
        ("MESSAGE_RECIPIENTS", "Rubio offered the crowd an emotional evaluation of the state of politics.", "offered",
         "the crowd"),
        ("MESSAGE_RECIPIENTS", "In a separate email exchange, Mr. Band passed along to Ms. Abedin a request.",
         "passed", "Ms. Abedin"),
        # an indirect object beside a thing that is no message
        ("MESSAGE_RECIPIENTS", "The firm offered the workers a raise of five percent.", "offered", None),
    ],
)  # fmt: skip
def test_whom_a_thing_was_made_clear_or_a_message_went_to(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, rule: str, sentence: str, cue: str, whom: str | None
) -> None:
    """With the rule (``MADE_KNOWN_TO``, ``MESSAGE_RECIPIENTS``) on, whom the verb names as told; off, nobody."""
    monkeypatch.setattr(channels, rule, flag)
    [verb] = [t for t in nlp(sentence) if t.text == cue]
    found = addressee_of(verb)
    assert (None if found is None else found.text) == (whom if flag else None)


def test_a_message_s_to_after_it_is_whom_it_went_to_without_the_recipients_rule(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``MESSAGES_TO``'s own reading stands with ``MESSAGE_RECIPIENTS`` off: the "to X" after the message."""
    monkeypatch.setattr(channels, "MESSAGE_RECIPIENTS", False)
    [verb] = [t for t in nlp("The party issued a formal complaint to the committee.") if t.text == "issued"]
    found = addressee_of(verb)
    assert found is not None and found.text == "the committee"


def test_online_is_a_channel_word_only_with_its_rule(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """``SAID_ONLINE``: "online" on a verb of saying names the channel; with the rule off it names none."""
    sentence = nlp("Harlan wrote online that the vote was rigged.")[:]
    assert [t.text for t in channel_words(sentence)] == ["online"]
    monkeypatch.setattr(channels, "SAID_ONLINE", False)
    assert channel_words(sentence) == []
