"""The shapes of a name's words: a known forename and a surname."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers.name_shapes import forename_and_surname

from ..conftest import tagged_doc

pytestmark = pytest.mark.slow


def test_a_known_forename_and_a_surname_are_a_person_s_name(nlp: Language) -> None:
    doc = tagged_doc(nlp, ["Ted", "Gorka", "and", "Ted", "Daily", "News"], ["NNP"] * 2 + ["CC"] + ["NNP"] * 3)
    assert forename_and_surname(doc[0:2])
    assert not forename_and_surname(doc[3:6])  # ends in an outlet's word
    assert not forename_and_surname(tagged_doc(nlp, ["Eric", "Trump", "Foundation"], ["NNP"] * 3)[0:3])
