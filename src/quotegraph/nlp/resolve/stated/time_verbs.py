"""Which verb a time phrase hangs on, what kind of act that verb is, and whether the phrase dates another act than
the saying: one reading for the readers of a statement's time.

``dated_verb`` climbs a phrase's heads (at most ``BACK_STEPS``) to the verb it dates; ``verb_class`` classes that
verb as a saying or message verb (``SAYING``), a verb of gathering or visiting, whose day is that of what was said
there (``EVENT_VERBS``), or another act (``learned_times`` reads the class as a feature). ``dates_another_act`` tells
a day of another act by where it stands ("Smith, who resigned last week, said"; "Khan, who had addressed the
convention on Thursday, said on Sunday"): ``partly_stated.left_in_force`` keeps no such day for a speaker
(``docs/occasion-rounds.md``, thirty-ninth set, round timeverbs).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.stated.dated_elsewhere import describes
from quotegraph.nlp.resolve.stated.saying_verbs import SAYING_VERBS, TELL_VERBS, TO_VERBS, clause_verb, saying_verb

__all__ = [
    "BACK_STEPS",
    "EVENT_VERBS",
    "SAYING",
    "VerbClass",
    "dated_verb",
    "dates_another_act",
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
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            break
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else None


def verb_class(token: Token) -> VerbClass:
    """The class of the verb ``token`` hangs on (``dated_verb``): a saying, an event, another act, or no verb."""
    verb = dated_verb(token)
    if verb is None:
        return "noverb"
    lemma = verb.lemma_.casefold()
    return "saying" if lemma in SAYING else "event" if lemma in EVENT_VERBS else "other"


def dates_another_act(span: Span) -> bool:
    """Whether the time phrase ``span`` dates another act than a saying told with it: one in a relative clause that
    tells who someone is or what they did before ("Smith, who resigned last week", "Khan, who had addressed the
    convention on Thursday"; ``dated_elsewhere.describes``, so never one on a medium). The clause is on a person (its
    relative pronoun is "who" or "whom"), and its verb is not a saying, or is one told in the perfect, before the
    story's moment. "something he denied to me in an interview on Friday" tells a saying, the story's own.

    The verb's class alone (``verb_class`` "other") is not read: news tells sayings by many verbs no lexicon lists
    ("drew the analogy during a campaign speech on Sunday", "offered the crowd an emotional evaluation Tuesday"), and
    on the tuning slices it dropped more right days than false ones (the round's report, timeverbs)."""
    if not describes(span):
        return False
    verb = clause_verb(span.root)
    if not any(child.tag_ == "WP" for child in children_of(verb)):
        return False
    return not saying_verb(verb) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
