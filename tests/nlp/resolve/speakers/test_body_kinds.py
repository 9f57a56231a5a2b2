"""The kinds of bodies a noun may describe: read alike from a body's name and from what it was called, so that a
body's description skips a body of another kind."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers.body_kinds import described_as_other_kind, name_kinds, named_as_other_kind
from quotegraph.nlp.resolve.speakers.clusters import Cluster

from ..conftest import ArticleMaker, speaker_name


def test_a_body_s_kind_is_read_alike_from_its_name_and_from_what_it_was_called() -> None:
    hospital = Cluster(index=0, type="ORG", key=frozenset({"st.", "columba", "hospital"}))
    club = Cluster(index=1, type="ORG", key=frozenset({"ashford", "town"}))
    club.roles.add("club")
    assert named_as_other_kind(hospital, "union") and not described_as_other_kind(hospital, "union")
    assert described_as_other_kind(club, "league") and not named_as_other_kind(club, "league")
    # "group" says no kind, in a name or a description
    club.roles.add("group")
    assert described_as_other_kind(club, "league")
    assert not described_as_other_kind(club, "group")


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ({"energy", "regulatory", "authority"}, "regulator"),  # "the Energy and Petroleum Regulatory Authority"
        ({"bangalore", "metro", "rail", "corporation"}, "company"),
        ({"springdale", "nurses", "association"}, "union"),
    ],
)
def test_an_authority_a_corporation_and_an_association_are_of_a_regulator_s_a_company_s_and_a_union_s_kind(
    name: set[str], noun: str
) -> None:
    """The short forms of BODY_KINDS' families written by bodyforms: a name's kind word (one the role lexicon keeps:
    "corporation" too) and the noun it is met by again are of one family."""
    body = Cluster(index=0, type="ORG", key=frozenset(name))
    assert name_kinds(body) and not named_as_other_kind(body, noun)


@pytest.mark.slow
def test_the_corporation_is_the_body_whose_name_ends_in_it(article: ArticleMaker) -> None:
    text = (
        "The Delhi Transport Corporation said 300 new buses would join its fleet in March. “Every bus will be "
        "electric,” the corporation said."
    )
    assert article(text).said(("Every bus will be electric", "the corporation")) == ["Delhi Transport Corporation"]


@pytest.mark.slow
def test_a_body_description_skips_a_named_body_whose_name_calls_it_another_kind(article: ArticleMaker) -> None:
    text = "Porters at Lakeview Hospital went on strike on Monday. The union said the strike would go on."
    found = article(text).one("the strike would go on", "said", "The union", after="Monday.")
    assert speaker_name(found) != "Lakeview Hospital"


@pytest.mark.slow
def test_a_body_told_of_as_one_kind_is_not_a_noun_of_another_kind(article: ArticleMaker) -> None:
    text = (
        "Harlow Athletic lost 1-0 on Saturday. The club said it would write to the league. "
        "The league said the result would stand."
    )
    statements = (("it would write to the league", "The club"), ("the result would stand", "The league"))
    club, league = article(text).said(*statements)
    assert club == "Harlow Athletic"
    assert league is not None and league.casefold() == "the league"  # a club is no league: the article names none
