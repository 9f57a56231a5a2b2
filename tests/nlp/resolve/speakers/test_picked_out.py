"""One person picked out of a group or by a superlative, described alone and named next; an age as a noun (a source's
also when the parser made it the root), and an age before a noun leaving the noun the
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


def test_an_age_read_as_its_sentence_s_root_is_still_the_source_s_description(article: ArticleMaker) -> None:
    art = article(
        "Irwin Salt posted the clip on Friday. "
        '"Why would anyone dub a senator?" the 43-year-old asked in the clip\'s caption.'
    )
    assert next(t for t in art.doc if t.text == "old").dep_ == "ROOT"  # the parse AGES_AS_SOURCES is for
    found = art.one("Why would anyone dub a senator?", "asked", "the 43-year-old")
    assert speaker_name(found) == "Irwin Salt"


_YOUNGEST = (
    "Ana Prowse, the station manager, said the boat launched at night. "
    '"I have never been so cold," said the youngest volunteer at the table.'
)


def test_a_person_picked_out_by_a_superlative_is_the_one_named_next(article: ArticleMaker) -> None:
    text = _YOUNGEST + ' "But you stop thinking about yourself." Lucy Harper, 19, works in a bakery.'
    found = article(text).one("I have never been so cold,", "said", "the youngest volunteer at the table")
    assert speaker_name(found) == "Lucy Harper"


def test_a_person_picked_out_by_a_superlative_named_nowhere_stays_the_description(
    article: ArticleMaker,
) -> None:
    found = article(_YOUNGEST).one("I have never been so cold,", "said", "the youngest volunteer at the table")
    assert speaker_name(found) == "the youngest volunteer at the table"
