"""Sources in subordinate clauses and organisations known by their owner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow


def test_whose_spokesman_is_somebody_of_the_person_not_the_person(article: Callable[..., Any]) -> None:
    art = article(
        "The bill stalled on Friday after Senator Mark Holloway, whose spokesman said the votes were not "
        "there, withdrew it."
    )
    assert art.speakers(art.candidate("the votes were not there", "said", "whose spokesman")) == ["whose spokesman"]


def test_a_lone_relative_source_is_the_phrase_its_clause_hangs_on(article: Callable[..., Any]) -> None:
    art = article("Voters were split. Those who said the economy mattered most backed Smith.")
    assert art.speakers(art.candidate("the economy mattered most", "said", "who")) == ["Those"]


def test_a_campaign_is_known_by_its_owner_in_any_wording(article: Callable[..., Any]) -> None:
    art = article(
        "Bernie Sanders's campaign bought ads. Hillary Clinton's campaign said the ads were false. "
        "The Sanders campaign said they were true."
    )
    found = art.speakers(
        art.candidate("the ads were false", "said", "Hillary Clinton's campaign"),
        art.candidate("they were true", "said", "The Sanders campaign"),
    )
    assert found == ["Hillary Clinton's campaign", "Bernie Sanders's campaign"]


def test_an_earlier_campaign_of_the_same_owner_stays_apart(article: Callable[..., Any]) -> None:
    art = article("Clinton's first Senate campaign raised little. The Clinton campaign said it had raised $40 million.")
    found = art.speakers(art.candidate("it had raised $40 million", "said", "The Clinton campaign"))
    assert found == ["The Clinton campaign"]
