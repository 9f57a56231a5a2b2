"""What a noun stands for: a body's noun, a seat's letters after "the"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import noun_classes
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_noun

pytestmark = pytest.mark.slow


def test_a_body_noun_is_a_common_noun_the_lexicon_keeps_for_a_body(nlp: Language) -> None:
    doc = nlp("The company and its spokesman said the bidder had won.")
    assert [t.text for t in doc if a_body_noun(t)] == ["company", "bidder"]


@pytest.mark.parametrize(
    ("text", "letters", "after_the"),
    [
        ("The Labour MP said no.", "MP", True),
        ("Jane Doe MP said no.", "MP", False),  # post-nominals of a name
        ("The MEP said no.", "MEP", True),
    ],
)
def test_seat_letters_after_the_are_a_noun_for_the_member(
    nlp: Language, text: str, letters: str, after_the: bool
) -> None:
    doc = nlp(text)
    assert noun_classes.seat_letters_after_the(next(t for t in doc if t.text == letters)) is after_the
