"""The head word and lemma of a cue, by the convention of ``nlp/resolve/stated/cue_words.py``."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.stated.cue_words import cue_head, cue_lemma

from ..conftest import Article, ArticleMaker

pytestmark = pytest.mark.slow


def _head_and_lemma(art: Article, cue: str) -> tuple[str, str]:
    """The head word and lemma ``cue_head`` and ``cue_lemma`` read off the cue ``cue`` of ``art``."""
    start, end = art.span(cue)
    span = art.doc.char_span(start, end, alignment_mode="expand")
    assert span is not None, cue
    found = cue_head(span)
    return found.text, cue_lemma(span, found)


@pytest.mark.parametrize(
    ("text", "cue", "head", "lemma"),
    [
        ("The senator has said that the bill was dead.", "has said", "said", "say"),
        ("He recently stated in an interview that he had left.", "recently stated in an interview", "stated", "state"),
        ("According to the Times, the deal is off.", "According to", "According", "according to"),
        ("She pointed out that the law was new.", "pointed out", "pointed", "point out"),
        ("He went on to say that the plan had failed.", "went on to say", "say", "say"),
        ("The mayor said in a statement that the road would close.", "in a statement", "statement", "statement"),
        ("Officials are eager to see the results.", "are eager", "eager", "eager"),
        ("She was hoping to win the primary.", "was hoping", "hoping", "hope"),
        ("The campaign retweeted the post on Friday.", "retweeted", "retweeted", "retweet"),
        ("They’re hopeful that the vote will pass.", "’re hopeful", "hopeful", "hopeful"),
        ("The memo is short: the plan is dead.", ":", ":", ":"),
        ("She smiled and said that it was over.", "smiled and said", "said", "say"),
        ("The firm issued a statement saying it would appeal.", "issued a statement saying", "saying", "say"),
        ("The mayor declined to comment on the report.", "declined to comment on", "declined", "decline"),
    ],
)
def test_head_and_lemma(article: ArticleMaker, text: str, cue: str, head: str, lemma: str) -> None:
    assert _head_and_lemma(article(text), cue) == (head, lemma)


@pytest.mark.parametrize(
    ("on", "text", "cue", "head", "lemma"),
    [
        # a passive verb of perceiving carries the participle it holds
        (True, "A reporter can be heard asking Trump about the plan.", "can be heard asking", "asking", "ask"),
        (False, "A reporter can be heard asking Trump about the plan.", "can be heard asking", "heard", "hear"),
        # an active "heard" is the hearer's own
        (True, "She heard that the plan had failed.", "heard", "heard", "hear"),
    ],
)
def test_a_passive_verb_of_perceiving_gives_way_to_the_saying_it_holds(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, cue: str, head: str, lemma: str
) -> None:
    """HEARD_SAYINGS: "can be heard asking" is an asking, not a thought."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.cue_words.HEARD_SAYINGS", on)
    assert _head_and_lemma(article(text), cue) == (head, lemma)
