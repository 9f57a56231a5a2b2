from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find.orphans import attribute_orphan_quotes
from quotegraph.nlp.find.quotes import quote_regions

pytestmark = pytest.mark.slow


def test_an_uncovered_quote_takes_the_speech_verb_beside_it(nlp: Language) -> None:
    text = "“Nobody ever questioned his service or his sacrifice,” the senator elaborated."
    [found] = attribute_orphan_quotes(nlp(text), text, quote_regions(text), [])
    assert [text[s:e] for s, e in found.cue] == ["elaborated"]
    assert [text[s:e] for s, e in found.source] == ["the senator"]


def test_short_scare_quotes_are_left_alone(nlp: Language) -> None:
    text = "The senator said the plan was “dead on arrival” in the House."
    assert attribute_orphan_quotes(nlp(text), text, quote_regions(text), []) == []
