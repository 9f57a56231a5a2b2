"""The finder's character-span geometry shared by the finder and the resolver."""

from __future__ import annotations

from quotegraph.nlp.candidates import chars_overlap, chars_within


def test_spans_that_share_a_character_overlap() -> None:
    assert chars_overlap((0, 5), (4, 9))
    assert chars_overlap((4, 9), (0, 5))
    assert chars_overlap((2, 3), (0, 9))


def test_spans_that_only_touch_do_not_overlap() -> None:
    assert not chars_overlap((0, 5), (5, 9))
    assert not chars_overlap((5, 9), (0, 5))


def test_a_span_inside_another_is_within_it() -> None:
    assert chars_within((2, 5), (0, 5))
    assert chars_within((0, 5), (0, 5))


def test_a_span_running_past_another_is_not_within_it() -> None:
    assert not chars_within((2, 6), (0, 5))
    assert not chars_within((0, 5), (2, 5))
