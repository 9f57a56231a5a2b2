"""Quotes: the quoted words of an attribution, and the normalized words they are matched on.

A direct attribution's quote is its whole content; a mixed one's is the parts of its content inside
double quotation marks (straight or curly), joined as an excerpt's fragments are. Indirect
attributions have no quote. Matching compares *words*: case, accents and punctuation (an ellipsis
too) do not tell two quotes apart, so "We will win." and "we will win…" are one form.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from quotegraph.model.span import FRAGMENT_SEPARATOR

__all__ = ["MIN_QUOTE_WORDS", "Quote", "digest64", "form_digest", "normalized_words", "quote_text"]

MIN_QUOTE_WORDS = 4
"""Shorter quoted words ("deplorables", "Shark Tank", "a disgrace") are a borrowed phrase or a title,
not a statement: the same two words from two people are no evidence of one statement."""

# an opening double quotation mark, the words, and its closing mark (or the end of the content)
_QUOTED = re.compile(r"[\"“„”]([^\"“”„]+)(?:[\"”“]|$)")
_APOSTROPHES = ("’", "‘", "ʼ", "`")  # each read as "'" (str.replace: a tenth of str.translate's time)
_WORD = re.compile(r"\w+(?:'\w+)*")
_OUTER = "\"“”„'‘’ \n\t"


def quote_text(kind: str, content: str | None) -> str | None:
    """The quoted words of an attribution as the article prints them, or None when it has none."""
    if not content or kind == "indirect":
        return None
    if kind == "direct":
        text = content.strip(_OUTER)
        return text or None
    parts = [m.group(1).strip() for m in _QUOTED.finditer(content)]
    parts = [p for p in parts if p]
    return FRAGMENT_SEPARATOR.join(parts) if parts else None


def normalized_words(text: str) -> tuple[str, ...]:
    """The words of a text, case and accents folded, punctuation dropped ("Don’t" -> "don't")."""
    folded = text.casefold()
    for apostrophe in _APOSTROPHES:
        folded = folded.replace(apostrophe, "'")
    if not folded.isascii():  # most news text is: it has no accents to fold
        folded = unicodedata.normalize("NFKD", folded)
        # the marks are looked for among the text's distinct characters: a few dozen, not every one
        marks = {ord(ch): None for ch in set(folded) if not ch.isascii() and unicodedata.combining(ch)}
        if marks:
            folded = folded.translate(marks)
    return tuple(_WORD.findall(folded))


def form_digest(words: tuple[str, ...], speaker: str | None = None) -> int:
    """A signed 64-bit key of a word sequence and its speaker's name key (an SQL BIGINT): equal words of
    one speaker, equal key. Two speakers' equal words are two forms, which matching may keep apart."""
    return digest64(" ".join(words) if speaker is None else f"{' '.join(words)}\x1f{speaker}")


def digest64(text: str) -> int:
    """A signed 64-bit hash of a text (an SQL BIGINT)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True)
class Quote:
    """One occurrence to place in a statement: the attribution (article and position), its quoted
    words as printed, their normalized words, the outlet its attribution cites (if any) and its
    speaker's name key (``store.keys.speaker_key``: None when no one is named). The article is the
    integer key a corpus names it by (0 for an article read outside a corpus)."""

    article_key: int
    position: int
    text: str
    words: tuple[str, ...]
    day: str
    cited_outlet: str | None = None
    speaker: str | None = None
    digest: int = 0  # form_digest(words, speaker), filled in when 0

    def __post_init__(self) -> None:
        if not self.digest:
            object.__setattr__(self, "digest", form_digest(self.words, self.speaker))
