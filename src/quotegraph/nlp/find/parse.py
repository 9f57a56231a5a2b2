"""Sentences and dependency trees of a document, read in constant or logarithmic time per question.

The role tagger asks, for every token of every cue's window, how the token hangs from the cue: whether
one lies below the other, and which child of the cue (or of its head) spans it. Walking
``token.ancestors`` costs the depth of the tree, and scanning ``token.children`` the number of
children; a sentence of nested reports ("he said that she told them that ...") is as deep as it is
long, and a run-on list as wide, so those walks made feature extraction quadratic or worse in the
length of such a sentence. Here one depth-first walk per document numbers each token on entry and
exit (a token lies below another exactly when its numbers nest inside the other's), and the children
of a token are kept sorted, so the child whose edges span a position is found by bisection.
``token.sent`` walks back to its sentence's start, as long a walk as the sentence: the sentence of
each token is numbered here once.

The resolving stage reads a token's children through ``children_of``, ``lefts_of`` and ``rights_of``:
spaCy's ``Token.children`` (and ``lefts``, ``rights``) scan every token between the token's subtree edges,
as long a scan as the sentence for a verb high in a deep tree, so a rule reading a cue's children once a
cue made a long sentence of nested reports cost the square of its length. ``root_of`` is ``Span.root``, which
counts each word's steps up to the sentence's root: as many as the tree is deep. The rules read ``span.root`` in
over a hundred places, so while the quotegraph component runs, ``indexed_span_roots`` has spaCy answer every one of them
through ``root_of``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from typing import NamedTuple, cast

import numpy
from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.memo import document_text, per_document

__all__ = [
    "NO_TOKEN",
    "DocumentTree",
    "DocumentWords",
    "ParseIndex",
    "Word",
    "children_of",
    "document_tree",
    "document_words",
    "has_possessor",
    "indexed_span_roots",
    "labelled_ancestor",
    "lefts_of",
    "rights_of",
    "root_of",
]

NO_TOKEN = -1


class Word(NamedTuple):
    """A token's attributes as the taggers' features read them (spaCy builds each string anew per access). A named
    tuple, not a frozen dataclass, whose ``__init__`` sets each field through ``object.__setattr__``: one is built for
    every word of every document (the first 30 articles of PolNeAR train: 0.019 s against 0.028 s)."""

    lower: str
    lemma: str  # lower case
    tag: str
    dep: str
    ent: str


class DocumentWords:
    """The strings of every token of one document that the rules read most, each read from spaCy once. spaCy builds
    a new Python string on every read of ``token.text``, ``lower_``, ``tag_``, ``dep_``, ``ent_type_`` or ``lemma_``,
    and a new Token for every step of ``for token in doc``; the mention finders walk every token of a document a dozen
    times to pick out the few words their form opens on ("(", an honorific, a forename, an appositive). Each column is
    a list indexed by token, as ``doc[i]`` is."""

    __slots__ = ("dep", "ent", "lemma", "lower", "pos", "tag", "text")

    def __init__(self, doc: Doc) -> None:
        tokens = list(doc)
        self.text = [t.text for t in tokens]
        self.lower = [t.lower_ for t in tokens]
        self.tag = [t.tag_ for t in tokens]
        self.pos = [t.pos_ for t in tokens]  # the coarse tag, as the cue tagger reads a word and its head
        self.dep = [t.dep_ for t in tokens]
        self.ent = [t.ent_type_ for t in tokens]  # "" outside the tagger's names
        self.lemma = [t.lemma_.lower() for t in tokens]  # lower case, as the taggers' features read it


class DocumentTree:
    """The children of every token of one document (indices, in text order), and the answers the finding
    stage keeps per document."""

    def __init__(self, doc: Doc) -> None:
        # read from spaCy's array of head offsets: ``token.head.i`` builds two Tokens a word (speedup4, PolNeAR train
        # 0-59: 0.0104 s -> 0.0014 s; the heads are the same, ``test_parse``)
        offsets = doc.to_array(HEAD).astype("int64")  # spaCy keeps each offset as unsigned 64 bits
        self.head: list[int] = (offsets + numpy.arange(len(offsets))).tolist()
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)  # tokens come in order, so each list is sorted
        self._rank: list[int] | None = None
        # The subject each verb's walk up a chain of shared subjects ends with (``roles``): every verb the walk
        # passes gives the same answer, so a coordination of N cues with no source of their own ("The aide said ...
        # and said ... and said ...") is walked once, not N times over a chain up to N long.
        self.subjects: dict[int, tuple[CharSpan, ...]] = {}
        self._labelled_above: dict[str, list[int]] = {}  # ``labelled_above``'s answers, by label
        # ``root_of``'s answers by (start, end): the carrier asks the head of the same few channel phrases for every
        # statement it weighs them against (about 50 each), half a million asks on a 100 KB text of "and said"
        self.span_roots: dict[tuple[int, int], int] = {}
        self._words: DocumentWords | None = None
        self._tour: tuple[list[int], list[int]] | None = None  # entry and exit numbers of a walk of the tree

    def holds(self, upper: int, lower: int) -> bool:
        """Whether token ``lower`` is in the subtree of token ``upper`` (itself included), in constant time: a test
        over ``Token.subtree`` for each word of a chain of nested reports was quadratic in the chain's length."""
        enter, leave = self.tour()
        return enter[upper] <= enter[lower] and leave[lower] <= leave[upper]

    def tour(self) -> tuple[list[int], list[int]]:
        """The entry and exit numbers of every token in a depth-first walk of the tree, walked once."""
        if self._tour is None:
            self._tour = self._walk()
        return self._tour

    def _walk(self) -> tuple[list[int], list[int]]:
        size = len(self.head)
        enter, leave = [0] * size, [0] * size
        clock = 0
        for root in (i for i, head in enumerate(self.head) if head == i):
            stack = [(root, False)]
            while stack:
                node, done = stack.pop()
                if done:
                    leave[node] = clock
                else:
                    enter[node] = clock
                    stack.append((node, True))
                    stack.extend((child, False) for child in reversed(self.children[node]))
                clock += 1
        return enter, leave

    def rank(self, doc: Doc) -> list[int]:
        """How high each token stands as ``Span.root`` weighs it: its steps up to its sentence's root, except that a
        space or punctuation mark with no children ranks below every word (spaCy's ``_count_words_to_root``)."""
        if self._rank is None:
            depth = _down_the_tree(self.head, 0, lambda _head, above: above + 1)
            lowest = len(doc) - 1
            # whether each token is a space or a punctuation mark, read from an array without building the token
            # (speedup4, PolNeAR train 0-59: 0.0067 s -> 0.0046 s)
            marks = cast("list[bool]", doc.to_array([IS_SPACE, IS_PUNCT]).any(axis=1).tolist())
            self._rank = [
                lowest if mark and not kids else steps
                for mark, kids, steps in zip(marks, self.children, depth, strict=True)
            ]
        return self._rank

    def words(self, doc: Doc) -> DocumentWords:
        """The strings of every token (``DocumentWords``), read on the first call."""
        if self._words is None:
            self._words = DocumentWords(doc)
        return self._words

    def labelled_above(self, doc: Doc, label: str) -> list[int]:
        """Each token's nearest strict ancestor whose dependency label is ``label`` (``NO_TOKEN`` when none), found for
        every token of the document at once: a walk up ``token.ancestors`` from each word of a long chain ("said ...
        and said ... and said ...") costs the chain's length each time."""
        nearest = self._labelled_above.get(label)
        if nearest is None:
            labels = self.words(doc).dep
            nearest = _down_the_tree(self.head, NO_TOKEN, lambda head, above: head if labels[head] == label else above)
            self._labelled_above[label] = nearest
        return nearest


