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


# A parish council's evening sitting told once, with its day, by its chair; the next voices are named at their words.
_SITTING = (
    "At a council meeting on Thursday evening, the parish chair, Halvard Quist, said the ferry would run all "
    "winter.\n\n"
    "“We cannot leave the island to the weather,” Quist said.\n\n"
    "The treasurer, Sunniva Mork, said the fares would rise by a krone.\n\n"
    "“Nobody likes it, but the engine is forty years old,” Mork said.\n\n"
    "{third} said the timetable would be printed in the church hall."
)
_SITTING_SAID = (
    ("the ferry would run all winter", "said", "the parish chair, Halvard Quist", "At a council meeting"),
    ("We cannot leave the island to the weather", "said", "Quist", "weather,”"),
    ("the fares would rise by a krone", "said", "The treasurer, Sunniva Mork", "The treasurer"),
    ("Nobody likes it, but the engine is forty years old", "said", "Mork", "old,”"),
)


def _third_voice_s(article: ArticleMaker, third: str) -> tuple[object, ...]:
    """The channel, addressee and time of the third voice's statement (``third`` before "said"), three paragraphs after
    the chair last spoke at the meeting and one after the treasurer, who joined it, last did."""
    source = third.split(",")[0] if "," in third else third
    return _last_one_s(
        article,
        _SITTING.format(third=third),
        *_SITTING_SAID,
        ("the timetable would be printed in the church hall", "said", source, source),
    )


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_third_voice_joins_the_gathering_after_the_second(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The chair sets "a council meeting on Thursday evening", the treasurer named after his quote joins it, and the
    ferryman named in the paragraph after her quote joins it too, though three after the chair's: the meeting was last
    spoken in where the treasurer spoke (``REACH_FROM_THE_LAST_VOICE``); with the reading off, only the chair's
    paragraphs count and the ferryman is too far."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.REACH_FROM_THE_LAST_VOICE", flag)
    found = _third_voice_s(article, "Ferryman Ole Brattli")
    assert found == (("a council meeting", None, "on Thursday evening") if flag else (None, None, None))


@pytest.mark.usefixtures("rules_alone")
def test_a_gathering_s_run_ends(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MAX_GATHERING_RUN`` paragraphs (three here) from the meeting's first telling, the voice after the
    treasurer's is not joined through her: the story has moved on from the meeting."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.MAX_GATHERING_RUN", 3)
    assert _third_voice_s(article, "Ferryman Ole Brattli") == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_another_occasion_between_ends_the_gathering_s_reach(article: ArticleMaker) -> None:
    """The treasurer speaks "in a statement" of her own: the meeting is no longer the latest occasion, and the
    ferryman after her is not at it."""
    text = _SITTING.format(third="Ferryman Ole Brattli").replace(
        "said the fares would rise", "said in a statement that the fares would rise"
    )
    said = list(_SITTING_SAID)
    said[2] = ("that the fares would rise by a krone", "said", "The treasurer, Sunniva Mork", "The treasurer")
    found = _last_one_s(
        article,
        text,
        *said,
        ("the timetable would be printed in the church hall", "said", "Ferryman Ole Brattli", "Ferryman"),
    )
    assert found[0] is None or "meeting" not in str(found[0])
    assert found[2] is None


_NAMED_FIRST = "Lighthouse keeper Maren Aasen {verb} the parish needed a new boat.\n\n"


def _named_before_s(article: ArticleMaker, lede: str, keeper: str) -> tuple[object, ...]:
    """The channel, addressee and time of the keeper's quote after the chair's two statements at the meeting, the
    keeper named in ``lede`` before the meeting was told."""
    text = (
        f"{lede}At a council meeting on Thursday evening, the parish chair, Halvard Quist, said the ferry would run "
        "all winter.\n\n“We cannot leave the island to the weather,” Quist said.\n\n"
        f"“The old boat leaks at the stern,” {keeper} said."
    )
    said = [
        *(
            [("the parish needed a new boat", "said", "Lighthouse keeper Maren Aasen", "Lighthouse")]
            if "said" in lede
            else []
        ),
        *_SITTING_SAID[:2],
        ("The old boat leaks at the stern", "said", keeper, "stern,”"),
    ]
    return _last_one_s(article, text, *said)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_one_named_before_the_gathering_and_first_heard_after_it_joins_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The keeper is named in the lede, before the meeting was told, and first heard after the chair's quote: she
    speaks at the meeting on its day (``NAMED_BEFORE_FIRST_HEARD``); with the reading off, only one named since the
    chair's quote is a newcomer."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.NAMED_BEFORE_FIRST_HEARD", flag)
    found = _named_before_s(article, _NAMED_FIRST.format(verb="knows"), "Aasen")
    assert found == (("a council meeting", None, "on Thursday evening") if flag else (None, None, None))


@pytest.mark.usefixtures("rules_alone")
def test_one_heard_before_the_gathering_does_not_join_it(article: ArticleMaker) -> None:
    """The keeper said the parish needed a boat in the lede, before the meeting was told: her words there were not
    at it, so her quote after the chair's is not at the meeting either."""
    found = _named_before_s(article, _NAMED_FIRST.format(verb="said"), "Aasen")
    assert found[0] is None or "meeting" not in str(found[0])
    assert found[2] is None
