"""Descriptions by a noun phrase: a hyphened role noun, "the authority" after a body named by it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.role_descriptions import _body_met_by_its_name_noun, _body_name_words, role_lemma

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "lemma"),
    [
        ("The GOP presidential front-runner predicted a loss.", "runner", "front-runner"),  # the lexicon's joined word
        ("The long-distance runner predicted a loss.", "runner", "runner"),  # a hyphen inside a modifier: its own word
        ("The mayor said no.", "mayor", "mayor"),
    ],
)
def test_a_role_noun_is_read_with_the_word_its_hyphen_joins_when_the_lexicon_keeps_both(
    nlp: Language, text: str, noun: str, lemma: str
) -> None:
    doc = nlp(text)
    assert role_lemma(next(t for t in doc if t.text == noun)) == lemma


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the body named before by a name holding the noun
        ("The Monetary Authority of Singapore said on Monday that banks must act. ", "Monetary Authority of Singapore"),
        # no body so named: the abstract noun ("the authority to act") describes no body
        ("The central bank said on Monday that banks must act. ", None),
    ],
)
def test_the_authority_is_the_body_whose_name_holds_it(article: ArticleMaker, text: str, body: str | None) -> None:
    """_ABSTRACT_TOO: "the authority said" after "the Monetary Authority of Singapore" is that body; with no body
    named by the noun, "the authority" is no body's description."""
    art = article(text + "“Banks must protect customers,” the authority said.")
    _, (said,) = art.resolve([art.candidate("Banks must protect customers", "said", "the authority", kind="direct")])
    assert speaker_name(said) == (body or "the authority")
    noun = next(t for t in art.doc if t.text == "authority")
    assert _body_met_by_its_name_noun(noun, _body_name_words(art.doc)) is (body is not None)


def test_an_owned_or_plural_authority_is_no_body(nlp: Language) -> None:
    """_body_met_by_its_name_noun: "his moral authority" and "the authorities" are no body's description, even after
    a body named by the noun."""
    text = "The Monetary Authority of Singapore met. His moral authority grew, and the authorities said so."
    doc = nlp(text)
    nouns = [t for t in doc if t.lemma_ == "authority" and t.i > 4]
    assert len(nouns) == 2
    assert not any(_body_met_by_its_name_noun(t, _body_name_words(doc)) for t in nouns)
    described = {m.text for m in find_mentions(doc, text) if m.kind == "description"}
    assert not any("authorit" in d for d in described)