def _down_the_tree(head: list[int], at_root: int, step: Callable[[int, int], int]) -> list[int]:
    """A value for every token worked out from its head's: ``at_root`` for a sentence's root, ``step(head, value of
    the head)`` below it. Each token's path up is walked only as far as a token already worked out, so a whole
    document costs one pass, however long its chains."""
    value = [at_root] * len(head)
    known = [False] * len(head)
    for i in range(len(head)):
        path, top = [], i
        while not known[top] and head[top] != top:
            path.append(top)
            top = head[top]
        known[top] = True  # a root keeps ``at_root``; any other ``top`` was worked out before
        for below in reversed(path):  # each one's head is ``top`` or a token just worked out
            value[below] = step(head[below], value[head[below]])
            known[below] = True
    return value


# Each document's tree, built once: the finding stage and the resolving stage's rules read it. Kept per document
# (``memo.per_document``), so a document's tree goes with it (the tree holds indices, never the document or its tokens).
@per_document
def document_tree(doc: Doc) -> DocumentTree:
    """The tree of ``doc``, built on the first call for that document."""
    return DocumentTree(doc)


def document_words(doc: Doc) -> DocumentWords:
    """The strings of every token of ``doc``, read once per document and kept with its tree."""
    return document_tree(doc).words(doc)


def children_of(token: Token) -> list[Token]:
    """``token.children`` (its syntactic children in text order) without scanning its subtree."""
    doc = token.doc
    return [doc[i] for i in document_tree(doc).children[token.i]]


def has_possessor(token: Token) -> bool:
    """Whether ``token``'s noun has a possessor ("his remarks", "Mr. Manafort's comments", "its letter")."""
    return any(child.dep_ == "poss" for child in children_of(token))


def lefts_of(token: Token) -> list[Token]:
    """``token.lefts``: the children before the token, in text order."""
    doc = token.doc
    kids = document_tree(doc).children[token.i]
    return [doc[i] for i in kids[: bisect_left(kids, token.i)]]


def rights_of(token: Token) -> list[Token]:
    """``token.rights``: the children after the token, in text order."""
    doc = token.doc
    kids = document_tree(doc).children[token.i]
    return [doc[i] for i in kids[bisect_left(kids, token.i) :]]


