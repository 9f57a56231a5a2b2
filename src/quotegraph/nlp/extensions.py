"""Declares quotegraph's Doc extensions once; safe to call any number of times."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["published_of", "register_extensions"]

_DOC_EXTENSIONS: dict[str, object] = {
    "published": None,  # ISO date of the article, set before the pipeline runs; resolves "on Friday"
    "qg_candidates": None,  # list[Candidate] from the finding stage
    "entities": None,  # list[quotegraph.model.Entity]
    "attributions": None,  # list[quotegraph.model.Attribution]
}


def register_extensions() -> None:
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def published_of(doc: Doc) -> str | None:
    """The article's ISO publication date, or None, also for a document made outside the pipeline (a test's, a
    training run's), where the extension may never have been declared."""
    published: str | None = doc._.published if Doc.has_extension("published") else None
    return published
