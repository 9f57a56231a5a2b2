"""Whether two speakers the coreference kept apart are one by their names, for the carrying of occasions
(``occasions.py``, ``_Carrier._namesake``): the capitalised words of a speaker's name, titles left out
(``name_words``), and whether one name holds the other (``namesakes``). It joins no clusters (``coref.py`` and
``clusters.py`` do); it only lets a speaker with no occasion of their own take that of their namesake.
"""

from __future__ import annotations

import re

from quotegraph.nlp.lexicons.tables import lexicons

__all__ = [
    "MIN_NAME_WORDS",
    "name_words",
    "namesakes",
]


# Words of a name that do not tell whose it is, besides titles (the honorifics lexicon): "the", "and", "former".
_NOT_NAMING = frozenset({"the", "and", "of", "a", "an", "former"})
# Name words two speakers must share, at least, to be taken for one: with one ("Sanders", "Exxon"), Bernie and Felicia
# Sanders are one speaker. On train-d, a speaker with no occasion of its own taking that of another whose name holds
# its name or is held in it, against never: with two words, channel +1 right / +3 false fills, addressee 0 / 0, time
# +9 / +2 (train 0-59 and train-e 0 / +3, 0 / 0, +10 / +2); with one, channel +2 / +12, addressee +2 / +8, time +12 /
# +18.
MIN_NAME_WORDS = 2
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def name_words(name: str) -> frozenset[str]:
    """The capitalised words of a speaker's name, titles left out: "Sen. Ted Cruz" -> {"ted", "cruz"}; none for a
    name with a possessive, which names what someone has ("Hillary Clinton's campaign"), not them."""
    if "’s " in name or "'s " in name:
        return frozenset()
    titles = lexicons().honorifics
    words = (w for w in _NAME_WORD.findall(name) if w not in titles and f"{w}." not in titles)  # "Sen" of "Sen."
    return frozenset(w.lower().rstrip(".") for w in words) - _NOT_NAMING


def namesakes(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two speakers the coreference kept apart are one: every word of one's name is in the other's, and
    the shorter has ``MIN_NAME_WORDS`` words ("Felicia Sanders" in "Felicia Sanders and Polly Sheppard")."""
    if min(len(mine), len(theirs)) < MIN_NAME_WORDS:
        return False
    return mine <= theirs or theirs <= mine
