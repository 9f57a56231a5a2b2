"""Whose occasion a statement joins: the one asked answering on the question's occasion, and whom a question was put
to (``joining``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import joining
from quotegraph.nlp.resolve.carrying.occasion_records import AskedOne, OccasionInput, Voice
from quotegraph.nlp.resolve.stated.stated_occasion import Stated


@pytest.mark.parametrize(
    ("voice", "passive", "active", "answers"),
    [
        (Voice.PASSIVE, True, False, True),
        (Voice.PASSIVE, False, True, False),
        (Voice.ACTIVE, False, True, True),
        (Voice.ACTIVE, True, False, False),
        # a stated addressee alone (a request's object, a group, the speaker of "Asked whether ..."): never
        (Voice.STATED, True, True, False),
    ],
)  # fmt: skip
def test_the_one_asked_answers_on_the_question_s_occasion_by_its_voice(
    monkeypatch: pytest.MonkeyPatch, voice: Voice, passive: bool, active: bool, answers: bool
) -> None:
    """Which one asked answers on the occasion the question names is read from their voice alone, each voice under its
    own flag (``ASKED_IN_THE_PASSIVE``, ``ASKED_IN_THE_ACTIVE``)."""
    monkeypatch.setattr(joining, "ASKED_IN_THE_PASSIVE", passive)
    monkeypatch.setattr(joining, "ASKED_IN_THE_ACTIVE", active)
    asked = AskedOne(3, voice)
    assert (joining.answering(asked) == asked) is answers
    assert joining.answering(None) is None


@pytest.mark.parametrize(
    ("asked", "entity"),
    [(AskedOne(3, Voice.ACTIVE), 3), (AskedOne(3, Voice.ACTIVE, stated=False), None), (None, None)],
)
def test_the_readers_of_whom_a_question_was_put_to_take_the_one_stated(
    asked: AskedOne | None, entity: int | None
) -> None:
    """The one asked as whom the question was put to (the scene the asker joins, an exchange in an open scene, no one
    told anything as themself) is the one its sentence states (``AskedOne.stated``)."""
    statement = OccasionInput(0, 0, 1, Stated(), asked=asked)
    assert joining.asked_entity(statement) == entity
