from __future__ import annotations

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.paragraphs import ParagraphIndex

TEXT = "First paragraph here.\nSecond one, with a quote.\nThird and last."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_a_candidate_is_near_the_paragraphs_of_all_its_spans() -> None:
    first = Candidate([_span("First")])
    across = Candidate([_span("quote")], cue=[_span("Third")])
    index = ParagraphIndex(TEXT, [first, across])
    assert index.near(_span("paragraph")) == [first]
    assert index.near(_span("Second")) == [across]
    assert index.near(_span("last")) == [across]
    assert index.near((TEXT.index("here"), TEXT.index("one"))) == [first, across]


def test_a_candidate_whose_spans_grew_is_found_in_its_new_paragraphs_once() -> None:
    grown = Candidate([_span("First")])
    index = ParagraphIndex(TEXT, [grown])
    grown.content = [(_span("First")[0], _span("with")[1])]
    index.add(grown)
    assert index.near(_span("Second")) == [grown]
    assert index.near((0, len(TEXT))) == [grown]


def test_a_candidate_without_spans_is_near_everything() -> None:
    spanless = Candidate([])
    assert ParagraphIndex(TEXT, [spanless]).near(_span("last")) == [spanless]
