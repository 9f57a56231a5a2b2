"""What kind of saying a statement's cue tells, for the carrying of occasions (``occasions.py``): a refusal told in the
story's present (``unsaid``), a saying one was going to make (``intended``), both no saying on an occasion, a saying
told as a habit or as one that may or must be made (``habitual``), and a reply to the speaker heard just before
(``replies``). ``resolving.py`` reads these when it builds a ``Statement``; what the
carrying does with them is ``occasions.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of

__all__ = ["habitual", "intended", "replies", "unsaid"]


def unsaid(verb: Token) -> bool:
    """ "Trump isn't saying", "she doesn't say": a refusal told in the story's present, not a saying on an
    occasion (unlike "he did not mention", told of a past occasion)."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    present = any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    return present and any(c.dep_ == "neg" for c in children_of(verb))


# A saying one was going to make ("You were going to talk about the Supreme Court", "she is going to say"): an
# intention told of, not a saying on an occasion, so nothing is carried to it, as to a held view. Rule on against off
# (fast.py, cache8, with ``carrier.TRANSCRIPTS_KEEP_THEIR_FRAME``): fires once on train-d (politico_2016-02-19
# q-a-with-vice-president-joe-biden E104, a question's "You were going to talk about the Supreme Court", annotated
# null): channel, addressee and time -1 false fill each, no right value lost; train 0-59, train-c and news pages
# byte-identical. One train article only: a form, not a page's words, but thinly evidenced.
INTENDED_SAYINGS = True


def intended(verb: Token) -> bool:
    """ "were going to talk", "is going to say": "going" with an auxiliary "be" and a verb under it, the cue's verb
    either of the two (``INTENDED_SAYINGS``); not "went to say" or "going to the rally" (no verb under it)."""
    going = verb.head if verb.dep_ == "xcomp" else verb
    if not INTENDED_SAYINGS or going.lemma_.lower() != "go" or going.tag_ != "VBG":
        return False
    under = any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(going))
    return under and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children_of(going))


# A saying told as a habit ("he often says", "who frequently criticizes the government", "often citing trust") or as
# one that may or must be made ("the Committee should formally ask", "Rubio can ask them", "has to show that he is
# ready"): no one occasion is told, so the channel of the occasion in force is not carried to it (occasion.md: a
# statement's habitual or general saying has no channel; the annotators' notes: habitual cues with nothing stated are
# null). Only the channel: the day such a statement carries is left to the time rules (docs/occasion-rounds.md,
# thirty-seventh set, channelfalsefill). "Repeatedly" is not a habit: it tells of one occasion as often as of many
# ("he repeatedly talked about CNN" in a debate, right on train-d); "would" and "will" tell a saying of the story's
# past or one released ahead ("he will say", from excerpts), and a negated modal a refusal ("could not say").
HABITUAL_SAYINGS = True
HABIT_ADVERBS = frozenset(
    {"often", "frequently", "usually", "routinely", "regularly", "typically", "habitually", "customarily", "constantly"}
)
POTENTIAL_MODALS = frozenset({"can", "could", "should", "must", "may", "might"})


def habitual(verb: Token) -> bool:
    """ "often says", "frequently criticizes", "should formally ask", "has to show": a saying told as a habit (an adverb
    of frequency on the verb) or as one that may or must be made (a modal of possibility or duty, or "have to"), not
    negated (``HABITUAL_SAYINGS``)."""
    if not HABITUAL_SAYINGS:
        return False
    children = children_of(verb)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in POTENTIAL_MODALS for c in children):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "have"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ == "neg" for c in children_of(head))
    )


# Verbs of answering someone ("replied", "responded", "retorted") and the nouns of "said in reply" ("in response")
REPLY_VERBS = frozenset({"reply", "respond", "retort", "answer", "counter"})
REPLY_NOUNS = frozenset({"reply", "response", "answer"})


def replies(verb: Token) -> bool:
    """ "the witness replied", "de Graaf said in reply that": a statement made as an answer to what was just said
    (not "did not respond to a request for comment": no answer at all)."""
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    if verb.lemma_.lower() in REPLY_VERBS:
        return True
    return any(
        prep.dep_ == "prep" and prep.lower_ == "in" and any(o.lemma_.lower() in REPLY_NOUNS for o in children_of(prep))
        for prep in children_of(verb)
    )
