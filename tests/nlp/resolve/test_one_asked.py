"""Who a questioning cue puts its question to, and who puts it: the one reading of the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from quotegraph.nlp.resolve.one_asked import (
    SHARING_LINKS,
    a_polled_share,
    asked_of_a_noun,
    holder_of,
    names_set_off,
    objects_asked,
    passive_asked,
    requests,
    shared_subjects,
    subjectless_participle,
)

pytestmark = pytest.mark.slow

_ADVERBIAL = frozenset({"advcl"})


def _asked(nlp: Language, sentence: str) -> Token:
    [verb] = [t for t in nlp(sentence) if t.lower_ == "asked"]
    return verb


def _texts(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def test_the_passive_subject_is_the_one_asked(nlp: Language) -> None:
    found = passive_asked(_asked(nlp, "Trump was asked by the moderator whether he would concede."))
    assert found is not None and found.text == "Trump"
    assert passive_asked(_asked(nlp, "Stephanopoulos asked whether Carson would apologize.")) is None


def test_the_object_is_the_one_asked_and_a_request_is_told_apart(nlp: Language) -> None:
    question = _asked(nlp, "Kettering asked the senator whether she still had confidence in the council.")
    assert _texts(objects_asked(question)) == ["senator"]
    assert not requests(question)
    assert requests(_asked(nlp, "Kettering asked the network to donate the footage."))


def test_a_name_set_off_after_a_title_object_stands_for_it(nlp: Language) -> None:
    verb = _asked(
        nlp,
        "Kettering asked the Minister for Tertiary Education, Rachel Vaimoana, whether she still had confidence.",
    )
    [title] = objects_asked(verb)
    assert title.text == "Minister"
    assert "Vaimoana" in _texts(names_set_off(verb, title))
    plain = _asked(nlp, "Kettering asked the senator whether she still had confidence.")
    [senator] = objects_asked(plain)
    assert names_set_off(plain, senator) == []


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Asked whether she would run again, Clinton said she had not decided.", ["Clinton"]),
        ("“You bet I would,” Christie said when asked whether he would issue a quarantine.", ["Christie"]),
        # the asker named does not change who was asked
        ("Asked by Stephanopoulos to respond to the criticism, Carson said the attacks were unfair.", ["Carson"]),
        # past an infinitive without a subject, and past a closed quote the clause is hung on
        ("The senator declined to comment when asked about the report.", ["senator"]),
        ("Sanders said, “We'll see,” when asked whether he would stay in the race.", ["Sanders"]),
        # a subject of its own: nobody shared
        ("Stephanopoulos asked whether Carson would apologize.", []),
        ("Trump was asked whether he would concede.", []),
    ],
)  # fmt: skip
def test_a_subjectless_participle_shares_the_subject_of_its_clause(
    nlp: Language, sentence: str, asked: list[str]
) -> None:
    assert _texts(shared_subjects(_asked(nlp, sentence))) == asked


def test_the_links_a_participle_is_read_by_are_the_caller_s(nlp: Language) -> None:
    verb = _asked(nlp, "Asked whether she would run again, Clinton said she had not decided.")
    assert subjectless_participle(verb, SHARING_LINKS)
    assert subjectless_participle(verb, _ADVERBIAL)
    assert not subjectless_participle(verb, frozenset({"conj"}))
    assert holder_of(verb).text == "said"


def test_a_when_clause_hung_on_a_noun_was_put_to_the_noun(nlp: Language) -> None:
    text = "Ted Cruz, when asked specifically what about the plan is wrong, responded that it would fail."
    assert asked_of_a_noun(_asked(nlp, text))
    assert not asked_of_a_noun(_asked(nlp, "The senator who was asked about the wall said that it would be built."))


def test_a_polled_share_is_told_apart(nlp: Language) -> None:
    verb = _asked(nlp, "Asked whether the plan was fair, 46 percent of voters said it was not.")
    [share] = shared_subjects(verb)
    assert a_polled_share(share)
    [clinton] = shared_subjects(_asked(nlp, "Asked whether she would run again, Clinton said she had not decided."))
    assert not a_polled_share(clinton)
