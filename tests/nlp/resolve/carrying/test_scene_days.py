"""The days a sentence tells for a person (``resolve.carrying.scene_days``): one person's doing on a day."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import scenes

from ..conftest import ArticleMaker
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("event", "time"),
    [
        ("Senator Hale toured the flooded farms of Marlow County on Tuesday.", "on Tuesday"),
        ("On Tuesday, Senator Hale toured the flooded farms of Marlow County.", "On Tuesday"),
        ("Senator Hale toured the flooded farms of Marlow County last week.", None),  # a stretch, not a day
        ("Senator Hale and Governor Lane toured the flooded farms on Tuesday.", None),  # a pair: whose day is it
        ("Senator Hale will tour the flooded farms of Marlow County on Tuesday.", None),  # a plan
        ("Senator Hale was greeted by a crowd at the fairground on Tuesday.", None),  # done to him, not his doing
    ],
)
def test_one_person_s_doing_on_a_day_dates_their_statements_after_it(
    article: ArticleMaker, event: str, time: str | None
) -> None:
    text = f"{event}\n\nHale said the state would help."
    art = article(text, published=DAY)
    [hale] = art.resolve([art.candidate("the state would help", "said", "Hale", after=".")])[1]
    assert _texts(hale)[2] == time
    assert hale.time is None or hale.time.carried


@pytest.mark.parametrize(
    ("event", "rule", "time"),
    [
        ("Senator Hale's narrow victory on Tuesday ended a long run of defeats.", True, "on Tuesday"),
        ("Senator Hale's narrow victory on Tuesday ended a long run of defeats.", False, None),
        ("The narrow victory on Tuesday ended a long run of defeats.", True, None),  # nobody's doing
        ("Senator Hale's narrow victory last year ended a long run of defeats.", True, None),  # a stretch, no day
        ("Senator Hale's victory on Tuesday will end a long run of defeats.", True, None),  # a plan
        ("The party's narrow victory on Tuesday ended a long run of defeats.", True, None),  # a group's, not his
    ],
)
def test_one_person_s_doing_named_by_its_possessive_on_a_day_dates_their_statements_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, event: str, rule: bool, time: str | None
) -> None:
    monkeypatch.setattr(scenes, "POSSESSED_DAYS", rule)
    text = f"{event}\n\nHale said the state would help."
    art = article(text, published=DAY)
    [hale] = art.resolve([art.candidate("the state would help", "said", "Hale", after=".")])[1]
    assert _texts(hale)[2] == time
    assert hale.time is None or hale.time.carried