def labelled_ancestor(token: Token, label: str) -> Token | None:
    """The nearest ancestor of ``token`` whose dependency label is ``label`` (the first of ``token.ancestors`` with
    that label), without walking each word up to its sentence's root."""
    doc = token.doc
    found = document_tree(doc).labelled_above(doc, label)[token.i]
    return None if found == NO_TOKEN else doc[found]


def root_of(span: Span) -> Token:
    """``span.root`` (a sentence root in the span, else the word highest in the tree whose head lies outside the span,
    the first of equals) without walking each word up to its sentence's root."""
    doc = span.doc
    tree = document_tree(doc)
    key = (span.start, span.end)
    found = tree.span_roots.get(key)
    if found is None:
        found = tree.span_roots[key] = _root_index(tree, doc, span.start, span.end)
    return doc[found]


_ROOT_HOOK = "root"  # the name under which ``Span.root`` looks for a hook in ``Doc.user_span_hooks``


@contextmanager
def indexed_span_roots(doc: Doc) -> Iterator[Doc]:
    """``doc`` with ``Span.root`` answered by ``root_of`` (the same token, from the document's index) while the block
    runs, and spaCy's own ``Span.root`` again after it, so the document handed back to the caller is as spaCy made it.

    The resolving stage reads ``span.root`` of each statement's source, channel and time phrases several times a
    statement, and spaCy walks each word of the span up to its sentence's root, as far as the tree is deep: in a
    sentence of verbs of saying joined by "and" each verb hangs on the one before, so every read cost the length of
    the chain. Measured by speedup3 (CPU of the component alone, one process): that shape of the adversarial bench at
    30,000 and 100,000 characters 98.5 and 128.9 us a character (growing with the sentence), 75.6 and 84.5 through
    the index; nested reports 81.3 and 87.8, 72.9 and 82.9; PolNeAR train 0-59 5.03 s, 4.80 s. Every output the
    same: train 0-59 and 61-84 full eval and the news pages byte-identical."""
    hooks = doc.user_span_hooks
    before = hooks.get(_ROOT_HOOK)
    hooks[_ROOT_HOOK] = root_of
    try:
        yield doc
    finally:
        if before is None:
            del hooks[_ROOT_HOOK]
        else:
            hooks[_ROOT_HOOK] = before


def _root_index(tree: DocumentTree, doc: Doc, start: int, end: int) -> int:
    roots = (i for i in range(start, end) if tree.head[i] == i)
    if (found := next(roots, NO_TOKEN)) != NO_TOKEN:
        return found
    rank = tree.rank(doc)
    best, found = len(doc), NO_TOKEN
    for i in range(start, end):
        if not start <= tree.head[i] < end and rank[i] < best:
            best, found = rank[i], i
    return start if found == NO_TOKEN else found


class ParseIndex:
    """Sentence, entry and exit numbers, children and subtree edges of every token of ``doc``."""

    def __init__(self, doc: Doc) -> None:
        size = len(doc)
        self.doc = doc
        self.text = document_text(doc)  # spaCy joins every token anew on each ``doc.text``
        self.sentences = [(s.start, s.end) for s in doc.sents]
        self.sentence_of = [0] * size
        for number, (start, end) in enumerate(self.sentences):
            self.sentence_of[start:end] = [number] * (end - start)
        strings = document_words(doc)
        self.words = list(map(Word, strings.lower, strings.lemma, strings.tag, strings.dep, strings.ent))
        tree = document_tree(doc)
        self.head = tree.head
        self.children = tree.children
        self.subjects = tree.subjects
        self.left = [token.left_edge.i for token in doc]
        self.right = [token.right_edge.i for token in doc]
        # Where the children's edge ranges follow one another without overlap (all but a few
        # non-projective parses), the first child spanning a position is the only one, found by bisection.
        self._disjoint = [all(self.right[a] < self.left[b] for a, b in pairwise(c)) for c in self.children]
        self._child_lefts = [[self.left[c] for c in kids] for kids in self.children]
        self._enter, self._exit = tree.tour()

    def sentence(self, i: int) -> Span:
        """The sentence of token ``i`` (``doc[i].sent`` without the walk)."""
        start, end = self.sentences[self.sentence_of[i]]
        return self.doc[start:end]

    def above(self, upper: int, lower: int) -> bool:
        """Whether token ``upper`` is a strict ancestor of token ``lower`` (indices into the doc)."""
        if upper == lower or self._enter[upper] == NO_TOKEN or self._enter[lower] == NO_TOKEN:
            return False
        return self._enter[upper] < self._enter[lower] and self._exit[lower] < self._exit[upper]

    def spanning_child(self, head: int, position: int, skip: int = NO_TOKEN) -> int:
        """The first child of ``head`` (other than ``skip``) whose subtree edges span ``position``, or -1."""
        kids = self.children[head]
        if not self._disjoint[head]:
            return next((c for c in kids if c != skip and self.left[c] <= position <= self.right[c]), NO_TOKEN)
        at = bisect_right(self._child_lefts[head], position) - 1
        if at < 0 or kids[at] == skip or self.right[kids[at]] < position:
            return NO_TOKEN
        return kids[at]
