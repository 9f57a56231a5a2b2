"""Verbs of saying and the clause a word stands in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.saying_verbs import own_clause_subject

pytestmark = pytest.mark.slow


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
