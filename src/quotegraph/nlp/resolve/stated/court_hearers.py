"""A court's hearers told: "Rebecca Thornhill told the jury", "She told the coroner the failure was ...".

A jury, a coroner, a judge or a bench is told only in a court's sitting: one who tells them speaks in the sitting the
story last named before (a trial, an inquest, a hearing), however far back it was named. A court report names its trial
once, in the lede ("was convicted ... at the end of a four-day trial at Gloucester Crown Court"), and hears its
prosecutor, its witnesses and the defendant for pages after, each "told the jury" on a day of their own ("Opening the
case for the prosecution on Monday"); the sitting's first telling is their channel (occasion.md: a carried value is the
phrase where the occasion was set), and the day they state stays theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.quotes import QuoteRegion
from quotegraph.nlp.resolve.stated.channel_nouns import a_scene
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import ONE_SESSION
from quotegraph.nlp.resolve.stated.saying_verbs import TELL_VERBS
from quotegraph.nlp.resolve.stated.stated_clauses import quoted
from quotegraph.nlp.syntax import OBJECT_DEPS

__all__ = ["COURT_HEARERS_TOLD", "court_sitting_told"]

# Rule on against off: see docs/occasion-rounds.md, the forty-second set, round courtpages (the blind pages' crown
# court trial and the tuned inquest).
COURT_HEARERS_TOLD = True
# the hearers a court's sitting alone has ("told the jury", "told jurors", "told the coroner", "told the judge", "told
# the bench"); not "the court", which the story may name as a place or another body (``circumstances._COURTS``)
COURT_HEARERS = frozenset({"jury", "juror", "coroner", "judge", "bench", "magistrate"})
# the sittings of a court, by the noun the story named the sitting with
COURT_SITTINGS = frozenset({"trial", "inquest", "hearing"})


def court_sitting_told(
    addressee: Span, sentences: Sequence[Span], index: int, quotes: Sequence[QuoteRegion] = ()
) -> Span | None:
    """The sitting a statement told to a court's hearer (``addressee``, the object of a verb of telling: "told the
    jury") was made in: the last court sitting named outside quoted words in a sentence before the statement's
    (``index`` in ``sentences``), as its channel phrase, at its first telling when it is named again by "the" ("the
    inquest" after "an inquest in Rotorua has heard"); None when the addressee is no court's hearer or the story named
    no sitting before it."""
    root = addressee.root
    if not COURT_HEARERS_TOLD or root.lemma_.lower() not in COURT_HEARERS:
        return None
    if root.dep_ not in OBJECT_DEPS or root.head.lemma_.lower() not in TELL_VERBS:
        return None
    named = [
        t
        for sentence in sentences[:index]
        for t in sentence
        if t.lemma_.lower() in COURT_SITTINGS and _a_sitting(t) and not _quoted(t, quotes)
    ]
    if not named:
        return None
    last = named[-1]
    if any(c.lower_ == _THE for c in children_of(last)):  # named again: its first telling, with words of its own
        first = next((t for t in named if t.lemma_ == last.lemma_ and _told_first(t)), last)
        return channel_phrase(first)
    return channel_phrase(last)


def _a_sitting(word: Token) -> bool:
    """Whether ``word`` names a sitting: a singular scene noun of its own, not one qualifying another noun ("the trial
    judge", "a hearing date")."""
    return word.dep_ != _COMPOUND and a_scene(word, tags=ONE_SESSION)


_COMPOUND = "compound"


def _quoted(word: Token, quotes: Sequence[QuoteRegion]) -> bool:
    """Whether ``word`` stands in somebody's quoted words ("the purpose of the inquest was not ..."): a sitting spoken
    of, not one the story names."""
    return quoted(word.doc[word.i : word.i + 1], quotes)


_THE = "the"
_FIRST_TELLINGS = frozenset({"a", "an"})


def _told_first(sitting: Token) -> bool:
    """Whether ``sitting`` is told as a first telling: with "a" or "an" ("a four-day trial", "an inquest in
    Rotorua")."""
    return any(c.dep_ == "det" and c.lower_ in _FIRST_TELLINGS for c in children_of(sitting))
