"""Quotes, shingles, MinHash band keys, verification and word diffs: the units statements rest on."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash

from quotegraph.graph.matching import (
    BANDS,
    MINHASH_SCHEME,
    MINHASH_SEED,
    NUM_PERM,
    band_keys,
    form_keys,
    jaccard,
    same_statement,
    shingles,
    signatures,
    speaker_keys,
    speaker_relation,
)
from quotegraph.graph.quotes import form_digest, normalized_words, quote_text
from quotegraph.graph.variants import word_diff

QUOTE = "We are going to build a wall and Mexico is going to pay for it, believe me."


def words(text: str) -> tuple[str, ...]:
    return normalized_words(text)


def test_quote_text_of_each_kind() -> None:
    assert quote_text("direct", "“We will win.”") == "We will win."
    assert quote_text("indirect", "that they would win") is None
    mixed = 'that the plan was "a total disaster" and "it will never work"'
    assert quote_text("mixed", mixed) == "a total disaster … it will never work"
    assert quote_text("mixed", "that the plan was bad") is None
    assert quote_text("mixed", "that it was “unfair to everyone") == "unfair to everyone"  # unclosed at the end


def test_normalized_words_fold_case_accents_and_punctuation() -> None:
    assert words("Don’t — CALL me… Gascón!") == ("don't", "call", "me", "gascon")
    decomposed = "Cafe\u0301 ‘naïve’ can`t isnʼt don‘t ½ ﬁne Привет"  # an accent as its own mark, a ligature
    assert words(decomposed) == ("cafe", "naive", "can't", "isn't", "don't", "1", "2", "fine", "привет")
    assert form_digest(words("We will win.")) == form_digest(words("we will WIN"))
    assert form_digest(words("We will win.")) != form_digest(words("We will lose."))


def test_accents_fold_however_they_are_written() -> None:
    composed, decomposed = "Gascón à Ñandú", "Gasco\u0301n a\u0300 N\u0303andu\u0301"
    assert words(composed) == words(decomposed) == ("gascon", "a", "nandu")
    assert words("東京 straße ﬁne") == ("東京", "strasse", "fine")


def test_shingles_and_jaccard() -> None:
    assert shingles(("a", "b", "c")) == {"a b", "b c"}
    assert shingles(("alone",)) == {"alone"}
    assert jaccard(frozenset({"a", "b"}), frozenset({"b", "c"})) == 1 / 3


def test_small_edits_are_the_same_statement() -> None:
    original = words(QUOTE)
    assert same_statement(original, words(QUOTE.replace(",", "").upper()))  # punctuation and case
    assert same_statement(original, words("We are going to build a wall … believe me."))  # an ellipsis
    assert same_statement(original, words("We are going to build a wall and Mexico is going to pay for it"))
    assert same_statement(original, words(QUOTE.replace("build", "construct")))  # a changed word


def test_different_words_and_short_common_phrases_are_not() -> None:
    assert not same_statement(words(QUOTE), words("We are going to cut taxes for the middle class, believe me."))
    # a four-word phrase inside a long quote is no evidence (fragments need six words)
    assert not same_statement(words("boots on the ground"), words("There will be no boots on the ground in Syria."))
    assert same_statement(words("boots on the ground"), words("Boots on the ground!"))


def test_verification_is_symmetric() -> None:
    pairs = [(QUOTE, "We are going to build a wall"), ("a b c d e f g", "x b c d e f g h i")]
    for a, b in pairs:
        assert same_statement(words(a), words(b)) == same_statement(words(b), words(a))


def test_band_keys_equal_for_equal_forms_and_mostly_apart_for_different_ones() -> None:
    forms = [words(QUOTE), words(QUOTE.upper()), words("Completely different words spoken on another day entirely.")]
    keys = band_keys(signatures(forms))
    assert keys.shape == (3, BANDS) and keys.dtype == np.int64
    assert (keys[0] == keys[1]).all()
    assert not set(keys[0].tolist()) & set(keys[2].tolist())


def test_signatures_are_datasketch_minhashes() -> None:
    """The vectorised signatures hold the values datasketch's MinHash gives each form, so stored
    band keys stay valid; one form longer than a chunk of shingles, and repeated shingles too."""
    forms = [words(QUOTE), ("alone",), words("Gascón said “ça va” twice: ça va"), tuple(f"w{i}" for i in range(20_000))]
    expected = [MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME) for _ in forms]
    for sketch, form in zip(expected, forms, strict=True):
        sketch.update_batch([s.encode() for s in shingles(form)])
    assert (signatures(forms) == np.stack([m.hashvalues.astype(np.uint64) for m in expected])).all()
    assert signatures([]).shape == (0, NUM_PERM)


def test_near_duplicates_share_a_band_key() -> None:
    forms = [words(QUOTE), words(QUOTE.replace("build", "construct"))]
    keys = band_keys(signatures(forms))
    assert set(keys[0].tolist()) & set(keys[1].tolist())


def test_word_diff_marks_changed_words_as_printed() -> None:
    assert word_diff("We will build a wall.", "we WILL build a wall") == ""
    assert word_diff("We will build a wall.", "We will construct a wall.") == "We will [-build-] {+construct+} a wall"
    assert word_diff("We will build a big wall.", "We will build a wall") == "We will build a [-big-] wall"
    assert word_diff("We will win.", "We will win today.") == "We will win {+today+}"


HARBOUR = "The ferry will run every hour again, and the harbour lights stay on all night long."


def test_speakers_of_a_pair_from_their_names() -> None:
    assert speaker_relation("maria lindqvist", "maria lindqvist") == "same"
    assert speaker_relation("lindqvist", "maria lindqvist") == "same"  # a surname alone
    assert speaker_relation("maria j lindqvist", "maria lindqvist") == "same"
    assert speaker_relation("erik lindqvist", "maria lindqvist") == "different"
    assert speaker_relation("tomas herrera", "maria lindqvist") == "different"
    assert speaker_relation(None, "maria lindqvist") == "unknown"


def test_one_slogan_from_two_speakers_is_two_statements() -> None:
    slogan = words("Keep the harbour lights burning!")
    assert same_statement(slogan, slogan, "same") and same_statement(slogan, slogan, "unknown")
    assert not same_statement(slogan, slogan, "different")
    # from six words, two named speakers' words can be one statement (a quote credited to the wrong one)
    line = words("Keep the harbour lights burning all winter")
    assert same_statement(line, line, "different")


def test_a_speakers_short_phrase_joins_their_longer_quote() -> None:
    phrase = words("the harbour lights stay on")  # five words
    assert same_statement(phrase, words(HARBOUR), "same")
    assert same_statement(words("stay on all night"), words(HARBOUR), "same")  # four
    assert not same_statement(phrase, words(HARBOUR), "unknown")
    assert not same_statement(phrase, words(HARBOUR), "different")


def test_a_speakers_short_phrase_is_a_candidate_of_their_longer_quote() -> None:
    long_words = words(HARBOUR + " Nobody will sail in the dark this winter, and the quay will be repaired by May.")
    phrase = words("the harbour lights stay on")
    mine, theirs = form_keys([phrase, long_words], ["lindqvist", "maria lindqvist"])
    assert set(mine) & set(theirs)
    assert speaker_keys(phrase, None) == []
    other, _ = form_keys([phrase, long_words], ["tomas herrera", "maria lindqvist"])
    assert not set(other) & set(speaker_keys(long_words, "maria lindqvist"))
