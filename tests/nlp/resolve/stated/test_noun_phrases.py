"""Noun phrases: how far a noun phrase runs, a broadcaster's number with its name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import noun_phrases
from quotegraph.nlp.resolve.stated.told_addressees import addressee_of

pytestmark = pytest.mark.slow


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
    monkeypatch.setattr(noun_phrases, "NUMBERED_NAMES", False)
    found = addressee_of(cue)
    assert found is not None and found.text == off
