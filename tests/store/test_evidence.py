from __future__ import annotations

import pytest

from quotegraph.model import Entity, Mention, TextSpan
from quotegraph.store.evidence import entity_pronoun, spelled_as_description


def entity(*words: str) -> Entity:
    return Entity(id="E1", name="Ann Lee", type="PERSON", mentions=tuple(Mention(TextSpan(0, 1), w) for w in words))


@pytest.mark.parametrize(
    ("words", "pronoun"),
    [
        (("Ann Lee", "the actress"), ""),
        (("Ann Lee", "She", "her", "herself"), "she"),
        (("he", "him", "His", "she"), "he"),  # three of four agree
        (("he", "she"), ""),  # the article's coreference disagrees with itself
        (("they", "their"), "they"),
        (("hero", "hers"), "she"),  # whole words only
    ],
)
def test_an_entity_is_what_its_own_pronouns_say(words: tuple[str, ...], pronoun: str) -> None:
    assert entity_pronoun(entity(*words)) == pronoun


@pytest.mark.parametrize(
    ("name", "described"),
    [
        ("Charles de Gaulle", False),
        ("Bashar al-Assad", False),
        ("The New York Times", False),
        ("Sanders supporters", True),
        ("a Latino judge", True),
        ("’s Donald Trump", False),
    ],
)
def test_a_name_with_a_lower_case_word_is_spelled_as_a_description(name: str, described: bool) -> None:
    assert spelled_as_description(name) is described
