"""What of an occasion in force a later statement carries (``as_carried``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import as_carried

from ..conftest import ArticleMaker
from .test_occasions import _resolved, _texts

pytestmark = pytest.mark.slow


# a scene set a distance after a told moment, and the speaker's statements three paragraphs on
_LATER_SCENE = (
    "At the post-race news conference {}, Chepkoech said she would donate her bonus.\n\n"
    '"It was hot," she said.\n\n"I was tired," she said.\n\nShe added that she would come back next year.'
)
_LATER_SPECS = (
    ("she would donate her bonus", "said", "Chepkoech"),
    ("It was hot,", "said", "she", "bonus.", "direct"),
    ("I was tired,", "said", "she", "hot,", "direct"),
    ("that she would come back next year", "added", "She", "tired,"),
)


@pytest.mark.parametrize(
    ("time", "rule", "expected"),
    [
        ("an hour later", True, "an hour later"),
        ("an hour later", False, None),
        ("two days later", True, "two days later"),
    ],
)
def test_a_scene_set_a_distance_later_keeps_its_time(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, time: str, rule: bool, expected: str | None
) -> None:
    """ "At the news conference ... an hour later": the scene's time is carried as its channel is, past the reach of a
    time without a date (``SCENES_KEEP_THEIR_DISTANCE``)."""
    monkeypatch.setattr(as_carried, "SCENES_KEEP_THEIR_DISTANCE", rule)
    last = _resolved(article, _LATER_SCENE.format(time), *_LATER_SPECS)[-1]
    channel, _, carried = _texts(last)
    assert channel is not None and "news conference" in channel
    assert carried == expected


@pytest.mark.parametrize(
    ("time", "rule", "expected"),
    [("at 3pm", True, "at 3pm"), ("at 3pm", False, None), ("at one point", True, None)],
)
def test_a_scene_s_clock_time_is_carried_through_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, time: str, rule: bool, expected: str | None
) -> None:
    """ "At a briefing for reporters ... at 3pm": the hour of the story's day a scene was held is carried as its channel
    is, past the reach of a time without a date (``SCENE_CLOCKS_LAST``); "at one point" is no hour and stops there."""
    monkeypatch.setattr(as_carried, "SCENE_CLOCKS_LAST", rule)
    last = _resolved(
        article, _LATER_SCENE.replace("post-race news conference", "news conference").format(time), *_LATER_SPECS
    )[-1]
    channel, _, carried = _texts(last)
    assert channel is not None and "news conference" in channel
    assert carried == expected
