"""The addressee a statement's own sentence states (``resolve.stated.stated_addressees``): whom it was told to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import stated_addressees
from quotegraph.nlp.resolve.stated.stated_addressees import question_put_to

from ..conftest import ArticleMaker
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("on", "text", "addressee"),
    [
        (True, "Speaking to West Wales Today outside the chamber, the head said that the vote was wrong.",
         "West Wales Today"),
        (False, "Speaking to West Wales Today outside the chamber, the head said that the vote was wrong.",
         "West Wales"),
        # the adverb, in lower case, is no part of the name
        (True, "Speaking to BBC Breakfast today, the head said that the vote was wrong.", "BBC Breakfast"),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_capitalised_day_word_is_read_whole(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, addressee: str
) -> None:
    """NAMES_ENDING_IN_A_DAY_WORD: "West Wales Today" is a paper, not "West Wales" and a date."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_addressees.NAMES_ENDING_IN_A_DAY_WORD", on)
    assert _texts(article(text, published=DAY).one("that the vote was wrong", "said", "the head"))[1] == addressee


@pytest.mark.parametrize(
    ("on", "text", "addressee"),
    [
        (True, "Speaking to local radio station 2BN this morning, the head said that the vote was wrong.",
         "local radio station 2BN"),
        (False, "Speaking to local radio station 2BN this morning, the head said that the vote was wrong.",
         "local radio station"),
        # a day after the outlet noun is its time, not its name
        (True, "The head told the network Wednesday that the vote was wrong.", "the network"),
    ],
)  # fmt: skip
def test_a_call_sign_after_an_outlet_noun_is_its_name(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, addressee: str
) -> None:
    """CALL_SIGNS: "2BN" of "local radio station 2BN" names the station, though the parser hangs it on the verb."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_addressees.CALL_SIGNS", on)
    cue = "told" if "told" in text else "said"
    assert (
        _texts(
            article(text, published=DAY).one(
                "that the vote was wrong", cue, "The head" if cue == "told" else "the head"
            )
        )[1]
        == addressee
    )


@pytest.mark.parametrize(
    ("on", "text", "addressee"),
    [
        (True, "The referee can be heard asking the assistant, Lewis Orme, to check the line again.",
         "the assistant, Lewis Orme"),
        (False, "The referee can be heard asking the assistant, Lewis Orme, to check the line again.", None),
        # an active "heard" is the hearer's: whom the hearer heard is no one the words went to
        (True, "The referee heard the assistant asking the crowd to check the line again.", None),
    ],
)  # fmt: skip
def test_whom_a_saying_heard_in_the_passive_asks_is_its_addressee(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, addressee: str | None
) -> None:
    """PERCEIVED_SAYINGS: "can be heard asking X to": the participle's object is whom the words went to."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_clauses.PERCEIVED_SAYINGS", on)
    cue = "can be heard asking" if "be heard" in text else "heard"
    assert _texts(article(text, published=DAY).one("to check the line again", cue, "The referee"))[1] == addressee


@pytest.mark.parametrize(
    ("on", "sentence", "asked"),
    [
        (True, "“I stand by it,” the senator told the magazine Thursday when asked if he believes it.", "senator"),
        (False, "“I stand by it,” the senator told the magazine Thursday when asked if he believes it.", None),
        (True, "“It is everything,” Le Pen told CNN in an interview when asked which candidate she would back.", "Pen"),
        # a verb naming no addressee of its own: the one asked either way
        (False, "“It is everything,” Le Pen said in an interview when asked which candidate she would back.", "Pen"),
    ],
)  # fmt: skip
def test_a_reduced_when_asked_beside_a_telling_was_put_to_the_one_telling(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, sentence: str, asked: str | None
) -> None:
    """ASKED_BESIDE_A_TELLING: the question of "told X when asked" was put to the subject, though "told" names X."""
    monkeypatch.setattr(stated_addressees, "ASKED_BESIDE_A_TELLING", on)
    [verb] = [t for t in nlp(sentence) if t.text == "asked"]
    found = question_put_to(verb)
    assert (found.text if found is not None else None) == asked
