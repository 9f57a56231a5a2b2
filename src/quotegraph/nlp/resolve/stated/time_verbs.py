"""Which verb a time phrase hangs on, and what kind of act that verb is: one reading for the readers of a
statement's time.

``dated_verb`` climbs a phrase's heads (at most ``BACK_STEPS``) to the verb it dates; ``verb_class`` classes that
verb as a saying or message verb (``SAYING``), a verb of gathering or visiting, whose day is that of what was said
there (``EVENT_VERBS``), or another act. ``learned_times`` reads the class as a feature. Kept in ``stated/`` so that
a reader asking which act a day dates ("Khan, who had addressed the convention on Thursday, said on Sunday") climbs as
the learned fallback does; the class alone is no such test (``docs/occasion-rounds.md``, thirty-ninth set, round
timeverbs: news tells sayings by verbs no lexicon lists).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from quotegraph.nlp.resolve.stated.saying_verbs import SAYING_VERBS, TELL_VERBS, TO_VERBS
from quotegraph.nlp.syntax import VERB_POS

__all__ = [
    "BACK_STEPS",
    "EVENT_VERBS",
    "SAYING",
    "VerbClass",
    "dated_verb",
    "verb_class",
]

BACK_STEPS = 6  # heads climbed from a phrase to the verb it dates (a phrase hangs on its verb within a few)
# verbs of gathering, visiting and leading an event: the day they date is the day of what was said there
EVENT_VERBS = frozenset(
    {"meet", "visit", "tour", "gather", "host", "hold", "lead", "attend", "open", "chair", "debate", "hear", "rally",
     "convene", "assemble", "walk", "show", "guide", "arrive", "travel", "stop", "appear", "sit", "vote", "take"}
)  # fmt: skip
# a verb of both lexicons ("host", "visit", "address") is read as a saying: the learned weights were fitted so
SAYING = SAYING_VERBS | TELL_VERBS | (TO_VERBS - EVENT_VERBS)

VerbClass = Literal["saying", "event", "other", "noverb"]


def dated_verb(token: Token) -> Token | None:
    """The verb ``token`` hangs on: itself when a verb, else the first verb among its heads within ``BACK_STEPS``
    (None when the climb ends at a root that is no verb, or runs out)."""
    current = token
    for _ in range(BACK_STEPS):
        if current.pos_ in VERB_POS or current.head == current:
            break
        current = current.head
    return current if current.pos_ in VERB_POS else None


def verb_class(token: Token) -> VerbClass:
    """The class of the verb ``token`` hangs on (``dated_verb``): a saying, an event, another act, or no verb."""
    verb = dated_verb(token)
    if verb is None:
        return "noverb"
    lemma = verb.lemma_.casefold()
    return "saying" if lemma in SAYING else "event" if lemma in EVENT_VERBS else "other"
