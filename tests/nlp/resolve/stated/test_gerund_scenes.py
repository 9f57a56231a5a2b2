"""Scene nouns the tagger read as gerunds ("at a team meeting") are read as the nouns they are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import gerund_scenes
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.gerund_scenes import gerund_tagged_scene
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb

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
