from __future__ import annotations

import random

import pytest
from spacy.language import Language

from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import document_quote_regions
from quotegraph.nlp.find.spans import (
    MAX_WINDOW_REACH,
    Covered,
    char_mask,
    cue_window,
    cut_before,
    document_quote_mask,
    past_cue_phrase,
    quote_mask,
    words_after_cue,
)


def test_a_token_is_masked_when_half_its_characters_are_covered() -> None:
    doc = Language().make_doc("alpha beta gamma delta")
    # "beta" (6..10) has half its characters covered; a window is masked by its own tokens.
    spans = [(0, 3), (6, 8), (6, 8), (17, 22)]
    assert char_mask(doc, spans) == [True, True, False, True]
    assert char_mask(doc[1:3], [(7, 9)]) == [True, False]
    assert char_mask(doc, []) == [False] * 4


def test_a_document_s_quote_mask_is_its_regions_mask_worked_out_once() -> None:
    doc = Language().make_doc('He said "we will win" and left.')
    mask = document_quote_mask(doc)
    assert list(mask) == quote_mask(doc, document_quote_regions(doc))
    assert [t.text for t, quoted in zip(doc, mask, strict=True) if quoted] == ["we", "will", "win"]
    assert document_quote_mask(doc) is mask
    other = Language().make_doc("He said nothing.")
    assert document_quote_mask(other) == (False,) * len(other)


def test_covered_finds_an_overlapping_span_as_a_scan_would() -> None:
    rng = random.Random(3)
    for _ in range(200):
        spans = [(s, s + rng.randrange(0, 6)) for s in (rng.randrange(0, 30) for _ in range(rng.randrange(0, 6)))]
        covered = Covered(spans)
        for start in range(0, 32):
            for end in range(start, start + 6):
                expected = any(s < end and start < e for s, e in spans)
                assert covered.overlaps((start, end)) == expected, (spans, start, end)


def test_a_cue_window_reaches_a_bounded_number_of_tokens_either_side() -> None:
    doc = Language().make_doc("word " * (3 * MAX_WINDOW_REACH))
    for token in doc:  # one sentence as long as the text
        token.is_sent_start = token.i == 0
    parse = ParseIndex(doc)
    window = cue_window(parse, 2 * MAX_WINDOW_REACH, [])
    assert (window.start, window.end) == (MAX_WINDOW_REACH, 3 * MAX_WINDOW_REACH)
    assert cue_window(parse, 5, []).start == 0


def test_a_cue_window_keeps_within_the_tokens_it_is_given_but_always_holds_its_cue() -> None:
    doc = Language().make_doc("word " * 100)
    for token in doc:
        token.is_sent_start = token.i == 0
    parse = ParseIndex(doc)
    window = cue_window(parse, 50, [], within=(40, 60))
    assert (window.start, window.end) == (40, 60)
    assert (cue_window(parse, 50, [], within=(55, 70)).start, cue_window(parse, 50, []).end) == (50, 100)


def test_a_clause_hung_on_the_reported_clause_but_before_its_that_is_not_the_content(nlp: Language) -> None:
    """ "said after the results came in that ...": the parser hangs the after-clause on the reported verb, but
    nothing before "that" is inside a that-clause, so the content starts at "that"."""
    text = (
        "Political scientist Anita Rao of Harbor State University said after the results came in that Quintero's "
        "win reflected anger over rents."
    )
    doc = nlp(text)
    [cue] = [t for t in doc if t.text == "said"]
    start = text.index("after")
    [(found_start, found_end)] = past_cue_phrase(doc, cue, [(start, len(text) - 1)])
    assert text[found_start:found_end] == "that Quintero's win reflected anger over rents"


@pytest.mark.parametrize(
    ("text", "verb", "opening", "content"),
    [
        # the parser hangs the that-clause on the noun of the cue's phrase: the noun is the saying's, not the content
        ("The race jury said in a communiqué that Julien Morel would be fined 500 Swiss francs.", "said",
         "a communiqué", "that Julien Morel would be fined 500 Swiss francs"),
        # a noun with its own that-complement inside what was said stays in the content
        ("The jury said the news that Morel had been fined surprised nobody.", "said", "the news",
         "the news that Morel had been fined surprised nobody"),
        # what the words answered or dwelt on: after "to", or on a cue that is no verb of saying
        ("Carson responded on Sunday to accusations that he exaggerated his life story.", "responded", "accusations",
         "accusations that he exaggerated his life story"),
        ("The researchers focused on the fact that manufacturers tend to localize in a region.", "focused", "the fact",
         "the fact that manufacturers tend to localize in a region"),
    ],
)  # fmt: skip
def test_a_that_clause_hung_on_the_noun_of_the_cue_s_medium_starts_the_content(
    nlp: Language, text: str, verb: str, opening: str, content: str
) -> None:
    doc = nlp(text)
    [cue] = [t for t in doc if t.text == verb]
    start = text.index(opening)
    [(found_start, found_end)] = past_cue_phrase(doc, cue, [(start, len(text) - 1)])
    assert text[found_start:found_end] == content


def test_words_after_cue_are_the_content_words_after_the_cue(nlp: Language) -> None:
    doc = nlp("The mayor said the road would reopen, and the bridge too.")
    said = doc[2]
    content = [(doc[3].idx, doc[7].idx)]  # "the road would reopen"
    assert [t.text for t in words_after_cue(said, content)] == ["the", "road", "would", "reopen"]
    assert words_after_cue(said, []) == []


def test_cut_before_ends_the_content_at_the_word_before_the_comma(nlp: Language) -> None:
    doc = nlp("The mayor said the road would reopen, and the bridge too.")
    content = [(doc[3].idx, len(doc.text) - 1)]
    comma = doc[7]
    assert [doc.text[s:e] for s, e in cut_before(comma, content)] == ["the road would reopen"]
    assert cut_before(doc[3], [(doc[4].idx, doc[6].idx)]) == []  # nothing of the content before "the"
