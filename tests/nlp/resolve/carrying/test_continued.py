"""A continuation ("he added", "she noted") takes the channel of its speaker's words just before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import continued
from quotegraph.nlp.resolve.carrying.continued import continued_channels
from quotegraph.nlp.resolve.carrying.occasion_records import Held, OccasionInput
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

pytestmark = pytest.mark.slow

_TEXT = (
    "Sanders spoke at a rally in Philadelphia.\n\n"
    "She is not qualified, Sanders said.\n\n"
    "The race is close, Clinton said.\n\n"
    "She voted for the war, he added."
)


def _continued(
    nlp: Language, lemmas: list[str | None], speakers: list[int], monkeypatch: pytest.MonkeyPatch, on: bool = True
) -> list[Held]:
    """``continued_channels`` over three statements after the first, which holds "a rally in Philadelphia" (a fill
    the carrier never set for anyone): the second by ``speakers[1]``, the third by ``speakers[2]``."""
    monkeypatch.setattr(continued, "CONTINUED_CHANNELS", on)
    doc = nlp(_TEXT)
    start = _TEXT.index("a rally in Philadelphia")
    rally = doc.char_span(start, start + len("a rally in Philadelphia"))
    assert rally is not None
    statements = [
        OccasionInput(10, 0, speakers[0], Stated()),
        *(OccasionInput(50 * n, n, s, Stated()) for n, s in enumerate(speakers[1:], start=1)),
    ]
    held = [Held(Stated(channel=rally)), *(Held(Stated()) for _ in speakers[1:])]
    return continued_channels(held, statements, [None, *lemmas])


@pytest.mark.parametrize("on", [True, False])
def test_an_added_saying_takes_its_speaker_s_channel_over_the_speaker_s_own_statements(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "'She is not qualified,' Sanders said. ... 'She voted for the war,' he added": the rally
    (``CONTINUED_CHANNELS``); the "said" between takes nothing here (a saying of its own)."""
    found = _continued(nlp, ["say", "add"], [1, 1, 1], monkeypatch, on)
    assert found[1].stated.channel is None
    channel = found[2].stated.channel
    assert (channel is not None and channel.text == "a rally in Philadelphia") is on
    assert ("channel" in found[2].carried) is on


def test_a_continuation_after_another_speaker_takes_nothing(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "'The race is close,' Clinton said. 'She voted for the war,' he added": another speaker heard in between."""
    found = _continued(nlp, ["say", "add"], [1, 2, 1], monkeypatch)
    assert found[2].stated.channel is None


@pytest.mark.parametrize(("lemma", "takes"), [("note", True), ("go on", True), ("say", False), ("tell", False)])
def test_only_a_continuing_cue_takes_the_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, lemma: str, takes: bool
) -> None:
    found = _continued(nlp, [lemma], [1, 1], monkeypatch)
    assert (found[1].stated.channel is not None) is takes


def test_a_continuation_keeps_a_channel_of_its_own(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "he added in a tweet": its own channel stands."""
    monkeypatch.setattr(continued, "CONTINUED_CHANNELS", True)
    doc = nlp(_TEXT)
    rally, war = doc[3:7], doc[-3:-1]
    statements = [OccasionInput(10, 0, 1, Stated()), OccasionInput(60, 1, 1, Stated(channel=war))]
    held = [Held(Stated(channel=rally)), Held(Stated(channel=war))]
    assert continued_channels(held, statements, [None, "add"])[1].stated.channel == war


@pytest.mark.parametrize(("field", "stops"), [("addressee", True), ("time", False)])
def test_a_continuation_of_a_statement_naming_whom_it_was_told_takes_no_earlier_channel(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, field: str, stops: bool
) -> None:
    """ "Kerr said in a letter to staff on Friday ... Kerr told BBC Radio Leeds ... He added": the words continue the
    telling, which names no channel, not the letter; a statement naming only a new date keeps the channel (the same
    occasion, now dated)."""
    monkeypatch.setattr(continued, "CONTINUED_CHANNELS", True)
    doc = nlp(_TEXT)
    rally, clinton = doc[3:7], doc[-11:-10]
    between = Stated(addressee=clinton) if field == "addressee" else Stated(time=TimePhrase(clinton, None))
    statements = [
        OccasionInput(10, 0, 1, Stated()),
        OccasionInput(60, 1, 1, between),
        OccasionInput(110, 2, 1, Stated()),
    ]
    held = [Held(Stated(channel=rally)), Held(between), Held(Stated())]
    assert (continued_channels(held, statements, [None, "say", "add"])[2].stated.channel is None) is stops
