"""Which verb a time phrase hangs on, and whether it dates a saying or another act (``resolve.stated.time_verbs``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.stated.time_verbs import dated_verb, dates_another_act, verb_class

pytestmark = pytest.mark.slow


def _phrase(nlp: Language, text: str, phrase: str) -> tuple[Doc, int, int]:
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    return doc, span.start, span.end


@pytest.mark.parametrize(
    ("text", "phrase", "another"),
    [
        # a relative clause on the speaker tells who they are, even by a saying
        ("Khan, who had addressed the Democratic convention on Thursday, said on Sunday that he would speak again.",
         "on Thursday", True),
        ("Khan, who had addressed the Democratic convention on Thursday, said on Sunday that he would speak again.",
         "on Sunday", False),
        # sport and business: a past act in the description of the one who speaks
        ("The striker, who scored twice on Saturday, said he felt sharp.", "on Saturday", True),
        ("Smith, who resigned from the board last week, said the company had failed its staff.", "last week", True),
        # a saying told in a relative clause, not before the story's moment: it may be the story's own
        ("He wanted a role in the administration -- something he denied to me as laughable in an interview on Friday.",
         "on Friday", False),
        ("The senator, who spoke to reporters on Monday, said the bill would pass.", "on Monday", False),
        # a relative clause on a medium dates the medium, which may be the saying's
        ("The ministry cited a report that was released on Wednesday.", "on Wednesday", False),
        # the verb's class alone is not read: a saying is told by verbs no lexicon lists, and an act told beside a
        # saying is not read apart from it here
        ("Trump drew the analogy during a campaign speech in Reno on Sunday.", "on Sunday", False),
        ("Zimmerman shot and killed Trayvon Martin in February 2012, but claimed self-defense.", "in February 2012",
         False),
        ("The minister told reporters on Tuesday that the plan was dead.", "on Tuesday", False),
    ],
)  # fmt: skip
def test_a_time_dates_another_act_when_it_tells_who_someone_is(
    parser: Language, text: str, phrase: str, another: bool
) -> None:
    doc, start, end = _phrase(parser, text, phrase)
    assert dates_another_act(doc[start:end]) is another


@pytest.mark.parametrize(
    ("text", "phrase", "verb", "kind"),
    [
        ("The senator met the governor on Monday.", "Monday", "met", "event"),
        ("The minister told reporters on Tuesday that the plan was dead.", "Tuesday", "told", "saying"),
        ("The striker scored twice on Saturday.", "Saturday", "scored", "other"),
    ],
)
def test_a_phrase_climbs_to_the_verb_it_dates(parser: Language, text: str, phrase: str, verb: str, kind: str) -> None:
    doc, start, _ = _phrase(parser, text, phrase)
    found = dated_verb(doc[start])
    assert found is not None and found.text == verb
    assert verb_class(doc[start]) == kind


def test_a_phrase_with_no_verb_above_it_has_none(parser: Language) -> None:
    doc = Doc(parser.vocab, words=["On", "Monday"], heads=[0, 0], deps=["ROOT", "pobj"], pos=["ADP", "PROPN"])
    assert dated_verb(doc[1]) is None
    assert verb_class(doc[1]) == "noverb"
    assert not dates_another_act(doc[0:2])
