"""A named person heard right after a dated gathering was spoken in speaks at it (``resolve.carrying.gatherings``)."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker
from .test_scene_roles import _last_one_s

pytestmark = pytest.mark.slow

_HEARING = "A lawyer for the retailer, Miriam Oduya, told a federal judge at a {scene} that the chain was short."
_QUOTE = "“This is not a company asking for a lifeline,” Oduya said."


def _newcomer_s(article: ArticleMaker, scene: str, newcomer: str) -> tuple[object, ...]:
    """The channel, addressee and time of the newcomer's statement (``newcomer``, ending before "the loan"), two
    paragraphs after the lawyer set ``scene`` (below a headline) and one after her quote."""
    lawyer = _HEARING.format(scene=scene)
    text = f"Retailer asks court for loan\n\n{lawyer}\n\n{_QUOTE}\n\n{newcomer} the loan's terms were a toll booth."
    cue = newcomer.split()[-1]
    source = newcomer.split(",")[0] if "," in newcomer else newcomer.rsplit(" ", 1)[0]
    return _last_one_s(
        article,
        text,
        ("the chain was short", "told", "Miriam Oduya", None),
        ("This is not a company asking for a lifeline", "said", "Oduya", None),
        ("the loan's terms were a toll booth", cue, source, source),
    )


_ADEYEMI = "Benjamin Adeyemi, who represents a group of suppliers, said"


@pytest.mark.parametrize("flag", [True, False])
def test_a_named_newcomer_speaks_at_the_dated_gathering(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "told a federal judge at a hearing on Tuesday", her quote, then "Benjamin Adeyemi ... said": he spoke at the
    hearing on its day, not to the judge she told (``JOIN_THE_GATHERING``); with the rule off, nothing is carried."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.JOIN_THE_GATHERING", flag)
    found = _newcomer_s(article, "hearing on Tuesday", _ADEYEMI)
    assert found == (("a hearing", None, "on Tuesday") if flag else (None, None, None))


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_gathering_dated_by_a_day_that_is_no_weekday_is_joined(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "told a federal judge at a hearing yesterday", her quote, then "Benjamin Adeyemi ... said": "yesterday" is one
    day of the story as a weekday is, so he spoke at the hearing on it (``ANY_ONE_DAY``); with the reading off, a
    gathering that names no weekday is not joined."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.ANY_ONE_DAY", flag)
    found = _newcomer_s(article, "hearing yesterday", _ADEYEMI)
    assert found == (("a hearing", None, "yesterday") if flag else (None, None, None))


@pytest.mark.parametrize(
    ("scene", "newcomer"),
    [
        ("hearing last month", _ADEYEMI),  # no weekday: not one dated event of the story
        ("debate on Tuesday", _ADEYEMI),  # a debate is what commentators speak about from elsewhere
        ("hearing on Tuesday", "Benjamin Adeyemi, who represents a group of suppliers, says"),  # a standing view
        ("hearing on Tuesday", "Suppliers said"),  # no single person named
    ],
)
def test_no_newcomer_is_joined_without_the_forms(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, scene: str, newcomer: str
) -> None:
    """A gathering with no weekday, a scene that is no gathering, a verb in the present, a group: nothing carried,
    the rule on."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.JOIN_THE_GATHERING", True)
    channel, _, time = _newcomer_s(article, scene, newcomer)
    assert channel is None or "hearing" not in str(channel)
    assert time is None
