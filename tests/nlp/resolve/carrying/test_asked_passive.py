"""The one a passive question is put to ("Trump was asked, ...") answers on the occasion the question names."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import occasions

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow

_TEXT = (
    "In an interview with The Ledger on Wednesday, Trump was asked, “What is the most dangerous place you have been?”"
    "\n\nTrump joked that Brooklyn was his answer.\n\nClinton said the remark was unfair."
)


@pytest.mark.parametrize("on", [True, False])
def test_the_one_asked_in_the_passive_answers_on_the_question_s_occasion(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "In an interview with The Ledger on Wednesday, Trump was asked, '...?' Trump joked that ...": the interview is
    Trump's (``ASKED_IN_THE_PASSIVE``), with no addressee of its own (the question's was Trump himself); Clinton, who
    took no part in it, carries nothing."""
    monkeypatch.setattr(occasions, "ASKED_IN_THE_PASSIVE", on)
    art = article(_TEXT)
    _, found = art.resolve(
        [
            art.candidate("What is the most dangerous place you have been?", "was asked", kind="direct"),
            art.candidate("that Brooklyn was his answer", "joked", "Trump", after="\n"),
            art.candidate("the remark was unfair", "said", "Clinton"),
        ]
    )
    question, answer, other = found
    assert question.channel is not None and question.channel.text == "an interview with The Ledger"
    if on:
        assert answer.channel is not None and answer.channel.text == "an interview with The Ledger"
        assert answer.channel.carried
        assert answer.addressee is None or answer.addressee.text != "Trump"
    else:
        assert answer.channel is None
    assert other.channel is None
