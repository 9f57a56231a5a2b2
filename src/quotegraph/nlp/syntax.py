"""Dependency labels, bounds and word patterns the finding and resolving rules share, so one reading of the parse
and of the text is spelled once."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of

__all__ = [
    "DEMONSTRATIVES",
    "INDEFINITE",
    "MAX_PHRASE_DEPTH",
    "NOMINAL_SUBJECTS",
    "PLACE_ENTITIES",
    "VERB_POS",
    "WORD",
    "WORD_CHARACTER",
    "holds_a_verb",
    "nominal_subjects",
    "subtree_span",
]

# A clause's noun-phrase subject, active ("Smith said") or passive ("Smith was told"); clausal subjects and
# expletives are not who speaks or is spoken of.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A noun phrase's right-hand modifiers are followed this many dependency levels down at most (a description's "a
# spokesman for X", a channel's "an interview with CNN"): deeper is a clause the parser hung on it, and the walk
# stays bounded on run-on text.
MAX_PHRASE_DEPTH = 4
# The entity labels of a place: a country or city, a region, a building ("NEW YORK (AP)", "from Port Alder").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# A word of the text, as the rules count and list words ("at least three words", "the words before the colon").
WORD = re.compile(r"\w+")
# One character of a word: enough to say whether any word stands in a stretch of text, and the unit a content's
# quoted share is counted in.
WORD_CHARACTER = re.compile(r"\w")
# The parts of speech of a verb, main or auxiliary ("could draw", "is"): a clause holds one, a name or a label none.
VERB_POS = frozenset({"VERB", "AUX"})
# The determiners that point back to something just said or described ("That nurse, Angela Ruiz,", "That's according
# to early results").
DEMONSTRATIVES = frozenset({"that", "this"})
# The articles that introduce someone or something not met yet ("a nurse", "an analyst").
INDEFINITE = frozenset({"a", "an"})


def nominal_subjects(verb: Token) -> list[Token]:
    """The verb's noun-phrase subjects, in text order."""
    return [child for child in children_of(verb) if child.dep_ in NOMINAL_SUBJECTS]


def holds_a_verb(tokens: Iterable[Token]) -> bool:
    """Whether a verb stands among ``tokens``: a clause ("Clinton email scandal disqualifies her"), not a name or a
    label ("Former AG Mukasey at RNC")."""
    return any(t.pos_ in VERB_POS for t in tokens)


def subtree_span(token: Token) -> Span:
    """Every word ``token`` heads, as one span ("The Ledger's farm desk", "Deputy Minister Sergei Ryabkov"): from its
    subtree's first word to its last."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]
