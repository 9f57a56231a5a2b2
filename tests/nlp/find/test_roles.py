from __future__ import annotations

from spacy.language import Language

from .conftest import said_pieces


def test_a_reported_clause_opened_by_a_that_the_parser_made_an_object_runs_whole(nlp: Language) -> None:
    text = (
        "Teixeira told the jury at Hollins County Court that Dr. Paul Kessler entered notes into the chart about "
        "three hours after the patient died."
    )
    doc = nlp(text)
    that = next(t for t in doc if t.text == "that")
    assert (that.dep_, that.head.text, that.head.dep_) == ("dobj", "entered", "ccomp")  # the parse this rule is for
    assert said_pieces(nlp, text) == [
        ("told", "that Dr. Paul Kessler entered notes into the chart about three hours after the patient died")
    ]
    # a relative "that" before the cue is the relative pronoun it seems: the content stays the clause after the cue
    assert said_pieces(nlp, "He doubted the emails that Comey said they found on her system.") == [
        ("said", "they found on her system")
    ]
