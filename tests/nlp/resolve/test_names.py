"""A name's span ends cleanly: abbreviations stay, stray marks and an unclosed bracket go."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.names import strip_name

pytestmark = pytest.mark.slow


def test_an_abbreviation_ending_in_a_full_stop_is_part_of_the_name(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Acme", "Corp.", "and", "Martin", "Luther", "King", "Jr.", "''"])
    assert strip_name(doc[0:2]).text == "Acme Corp."
    assert strip_name(doc[3:8]).text == "Martin Luther King Jr."


def test_an_unclosed_bracket_is_not_part_of_the_name(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["World", "Health", "Organisation", "(", "WHO"])
    assert strip_name(doc[0:5]).text == "World Health Organisation"
