"""Relative clauses that put a saying inside an occasion: the gathering a relative clause on the speaker says they ran
or addressed (``gathering_run_by_speaker``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import relative_occasions
from quotegraph.nlp.resolve.stated.relative_occasions import gathering_run_by_speaker

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


@pytest.mark.parametrize(
    ("sentence", "speaker", "gathering"),
    [
        # a gathering the speaker ran, opened or spoke at, told in a relative clause on them or on a noun beside them
        ("“We are here to welcome them,” said Hala Agha, a resident who organized the event.", "Agha", "the event"),
        ("Bergstrom, who chaired the meeting, said council had voted unanimously.", "Bergstrom", "the meeting"),
        # a gathering the story named before is that scene again, for the carrying to give by its first mention
        (
            "The council met on Tuesday in a special meeting. Bergstrom, who chaired the meeting, said so.",
            "Bergstrom",
            None,
        ),
        (
            "Clinton, who was speaking to the US Conference of Mayors, told city leaders the country needed calm.",
            "Clinton",
            "the US Conference of Mayors",
        ),
        # a plan, a role held now, a gathering only attended, a body chaired: no gathering spoken at
        ("“We will win,” said Tom Lee, who will host the debate next week.", "Lee", None),
        ("“We will win,” said Tom Lee, who hosts the show.", "Lee", None),
        ("“We will win,” said Tom Lee, who attended the meeting.", "Lee", None),
        ("“We will win,” said Tom Lee, who chaired the committee.", "Lee", None),
        # an earlier speech told in passing, and a gathering not yet set in the story
        ("Allen, who spoke on behalf of Clinton at the Democratic convention, singled out Trump.", "Allen", None),
        ("“We will win,” said Tom Lee, who organized a march last year.", "Lee", None),
    ],
)  # fmt: skip
def test_a_gathering_the_speaker_ran(nlp: Language, sentence: str, speaker: str, gathering: str | None) -> None:
    doc = nlp(sentence)
    [word] = [t for t in doc if t.text == speaker]
    found = gathering_run_by_speaker(doc[word.i : word.i + 1])
    assert (found.text if found is not None else None) == gathering


def test_no_speaker_no_gathering(nlp: Language) -> None:
    assert gathering_run_by_speaker(None) is None


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "statement", "when_on", "when_off"),
    [
        # "in which" on a dated document: the saying is dated by it (off, the document is its channel, undated)
        ("The union published a March 2019 letter in which the chief executive said that the pensions were secure.",
         ("that the pensions were secure", "said", "the chief executive"),
         (None, "March 2019"), ("a March 2019 letter", None)),
        # the occasion's own day, before the clause's opening words
        ("The minister gave two speeches, including one on Tuesday in which he said that the plant would close.",
         ("that the plant would close", "said", "he"), (None, "on Tuesday"), (None, None)),
        # "during which" on an undated occasion: the occasion, not the clause, is what is read
        ("The board held a hearing, during which the chair said that the fares would rise.",
         ("that the fares would rise", "said", "the chair"), ("a hearing", None), (None, "during which")),
        # a clause in the present tells of a state, not a saying on that day: the same either way
        ("The union published a March 2019 letter in which the chief executive says that the pensions are secure.",
         ("that the pensions are secure", "says", "the chief executive"),
         ("a March 2019 letter", None), ("a March 2019 letter", None)),
    ],
)  # fmt: skip
def test_a_relative_clause_inside_an_occasion_takes_the_occasion_s_time(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    statement: tuple[str, str, str],
    when_on: tuple[str | None, str | None],
    when_off: tuple[str | None, str | None],
) -> None:
    """ "a March 2019 letter in which the chief executive said", "one on Tuesday in which he said": the time that dates
    the occasion a relative clause opens is the saying's (``RELATIVE_OCCASION_TIMES``, read by ``statement_times``
    through its home module). Channel and time as (channel, time)."""
    monkeypatch.setattr(relative_occasions, "RELATIVE_OCCASION_TIMES", on)
    content, cue, source = statement
    found = article(text, published=DAY).one(content, cue, source, after="which")
    parts = tuple(None if part is None else part.text for part in (found.channel, found.time))
    assert parts == (when_on if on else when_off)
