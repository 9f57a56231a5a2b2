from __future__ import annotations

import gc
import weakref

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import (
    NO_TOKEN,
    ParseIndex,
    Word,
    children_of,
    document_tree,
    document_words,
    has_possessor,
    indexed_span_roots,
    labelled_ancestor,
    lefts_of,
    rights_of,
    root_of,
)

pytestmark = pytest.mark.slow

TEXT = (
    "The mayor said on Friday that the council, which met late, told her that it would vote. "
    "“We will not wait,” she added, and the aides who stood by her said nothing. "
    "He said that she told them that he said that they knew."
)


def _first_spanning_child(doc_token: Token, position: int) -> int:
    for child in doc_token.children:
        if child.left_edge.i <= position <= child.right_edge.i:
            return int(child.i)
    return NO_TOKEN


def test_ancestry_children_and_sentences_agree_with_spacy(nlp: Language) -> None:
    doc = nlp(TEXT)
    parse = ParseIndex(doc)
    for a in doc:
        assert parse.sentence(a.i) == a.sent
        for b in doc:
            assert parse.above(a.i, b.i) == a.is_ancestor(b), (a, b)
            assert parse.spanning_child(a.i, b.i) == _first_spanning_child(a, b.i), (a, b)
    assert parse.text == doc.text


def test_a_spanning_child_can_be_skipped(nlp: Language) -> None:
    doc = nlp("The mayor said that the vote would wait.")
    parse = ParseIndex(doc)
    said = next(t for t in doc if t.text == "said")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    inside = clause.right_edge.i
    assert parse.spanning_child(said.i, inside) == clause.i
    assert parse.spanning_child(said.i, inside, skip=clause.i) == NO_TOKEN


def test_children_lefts_and_rights_agree_with_spacy(nlp: Language) -> None:
    doc = nlp(TEXT)
    for token in doc:
        assert children_of(token) == list(token.children), token
        assert lefts_of(token) == list(token.lefts), token
        assert rights_of(token) == list(token.rights), token


def test_children_of_a_non_projective_tree_agree_with_spacy(nlp: Language) -> None:
    words = ["She", "saw", "a", "man", "yesterday", "who", "left"]
    heads = [1, 1, 3, 1, 1, 6, 3]  # "who left" hangs on "man" across "yesterday", a crossing arc
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=["dep"] * len(words))
    for token in doc:
        assert children_of(token) == list(token.children), token
        assert lefts_of(token) == list(token.lefts), token
        assert rights_of(token) == list(token.rights), token


def test_a_noun_has_a_possessor_only_when_one_of_its_children_is_marked_poss(nlp: Language) -> None:
    words = ["Her", "letter", "and", "the", "memo", "of", "Ana"]
    heads = [1, 1, 1, 4, 1, 4, 5]
    deps = ["poss", "ROOT", "cc", "det", "conj", "prep", "pobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert has_possessor(doc[1])
    assert not has_possessor(doc[4])  # "of Ana" is no possessor by the parse
    assert not has_possessor(doc[0])


def test_a_subtree_holds_exactly_spacy_s_subtree(nlp: Language) -> None:
    """``DocumentTree.holds`` answers as membership in ``Token.subtree`` does, on a parse and on a crossing arc."""
    words = ["She", "saw", "a", "man", "yesterday", "who", "left"]
    heads = [1, 1, 3, 1, 1, 6, 3]  # "who left" hangs on "man" across "yesterday"
    crossing = Doc(nlp.vocab, words=words, heads=heads, deps=["dep"] * len(words))
    for doc in (nlp(TEXT), crossing):
        tree = document_tree(doc)
        for upper in doc:
            below = {t.i for t in upper.subtree}
            assert {t.i for t in doc if tree.holds(upper.i, t.i)} == below, upper


def test_a_document_s_tree_is_built_once_and_shared_with_its_parse_index(nlp: Language) -> None:
    doc = nlp("The aide said the plan works and said it was cheap.")
    tree = document_tree(doc)
    assert document_tree(doc) is tree
    parse = ParseIndex(doc)
    assert parse.children is tree.children and parse.subjects is tree.subjects


def test_a_document_s_words_agree_with_spacy(nlp: Language) -> None:
    doc = nlp(TEXT + " The Competition and Markets Board (CMB) said Dr. Ana Ilić, 47, was right.")
    words = document_words(doc)
    assert words.text == [t.text for t in doc]
    assert words.lower == [t.lower_ for t in doc]
    assert words.tag == [t.tag_ for t in doc]
    assert words.dep == [t.dep_ for t in doc]
    assert words.ent == [t.ent_type_ for t in doc]
    assert words.lemma == [t.lemma_.lower() for t in doc]
    assert any(words.ent) and "" in words.ent  # the tagger's names and the words outside them
    assert ParseIndex(doc).words == [Word(t.lower_, t.lemma_.lower(), t.tag_, t.dep_, t.ent_type_) for t in doc]


def test_a_document_s_coarse_tags_agree_with_spacy(nlp: Language) -> None:
    """The cue tagger's features read each word's coarse tag and its head's from the document's words."""
    doc = nlp(TEXT)
    pos = document_words(doc).pos
    assert pos == [t.pos_ for t in doc]
    assert {"VERB", "NOUN", "PRON", "PUNCT"} <= set(pos)


def test_a_document_s_words_are_read_once_and_kept_with_its_tree(nlp: Language) -> None:
    doc, other = nlp("The aide said the plan works."), nlp("The aide said the plan failed.")
    words = document_words(doc)
    assert document_words(doc) is words
    assert document_tree(doc).words(doc) is words
    assert document_words(other) is not words and document_words(other).text[-2] == "failed"


def test_a_document_s_tree_goes_with_the_document(nlp: Language) -> None:
    doc = nlp("The aide said the plan works.")
    tree, alive = document_tree(doc), weakref.ref(doc)
    children_of(doc[2])
    document_words(doc)
    del doc
    gc.collect()
    assert alive() is None  # the tree keeps indices, never the document or its tokens
    assert all(kept is not tree for kept in document_tree.values())


def test_the_root_of_every_span_agrees_with_spacy(nlp: Language) -> None:
    # spans across sentences, spans of a punctuation mark or a line break alone, and spans with no sentence root
    doc = nlp(TEXT + "\n\n“Now,” she said — and left.")
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 12) + 1):
            assert root_of(doc[start:end]) == doc[start:end].root, (start, end)
    # asked again, from the answers kept: still spaCy's
    assert all(root_of(doc[s:e]) == doc[s:e].root for s, e in list(document_tree(doc).span_roots))


