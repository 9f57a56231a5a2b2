"""The subject a relative clause set off on it led the parser astray from: the noun phrase before the relative word."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find import misread_relatives
from quotegraph.nlp.find.misread_relatives import subject_before_relative_clause

_CLAUSE_BEFORE = (
    "Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the two "
    "Democratic presidential candidates is the establishment pick."
)
_WHOSE_CLAUSE_BEFORE = (
    "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was a "
    "candidate very much in the spirit of Silicon Valley."
)
_SWALLOWED = (
    "After the speech, a young technician from Mehsana who had been chosen to show the Prime Minister the wire-bonding "
    "line told The Indian Courier: “My father repairs tractors.”"
)


def _subject(nlp: Language, text: str, verb: str) -> str | None:
    doc = nlp(text)
    span = subject_before_relative_clause(next(t for t in doc if t.text == verb))
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (_CLAUSE_BEFORE, "said", "Sanders"),
        (_WHOSE_CLAUSE_BEFORE, "said", "Mr. Slinker"),
        (_SWALLOWED, "told", "a young technician from Mehsana"),
    ],
)
def test_a_relative_clause_the_parser_misread_leaves_the_noun_before_it_as_the_subject(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, verb: str, subject: str
) -> None:
    """RELATIVE_CLAUSE_SUBJECTS: the two parses this rule exists for, each read; none with the flag off."""
    doc = nlp(text)
    said = next(t for t in doc if t.text == verb)
    assert not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children)  # the parse: the verb has no subject
    assert _subject(nlp, text, verb) == subject
    monkeypatch.setattr(misread_relatives, "RELATIVE_CLAUSE_SUBJECTS", False)
    assert _subject(nlp, text, verb) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the verb has its own subject
        ("Sanders, who sits at zero endorsements, said the figure spoke volumes.", "said"),
        # a reported clause before the verb with no relative clause in it
        ("The deal is dead, the senator's office said on Monday.", "said"),
    ],
)
def test_a_verb_with_a_subject_or_no_relative_clause_before_it_gets_none(nlp: Language, text: str, verb: str) -> None:
    assert _subject(nlp, text, verb) is None
