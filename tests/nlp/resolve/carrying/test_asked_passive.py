"""The one a passive question is put to ("Trump was asked, ...") answers on the occasion the question names."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Token

from quotegraph.nlp.resolve.carrying import joining
from quotegraph.nlp.resolve.carrying.asked_passive import asked_of_nobody, one_asked_in
from quotegraph.nlp.resolve.carrying.occasion_records import AskedOne, Voice
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

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
    monkeypatch.setattr(joining, "ASKED_IN_THE_PASSIVE", on)
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
    monkeypatch.setattr(joining, "ASKED_IN_THE_ACTIVE", on)
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


class _Named:
    """A coreference stub: each word of ``people`` is a singular entity of its own (``PERSON`` unless given a type)."""

    def __init__(self, people: dict[str, tuple[int, str]]) -> None:
        self.people = people

    def cluster_at(self, token: Token) -> Any:
        known = self.people.get(token.text)
        return None if known is None else SimpleNamespace(index=known[0], type=known[1], plural=False)


_PEOPLE = {
    "Trump": (1, "PERSON"),
    "Vaimoana": (2, "PERSON"),
    "Clinton": (3, "PERSON"),
    "Comey": (4, "PERSON"),
    "him": (5, "PERSON"),  # the asker himself, "him" joined to Goodlatte by the coreference
    "network": (6, "ORG"),
}
_SPEAKER = 5  # Goodlatte's entity, as "him" is given


@pytest.mark.parametrize(
    ("sentence", "cue", "addressee", "expected"),
    [
        # the passive subject, stated as the question's addressee too
        ("Trump was asked whether he would run.", "asked", "Trump", AskedOne(1, Voice.PASSIVE)),
        # the object of a question put in the active
        ("Kettering asked Vaimoana whether she had confidence.", "asked", "Vaimoana", AskedOne(2, Voice.ACTIVE)),
        # a verb that states no addressee: the one asked, not stated (``AskedOne.stated``)
        ("Hewitt challenged Trump about the attack.", "challenged", None, AskedOne(1, Voice.ACTIVE, stated=False)),
        # the subject a participle of asking shares: the stated addressee's entity alone
        ("Asked whether he would run, Clinton said no.", "Asked", "Clinton", AskedOne(3, Voice.STATED)),
        # a request names no one answering on its occasion; its object is the stated addressee
        ("Trump asked the network to donate.", "asked", "network", AskedOne(6, Voice.STATED)),
        # the object is the speaker (the coreference joined "him" to the asker): the stated addressee is read instead
        ("Goodlatte spoke with Comey, asking him a series of questions.", "asking", "Comey", AskedOne(4, Voice.STATED)),
        # no questioning cue: no one asked
        ("Trump told Clinton that he would run.", "told", "Clinton", None),
    ],
)  # fmt: skip
def test_the_one_asked_is_one_reading_with_its_voice(
    nlp: Language, sentence: str, cue: str, addressee: str | None, expected: AskedOne | None
) -> None:
    """The one a question is put to, read once (``one_asked_in``): the passive subject, else the active object put as a
    question, else the entity the stated addressee names; with whether the sentence states whom it was put to."""
    doc = nlp(sentence)
    verb = next(t for t in doc if t.text == cue)
    stated = (
        Stated()
        if addressee is None
        else Stated(addressee=next(doc[t.i : t.i + 1] for t in doc if t.text == addressee))
    )
    coref = cast(Coreference, _Named(_PEOPLE))
    assert one_asked_in(coref, stated, verb, _SPEAKER) == expected


_RALLY = "At a rally in Tampa on Wednesday, Trump said the plan would work.\n\nHewitt {verb} Trump about the plan."


@pytest.mark.parametrize(("verb", "joins"), [("asked", True), ("challenged", False)])
def test_the_asker_joins_the_scene_of_one_the_question_states_as_asked(
    article: ArticleMaker, verb: str, joins: bool
) -> None:
    """ "Hewitt asked Trump about the plan" (Trump its stated addressee) is put in the scene Trump just spoke in
    (``taking_part.asked_one_s_scene``); "Hewitt challenged Trump" states no addressee (``AskedOne.stated``), and its
    one asked is read only for Trump's own answers on an occasion the question names."""
    art = article(_RALLY.format(verb=verb))
    _, found = art.resolve(
        [
            art.candidate("the plan would work", "said", "Trump"),
            art.candidate("about the plan", verb, "Hewitt"),
        ]
    )
    _, question = found
    assert (question.channel is not None and question.channel.text == "a rally in Tampa") is joins


