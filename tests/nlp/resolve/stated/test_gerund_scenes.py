"""Scene nouns the tagger read as gerunds ("at a team meeting") or as participles split off their compound ("during a
special council sitting") are read as the nouns they are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import gerund_scenes
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import channel_words
from quotegraph.nlp.resolve.stated.gerund_scenes import gerund_tagged_scene, split_off_scene
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb

from ..conftest import ArticleMaker
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow

_TEAM_MEETING = "The captain told teammates at a team meeting in June that the club was for sale."


def test_a_scene_noun_tagged_a_gerund_after_an_article_and_a_compound_is_a_scene(nlp: Language) -> None:
    doc = nlp(_TEAM_MEETING)
    [meeting] = [t for t in doc if t.text == "meeting"]
    assert meeting.tag_ == "VBG"  # the parse this rule exists for
    assert gerund_tagged_scene(meeting)
    assert is_channel_word(meeting)


def test_the_time_on_a_gerund_tagged_scene_sits_in_the_saying_s_clause(nlp: Language) -> None:
    doc = nlp(_TEAM_MEETING)
    [june] = [t for t in doc if t.text == "June"]
    assert clause_verb(june).text == "told"


def test_without_the_rule_the_gerund_is_no_channel_and_its_time_no_saying_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gerund_scenes, "GERUND_TAGGED_SCENES", False)
    doc = nlp(_TEAM_MEETING)
    [meeting] = [t for t in doc if t.text == "meeting"]
    [june] = [t for t in doc if t.text == "June"]
    assert not is_channel_word(meeting)
    assert clause_verb(june).text == "meeting"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a true gerund: no article, a preposition of time
        ("The principal left after meeting parents in May.", "meeting"),
        # a gerund on a noun, no preposition's object
        ("She quit the team meeting the coach.", "meeting"),
        # a gerund of a word that names no scene
        ("The coach spoke at a team dinner in May.", "coach"),
    ],
)
def test_a_gerund_that_is_a_verb_is_no_scene(nlp: Language, sentence: str, word: str) -> None:
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert not gerund_tagged_scene(token)


_SPECIAL_SITTING = "The mayor said during a special council sitting on Thursday that the budget was sound."


def test_a_scene_noun_split_off_its_compound_is_the_scene_and_the_compound_its_modifier(nlp: Language) -> None:
    """SCENES_SPLIT_OFF_THEIR_COMPOUND: "a special council sitting", the tagger's "council/pobj sitting/acl"."""
    doc = nlp(_SPECIAL_SITTING)
    [council] = [t for t in doc if t.text == "council"]
    [sitting] = [t for t in doc if t.text == "sitting"]
    assert (sitting.tag_, sitting.dep_, sitting.head) == ("VBG", "acl", council)  # the parse this rule exists for
    assert split_off_scene(sitting) and gerund_tagged_scene(sitting) and is_channel_word(sitting)
    assert channel_phrase(sitting).text == channel_phrase(council).text == "a special council sitting"
    assert channel_words(doc[:]) == [sitting]
    [thursday] = [t for t in doc if t.text == "Thursday"]
    assert clause_verb(thursday).text == "said"  # the day hung on the scene is the saying's


def test_without_the_rule_the_split_off_scene_is_no_channel(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gerund_scenes, "SCENES_SPLIT_OFF_THEIR_COMPOUND", False)
    doc = nlp(_SPECIAL_SITTING)
    [sitting] = [t for t in doc if t.text == "sitting"]
    assert not split_off_scene(sitting) and not is_channel_word(sitting)
    assert channel_words(doc[:]) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a participle with an object of its own is a verb: "the council sitting the exam"
        ("The mayor spoke to a council sitting the exam on Thursday.", "sitting"),
        # no article on the noun before it
        ("The mayor said during council sitting on Thursday that the budget was sound.", "sitting"),
        # a word that names no scene
        ("The mayor said during a council dancing on Thursday that the budget was sound.", "dancing"),
    ],
)
def test_a_participle_hung_on_a_noun_that_is_a_verb_is_no_split_off_scene(
    nlp: Language, sentence: str, word: str
) -> None:
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert not split_off_scene(token)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "channel", "time"),
    [
        # a council
        (_SPECIAL_SITTING, "that the budget was sound", "a special council sitting", "on Thursday"),
        (
            "During a special council sitting on Thursday, the mayor said the budget was sound.",
            "the budget was sound",
            "a special council sitting",
            "on Thursday",
        ),
        # a legislature
        (
            "The speaker said at an assembly sitting on Tuesday that the motion had failed.",
            "that the motion had failed",
            "an assembly sitting",
            "on Tuesday",
        ),
        # a court
        (
            "The judge said during a court sitting on Monday that the case would go ahead.",
            "that the case would go ahead",
            "a court sitting",
            "on Monday",
        ),
    ],
)
def test_an_event_split_off_its_compound_gives_the_event_as_channel_and_its_day_as_time(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    text: str,
    content: str,
    channel: str,
    time: str,
) -> None:
    """Without the rule the "during" phrase was read whole as the time and no channel ("during a special council
    sitting on Thursday"), or the compound alone as the channel."""
    monkeypatch.setattr(gerund_scenes, "SCENES_SPLIT_OFF_THEIR_COMPOUND", flag)
    found = article(text, published=DAY).one(content, "said", text.split(" said")[0].split(", ")[-1])
    if flag:
        assert _texts(found) == (channel, None, time)
    else:
        assert found.channel is None or found.channel.text != channel


def test_a_voice_after_the_sitting_carries_the_sitting_and_its_day(article: ArticleMaker) -> None:
    text = (
        "During a special council sitting on Thursday, the mayor said the budget was sound. "
        "Councillor Ahmed said the plan would fail."
    )
    art = article(text, published=DAY)
    _, (_, ahmed) = art.resolve(
        [
            art.candidate("the budget was sound", "said", "the mayor"),
            art.candidate("the plan would fail", "said", "Councillor Ahmed"),
        ]
    )
    assert _texts(ahmed) == ("a special council sitting", None, "on Thursday")
