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
from weakref import ReferenceType, WeakKeyDictionary, ref

from spacy.tokens import Doc

__all__ = ["PerDocument", "document_text", "per_document"]

T = TypeVar("T")


class PerDocument(Generic[T]):
    """``build(doc)``, built on the first call for a document and the same object on every later call for it."""

    __wrapped__: Callable[[Doc], T]  # set by ``update_wrapper``, as on any wrapper

    def __init__(self, build: Callable[[Doc], T]) -> None:
        self._build = build
        self._kept: WeakKeyDictionary[Doc, T] = WeakKeyDictionary()
        # The document asked last (weakly) and its value. The stages ask one document's memos hundreds of thousands of
        # times in a row (PolNeAR train 0-59: 347,000 calls over 60 documents), and a ``WeakKeyDictionary`` lookup runs
        # Python code and builds a weak reference each time (3% of the own stages' CPU). The weak reference's callback
        # drops the pair when the document goes, so the last value lives no longer than its document either.
        self._last: tuple[ReferenceType[Doc], T] | None = None
        update_wrapper(self, build)  # the name and docstring of what is built, for readers and tracebacks

    def __call__(self, doc: Doc) -> T:
        last = self._last
        if last is not None and last[0]() is doc:
            return last[1]
        try:  # a miss comes once a document, so the hit pays no test (and a value may be anything, None included)
            value = self._kept[doc]
        except KeyError:
            value = self._kept[doc] = self._build(doc)
        self._last = (ref(doc, self._forget), value)
        return value

    def _forget(self, gone: ReferenceType[Doc]) -> None:
        """The callback of the last document's weak reference: that document is gone, and so goes its value."""
        last = self._last
        if last is not None and last[0] is gone:
            self._last = None

    def values(self) -> list[T]:
        """Every value kept now, one a live document that asked: a dead document's value is no longer among them."""
        return list(self._kept.values())


def per_document(build: Callable[[Doc], T]) -> PerDocument[T]:
    """Memoise ``build``, a function of one document, for each document's lifetime (see the module's docstring)."""
    return PerDocument(build)


# ``Doc.text`` joins every token's text and trailing space anew on each read (a Token built per word): the line
# breaks, the quotation regions (twice), the parse index and the resolving stage each read a document's text, five
# joins a document where one will do. A string holds no reference to its document, so it may be kept here.
@per_document
def document_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call for that document."""
    return doc.text
