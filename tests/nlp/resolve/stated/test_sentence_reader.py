"""One document's sentences, entities and times read once a sentence (``resolve.stated.sentence_reader``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers.clusters import sentence_numbers
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder

from ..conftest import ArticleMaker
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # written without a space the clock time is one token the tagger calls a number: still the time
        ("The airport said in a statement at 11.40am that the runway was closed.", "at 11.40am"),
        ("The airport said in a statement at 11:40am that the runway was closed.", "at 11:40am"),
        # an hour with "pm" unspaced, which the tagger tags as a time whole
        ("The airport said in a statement at 6pm that the runway was closed.", "at 6pm"),
        ("The airport said at 6pm that the runway was closed.", "at 6pm"),
        # a number that is no clock time is no time
        ("The airport said in a statement at 11.40 that the runway was closed.", None),
    ],
)
def test_a_clock_time_in_one_token_is_a_time(article: ArticleMaker, text: str, time: str | None) -> None:
    content = text[text.index("that") : -1]
    assert _texts(article(text, published=DAY).one(content, "said", "The airport"))[2] == time


def test_the_entities_of_a_sentence_are_those_the_tagger_found_inside_it(nlp: Language) -> None:
    doc = nlp("Maria Lopez spoke in Boston on Friday. Nothing here. Acme Corp told Reuters on Monday that it grew.")
    finder = CircumstanceFinder(doc, doc.text, None, list(doc.sents), sentence_numbers(doc))
    found = [[e.text for e in finder.entities_in(sentence)] for sentence in doc.sents]
    assert found == [[e.text for e in sentence.ents] for sentence in doc.sents]
    assert found[0] == ["Maria Lopez", "Boston", "Friday"] and found[1] == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # the story's own year, opening the sentence before the verb, dates the verb
        ("In 2025, the senator said that the governor had the courage to lead.", "In 2025"),
        # not when it is the content's, where it tells when what is talked of happens
        ("The senator said that in 2025 the governor had the courage to lead.", None),
    ],
)  # fmt: skip
def test_a_fronted_year_of_the_story_dates_the_saying(article: ArticleMaker, text: str, time: str | None) -> None:
    content = text[text.index("that ") : -1]
    source = "the senator" if "the senator" in text else "The senator"
    assert _texts(article(text, published=DAY).one(content, "said", source))[2] == time


@pytest.mark.parametrize("flag", [True, False])
def test_a_year_in_what_a_statement_points_to_is_not_its_time(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "pointing to a 2019 interview": the year dates the interview pointed to, an earlier thing, not the accusation
    (with ``REFERRED_TIMES`` off it was taken as the statement's time)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.sentence_reader.REFERRED_TIMES", flag)
    text = "Lee accused Park of lying about the budget, pointing to a 2019 interview in which he praised the plan."
    found = article(text, published=DAY).one("of lying about the budget", "accused", "Lee")
    assert _texts(found)[2] == (None if flag else "2019")
