"""Channel nouns: which nouns are a medium, a scene or an outlet, read from the word itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import channel_nouns
from quotegraph.nlp.resolve.stated.channel_nouns import (
    ADJECTIVE_ENTRIES,
    NOUN_ENTRIES,
    a_scene,
    is_channel_word,
    outlet_noun,
)

from ..conftest import occasion_of

pytestmark = pytest.mark.slow


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


@pytest.mark.parametrize(
    ("sentence", "word", "outlet"),
    [
        ("The vessel was seized, according to the Interfax news agency.", "agency", True),
        ("The vessel was seized, according to CNN.", "CNN", True),
        ("The vessel was seized, according to the newspaper.", "newspaper", True),
        ("The vessel was seized, according to the Houston Chronicle.", "Chronicle", True),
        ("The vessel was seized, according to the federal agency.", "agency", False),
        ("The vessel was seized, according to an aide.", "aide", False),
        # a newspaper by the nouns of its trade: "the daily", "this masthead"; the adjective is no outlet
        ("The former minister told the daily that he had been pushed out.", "daily", True),
        ("Speaking to this masthead on Wednesday, the minister said the report would be released.", "masthead",
         True),
        ("The minister gave a daily briefing on Monday.", "daily", False),
    ],
)  # fmt: skip
def test_an_outlet_noun(nlp: Language, sentence: str, word: str, outlet: bool) -> None:
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert outlet_noun(token) is outlet


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
    ("sentence", "word", "entries"),
    [
        ("The conductor warned the players at a rehearsal on Friday.", "rehearsal", frozenset()),
        ("The supervisor warned the night crew at a shift huddle on Friday.", "huddle", frozenset()),
        ("The ward sister warned the day staff at handover on Friday.", "handover", frozenset()),
        ("The owner warned neighbours at an open house on Friday.", "house", ADJECTIVE_ENTRIES),
    ],
)
def test_the_gatherings_of_a_workplace_are_scenes(
    nlp: Language, sentence: str, word: str, entries: frozenset[tuple[str, str]]
) -> None:
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert is_channel_word(token)
    assert a_scene(token, entries=entries)


def test_huddling_is_no_scene_nor_a_house_alone(nlp: Language) -> None:
    doc = nlp("The union leaders huddled in a house in Leeds on Friday.")
    [huddled] = [t for t in doc if t.text == "huddled"]
    [house] = [t for t in doc if t.text == "house"]
    assert not is_channel_word(huddled)
    assert not is_channel_word(house)


@pytest.mark.parametrize(("on", "expected"), [(True, "Question Period"), (False, None)])
def test_a_question_session_named_in_capitals_is_a_channel(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    """ "During Question Period on Thursday, Premier Tom Hale said": a house's question session named in capitals, as
    Canadian and Australian news name it, is the channel (``CAPITALISED_QUESTION_SESSIONS``), as "question period" in
    lower case is."""
    monkeypatch.setattr(channel_nouns, "CAPITALISED_QUESTION_SESSIONS", on)
    text = "During Question Period on Thursday, Premier Tom Hale said the budget would balance."
    assert occasion_of(text, "the budget would balance")[0] == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Chief District Officer Adhikari said at a press meet in Salleri on Monday that 43 people were safe.", "meet"),
        ("The chief minister told a media meet in Chennai on Tuesday that the dam was safe.", "meet"),
        ("The treasurer told a presser on Tuesday that rates would stay on hold.", "presser"),
        ("At a doorstop on the steps of Parliament, Mr Woleng told reporters he would name his cabinet.", "doorstop"),
    ],
)
def test_the_news_conference_by_its_other_names_is_a_scene(nlp: Language, sentence: str, word: str) -> None:
    """ "press meet" and "media meet" (Indian and Nepali English), "presser", "doorstop" (Australian and Pacific):
    the news conference under other names, a scene its speakers share."""
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert is_channel_word(token)
    assert a_scene(token, entries=NOUN_ENTRIES)


def test_a_meet_alone_is_no_scene(nlp: Language) -> None:
    """An athletics "meet" is no setting of words: only the two-word entries are."""
    doc = nlp("The sprinter said at the athletics meet on Sunday that she was tired.")
    [meet] = [t for t in doc if t.text == "meet"]
    assert not is_channel_word(meet)
    assert not a_scene(meet, entries=NOUN_ENTRIES)


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        # a judgment a determiner or a possessive picks out, after "in": the reasons the words were set down in
        ("In her judgment, Justice Wanjiru Kamau said the county had acted beyond its powers.", True),
        ("Justice Rao wrote in a separate judgment that the tribunal had erred.", True),
        ("In his dissenting judgment, Justice Moreau said he would have allowed the appeal.", True),
        # bare after "in", the faculty: no medium
        ("Critics called the decision a serious lapse in judgment.", False),
        # after anything but "in", a judgment awaited or spoken of: no medium
        ("The minister said the government would study the judgment.", False),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_judgment_is_a_medium_after_in_when_one_is_picked_out(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str, medium: bool, on: bool
) -> None:
    monkeypatch.setattr(channel_nouns, "MEDIA_IN_ARE_DETERMINED", on)
    token = [t for t in nlp(sentence) if t.text == "judgment"][-1]
    bare = "lapse in judgment" in sentence
    assert is_channel_word(token) is (medium or (bare and not on))
