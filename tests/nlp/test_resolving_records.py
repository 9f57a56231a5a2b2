"""Where a statement stands in the text, by which the resolving stage reads statements in text order."""

from __future__ import annotations

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.resolving_records import stands_at


def test_a_statement_stands_at_its_cue_or_else_at_its_content() -> None:
    # "“We will win,” she said on Monday.": the content comes first, the statement stands where it is said
    said = Candidate(content=[(1, 13)], cue=[(19, 23)], source=[(15, 18)])
    assert stands_at(said) == 19
    assert stands_at(Candidate(content=[(1, 13)], cue=[], source=[])) == 1  # a cue-less quote paragraph
