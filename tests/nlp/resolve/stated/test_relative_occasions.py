"""Relative clauses that put a saying inside an occasion: the gathering a relative clause on the speaker says they ran
or addressed (``gathering_run_by_speaker``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.relative_occasions import gathering_run_by_speaker

pytestmark = pytest.mark.slow


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
