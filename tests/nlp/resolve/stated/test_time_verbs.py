"""Which verb a time phrase hangs on, and what kind of act it is (``resolve.stated.time_verbs``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.stated.time_verbs import dated_verb, verb_class

pytestmark = pytest.mark.slow


def _phrase(nlp: Language, text: str, phrase: str) -> tuple[Doc, int, int]:
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    return doc, span.start, span.end


@pytest.mark.parametrize(
    ("text", "phrase", "verb", "kind"),
    [
        ("The senator met the governor on Monday.", "Monday", "met", "event"),
        ("The minister told reporters on Tuesday that the plan was dead.", "Tuesday", "told", "saying"),
        ("The striker scored twice on Saturday.", "Saturday", "scored", "other"),
    ],
)
def test_a_phrase_climbs_to_the_verb_it_dates(parser: Language, text: str, phrase: str, verb: str, kind: str) -> None:
    doc, start, _ = _phrase(parser, text, phrase)
    found = dated_verb(doc[start])
    assert found is not None and found.text == verb
    assert verb_class(doc[start]) == kind


def test_a_phrase_with_no_verb_above_it_has_none(parser: Language) -> None:
    doc = Doc(parser.vocab, words=["On", "Monday"], heads=[0, 0], deps=["ROOT", "pobj"], pos=["ADP", "PROPN"])
    assert dated_verb(doc[1]) is None
    assert verb_class(doc[1]) == "noverb"