_ASKER_NAMED = (
    "In an interview on Tuesday, Daily Ledger reporter Anna Kowalski asked Ortiz whether the plant would close."
    "\n\n“Not while I am mayor,” Ortiz said.\n\nThe union said the promise was too small."
)


@pytest.mark.parametrize("on", [True, False])
def test_the_one_asked_answers_to_the_asker_the_question_names(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "In an interview on Tuesday, Daily Ledger reporter Anna Kowalski asked Ortiz whether ...", then "Ortiz said":
    the interview is Ortiz's, told to the asker (``ASKERS_ARE_TOLD``); the union, no party to it, carries nothing."""
    monkeypatch.setattr(joining, "ASKERS_ARE_TOLD", on)
    art = article(_ASKER_NAMED)
    _, found = art.resolve(
        [
            art.candidate("whether the plant would close", "asked", "Daily Ledger reporter Anna Kowalski"),
            art.candidate("Not while I am mayor,", "said", "Ortiz", kind="direct", after="\n"),
            art.candidate("the promise was too small", "said", "The union", after="\n\n“Not"),
        ]
    )
    question, answer, other = found
    assert question.addressee is not None and question.addressee.text == "Ortiz"
    assert answer.channel is not None and answer.channel.text == "an interview"
    if on:
        assert answer.addressee is not None and answer.addressee.text == "Daily Ledger reporter Anna Kowalski"
        assert answer.addressee.carried
    else:
        assert answer.addressee is None
    assert other.addressee is None and other.channel is None


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # a reply made on the interview the question set for the one asked, not only on the asker's
        (
            "During an interview this week, the Ledger asked Sanders if he had written his speech."
            "\n\n“Of course,” Sanders replied.",
            "the Ledger",
        ),
        # one of a crowd, by an indefinite mention: no one the answers are told to
        (
            "At a town hall on Monday, a young woman asked Sanders whether he had written his speech."
            "\n\n“Of course,” Sanders replied.",
            None,
        ),
        # a pronoun names nobody by itself
        (
            "At a town hall on Monday, she asked Sanders whether he had written his speech."
            "\n\n“Of course,” Sanders replied.",
            None,
        ),
    ],
)
def test_whom_the_answer_to_a_question_is_told_to(article: ArticleMaker, text: str, asker: str | None) -> None:
    """The asker a question's sentence names is whom the one asked answers to, in a reply too
    (``joining.set_by_the_same_question``); not one of a crowd ("a young woman") nor a pronoun (``_asker``)."""
    art = article(text)
    source = text.split(" asked ")[0].split(", ")[-1]
    _, found = art.resolve(
        [
            art.candidate("if he had written his speech" if "if he" in text else "whether he had written his speech",
                          "asked", source),
            art.candidate("Of course,", "replied", "Sanders", kind="direct", after="\n"),
        ]
    )  # fmt: skip
    _, answer = found
    assert answer.channel is not None
    if asker is None:
        assert answer.addressee is None
    else:
        assert answer.addressee is not None and answer.addressee.text == asker


def test_an_asker_of_an_earlier_exchange_is_not_whom_later_answers_are_told(article: ArticleMaker) -> None:
    """ "Gen. Dunford recently asked Admiral Harris that question": all the question names is its own adverb, an
    exchange before the story's occasion; the admiral's later words are not told to the general
    (``joining.told_the_asker``)."""
    text = (
        "Gen. Joseph Dunford recently asked Admiral Harris whether the shoal mattered.\n\n“It is good that my voice is"
        " low,” Admiral Harris said."
    )
    art = article(text)
    _, found = art.resolve(
        [
            art.candidate("whether the shoal mattered", "asked", "Gen. Joseph Dunford"),
            art.candidate("It is good that my voice is low,", "said", "Admiral Harris", kind="direct", after="\n"),
        ]
    )
    _, answer = found
    assert answer.addressee is None
