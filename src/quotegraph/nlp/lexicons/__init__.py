"""Word lists the finder uses as features (one entry a line, ``#`` starts a comment)."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["lexicon"]


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` in this package, lower-cased."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)
