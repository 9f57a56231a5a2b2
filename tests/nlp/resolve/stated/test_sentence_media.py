"""Media the cue's sentence names outside the cue's clause (``resolve.stated.sentence_media``)."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content", "source", "channel"),
    [
        ("Russia's border service said the vessel had been detained, according to the Interfax news agency.",
         "the vessel had been detained, according to the Interfax news agency", "Russia's border service",
         "the Interfax news agency"),
        ("“They don't care about politics,” Obama said of the families, according to a White House pool report.",
         "They don't care about politics,", "Obama", "a White House pool report"),
        # a person passes words on, no medium; and a phrase with more after it closes nothing
        ("Russia's border service said the vessel had been detained, according to an aide.",
         "the vessel had been detained, according to an aide", "Russia's border service", None),
        ("Russia's border service said the vessel had been detained, according to Interfax, and the crew held.",
         "the vessel had been detained, according to Interfax, and the crew held", "Russia's border service", None),
    ],
)  # fmt: skip
def test_a_closing_according_to_a_medium_or_an_outlet_is_the_channel(
    article: ArticleMaker, text: str, content: str, source: str, channel: str | None
) -> None:
    assert _texts(article(text, published=DAY).one(content, "said", source))[0] == channel


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "expected"),
    [
        ("The director said those figures were wrong during a hearing last week.",
         "those figures were wrong during a hearing last week", "said", "The director",
         ("a hearing", None, "last week")),
        ("The senator derided and mocked the plan in press conferences.", "the plan in press conferences",
         "derided", "The senator", ("press conferences", None, None)),
        ("The senator said the figures were wrong in an interview on Tuesday.",
         "the figures were wrong in an interview on Tuesday", "said", "The senator",
         ("an interview", None, "on Tuesday")),
        # a document or a gathering there is where the reported deed was done; so is a deed laid on another
        ("The director said those figures were wrong in his book.", "those figures were wrong in his book", "said",
         "The director", (None, None, None)),
        ("The director said the figures had been changed during the convention.",
         "the figures had been changed during the convention", "said", "The director", (None, None, None)),
        ("The union accused the director of misrepresenting the figures in interviews.",
         "of misrepresenting the figures in interviews", "accused", "The union", (None, None, None)),
    ],
)  # fmt: skip
def test_an_occasion_of_speaking_closing_the_reported_words_is_the_channel(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, expected: tuple[str | None, ...]
) -> None:
    assert _texts(article(text, published=DAY).one(content, cue, source)) == expected
