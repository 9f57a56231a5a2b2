"""Speakers end to end on short texts a new user tries first (textacy's direct-quotation tests among
them): every statement found, and named."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.model import Attribution

pytestmark = pytest.mark.slow


def _only(text: str) -> Attribution:
    [found] = quotegraph.extract(text, published="2025-02-07").attributions
    return found


def test_a_pronoun_speaker_is_the_person_the_text_names() -> None:
    found = _only('Burton explained from a podium. "I love cats," he said.')
    assert found.speaker is not None and found.speaker.name == "Burton"


def test_an_inverted_cue_with_two_speakers_is_an_attribution() -> None:
    found = _only('"We love cats!" reply Burton and Nick.')
    assert found.content is not None and found.content.text == "We love cats!"
    assert found.source is not None and found.source.text == "Burton and Nick"
    assert found.speaker is not None and found.speaker.name == "Burton and Nick"


@pytest.mark.parametrize(
    "text",
    [
        'Burton said that his favorite book is "One Hundred Years of Solitude."',
        "Audiard told Deadline Hollywood earlier this week that he hasn’t “spoken to her, and I don’t want to.”",
    ],
)
def test_a_mixed_content_holds_both_quotation_marks_or_neither(text: str) -> None:
    found = _only(text)
    assert found.kind == "mixed" and found.content is not None
    marks = sum(found.content.text.count(mark) for mark in '"“”')
    assert marks % 2 == 0 and marks > 0


def test_a_name_ends_before_its_abbreviation_s_bracket() -> None:
    found = _only("The World Health Organisation (WHO) said the virus was spreading.")
    assert found.speaker is not None and found.speaker.name == "World Health Organisation"


def test_a_report_inside_a_document_is_the_inner_speaker_s_through_the_document() -> None:
    result = quotegraph.extract(
        "Maria Lopez was arrested on Friday. Court documents say she told investigators that she had never "
        "seen the car.",
        published="2025-02-07",
    )
    [found] = [a for a in result.attributions if a.cue is not None and a.cue.text == "say"]
    assert found.speaker is not None and found.speaker.name == "Maria Lopez"
    assert found.channel is not None and found.channel.text == "Court documents"
    assert found.addressee is not None and found.addressee.text == "investigators"


def test_he_after_a_quote_naming_another_man_is_the_speaker() -> None:
    text = (
        "Graham spoke in Washington on Thursday.\n\n"
        "He continued, “I believe Donald Trump is destroying the party. He is wrong about everything.”\n\n"
        "He added, “We will lose.”"
    )
    speakers = [a.speaker.name for a in quotegraph.extract(text).attributions if a.speaker is not None]
    assert speakers and set(speakers) == {"Graham"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Haddad cancelled her tour. Her promoter, Felix Grant, said tickets would be refunded.", "Felix Grant"),
        ("Haddad cancelled her tour. Her promoter Felix Grant said tickets would be refunded.", "Felix Grant"),
        ("Haddad cancelled her tour. Her promoter said tickets would be refunded.", "Her promoter"),
    ],
)
def test_the_owner_named_by_a_possessive_is_not_the_speaker(text: str, speaker: str) -> None:
    [found] = [a for a in quotegraph.extract(text).attributions if a.cue is not None and a.cue.text == "said"]
    assert found.speaker is not None and found.speaker.name == speaker
