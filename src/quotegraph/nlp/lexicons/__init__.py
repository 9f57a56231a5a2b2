"""Word lists the finder uses as features (one entry a line, ``#`` starts a comment)."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["lexicon", "lexicon_file", "lexicon_section", "reports_words"]


def lexicon_file(file_name: str) -> str:
    """The text of a word list in this package: the finder's ``.txt`` lists here, the resolver's ``.tsv`` tables
    (``tables``)."""
    return resources.files(__package__).joinpath(file_name).read_text(encoding="utf-8")


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` in this package, lower-cased."""
    entries = (line.split("#", 1)[0].strip().lower() for line in lexicon_file(f"{name}.txt").splitlines())
    return frozenset(entry for entry in entries if entry)


@cache
def lexicon_section(name: str, title: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` under its ``# title`` line, up to the next such line."""
    entries: list[str] = []
    inside = False
    for line in lexicon_file(f"{name}.txt").splitlines():
        if line.startswith("# ") and not line.startswith("#  "):
            inside = line[2:].strip() == title
        elif inside:
            entry = line.split("#", 1)[0].strip().lower()
            if entry:
                entries.append(entry)
    return frozenset(entries)


def reports_words(lemma: str) -> bool:
    """Whether a verb's lemma says that words were said or written ("tell", "text"), not thought or known."""
    return any(lemma in lexicon_section("cue_verbs", title) for title in ("speech", "writing and posting"))
