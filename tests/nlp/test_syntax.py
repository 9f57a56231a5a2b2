"""The shared reading of a parse: a verb's noun-phrase subjects, active or passive, and nothing else."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.nlp.syntax import nominal_subjects, subtree_span


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_an_active_and_a_passive_subject_are_both_nominal_subjects_in_text_order() -> None:
    # "Smith and aides were told": a coordinated subject hangs from the first; here two subjects of one verb
    doc = _parsed(
        ["Smith", ",", "aides", "were", "told"], [4, 4, 4, 4, 4], ["nsubj", "punct", "nsubjpass", "auxpass", "ROOT"]
    )
    assert [t.text for t in nominal_subjects(doc[4])] == ["Smith", "aides"]


def test_clausal_subjects_expletives_and_objects_are_not_nominal_subjects() -> None:
    doc = _parsed(
        ["There", "told", "him", "what", "said"],
        [1, 1, 1, 4, 1],
        ["expl", "ROOT", "dobj", "nsubj", "csubj"],
    )
    assert nominal_subjects(doc[1]) == []
    assert [t.text for t in nominal_subjects(doc[4])] == ["what"]


def test_a_subtree_span_runs_from_the_first_to_the_last_word_a_token_heads() -> None:
    # "The Ledger 's farm desk said": the subject's words hang from "desk", the verb's from "said"
    doc = _parsed(
        ["The", "Ledger", "'s", "farm", "desk", "said"],
        [1, 4, 1, 4, 5, 5],
        ["det", "poss", "case", "compound", "nsubj", "ROOT"],
    )
    assert subtree_span(doc[4]).text == "The Ledger 's farm desk"
    assert subtree_span(doc[3]).text == "farm"
    assert subtree_span(doc[5]).text == "The Ledger 's farm desk said"
