"""The spaCy factory registry: every quotegraph component is registered here, once."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.resolving import resolve

__all__ = [
    "PARAGRAPH_BREAKS",
    "SENTENCE_RUNS_ON",
    "QuotegraphComponent",
    "make_quotegraph",
    "paragraph_breaks",
    "sentence_runs_on",
]

PARAGRAPH_BREAKS = "quotegraph_paragraph_breaks"
SENTENCE_RUNS_ON = "quotegraph_sentence_runs_on"
_POSSESSIVES = frozenset({"'s", "’s"})


class QuotegraphComponent:
    """Finds attributions and resolves their speakers; sets ``doc._.attributions`` and ``doc._.entities``."""

    def __call__(self, doc: Doc) -> Doc:
        candidates = find_candidates(doc)
        doc._.qg_candidates = candidates
        entities, attributions = resolve(doc, candidates)
        doc._.entities = entities
        doc._.attributions = attributions
        return doc


@Language.factory(
    "quotegraph",
    assigns=["doc._.attributions", "doc._.entities", "doc._.qg_candidates"],
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents"],
)
def make_quotegraph(nlp: Language, name: str) -> QuotegraphComponent:
    register_extensions()
    return QuotegraphComponent()


@Language.component(PARAGRAPH_BREAKS, assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, so that a heading without a full stop ("Thune Responds", a live
    blog's "Schumer Blasts Republicans") is not parsed into the paragraph after it; it runs before the
    parser, which keeps the boundaries it is given. A single line break is left to the parser (on PolNeAR
    train 0-59 splitting there too cut a few sentences a writer had run on: channel false fill 0.045 ->
    0.057)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.component(SENTENCE_RUNS_ON, assigns=["token.is_sent_start"])
def sentence_runs_on(doc: Doc) -> Doc:
    """No sentence starts right after "’s": a possessive needs its noun, a contracted "is" what it is ("Sunday
    on Fox News channel’s “Sunday Morning Futures,” Rep. Issa said", where the parser ended one before the
    quote and the statement lost its occasion). It runs before the parser, which keeps the boundaries it is
    given; a line break still ends a sentence where it did."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text in _POSSESSIVES and not token.is_space and "\n" not in before.whitespace_:
            token.is_sent_start = False
    return doc
