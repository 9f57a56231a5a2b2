"""The one a passive question is put to ("Trump was asked, ...") answers on the occasion the question names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import occasions
from quotegraph.nlp.resolve.carrying.asked_passive import asked_of_nobody
from quotegraph.nlp.resolve.stated.circumstances import Stated

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


_ACTIVE = (
    "In Parliament on Tuesday, a backbencher, Tom Ames, asked Clinton whether she would raise the minimum wage."
    "\n\n“We will get it done,” Clinton said.\n\nSanders said the promise was too small."
)


@pytest.mark.parametrize("on", [True, False])
def test_the_one_asked_in_the_active_answers_on_the_question_s_occasion(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "In Parliament on Tuesday, a backbencher, Tom Ames, asked Clinton whether ...", then "Clinton said":
    Parliament and the day are Clinton's too (``ASKED_IN_THE_ACTIVE``), with no addressee of their own
    (the question's was Clinton herself); Sanders, who took no part in it, carries nothing."""
    monkeypatch.setattr(occasions, "ASKED_IN_THE_ACTIVE", on)
    art = article(_ACTIVE)
    _, found = art.resolve(
        [
            art.candidate("whether she would raise the minimum wage", "asked", "Tom Ames"),
            art.candidate("We will get it done,", "said", "Clinton", kind="direct", after="\n"),
            art.candidate("the promise was too small", "said", "Sanders", after="Sanders"),
        ]
    )
    question, answer, other = found
    assert question.channel is not None and question.channel.text == "Parliament"
    if on:
        assert answer.channel is not None and answer.channel.text == "Parliament"
        assert answer.time is not None and answer.time.text == "on Tuesday"
        assert answer.addressee is None or answer.addressee.text != "Clinton"
    else:
        assert answer.channel is None and answer.time is None
    assert other.channel is None


_REQUEST = (
    "In Parliament on Tuesday, a backbencher, Tom Ames, asked Clinton to raise the minimum wage."
    "\n\n“We will get it done,” Clinton said."
)


def test_a_request_is_not_a_question_the_one_asked_answers(article: ArticleMaker) -> None:
    """ "Tom Ames asked Clinton to raise the minimum wage": a request (a to-infinitive on the cue), which
    Clinton is not told answering on its occasion: her later statement carries nothing from it."""
    art = article(_REQUEST)
    _, found = art.resolve(
        [
            art.candidate("to raise the minimum wage", "asked", "Tom Ames"),
            art.candidate("We will get it done,", "said", "Clinton", kind="direct", after="\n"),
        ]
    )
    _, answer = found
    assert answer.channel is None and answer.time is None


_OWN_OCCASION = (
    "Rubio said on Wednesday that he would win Florida.\n\nThe host then asked Rubio which states he could win."
    "\n\n“We feel great,” Rubio said."
)


def test_a_question_naming_no_occasion_leaves_the_one_asked_s_own(article: ArticleMaker) -> None:
    """ "The host then asked Rubio which states he could win" names only whom it is put to: Rubio's own day stays in
    force for his answer, not an empty occasion set for him."""
    art = article(_OWN_OCCASION)
    _, found = art.resolve(
        [
            art.candidate("that he would win Florida", "said", "Rubio"),
            art.candidate("which states he could win", "asked", "The host", after="\n"),
            art.candidate("We feel great,", "said", "Rubio", kind="direct", after="“"),
        ]
    )
    first, _, answer = found
    assert first.time is not None and first.time.text == "on Wednesday"
    assert answer.time is not None and answer.time.text == "on Wednesday"


_TITLE_THEN_NAME = (
    "In Parliament on Thursday afternoon, the opposition's health spokesperson, Mark Dillon, asked the Minister for"
    " Health, Sarah Whitlock, whether she still had confidence in the hospital board.\n\n“Boards are independent, but"
    " they answer to patients,” Whitlock replied."
)


def test_the_name_set_off_after_a_title_is_the_one_asked(article: ArticleMaker) -> None:
    """ "asked the Minister for Health, Sarah Whitlock, whether": the name set off after the title is the one asked,
    however the parser hangs it (here an ``npadvmod`` of "asked"); her reply is made in Parliament."""
    art = article(_TITLE_THEN_NAME)
    _, found = art.resolve(
        [
            art.candidate("whether she still had confidence in the hospital board", "asked", "Mark Dillon"),
            art.candidate(
                "Boards are independent, but they answer to patients,",
                "replied",
                "Whitlock",
                kind="direct",
                after="patients",
            ),
        ]
    )
    _, answer = found
    assert answer.channel is not None and answer.channel.text == "Parliament"


@pytest.mark.parametrize(
    ("sentence", "addressed", "nobody"),
    [
        ("She asked how a trooper could tell.", False, True),
        # somebody named as asked: no question to nobody
        ("She asked him how a trooper could tell.", True, False),
        # another questioning verb is read as a doubt, not a question put in a scene (``asked_of_nobody``)
        ("He questioned how the appointments were chosen.", False, False),
    ],
)  # fmt: skip
def test_a_question_put_with_nobody_named_as_asked(nlp: Language, sentence: str, addressed: bool, nobody: bool) -> None:
    doc = nlp(sentence)
    verb = doc[1]
    stated = Stated(addressee=doc[2:3]) if addressed else Stated()
    assert asked_of_nobody(stated, verb) is nobody
