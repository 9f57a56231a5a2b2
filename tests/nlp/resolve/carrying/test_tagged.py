"""Tagged phrases a statement takes: not one in another subject's relative clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import tagged
from quotegraph.nlp.resolve.carrying.occasion_records import Held, OccasionInput
from quotegraph.nlp.resolve.carrying.tagged import _in_another_s_clause, lede_fills_kept
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "verb", "phrase", "theirs"),
    [
        # the interviews are the governor's, in a relative clause of his own, not where she said it
        ("She said she backs the levy, which the governor called unfair in interviews.", "said", "interviews", True),
        # on the statement's own verb: hers
        ("She said in interviews that she backs the levy.", "said", "interviews", False),
        # a relative clause whose subject is its pronoun: no other subject's occasion
        ("She, who spoke in interviews, said she backs the levy.", "said", "interviews", False),
    ],
)
def test_a_tagged_phrase_in_another_subject_s_relative_clause_is_not_the_statement_s(
    nlp: Language, sentence: str, verb: str, phrase: str, theirs: bool
) -> None:
    doc = nlp(sentence)
    cue = next(t for t in doc if t.text == verb)
    word = next(t for t in doc if t.text == phrase)
    assert _in_another_s_clause(doc[word.i : word.i + 1], cue) is theirs


_LEDE = (
    "Joe Biden on Monday hit the campaign trail, trashing Trump.\n\n"
    "He is unqualified, Biden said.\n\nThe race is close.\n\nHe is reckless, Biden said."
)


def _lede_fills(nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, own: bool = False) -> list[Held]:
    """``lede_fills_kept`` on ``_LEDE``'s three statements of Biden's (paragraphs 0, 1, 3): the tagger filled "the
    campaign trail" for the lede's, whose day ("on Monday") the later two carry; with ``own``, the second states a
    channel of its own (a stand-in span)."""
    monkeypatch.setattr(tagged, "LEDE_FILLS_KEPT", on)
    doc = nlp(_LEDE)
    start = _LEDE.index("the campaign trail")
    span = doc.char_span(start, start + len("the campaign trail"))
    assert span is not None
    monday = doc.char_span(_LEDE.index("on Monday"), _LEDE.index("on Monday") + len("on Monday"))
    assert monday is not None
    day = TimePhrase(monday, "2016-08-15")
    cnn = doc.char_span(_LEDE.index("Trump"), _LEDE.index("Trump") + len("Trump"))
    statements = [
        OccasionInput(30, 0, 1, Stated(time=day)),
        OccasionInput(80, 1, 1, Stated(channel=cnn) if own else Stated()),
        OccasionInput(130, 3, 1, Stated()),
    ]
    carried = Held(Stated(time=day), frozenset({"time"}))
    before = [Held(Stated(time=day)), carried, carried]
    filled = [Held(Stated(channel=span, time=day)), before[1], before[2]]
    if own:
        before[1] = filled[1] = Held(Stated(channel=cnn, time=day), frozenset({"time"}))
    return lede_fills_kept(before, filled, statements, 0)


@pytest.mark.parametrize("on", [True, False])
def test_a_channel_filled_in_the_lede_is_carried_with_its_occasion_however_far_on(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "Biden on Monday hit the 2016 campaign trail ..., trashing Donald Trump": the tagger's channel of the lede is
    Biden's occasion; his later statements carrying its day carry it too (``LEDE_FILLS_KEPT``)."""
    found = _lede_fills(nlp, monkeypatch, on)
    for held in found[1:]:
        assert (held.stated.channel is not None and held.stated.channel.text == "the campaign trail") is on
        assert ("channel" in held.carried) is on


def test_a_lede_s_filled_channel_stops_at_an_occasion_of_the_speaker_s_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _lede_fills(nlp, monkeypatch, True, own=True)
    assert found[1].stated.channel is not None and found[1].stated.channel.text == "Trump"  # its own, untouched
    assert found[2].stated.channel is None  # past an occasion of his own: not the lede's any more
