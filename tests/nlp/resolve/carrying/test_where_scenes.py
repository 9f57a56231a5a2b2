"""A scene a "where" clause puts someone at (``resolve.carrying.where_scenes``): open to those who tell it again, and
for the people named after its participants in the plural."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import ArticleMaker
from .test_scenes import _TOWN_HALL, DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_a_where_clause_tells_of_is_open_to_those_who_tell_it_again(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "The city's treasurer, Bo Tran, told the meeting": the meeting Reyes was at, as first named, and its night
    (with ``WHERE_OPENS`` off, the statement's own "the meeting", dated only as a meeting named again as known:
    ``named_again.NAMED_AGAIN_LATER``). ``circumstances.SCENE_DAY_TOLD_BEFORE`` reads the same first naming from the
    statement's own "the meeting" alone, so it is off here, for ``WHERE_OPENS`` to be what is tested."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.where_scenes.WHERE_OPENS", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.circumstances.SCENE_DAY_TOLD_BEFORE", False)
    art = article(_TOWN_HALL, published=DAY)
    quote = art.candidate("We will not raise taxes this year,", "said", "Reyes", kind="direct")
    told = art.candidate("that the budget was balanced", "told", "The city's treasurer, Bo Tran")
    found = art.resolve([quote, told])[1][1]
    assert _texts(found) == (
        ("a town hall meeting in Dayton", None, "on Monday night") if flag else ("the meeting", None, "on Monday night")
    )


@pytest.mark.parametrize(
    ("flag", "present", "expected"),
    [
        (True, "where the miners' families sat beside the rescue crews", ("a news conference", "on Thursday")),
        (False, "where the miners' families sat beside the rescue crews", (None, None)),
        (True, "where street protests continued", (None, None)),  # no one said to be there
    ],
)
def test_people_named_after_a_scene_s_participants_speak_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, present: str, expected: tuple[Any, ...]
) -> None:
    """ "at a news conference, where the miners' families sat beside the rescue crews": the people the story names
    after it, one by one, take part in it on its day, though another set it, until a sentence names another channel
    (``WHERE_PARTICIPANTS``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.where_scenes.WHERE_PARTICIPANTS", flag)
    # the where clause's rule alone: a newcomer after a dated gathering joins it by ``gatherings`` too
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.JOIN_THE_GATHERING", False)
    text = (
        "Mine manager Paul Grady said on Thursday that all nine miners were safe.\n\n"
        f"“We never stopped digging,” Grady told reporters at a news conference, {present}.\n\n"
        "Grady said the shaft would stay closed for a month.\n\n"
        "Rescue chief Anna Levin said her crews had drilled for three days without a break.\n\n"
        "Levin said a geologist had warned her the roof might fall.\n\n"
        "In a statement released later, the company's chairman, Victor Hale, said he would pay for a new shaft."
    )
    art = article(text, published=DAY)
    statements = [
        art.candidate("all nine miners were safe", "said", "Mine manager Paul Grady"),
        art.candidate("We never stopped digging", "told", "Grady", after="digging"),
        art.candidate("the shaft would stay closed for a month", "said", "Grady", after="Grady said the"),
        art.candidate("her crews had drilled for three days", "said", "Rescue chief Anna Levin", after="Rescue"),
        art.candidate("a geologist had warned her the roof might fall", "said", "Levin", after="break"),
        art.candidate("he would pay for a new shaft", "said", "Victor Hale", after="Victor"),
    ]
    found = art.resolve(statements)[1]
    assert _texts(found[3])[::2] == expected
    assert _texts(found[5])[::2] == ("a statement", "later")  # another channel: no longer the news conference
