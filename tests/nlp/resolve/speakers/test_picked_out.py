"""One person picked out of a group, described alone; an age as a noun, and an age before a noun leaving the noun the
description."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import picked_out
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.picked_out import AGE_ROLE

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("one", [True, False])
def test_one_person_picked_out_of_a_group_is_described_alone_and_named_next(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, one: bool
) -> None:
    """ONE_OF_A_GROUP: "the older of the two men" is one man (named next with his age), not the two."""
    monkeypatch.setattr(picked_out, "ONE_OF_A_GROUP", one)
    art = article(
        "Closing the inquest, Mr Ashby thanked both finders.\n\n"
        "Speaking outside County Hall after the hearing, the older of the two men said he had walked over that "
        "field for nine years.\n\n"
        "Keith Dunmore, 67, a retired postman from Cawston, said he had dug up the first coin in March."
    )
    _, (said,) = art.resolve(
        [art.candidate("he had walked over that field", "said", "the older of the two men", after="hearing")]
    )
    assert (speaker_name(said) == "Keith Dunmore") is one


def test_an_age_before_a_noun_leaves_the_noun_the_description(nlp: Language) -> None:
    doc = nlp("A 61-year-old farmer said the road was closed.")
    assert [m.text for m in find_mentions(doc, doc.text) if m.role == AGE_ROLE] == []
    alone = nlp("The 61-year-old said the road was closed.")
    assert [m.role for m in find_mentions(alone, alone.text)] == [AGE_ROLE]
