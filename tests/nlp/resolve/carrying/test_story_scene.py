"""The story's scene and the story's day (``story_scene``): the scene a headline names and the lede sets, the lede's
day a speaker's first scene falls on, and the day a group's lede statement names."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker
from .test_occasions import _resolved, _texts

pytestmark = pytest.mark.slow


def test_the_lede_subject_s_first_scene_falls_on_the_story_s_day(article: ArticleMaker) -> None:
    """The lede's subject on the story's day: their first scene, with no time of its own, is that day's; not a speaker
    the lede did not name by its day."""
    body = (
        "In a short speech at the community centre, Mayor Dana Hill said the town had shown great courage.\n\n"
        "“Nobody will forget it,” Hill said."
    )
    specs = [
        ("the town had shown great courage", "said", "Mayor Dana Hill"),
        ("Nobody will forget it,", "said", "Hill", None, "direct"),
    ]
    named = _resolved(article, f"Mayor Dana Hill toured Todmarsh on Thursday, meeting families.\n\n{body}", *specs)
    other = _resolved(article, f"Floods hit Todmarsh on Thursday, wrecking dozens of homes.\n\n{body}", *specs)
    assert [None if f.time is None else f.time.text for f in named] == ["on Thursday", "on Thursday"]
    assert [f.time for f in other] == [None, None]


@pytest.mark.parametrize("rule", [True, False])
def test_a_group_s_lede_day_dates_the_first_scene_one_of_them_sets(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """ "doctors at the hospital said Wednesday", then a surgeon "told reporters at a news conference": the group spoke
    in that scene on the lede's day (``GROUP_LEDE_DAY``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.story_scene.GROUP_LEDE_DAY", rule)
    text = (
        "The twins are breathing on their own after the surgery, doctors at the hospital said Wednesday.\n\n"
        "The girls were separated on March 3 by a team of 34 surgeons, nurses and technicians.\n\n"
        "Lead surgeon Samuel Adeyemi told reporters at a news conference that the hardest hours came near the end."
    )
    _, surgeon = _resolved(
        article,
        text,
        ("The twins are breathing on their own after the surgery", "said", "doctors at the hospital"),
        ("that the hardest hours came near the end", "told", "Lead surgeon Samuel Adeyemi"),
    )
    channel, _, time = _texts(surgeon)
    assert channel is not None and "news conference" in channel
    assert time == ("Wednesday" if rule else None)


def _debate_story(headline: str, between: str = "The moderators kept time.") -> str:
    return (
        f"{headline}\n\n"
        "Governor Ana Ruiz told voters during the debate on Thursday night that taxes were too high.\n\n"
        "The two candidates stood a few feet apart.\n\n"
        f"{between}\n\n"
        "The crowd was quiet.\n\n"
        "Senator Tom Kell said the state needed more roads."
    )


_RUIZ = ("that taxes were too high", "told", "Governor Ana Ruiz")
_KELL = ("the state needed more roads", "said", "Senator Tom Kell")
_ORTIZ = ("that Ruiz had won", "told", "Lena Ortiz")


@pytest.mark.parametrize(
    ("headline", "between", "expected"),
    [
        # the headline names the lede's debate: the story is told from inside it, however far down
        ("Rivals trade barbs in debate", "The moderators kept time.", ("the debate", None, "on Thursday night")),
        # no headline naming it: a statement paragraphs on carries nothing
        ("Rivals trade barbs over taxes", "The moderators kept time.", (None, None, None)),
        # another scene set for anyone between: the story has turned to another event
        (
            "Rivals trade barbs in debate",
            "Ruiz's campaign manager, Lena Ortiz, told reporters at a news conference on Friday that Ruiz had won.",
            (None, None, None),
        ),
    ],
)
def test_the_scene_a_headline_names_holds_the_story_s_statements(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    headline: str,
    between: str,
    expected: tuple[str | None, ...],
) -> None:
    # the headline's rule alone: Kell, named after Ortiz's news conference, joins that by ``gatherings``
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.JOIN_THE_GATHERING", False)
    specs = (_RUIZ, _ORTIZ, _KELL) if "Ortiz" in between else (_RUIZ, _KELL)
    found = _resolved(article, _debate_story(headline, between), *specs)
    assert _texts(found[-1]) == expected


def test_a_headline_naming_a_scene_carries_nothing_with_the_rule_off(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.story_scene.HEADLINE_SCENES", False)
    found = _resolved(article, _debate_story("Rivals trade barbs in debate"), _RUIZ, _KELL)
    assert _texts(found[-1]) == (None, None, None)


def _undated_debate_story(*between: str) -> str:
    return (
        "Rivals trade barbs in debate\n\n"
        "Governor Ana Ruiz told voters in their final debate that taxes were too high.\n\n"
        + "".join(f"{b}\n\n" for b in between)
        + "The crowd was quiet.\n\n"
        "Senator Tom Kell said the state needed more roads."
    )


_UNDATED_RUIZ = ("that taxes were too high", "told", "Governor Ana Ruiz")


@pytest.mark.parametrize(
    ("between", "on", "expected"),
    [
        # the lede's next sentence, holding no statement, gives the day: the debate's
        (("The two candidates clashed on Thursday night over roads.",), True, "on Thursday night"),
        (("The two candidates clashed on Thursday night over roads.",), False, None),
        # the day told paragraphs after the scene was set: another day of the story's, not the scene's
        (("The hall was full.", "The moderators kept time.", "The two candidates met on Friday."), True, None),
    ],
)
def test_the_headline_s_scene_takes_the_day_its_lede_tells(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, between: tuple[str, ...], on: bool, expected: str
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.story_scene.HEADLINE_SCENE_DAY", on)
    # the headline scene's day alone: "The two candidates clashed on Thursday night" is also a roundup's lede, whose
    # day ``roundups.ROUNDUP_DAYS`` gives Kell by another reading
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.roundups.ROUNDUP_DAYS", False)
    found = _resolved(article, _undated_debate_story(*between), _UNDATED_RUIZ, _KELL)
    assert _texts(found[-1]) == ("their final debate", None, expected)
