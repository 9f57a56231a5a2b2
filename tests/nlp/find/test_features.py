from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find.features import role_features
from quotegraph.nlp.find.parse import ParseIndex

pytestmark = pytest.mark.slow


def _row(features: list[list[str]], index: int, prefix: str) -> list[str]:
    return [f for f in features[index] if f.startswith(prefix)]


def test_role_features_mark_where_the_reported_clause_begins_and_ends(nlp: Language) -> None:
    doc = nlp("The mayor said the bridge would reopen soon, and then she left.")
    said = doc[2]
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    features = role_features(doc[:], said, [False] * len(doc), [t.i == said.i for t in doc], ParseIndex(doc))
    assert _row(features, clause.left_edge.i, "sedge=") == ["sedge=True|False"]
    assert _row(features, clause.right_edge.i, "sedge=") == ["sedge=False|True"]
    assert _row(features, 4, "sedge=") == ["sedge=False|False"]


def test_role_features_mark_the_tokens_beside_a_quote(nlp: Language) -> None:
    doc = nlp('He said "we will win" today.')
    in_quote = [2 <= t.i <= 6 for t in doc]
    features = role_features(doc[:], doc[1], in_quote, [t.i == 1 for t in doc], ParseIndex(doc))
    assert _row(features, 1, "qe=") == ["qe=False|False|True"]
    assert _row(features, 6, "qe=") == ["qe=True|True|False"]
    assert _row(features, 0, "qe=") == ["qe=None|False|False"]
