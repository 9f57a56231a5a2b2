"""A "who" clause hung on a noun naming no person inside a subject's description is the subject's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated import subject_clauses
from quotegraph.nlp.resolve.stated.subject_clauses import who_clauses_inside

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # hung on a body's noun ("bureau") inside the description: the speaker's
        ("Bae Eun-ji, director general of the ministry's exam policy bureau, who sat beside Kim at the briefing, said "
         "the leak was traced.", "sat"),
        # hung on a place inside the description: the speaker's
        ("Dr Mira Dahl, senior specialist at the clinic, who was seated beside the coach, said the food was bad.",
         "seated"),
        # hung on a body's name inside the description: the speaker's
        ("Howard Rubel, a senior analyst at Jefferies, who notes that costs fell, said the food was bad.", "notes"),
        # "which" names no person: the clinic's own
        ("Dr Mira Dahl, senior specialist at the clinic, which was seated beside the coach, said the food was bad.",
         None),
        # hung on a noun for another person: that person's
        ("Tom Reed, a lawyer for the parents of the boy, who sat beside the mayor, said the food was bad.", None),
        # hung on a noun coordinated with the subject: not the subject's description
        ("Victims of domestic violence and unaccompanied minors who came to the U.S. said the food was bad.", None),
        # on the subject itself: its readers take it already
        ("Mira Dahl, who sat beside the coach, said the food was bad.", None),
    ],
)  # fmt: skip
def test_a_who_clause_inside_the_subject_s_description(nlp: Language, sentence: str, clause: str | None) -> None:
    doc = nlp(sentence)
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "said")
    assert [c.text for c in who_clauses_inside(subject)] == ([] if clause is None else [clause])


def test_the_flag_off_reads_none(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subject_clauses, "WHO_CLAUSES_INSIDE", False)
    doc = nlp("Dr Mira Dahl, senior specialist at the clinic, who was seated beside the coach, said the food was bad.")
    assert who_clauses_inside(next(t for t in doc if t.text == "Dahl")) == []
