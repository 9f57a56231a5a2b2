"""Channel phrases: how far the phrase of a channel word runs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import channel_phrases
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase, with_whom
from quotegraph.nlp.resolve.stated.channels import channel_words

pytestmark = pytest.mark.slow


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
    monkeypatch.setattr(channel_phrases, "AIRED_ON_OUTLET", False)
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
    monkeypatch.setattr(channel_phrases, "DATE_BEFORE_OUTLET", False)
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


def test_a_channel_phrase_stays_on_its_line(nlp: Language) -> None:
    doc = nlp("3:20 p.m.\n\nEarly results of an entrance poll of Nevada caucus-goers are showing a close race.")
    [results] = [t for t in doc if t.text == "results"]
    assert channel_phrase(results).text.startswith("Early results of an entrance poll")


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


def test_a_studio_s_phrase_runs_over_the_programme_s_quoted_title(nlp: Language) -> None:
    """``STUDIO_PLACES``: the title the parser hangs elsewhere is read with the studio noun's phrase."""
    doc = nlp("Appearing on the couch of WCNV’s “Connecticut Morning” on Wednesday, Hale said the lake was unsafe.")
    [couch] = [t for t in doc if t.text == "couch"]
    assert channel_phrase(couch).text == "the couch of WCNV’s “Connecticut Morning"
