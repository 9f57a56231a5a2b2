"""The addressee a statement's own sentence states (``resolve.stated.stated_addressees``): whom it was told to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, on: bool, text: str, addressee: str
) -> None:
    """NAMES_ENDING_IN_A_DAY_WORD: "West Wales Today" is a paper, not "West Wales" and a date."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_addressees.NAMES_ENDING_IN_A_DAY_WORD", on)
    assert _texts(article(text, published=DAY).one("that the vote was wrong", "said", "the head"))[1] == addressee
