from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find import cue_subjects
from quotegraph.nlp.find.cue_subjects import subject_of
from quotegraph.nlp.find.parse import ParseIndex

from .conftest import subject_words, word_of


def test_a_participle_cue_takes_the_subject_of_the_verb_it_hangs_from(nlp: Language) -> None:
    text = "The mayor spoke for an hour on Monday, saying that the bridge would reopen in May."
    assert subject_words(nlp, text, "saying") == ["The mayor"]


def test_every_verb_of_a_coordination_shares_the_first_one_s_subject_in_any_order(nlp: Language) -> None:
    # the walks are remembered per document: asked from the last verb first, or from the first, the answer is the same
    text = "The aide " + " and ".join(f"said plan {i} works" for i in range(12)) + "."
    for last_first in (True, False):
        doc = nlp(text)
        parse, verbs = ParseIndex(doc), [t for t in doc if t.text == "said"]
        assert [t.head.i for t in verbs[1:]] == [t.i for t in verbs[:-1]]  # the parse: each joined to the one before
        subjects = [[text[s:e] for s, e in subject_of(parse, v)] for v in (verbs[::-1] if last_first else verbs)]
        assert len(parse.subjects) == len(verbs)  # every verb's answer is kept, for the document
        assert subjects == [["The aide"]] * len(verbs)


def test_according_to_takes_its_object_as_the_source(nlp: Language) -> None:
    text = "The bridge will reopen in May, according to a report by the city."
    assert subject_words(nlp, text, "according") == ["a report by the city"]


def test_a_subject_the_parser_hung_on_a_participle_between_commas_is_the_verbs(nlp: Language) -> None:
    text = "Township engineer Paul Ostrowski, answering a question from a board member, said the study was sound."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Ostrowski").head.text == "answering"  # the parse this rule exists for
    assert subject_words(nlp, text, "said") == ["Township engineer Paul Ostrowski"]
    assert subject_words(nlp, "Answering a question, the study was called sound.", "called") == []


def test_an_expletive_subject_is_no_source_and_is_not_climbed_over(nlp: Language) -> None:
    text = "Officials met on Monday, and it was said that the bridge would reopen."
    assert subject_words(nlp, text, "said") == []


def test_appositions_the_parser_hung_on_an_opening_phrase_are_the_verbs_subject(nlp: Language) -> None:
    text = (
        "In a victim impact statement read to the court by prosecutor Amit Shah, Okafor's widow, Grace, said she "
        "still set the table for four."
    )
    assert word_of(nlp, text, "Grace").head.text == "Shah"  # the parse this rule exists for
    assert subject_words(nlp, text, "said") == ["Okafor's widow, Grace"]
    assert subject_words(nlp, "In a statement read by Amit Shah, the family said it was grateful.", "said") == [
        "the family"
    ]


def test_appositions_the_parser_hung_on_an_opening_participle_phrase_are_the_verbs_subject(nlp: Language) -> None:
    text = (
        "Reached at home in Kearney, where he had watched the broadcast with Anika's 8-year-old brother, her father, "
        "Vikram Raman, said the neighbors had started honking their car horns."
    )
    assert word_of(nlp, text, "said").dep_ == "ROOT" and word_of(nlp, text, "Reached").dep_ == "advcl"  # the parse
    assert subject_words(nlp, text, "said") == ["her father, Vikram Raman"]


def test_a_name_set_off_after_an_opening_clause_of_time_is_the_subject_of_the_verb_after_it(nlp: Language) -> None:
    text = (
        "When the mayor cut the ribbon on the new bridge, councillor Ana Ruiz, standing beside her, told the crowd "
        "the town had waited ten years."
    )
    assert next(t for t in nlp(text) if t.text == "Ruiz").dep_ == "dobj"  # the parse this rule is for
    assert subject_words(nlp, text, "told") == ["councillor Ana Ruiz"]


def test_the_object_of_an_opening_clause_is_not_the_subject_of_a_verb_with_its_own(nlp: Language) -> None:
    text = "After the mayor thanked Ana Ruiz, the crowd cheered, and she told reporters it was a great day."
    assert subject_words(nlp, text, "told") == ["she"]


@pytest.mark.parametrize("on", [True, False])
def test_a_name_after_a_verb_of_saying_after_a_quote_is_its_subject_read_as_its_object(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """cue_subjects.INVERTED_SUBJECTS_READ_AS_OBJECTS: '"...," added Okafor, referring to the floods': the parser reads
    the name as the object of "added"; it is who speaks, in the participle too. Not an object with no quote before the
    verb ("The board asked Okafor, ...": the board asked)."""
    monkeypatch.setattr(cue_subjects, "INVERTED_SUBJECTS_READ_AS_OBJECTS", on)
    text = (
        "“Many people predicted that the issue would fade once the season was over, and it hasn't,” added Okafor, "
        "referring to the floods."
    )
    assert word_of(nlp, text, "Okafor").dep_ == "dobj"  # the parse this rule exists for
    # without the rule the walk up the parse lands on the quote's own subject ("Many people")
    assert (subject_words(nlp, text, "referring") == ["Okafor"]) is on
    pair = "“It was a long night for all of us, and the river kept rising,” replied Ortiz and Bell, adding a warning."
    assert word_of(nlp, pair, "Ortiz").dep_ == "dobj"  # the pair read as the object: both are the subject
    assert subject_words(nlp, pair, "adding") == (["Ortiz and Bell"] if on else [])
    # not "asked": the occasion readers take the name after it as the one asked
    assert subject_words(nlp, "“Where is the money going?” asked Okafor, referring to the budget.", "referring") == []
    assert subject_words(nlp, "The board asked Okafor, referring to the budget, to resign.", "referring") == [
        "The board"
    ]
