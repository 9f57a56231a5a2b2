"""Descriptions that stand for a person named earlier: role nouns, party members, salience over distance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _speaker(article: Callable[..., Any], text: str, content: str, cue: str, source: str, after: str) -> str | None:
    art = article(text)
    _, (attribution,) = art.resolve([art.candidate(content, cue, source, after=after)])
    return None if attribution.speaker is None else str(attribution.speaker.name)


@pytest.mark.parametrize("noun", ["tycoon", "magnate", "philanthropist", "mogul"])
def test_a_role_noun_for_a_person_takes_the_person_named_before(article: Callable[..., Any], noun: str) -> None:
    text = f"Harold Vance bought the club last year. The {noun} said the club would stay in the city."
    assert _speaker(article, text, "the club would stay in the city", "said", f"The {noun}", "year.") == "Harold Vance"


def test_a_description_takes_the_most_salient_person_not_the_latest(article: Callable[..., Any]) -> None:
    text = "Harold Vance praised Tom Reed on Monday. The billionaire said the club would stay in the city."
    found = _speaker(article, text, "the club would stay in the city", "said", "The billionaire", "Monday.")
    assert found == "Harold Vance"


def test_a_party_member_described_by_state_is_the_named_senator(article: Callable[..., Any]) -> None:
    text = "Senator Mitch Rowe opposed the bill on Monday. The Kentucky Republican said the bill was dead."
    found = _speaker(article, text, "the bill was dead", "said", "The Kentucky Republican", "Monday.")
    assert found == "Mitch Rowe"
