"""Every mention ``find_mentions`` gives, where more than one finder answers: a paper named by one outlet word or as a
daily (``untagged_bodies`` and ``tagged_names``), an outlet word inside a longer name (no finder reads it as a paper).
The tests of one finder's reading live in the test module mirroring that finder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..conftest import name_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Dispatch leads on a warning about hospital corridors.", "Dispatch"),
        ("A Treasury spokesman tells the Daily Clarion it was one of many options.", "Daily Clarion"),
    ],
)
def test_a_paper_named_by_one_outlet_word_or_as_a_daily_is_an_outlet(nlp: Language, text: str, name: str) -> None:
    assert name_types(nlp, text).get(name) == "OUTLET"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Priorities USA Action and Correct the Record have benefited from the donations.", "Record"),
        ("He defended an image that resembled the Star of David.", "Star"),
    ],
)
def test_an_outlet_word_inside_a_longer_name_is_no_paper(nlp: Language, text: str, word: str) -> None:
    assert name_types(nlp, text).get(word) != "OUTLET"
