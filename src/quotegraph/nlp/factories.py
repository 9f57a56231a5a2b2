"""The spaCy factory registry: every quotegraph component is registered here, once."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.resolving import resolve

__all__ = ["QuotegraphComponent", "make_quotegraph"]


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
