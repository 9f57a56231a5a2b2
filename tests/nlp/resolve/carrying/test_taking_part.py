"""Who takes part in an occasion they did not set (``taking_part``), read on bare records: each reading returns the
occasion the statement is made on, or None, and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import taking_part
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, OccasionInput
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

from ..conftest import occasion_of

SPEAKER, OTHER = 1, 2


# the marks are the statement's flags (``group=True``, ``questions=True``), by name; typed ``Any`` as ``OccasionInput``
# has fields besides its flags (``asked``, an ``AskedOne``), which a bool no longer fits
def _statement(paragraph: int, speaker: int | None = SPEAKER, **marks: Any) -> OccasionInput:
    return OccasionInput(position=0, paragraph=paragraph, speaker=speaker, stated=Stated(), **marks)


@pytest.mark.parametrize(
    ("named_at", "paragraph", "member"),
    [(3, 5, True), (9, 5, False), (3, 8, False)],  # named before the group; after it; too far from its scene
)
def test_a_member_named_before_the_group_speaks_in_its_scene(named_at: int, paragraph: int, member: bool) -> None:
    group = Frame(Stated(), True, paragraph=4, speakers={OTHER})
    found = taking_part.group_scene((group, 7), {SPEAKER: named_at}, _statement(paragraph))
    assert (found is group) is member
    assert group.speakers == {OTHER}  # entering it is the carrier's


def test_no_group_scene_when_the_rule_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(taking_part, "GROUPS_CARRY", False)
    group = Frame(Stated(), True, paragraph=4)
    assert taking_part.group_scene((group, 7), {SPEAKER: 3}, _statement(5)) is None


@pytest.mark.parametrize(
    ("mine", "theirs", "paragraph", "again"),
    [
        ("The family", "Faraday's family", 3, True),
        ("The family", "Faraday's family", 5, False),  # more than a paragraph on
        ("The club", "Faraday's family", 3, False),  # another noun
        ("Faraday", "Faraday's family", 3, False),  # a name, not a description
    ],
)
def test_a_speaker_described_again_continues_the_one_heard_before(
    mine: str, theirs: str, paragraph: int, again: bool
) -> None:
    before = _statement(2, speaker=OTHER)
    frame = Frame(Stated(), False, paragraph=2, speakers={OTHER})
    written = {SPEAKER: mine, OTHER: theirs}
    found = taking_part.described_again_scene(_statement(paragraph), before, {OTHER: frame}, written)
    assert (found is frame) is again
    assert frame.speakers == {OTHER}


@pytest.mark.parametrize(("marks", "exchange"), [({"questions": True}, True), ({"replies": True}, True), ({}, False)])
def test_a_question_or_a_reply_is_an_exchange_in_the_latest_shared_scene(
    marks: dict[str, bool], exchange: bool
) -> None:
    scene = Frame(Stated(), True, paragraph=2)
    found = taking_part.party_scene(scene, _statement(3, **marks), own=None)
    assert (found is scene) is exchange


def test_no_exchange_far_from_the_scene_or_by_one_with_an_occasion_of_their_own() -> None:
    scene = Frame(Stated(), True, paragraph=2)
    far = 2 + taking_part.MAX_EXCHANGE_GAP + 1
    assert taking_part.party_scene(scene, _statement(far, questions=True), own=None) is None
    assert taking_part.party_scene(scene, _statement(3, questions=True), own=Frame(Stated(), False, 1)) is None


def _told(nlp: Language, text: str, word: str) -> Stated:
    """The occasion of a sentence whose only field is the addressee headed by ``word``, as its noun phrase."""
    [token] = [t for t in nlp(text) if t.text == word]
    return Stated(addressee=token.doc[token.left_edge.i : token.right_edge.i + 1])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "press"),
    [
        ("Winthrop told reporters the crew was tested.", "reporters", True),
        ("Winthrop told journalists the crew was tested.", "journalists", True),
        ("Winthrop told the media the crew was tested.", "media", True),
        ("Winthrop told a reporter the crew was tested.", "reporter", False),  # one reporter met
        ("Winthrop told the Associated Press the crew was tested.", "Press", False),  # an outlet
        ("Winthrop told investigators the crew was tested.", "investigators", False),  # not the press
    ],
)
def test_only_the_press_as_a_body_is_told_the_press(nlp: Language, text: str, word: str, press: bool) -> None:
    assert taking_part.told_the_press(_told(nlp, text, word)) is press


@pytest.mark.slow
@pytest.mark.parametrize(
    ("noun", "paragraph", "speakers", "joined"),
    [
        ("news conference", 3, {OTHER}, True),
        ("briefing", 4, {OTHER}, True),
        ("news conference", 5, {OTHER}, False),  # more than MAX_PODIUM_GAP paragraphs on
        ("news conference", 3, {SPEAKER}, False),  # the speaker's own event: their own occasion carries it
        ("interview", 3, {OTHER}, False),  # no press event
    ],
)
def test_one_telling_reporters_just_after_another_s_press_event_speaks_at_it(
    nlp: Language, noun: str, paragraph: int, speakers: set[int], joined: bool
) -> None:
    doc = nlp(f"Holt spoke at a {noun} on Tuesday.")
    head = next(t for t in doc if t.text == noun.split()[-1])
    event = Frame(Stated(channel=doc[head.left_edge.i : head.i + 1]), True, paragraph=2, speakers=speakers)
    told = _told(nlp, "Winthrop told reporters the crew was tested.", "reporters")
    statement = OccasionInput(position=0, paragraph=paragraph, speaker=SPEAKER, stated=told)
    assert (taking_part.press_event_scene(event, statement, own=None) is event) is joined
    own = Frame(Stated(), False, paragraph=1)
    assert taking_part.press_event_scene(event, statement, own=own) is None  # one with an occasion of their own


@pytest.mark.parametrize(
    ("on", "expected"), [(True, ("the district's Facebook page", None, "on Monday")), (False, (None, None, None))]
)
def test_a_reply_to_a_post_is_made_on_its_platform(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: tuple[str | None, str | None, str | None]
) -> None:
    """ "Principal Ann Marsh wrote on the district's Facebook page on Monday that ... One parent, Joe Pike, replied
    that ...": the reply, in the paragraph of the post it answers, is posted under it, on its day
    (``REPLY_ON_PLATFORM``)."""
    monkeypatch.setattr(taking_part, "REPLY_ON_PLATFORM", on)
    text = (
        "Principal Ann Marsh wrote on the district's Facebook page on Monday that classes would resume on Wednesday. "
        "One parent, Joe Pike, replied that the buses had not been gritted.\n\n"
        "The roads were icy all week."
    )
    assert occasion_of(text, "the buses had not been gritted") == expected
