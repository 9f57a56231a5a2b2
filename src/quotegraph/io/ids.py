"""Stable article ids: the id the input gives, else its URL, else a hash of its content."""

from __future__ import annotations

import hashlib

__all__ = ["article_id", "content_id"]


def content_id(text: str) -> str:
    """Same text, same id, on any machine and in any run."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def article_id(given: object, url: str | None, text: str) -> str:
    if isinstance(given, str) and given.strip():
        return given.strip()
    if isinstance(given, int) and not isinstance(given, bool):
        return str(given)
    if url:
        return url
    return content_id(text)
