from __future__ import annotations

import random

import spacy

from quotegraph.nlp.find.lines import Lines, document_lines


def test_bounds_agree_with_find_and_rfind() -> None:
    rng = random.Random(7)
    for _ in range(50):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 40)))
        lines = Lines(text)
        for at in range(len(text) + 1):
            end = text.find("\n", at)
            assert lines.start(at) == text.rfind("\n", 0, at) + 1
            assert lines.end(at) == (len(text) if end < 0 else end)
            for stop in range(at, len(text) + 1):
                assert lines.next_break(at, stop) == text.find("\n", at, stop)
                assert lines.crosses(at, stop) == ("\n" in text[at:stop])


def test_a_document_lists_its_line_breaks_once() -> None:
    nlp = spacy.blank("en")
    doc = nlp("She said it.\nHe did not.")
    lines = document_lines(doc)
    assert lines.breaks == [12]
    assert document_lines(doc) is lines  # the finding and resolving stages share one reading
    other = nlp(doc.text)
    assert document_lines(other).breaks == [12] and document_lines(other) is not lines
