"""How a quote was changed: a word-level diff of an occurrence against its statement's first wording.

Words are compared as matching compares them (case, accents and punctuation folded), and shown as
the variant prints them, in git's word-diff notation: ``[-removed-]`` and ``{+added+}``.
"""

from __future__ import annotations

import difflib
import functools
import re

from quotegraph.graph.quotes import normalized_words

__all__ = ["word_diff"]

_PRINTED_WORD = re.compile(r"\w+(?:['’‘ʼ]\w+)*")


@functools.lru_cache(maxsize=65_536)
def _key(word: str) -> str:
    return " ".join(normalized_words(word))


def _printed_and_keyed(text: str) -> tuple[list[str], list[str]]:
    printed = _PRINTED_WORD.findall(text)
    return printed, [_key(word) for word in printed]


def word_diff(reference: str, variant: str) -> str:
    """The variant's words with what differs from the reference marked; "" when the words are the same."""
    old, old_keys = _printed_and_keyed(reference)
    new, new_keys = _printed_and_keyed(variant)
    if old_keys == new_keys:
        return ""
    pieces: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.extend(new[j1:j2])
            continue
        if i2 > i1:
            pieces.append(f"[-{' '.join(old[i1:i2])}-]")
        if j2 > j1:
            pieces.append(f"{{+{' '.join(new[j1:j2])}+}}")
    return " ".join(pieces)
