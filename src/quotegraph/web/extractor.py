"""The seam through which the web pages extract a pasted article: the server supplies it.

The web layer may not import the NLP layer (README, layers), so the page that extracts an article
asks an ``Extractor`` given to it; the server's runs the pipeline off the event loop, and tests give
an in-process fake.
"""

from __future__ import annotations

from typing import Protocol

from quotegraph.model import ArticleResult

__all__ = ["Extractor"]


class Extractor(Protocol):
    async def extract(
        self, *, text: str | None = None, html: str | None = None, published: str | None = None
    ) -> ArticleResult:
        """The result of one article given as text or as HTML (exactly one of the two). Raises
        ``InputError`` for unusable input (empty, binary), ``TooLargeError`` for a text longer than
        ``max_extract_chars``."""
        ...
