"""Carried channels: which channels are scenes others take part in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import carried_channels
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase

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
