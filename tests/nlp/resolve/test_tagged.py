"""Tagged phrases a statement takes: not one in another subject's relative clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.tagged import _in_another_s_clause

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "verb", "phrase", "theirs"),
    [
        # the interviews are the governor's, in a relative clause of his own, not where she said it
        ("She said she backs the levy, which the governor called unfair in interviews.", "said", "interviews", True),
        # on the statement's own verb: hers
        ("She said in interviews that she backs the levy.", "said", "interviews", False),
        # a relative clause whose subject is its pronoun: no other subject's occasion
        ("She, who spoke in interviews, said she backs the levy.", "said", "interviews", False),
    ],
)
def test_a_tagged_phrase_in_another_subject_s_relative_clause_is_not_the_statement_s(
    nlp: Language, sentence: str, verb: str, phrase: str, theirs: bool
) -> None:
    doc = nlp(sentence)
    cue = next(t for t in doc if t.text == verb)
    word = next(t for t in doc if t.text == phrase)
    assert _in_another_s_clause(doc[word.i : word.i + 1], cue) is theirs
