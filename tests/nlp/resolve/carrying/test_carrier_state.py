"""The carrier's state: the speakers whose occasions were set most recently, and who was heard when
(``carrier_state``)."""

from __future__ import annotations

from quotegraph.nlp.resolve.carrying.carrier_state import CarrierState, SpeakerFrames
from quotegraph.nlp.resolve.carrying.occasion_records import Frame
from quotegraph.nlp.resolve.stated.stated_occasion import Stated


def _frame(paragraph: int) -> Frame:
    return Frame(Stated(), shared=False, paragraph=paragraph)


def test_the_speakers_set_most_recently_come_in_the_order_they_were_first_set() -> None:
    """Speaker 1 set again last is among the two most recent with speaker 3, and still comes first, as a walk of every
    speaker would find them; speaker 2, set before both, is left out."""
    frames = SpeakerFrames()
    first, second, third, again = _frame(0), _frame(1), _frame(2), _frame(3)
    frames[1], frames[2], frames[3], frames[1] = first, second, third, again
    assert frames.recent(2) == [again, third]
    assert frames.recent(1) == [again]
    assert list(frames) == [1, 2, 3]


def test_who_was_heard_before_a_speaker_is_the_latest_other_one() -> None:
    """After 5, 7 and 5 again, the one heard before 5 is 7, and before 7 is 5; since statement 2 only 5 spoke."""
    state = CarrierState({})
    for speaker in (5, 7, 5):
        state.count(speaker)
    assert state.heard_before(5) == 7
    assert state.heard_before(7) == 5
    assert state.other_since(1, 5)
    assert not state.other_since(2, 5)
    assert state.read == 3
