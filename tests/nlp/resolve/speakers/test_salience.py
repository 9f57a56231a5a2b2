"""The salience the coreference pass keeps: only the head of a source phrase weighs as the statement's source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers.salience import heads_source


@pytest.mark.slow
def test_only_the_head_of_a_source_phrase_is_the_source(nlp: Language) -> None:
    doc = nlp("Sandy Phillips, who lost her daughter Jessica Ghawi in 2012, said the call was short.")
    phrase = doc.text.index("Sandy"), doc.text.index(", said")
    sources = frozenset(t.i for t in doc if phrase[0] <= t.idx < phrase[1])
    heads = [t.text for t in doc if heads_source(t, sources)]
    assert heads == ["Phillips"]
