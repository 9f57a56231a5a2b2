"""What an addressee is to the carrying of occasions (``carried_addressees``): here, an object pronoun that can stand
for whom a speaker's occasion already goes to (``a_pronoun_for``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying.carried_addressees import a_pronoun_for

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "pronoun", "told", "stands_for"),
    [
        # "them" for a body gathered, a plural, a coordination
        ("Harlan told the crowd and then he told them again.", "them", "the crowd", True),
        ("Harlan told Ohio voters and then he told them again.", "them", "Ohio voters", True),
        ("Harlan told Ann Lee and Bo Tran and then he told them again.", "them", "Ann Lee and Bo Tran", True),
        # not for one person, nor "him" for a crowd
        ("Harlan told Ann Lee and then he told them again.", "them", "Ann Lee", False),
        ("Harlan told the crowd and then he told him again.", "him", "the crowd", False),
        # "him" / "her" for one person named
        ("Harlan told Ann Lee and then he told her again.", "her", "Ann Lee", True),
        # "us": the speaker's own side, no one told
        ("Harlan told the crowd and then he told us again.", "us", "the crowd", False),
    ],
)  # fmt: skip
def test_an_object_pronoun_stands_for_whom_it_can_agree_with(
    nlp: Language, sentence: str, pronoun: str, told: str, stands_for: bool
) -> None:
    doc = nlp(sentence)
    start = doc.text.index(told)
    told_span = doc.char_span(start, start + len(told))
    [word] = [t for t in doc if t.lower_ == pronoun]
    assert told_span is not None
    assert a_pronoun_for(doc[word.i : word.i + 1], told_span) is stands_for
