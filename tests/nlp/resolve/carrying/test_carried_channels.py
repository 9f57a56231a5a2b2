"""Carried channels: which channels are scenes others take part in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import carried_channels
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase

from ..conftest import occasion_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("flag", "text", "word", "expected"),
    [
        (True, "Raising the closure at Prime Minister’s Questions yesterday, Hale told the Commons it was wrong.",
         "Questions", True),
        (False, "Raising the closure at Prime Minister’s Questions yesterday, Hale told the Commons it was wrong.",
         "Questions", False),
        # questions in lower case are what was asked, no session
        (True, "Hale said in a statement that the questions were wrong.", "statement", False),
    ],
)  # fmt: skip
def test_a_question_session_is_a_shared_scene(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, word: str, expected: bool
) -> None:
    """``SESSIONS_SHARED``: "Prime Minister's Questions" is a scene its members take part in."""
    monkeypatch.setattr(carried_channels, "SESSIONS_SHARED", flag)
    [token] = [t for t in nlp(text) if t.text == word]
    assert carried_channels.is_scene(channel_phrase(token)) is expected


@pytest.mark.parametrize(
    ("on", "expected"), [(True, ("oral argument", None, "on Tuesday")), (False, (None, None, None))]
)
def test_a_scene_of_an_adjective_and_a_noun_is_one_the_others_take_part_in(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: tuple[str | None, str | None, str | None]
) -> None:
    """ "During an hour of oral argument ... on Tuesday, state attorney Peter Vang told the justices", then a justice's
    question: the oral argument, a scene entry of an adjective and a noun (``COMPOUNDED_SCENES``), is the scene she asks
    in, on its day, as a one-word scene ("a hearing") would be."""
    monkeypatch.setattr(carried_channels, "COMPOUNDED_SCENES", on)
    text = (
        "During an hour of oral argument at the Capitol on Tuesday, state attorney Peter Vang told the justices that "
        "the law had changed.\n\n"
        "Justice Karen Lind was not persuaded.\n\n"
        "“So a driver who smells of smoke can be searched?” she asked.\n\n"
        "Vang replied that the smell would be one factor among several."
    )
    assert occasion_of(text, "So a driver who smells of smoke") == expected


@pytest.mark.parametrize(("on", "expected"), [(True, "a blog post"), (False, None)])
def test_a_blog_post_is_carried_as_a_medium_not_as_one_message(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    """ "In a blog post on Tuesday, ... Sara Penn said", three paragraphs of background, then her quote: a medium noun
    compounded on a message's noun names a longer piece (``BLOG_POSTS_ARE_ARTICLES``), carried as a medium is, past the
    gap a single message is carried over."""
    monkeypatch.setattr(carried_channels, "BLOG_POSTS_ARE_ARTICLES", on)
    text = (
        "In a blog post on Tuesday, bank chief executive Sara Penn said the outage had been caused by a failed "
        "update.\n\n"
        "The bank serves two million customers.\n\n"
        "Some payments were delayed by two days.\n\n"
        "Customers were refunded the fees.\n\n"
        "“We are sorry for the trouble,” Penn said."
    )
    assert occasion_of(text, "We are sorry for the trouble") == (expected, None, "on Tuesday")
