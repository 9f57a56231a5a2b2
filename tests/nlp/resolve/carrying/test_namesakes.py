"""Speakers the coreference kept apart taken for one by their names (``namesakes``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying.namesakes import name_words, namesakes


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("Dana Whitfield and Omar Ruiz", "Dana Whitfield", True),
        ("Sen. Dana Whitfield", "Dana Whitfield", True),
        ("Governor Dana Whitfield", "Dana Whitfield", True),  # any title of the honorifics lexicon
        ("Dana Whitfield", "Omar Whitfield", False),
        ("Whitfield", "Dana Whitfield", False),  # one word: another Whitfield as likely
        ("Dana Whitfield’s campaign", "Dana Whitfield", False),  # what she has, not her
    ],
)
def test_speakers_the_coreference_kept_apart_are_one_when_one_name_holds_the_other(
    first: str, second: str, one: bool
) -> None:
    assert namesakes(name_words(first), name_words(second)) is one
