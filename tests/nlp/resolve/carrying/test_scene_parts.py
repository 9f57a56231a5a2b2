"""Who a scene is set for (``resolve.carrying.scene_parts``): the subjects of its verb."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying.scene_parts import Spans, happened

from ..conftest import ArticleMaker, occasion_of
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_a_coordinated_subject_was_at_is_set_for_each_of_them(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Reyes and Tran clashed ... at a town hall meeting": the meeting is carried to the second of the two as to the
    first (with ``COORDINATED_SUBJECTS`` off, only the parser's head, Reyes, was there)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_parts.COORDINATED_SUBJECTS", flag)
    text = (
        "Mayor Ann Reyes and Councilman Bo Tran clashed over the budget at a town hall meeting on Tuesday.\n\n"
        "“We cannot afford another tax increase,” Tran said."
    )
    art = article(text, published=DAY)
    found = art.one("We cannot afford another tax increase,", "said", "Tran", kind="direct")
    assert _texts(found)[0] == ("a town hall meeting" if flag else None)


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        # the tagger's VBN for a plain past: a root with its active subject and no auxiliary
        ("At the Crestwood ferry landing on Wednesday morning, the line of cars stretched back.", "stretched", True),
        # a plan, whatever the tag
        ("The line of cars will stretch back past the bait shop.", "stretch", False),
    ],
)
def test_a_main_verb_tagged_as_a_participle_happened(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, sentence: str, verb: str, expected: bool
) -> None:
    """``happened`` reads a root VBN with an active subject and no auxiliary as the past it is (``MISTAGGED_PASTS``);
    with the flag off, the mistagged verb did not happen."""
    word = next(t for t in article(sentence, published=DAY).doc if t.text == verb)
    assert happened(word) is expected
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_parts.MISTAGGED_PASTS", False)
    assert happened(word) is (False if word.tag_ == "VBN" else expected)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Klein, an activist who did not attend Thursday's summit, organized the rally.", "attend"),
        ("He hasn't held any big rallies of late.", "held"),
        ("She never attended the hearing.", "attended"),
    ],
)
def test_a_negated_verb_did_not_happen(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, sentence: str, verb: str
) -> None:
    """``happened`` reads a verb its own negation denies as nothing done (``NEGATED_NOT_DONE``): the scene it names
    sets no occasion; with the flag off it happened as any past does."""
    word = next(t for t in article(sentence, published=DAY).doc if t.text == verb)
    assert happened(word) is False
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_parts.NEGATED_NOT_DONE", False)
    assert happened(word) is True


def test_spans_hold_an_offset_inside_any_of_them_overlapping_ones_merged() -> None:
    spans = Spans([(40, 50), (10, 20), (15, 30), (30, 35)])
    assert [spans.holds(o) for o in (9, 10, 25, 34, 35, 39, 49, 50)] == [
        False, True, True, True, False, False, True, False,
    ]  # fmt: skip
    assert not Spans([]).holds(0)


@pytest.mark.parametrize(
    ("flag", "expected"),
    [(True, ("BBC Radio Harrowgate's phone-in", None, "on Thursday morning")), (False, (None, None, None))],
)
def test_one_who_ran_a_hyphenated_scene_speaks_in_it(
    monkeypatch: pytest.MonkeyPatch, flag: bool, expected: tuple[str | None, str | None, str | None]
) -> None:
    """ "Jo Webb, who hosted the phone-in, said": a scene noun split at its hyphen is a scene named again that the
    speaker ran (``scene_noun`` reads ``carried_channels.HYPHENATED_SCENES``), so she speaks in the phone-in on its day.
    Only this reading of the flag moves her statement: with ``is_scene``'s reading alone switched off it is unchanged
    (``experiments/flagpins/sites.py``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.carried_channels.HYPHENATED_SCENES", flag)
    text = (
        "Council leader Tom Reyes took calls about bin collections on BBC Radio Harrowgate's phone-in on Thursday "
        "morning.\n\n"
        "Jo Webb, who hosted the phone-in, said the lines had been busy all morning.\n\n"
        "“We are doing our best,” Reyes said."
    )
    assert occasion_of(text, "the lines had been busy all morning") == expected
