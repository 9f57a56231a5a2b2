"""One memo of a function of a spaCy document, kept as long as that document lives: what the finding and the
resolving stages work out once a document (its parse tree, line breaks, quotation regions, quote mask, the time
expressions of each range searched) and then read many times.

Per document, because what is memoised is read off one document's text and parse and holds for it alone: a value
kept across documents would answer for the wrong text. Weakly keyed, because a batch runs through many documents in
one process and the memo must not keep any of them (nor what was worked out of it) alive after the caller drops it:
the entry goes when the document does. The values must not hold their document (a strong reference from a value back
to its key would keep both for the process's life): each memo here keeps offsets, indices and strings, never a
``Doc``, ``Span`` or ``Token``. Not a Doc extension either, whose value a DocBin that keeps user data would have to
serialise.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import Generic, TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

__all__ = ["PerDocument", "per_document"]

T = TypeVar("T")


class PerDocument(Generic[T]):
    """``build(doc)``, built on the first call for a document and the same object on every later call for it."""

    __wrapped__: Callable[[Doc], T]  # set by ``update_wrapper``, as on any wrapper

    def __init__(self, build: Callable[[Doc], T]) -> None:
        self._build = build
        self._kept: WeakKeyDictionary[Doc, T] = WeakKeyDictionary()
        update_wrapper(self, build)  # the name and docstring of what is built, for readers and tracebacks

    def __call__(self, doc: Doc) -> T:
        try:  # a miss comes once a document, so the hit pays no test (and a value may be anything, None included)
            return self._kept[doc]
        except KeyError:
            value = self._kept[doc] = self._build(doc)
            return value

    def values(self) -> list[T]:
        """Every value kept now, one a live document that asked: a dead document's value is no longer among them."""
        return list(self._kept.values())


def per_document(build: Callable[[Doc], T]) -> PerDocument[T]:
    """Memoise ``build``, a function of one document, for each document's lifetime (see the module's docstring)."""
    return PerDocument(build)
