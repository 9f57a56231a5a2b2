"""The tests that a time dates something else than the saying (``resolve.stated.dated_elsewhere``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.stated import dated_elsewhere
from quotegraph.nlp.resolve.stated.dated_elsewhere import _in_a_verbs_phrase, a_programme_s_title

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "in_a_verbs_phrase"),
    [
        # "Later on TV she said": the preposition the adverb hangs on hangs on the verb
        (["Later", "on", "TV", "she", "said"], [1, 4, 1, 4, 4], ["advmod", "prep", "pobj", "nsubj", "ROOT"],
         ["ADV", "ADP", "NOUN", "PRON", "VERB"], True),
        # "her trip later on Tuesday": on a noun's preposition, the adverb dates the trip
        (["her", "trip", "later", "on", "Tuesday"], [1, 1, 3, 1, 3], ["poss", "ROOT", "advmod", "prep", "pobj"],
         ["PRON", "NOUN", "ADV", "ADP", "PROPN"], False),
    ],
)  # fmt: skip
def test_an_adverb_on_a_preposition_is_in_a_verbs_phrase_only_when_the_preposition_is_the_verbs(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str], in_a_verbs_phrase: bool
) -> None:
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    adverb = next(t for t in doc if t.dep_ == "advmod")
    assert _in_a_verbs_phrase(adverb) is in_a_verbs_phrase


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The senator told the Today show on NBC on Monday that he would run again.", True),
        ("The minister said on BBC Radio 4's Today programme that the plan was dead.", True),
        # a day word that opens the sentence, or written in lower case, is a day
        ("Today the minister said the plan was dead.", False),
        ("The minister said today that the plan was dead.", False),
    ],
)
def test_a_day_word_titling_a_programme_dates_no_saying(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, title: bool
) -> None:
    """PROGRAMME_TITLES_OF_A_DAY: "Today" of "the Today show" is the programme's name."""
    monkeypatch.setattr(dated_elsewhere, "PROGRAMME_TITLES_OF_A_DAY", flag)
    doc = nlp(sentence)
    [word] = [t for t in doc if t.lower_ == "today"]
    assert a_programme_s_title(doc[word.i : word.i + 1]) is (title and flag)
