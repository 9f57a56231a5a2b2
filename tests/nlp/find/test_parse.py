from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find.parse import NO_TOKEN, ParseIndex

pytestmark = pytest.mark.slow

TEXT = (
    "The mayor said on Friday that the council, which met late, told her that it would vote. "
    "“We will not wait,” she added, and the aides who stood by her said nothing. "
    "He said that she told them that he said that they knew."
)


def _first_spanning_child(doc_token: object, position: int) -> int:
    for child in doc_token.children:  # type: ignore[attr-defined]
        if child.left_edge.i <= position <= child.right_edge.i:
            return int(child.i)
    return NO_TOKEN


def test_ancestry_children_and_sentences_agree_with_spacy(nlp: Language) -> None:
    doc = nlp(TEXT)
    parse = ParseIndex(doc)
    for a in doc:
        assert parse.sentence(a.i) == a.sent
        for b in doc:
            assert parse.above(a.i, b.i) == a.is_ancestor(b), (a, b)
            assert parse.spanning_child(a.i, b.i) == _first_spanning_child(a, b.i), (a, b)
    assert parse.text == doc.text


def test_a_spanning_child_can_be_skipped(nlp: Language) -> None:
    doc = nlp("The mayor said that the vote would wait.")
    parse = ParseIndex(doc)
    said = next(t for t in doc if t.text == "said")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    inside = clause.right_edge.i
    assert parse.spanning_child(said.i, inside) == clause.i
    assert parse.spanning_child(said.i, inside, skip=clause.i) == NO_TOKEN
