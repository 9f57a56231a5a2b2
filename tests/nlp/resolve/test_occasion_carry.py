"""Where a carried occasion ends, and what a statement that names a new part of one keeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quotegraph.model import Attribution

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday
FILLER = "The plan has a long history.\n\nIt was first drafted in 2019.\n\nIt was revised twice.\n\nIt is long.\n\n"


def _texts(found: Attribution) -> tuple[str | None, str | None, str | None]:
    return tuple(None if f is None else f.text for f in (found.channel, found.addressee, found.time))  # type: ignore[return-value]


def _resolved(article: Callable[..., Any], text: str, *specs: tuple[str, ...]) -> list[Attribution]:
    """The attributions of ``text`` for candidates given as (content, cue, source[, after[, kind]])."""
    art = article(text, published=DAY)
    candidates = []
    for content, cue, source, *rest in specs:
        after, kind = (*rest, None, None)[:2]
        candidates.append(art.candidate(content, cue, source, after=after, kind=kind or "indirect"))
    return art.resolve(candidates)[1]


def _interview_then(article: Callable[..., Any], last: str, last_kind: str) -> Attribution:
    text = (
        "Senator Hale said in an interview on Monday that the plan was sound.\n\n"
        "“We will win,” Hale said.\n\n"
        "Ms. Reyes, a lawyer for the families, said the plan would fail.\n\n" + FILLER + last
    )
    content = "the vote would be close" if last_kind == "indirect" else "It will be close,"
    found = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("We will win,", "said", "Hale", "win,”", "direct"),
        ("the plan would fail", "said", "Ms. Reyes", "Ms. Reyes"),
        (content, "said", "Hale", "long.", last_kind),
    )
    return found[3]


def test_a_paraphrase_long_after_its_speaker_last_spoke_with_others_between_carries_nothing(
    article: Callable[..., Any],
) -> None:
    found = _interview_then(article, "Hale said the vote would be close.", "indirect")
    assert _texts(found) == (None, None, None)


def test_a_quote_long_after_still_carries_its_speaker_s_occasion(article: Callable[..., Any]) -> None:
    found = _interview_then(article, "“It will be close,” Hale said.", "direct")
    assert _texts(found) == ("an interview", None, "on Monday")
    assert found.channel is not None and found.channel.carried


def test_a_single_message_is_carried_to_the_next_paragraph_only(article: Callable[..., Any]) -> None:
    text = (
        "Senator Hale wrote in a tweet on Monday that the plan was sound.\n\n"
        "“It is a good plan,” Hale said.\n\n"
        "Hale said the vote would pass."
    )
    _, next_paragraph, later = _resolved(
        article,
        text,
        ("that the plan was sound", "wrote", "Senator Hale"),
        ("It is a good plan,", "said", "Hale", "plan,”", "direct"),
        ("the vote would pass", "said", "Hale", "Hale said the vote"),
    )
    assert _texts(next_paragraph) == ("a tweet", None, "on Monday")
    assert _texts(later) == (None, None, "on Monday")  # the day holds, the tweet does not


def test_a_time_naming_no_date_is_carried_to_the_next_paragraph_only(article: Callable[..., Any]) -> None:
    text = (
        "Senator Hale told reporters after the match that the plan was sound.\n\n"
        "“It is a good plan,” Hale said.\n\n"
        "Hale said the party was united."
    )
    _, next_paragraph, later = _resolved(
        article,
        text,
        ("that the plan was sound", "told", "Senator Hale"),
        ("It is a good plan,", "said", "Hale", "plan,”", "direct"),
        ("the party was united", "said", "Hale", "Hale said the party"),
    )
    assert _texts(next_paragraph) == (None, "reporters", "after the match")
    assert _texts(later) == (None, "reporters", None)


def test_a_new_addressee_keeps_the_day_of_the_paragraph_before(article: Callable[..., Any]) -> None:
    text = "Senator Hale said on Sunday that the plan was sound.\n\nHe told reporters that the vote would pass."
    _, told = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("that the vote would pass", "told", "He"),
    )
    assert _texts(told) == (None, "reporters", "on Sunday")
    assert told.time is not None and told.time.carried and told.addressee is not None and not told.addressee.carried


def test_a_new_addressee_paragraphs_later_is_another_day(article: Callable[..., Any]) -> None:
    text = (
        "Senator Hale said on Sunday that the plan was sound.\n\n"
        + FILLER
        + "He told reporters that the vote would pass."
    )
    _, told = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("that the vote would pass", "told", "He"),
    )
    assert _texts(told) == (None, "reporters", None)


def test_many_statements_are_no_one_occasion_to_carry(article: Callable[..., Any]) -> None:
    text = "Senator Hale said in statements on Monday that the plan was sound.\n\nHale said the vote would pass."
    first, later = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("the vote would pass", "said", "Hale", "sound."),
    )
    assert _texts(first) == ("statements", None, "on Monday")
    assert _texts(later) == (None, None, "on Monday")


def test_a_sentence_whose_subject_is_a_channel_does_not_tell_of_the_statement_before(
    article: Callable[..., Any],
) -> None:
    text = "Senator Hale said the party must change.\n\nThe event was a disaster, organisers admitted."
    art = article(text, published=DAY)
    found = art.one("the party must change", "said", "Senator Hale")
    assert _texts(found) == (None, None, None)


def test_a_scene_set_paragraphs_after_the_statements_is_not_carried_back(article: Callable[..., Any]) -> None:
    text = (
        "Senator McCain said the anger was real.\n\n"
        + FILLER
        + "McCain made his remarks at a breakfast with reporters on Wednesday."
    )
    found = article(text, published=DAY).one("the anger was real", "said", "Senator McCain")
    assert _texts(found) == (None, None, None)