def test_a_span_s_root_is_found_once_a_document(nlp: Language) -> None:
    doc = nlp(TEXT)
    span = doc[2:6]
    assert (2, 6) not in document_tree(doc).span_roots
    first = root_of(span)
    document_tree(doc).span_roots[(2, 6)] = 0  # what is kept is what is answered: no second search
    assert first.i != 0 and root_of(doc[2:6]).i == 0


def test_the_root_of_every_span_of_a_long_chain_of_sayings_agrees_with_spacy(nlp: Language) -> None:
    # each "said" hangs on the one before: the tree is as deep as the chain is long
    doc = nlp("said the plan works and " * 30)  # the adversarial bench's shape
    assert max(len(list(t.ancestors)) for t in doc) > 30
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 8) + 1):
            assert root_of(doc[start:end]) == doc[start:end].root, (start, end)


def test_span_root_is_read_from_the_index_inside_the_block_and_from_spacy_after_it(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert "root" not in doc.user_span_hooks  # the component hands the document back as spaCy made it
    spacy_root = doc[2:6].root.i
    root_of(doc[2:6])
    document_tree(doc).span_roots[(2, 6)] = 0  # what the index keeps is what the block answers
    assert spacy_root != 0
    with indexed_span_roots(doc):
        assert doc[2:6].root.i == 0
    assert doc[2:6].root.i == spacy_root


def test_indexed_span_roots_gives_back_a_root_hook_the_caller_had(nlp: Language) -> None:
    doc = nlp(TEXT)

    def first_word(span: Span) -> Token:
        return span[0]

    doc.user_span_hooks["root"] = first_word
    with indexed_span_roots(doc):
        assert doc.user_span_hooks["root"] is root_of
    assert doc.user_span_hooks["root"] is first_word


@pytest.mark.parametrize("label", ["relcl", "ccomp", "conj", "ROOT"])
def test_the_nearest_ancestor_with_a_label_agrees_with_spacy(nlp: Language, label: str) -> None:
    # relative clauses on a subject and inside a reported clause, a chain of conjoined sayings, three sentences
    doc = nlp(TEXT + " The aide, who knew him, said it and said it again and said it once more.")
    assert any(t.dep_ == label for t in doc)  # each label occurs, so the test can fail
    for token in doc:
        walked = next((a for a in token.ancestors if a.dep_ == label), None)
        assert labelled_ancestor(token, label) == walked, (token, label)


def test_the_tree_s_heads_and_ranks_agree_with_spacy(nlp: Language) -> None:
    # heads before and after their words, sentence roots, spaces and punctuation with and without children
    doc = nlp(TEXT + "\n\n“Now,” she said — and left.  (Or did she?)")
    tree = document_tree(doc)
    assert tree.head == [token.head.i for token in doc]
    lowest = len(doc) - 1
    steps = [sum(1 for _ in token.ancestors) for token in doc]
    spaced = [(t.is_space or t.is_punct) and not list(t.children) for t in doc]
    assert any(spaced) and not all(spaced)  # both kinds occur, so the test can fail
    assert tree.rank(doc) == [lowest if low else up for low, up in zip(spaced, steps, strict=True)]
