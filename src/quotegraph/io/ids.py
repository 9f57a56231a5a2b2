"""Stable article ids: the id the input gives, else its URL, else a hash of its content."""

from __future__ import annotations

import hashlib

__all__ = ["article_id", "content_id"]

# hex digits of the SHA-256 kept in an id: 128 bits, past any chance of two texts meeting in one corpus, and
# the ids already stored were made so (a change would give every stored article a new id)
_CONTENT_ID_HEX = 32


def content_id(text: str) -> str:
    """Same text, same id, on any machine and in any run."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:_CONTENT_ID_HEX]


def article_id(given: object, url: str | None, text: str) -> str:
    if isinstance(given, str) and given.strip():
        return given.strip()
    if isinstance(given, int) and not isinstance(given, bool):
        return str(given)
    if url:
        return url
    return content_id(text)
