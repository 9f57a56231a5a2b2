"""What a noun stands for: a body's noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers.noun_classes import a_body_noun

pytestmark = pytest.mark.slow


def test_a_body_noun_is_a_common_noun_the_lexicon_keeps_for_a_body(nlp: Language) -> None:
    doc = nlp("The company and its spokesman said the bidder had won.")
    assert [t.text for t in doc if a_body_noun(t)] == ["company", "bidder"]
