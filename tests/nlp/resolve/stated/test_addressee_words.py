"""The words that can name whom something was said to (``resolve.stated.addressee_words``): "before" an audience."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import addressee_words
from quotegraph.nlp.resolve.stated.addressee_words import audience_before, people_in_front

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "audience"),
    [
        ("Ruiz spoke before a crowd of 300 supporters on Monday.", "crowd"),
        ("Ruiz testified before the Senate Judiciary Committee on Monday.", "Committee"),
        ("Ruiz appeared before magistrates on Monday.", "magistrates"),
        ("Ruiz spoke before reporters on Monday.", "reporters"),
        ("Ruiz appeared before Congress on Monday.", "Congress"),
        ("Ruiz appeared before thousands of delegates in Philadelphia.", "thousands"),
        # a time, an event, a place, a distance measured from: no audience
        ("Ruiz spoke before the vote on Monday.", None),
        ("Ruiz spoke before Christmas.", None),
        ("Ruiz spoke before Iowa.", None),
        ("Staff were warned of the freeze two days before customers.", None),
        ("He resigned the day before the big gathering in Philadelphia.", None),
        ("Ruiz spoke before the cameras on Monday.", None),
    ],
)
def test_before_people_or_a_body_is_an_audience(nlp: Language, sentence: str, audience: str | None) -> None:
    """``AUDIENCES_BEFORE``: "before" whose object is people or a body names an audience, not a time."""
    befores = [t for t in nlp(sentence) if t.lower_ == "before"]
    found = audience_before(befores[0])
    assert (found.text if found is not None else None) == audience


def test_the_rule_off_reads_no_audience_before(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(addressee_words, "AUDIENCES_BEFORE", False)
    before = next(t for t in nlp("Ruiz spoke before a crowd of 300 supporters.") if t.lower_ == "before")
    assert audience_before(before) is None


def test_people_in_front_are_people_a_body_or_a_count_of_people(nlp: Language) -> None:
    """The noun test "in front of" and "before" share: people, a gathered body, a count or group of people; not a
    group of things, nor a body's proper name (a building as often: "the White House")."""
    subjects = {
        sentence: next(t for t in nlp(sentence) if t.dep_ == "nsubj")
        for sentence in ("A group of executives waited.", "A group of buildings stood.", "The crowd waited.",
                         "The White House waited.")
    }  # fmt: skip
    assert [people_in_front(s) for s in subjects.values()] == [True, False, True, False]
