from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.resolve.paragraphs import BlankLineParagraphs, Paragraphs
from quotegraph.nlp.resolve.speakers.clusters import ClusterSet
from quotegraph.nlp.resolve.speakers.coref import Coreference


def test_paragraphs_are_non_empty_lines_whatever_the_blank_lines_between() -> None:
    text = "Storm Warning Issues Across The Coast\n\nBERLIN (AP) — A said it. B said that.\n \n\nC said.\n"
    paragraphs = Paragraphs(text, headline=True)
    assert paragraphs.starts == [0, 39, 80]
    assert [paragraphs.of(text.index(s)) for s in ("Storm", "BERLIN", "B said", "C said")] == [0, 1, 1, 2]
    assert paragraphs.of(text.index(" \n")) == 1  # a blank line is the paragraph's before it
    assert paragraphs.headline


def test_leading_blank_lines_are_the_first_paragraphs() -> None:
    paragraphs = Paragraphs("\n\nLead. Two.\n12:50 p.m.:\nThree.")
    assert paragraphs.of(0) == paragraphs.of(2) == 0
    assert paragraphs.entries == [1]  # the timestamp line opens a live blog's entry
    assert not paragraphs.headline


def test_blank_line_paragraphs_are_blocks_that_a_blank_line_parts() -> None:
    text = "Ferry Strike Ends\nThe union voted on Sunday.\nCrews return at dawn.\n \n\nThe minister welcomed it.\n"
    blocks = BlankLineParagraphs(text)
    assert blocks.starts == [0, text.index("The minister")]
    # the lines a single break parts are one block, where ``Paragraphs`` counts each line
    assert [blocks.of(text.index(s)) for s in ("Ferry", "Crews", "The minister")] == [0, 0, 1]
    lines = Paragraphs(text)
    assert [lines.of(text.index(s)) for s in ("Ferry", "Crews", "The minister")] == [0, 2, 3]


def test_a_text_opening_with_a_blank_line_has_an_empty_first_block() -> None:
    blocks = BlankLineParagraphs("\n\nLead. Two.\n\nThree.")
    assert blocks.starts == [0, 2, 14]
    assert blocks.of(0) == 0 and blocks.of(2) == 1  # the lead is the second block, not the first
    assert Paragraphs("\n\nLead. Two.\n\nThree.").of(2) == 0


def test_coreference_numbers_sentences_by_the_paragraphs_the_scenes_read(nlp: Language) -> None:
    # a blank line parts two paragraphs that are one apart, as for the scenes and the carried occasions
    doc = nlp("Voss spoke first.\n\nShe said it. Harlan agreed.\n \nHe said so.")
    coref = Coreference(doc, doc.text, ClusterSet(), [])
    assert coref.paragraph_of == [0, 1, 1, 2]
    assert coref.paragraphs.starts == [0, 19, 49]
