"""Numbers in words the pages print."""

from __future__ import annotations

__all__ = ["counted"]


def counted(count: int, noun: str) -> str:
    """ "1 statement", "1,204 statements": the count with thousands separators and the noun in the
    number it takes (nouns here take an -s)."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")
