"""Nested reports: a document that reports someone saying or bidding something is the channel of their words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .conftest import speaker_name

pytestmark = pytest.mark.slow

_THROUGH = ", according to emails obtained by the Courier."


@pytest.mark.parametrize(
    ("reported", "speaker", "addressee"),
    [
        ("Graham Tolley urged staff to rank Carrow first", "Graham Tolley", "staff"),
        # a bidding with nobody bidden is no report of his: the emails' own account
        ("Graham Tolley urged a quick decision on the tender", "emails obtained by the Courier", None),
    ],
)
def test_what_a_document_reports_someone_bade_another_do_is_theirs_told_to_them(
    article: Callable[..., Any], reported: str, speaker: str, addressee: str | None
) -> None:
    art = article("The tender closed in May. " + reported + _THROUGH)
    found = art.one(reported, "according to", "emails obtained by the Courier")
    assert speaker_name(found) == speaker
    assert (found.addressee.text if found.addressee is not None else None) == addressee


def test_a_nested_report_s_subject_is_the_name_set_off_after_its_title(article: Callable[..., Any]) -> None:
    reported = "the Chancellor, Martin Ashcombe, told a private meeting of MPs that nothing was off the table"
    art = article("According to the paper, " + reported + ".")
    assert speaker_name(art.one(reported, "According to", "the paper")) == "Martin Ashcombe"


@pytest.mark.parametrize(
    ("reported", "speaker"),
    [
        # the content opens with the inner report's subject, its verb one of telling somebody
        ("the executives had assured the agency that the plan was funded", "the executives"),
        # or with the "that" before an earlier saying with no one told
        ("that the executives had insisted that the plan was funded", "the executives"),
        # or an earlier question
        ("that the King had asked whether the photographs were saved", "King"),
    ],
)
def test_a_document_s_report_of_an_earlier_saying_is_the_sayer_s(
    article: Callable[..., Any], reported: str, speaker: str
) -> None:
    art = article("The pension plan was short. " + reported + _THROUGH)
    found = art.one(reported, "according to", "emails obtained by the Courier")
    assert speaker_name(found) == speaker


def test_the_scene_a_nested_report_told_is_its_channel(article: Callable[..., Any]) -> None:
    """ "told a private meeting of MPs": the meeting the inner verb told is the medium, not the paper reporting it."""
    reported = "the Chancellor, Martin Ashcombe, told a private meeting of MPs that nothing was off the table"
    found = article("According to the paper, " + reported + ".").one(reported, "According to", "the paper")
    assert found.channel is not None and found.channel.text == "a private meeting of MPs"
