from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.content_pieces import over_inner_punctuation


def test_the_pieces_of_a_content_join_over_a_comma_or_dash_the_tagger_left_out() -> None:
    text = "The club said it would buy a new, faster boat for the regatta - and a trailer."
    boat, regatta = text.index("it would"), text.index("faster")
    pieces = [(boat, text.index(",")), (regatta, text.index(" -")), (text.index("and a"), len(text) - 1)]
    assert over_inner_punctuation(text, pieces) == [(boat, len(text) - 1)]


def test_a_content_the_tagger_cut_at_the_commas_of_its_clause_is_one_piece(nlp: Language) -> None:
    text = (
        "The league said in a statement Friday that the pitch had passed its checks and that it would hire a third, "
        "independent referee for the remaining matches, starting with the final on Sunday."
    )
    [found] = find_candidates(nlp(text))
    assert [text[s:e] for s, e in found.content] == [text[text.index("that the") : -1]]


def test_pieces_apart_by_a_word_a_quotation_mark_or_a_line_break_stay_apart() -> None:
    text = "“We will row,” she said, “and we will win.”\nIt would, she said\n, go on."
    first, second = (1, text.index(",”")), (text.index("and we"), text.index(".”"))
    assert over_inner_punctuation(text, [first, second]) == [first, second]
    worded = [(text.index("It"), text.index(", she")), (text.index(" she said"), text.index(" she said") + 9)]
    assert over_inner_punctuation(text, worded) == worded
    broken = [(text.index("she said\n"), text.index("\n, go")), (text.index("go on"), len(text))]
    assert over_inner_punctuation(text, broken) == broken
