"""What kind of saying a statement's cue tells, for the carrying of occasions (``occasions.py``): a refusal told in the
story's present (``unsaid``), a saying one was going to make (``intended``), both no saying on an occasion, a saying
told as a habit or as one that may or must be made (``habitual``), a saying told as no one occasion, which no day in
force dates (``undated``), and a reply to the speaker heard just before (``replies``). ``resolving.py`` reads these when
it builds an ``OccasionInput``; what the carrying does with them is ``occasions.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.stated.saying_verbs import saying_verb
from quotegraph.nlp.resolve.stated.stated_clauses import perfect

__all__ = ["habitual", "intended", "present_stance", "replies", "stance_carries_no_channel", "undated", "unsaid"]


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
    if _habit_adverb(children):
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


def _habit_adverb(children: list[Token]) -> bool:
    """Whether a verb's ``children`` hold an adverb of frequency ("often", "frequently": ``HABIT_ADVERBS``)."""
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in children)


# A saying told as no one occasion is dated by no day carried to it (occasion.md: stances are null unless voiced in a
# stated scene; the annotators' notes in data/occasion/README.md: habitual statements get only their own stated fields,
# and the times of non-speech stances, "positions, support, focused on", are filled only when the sentence states
# them). Three forms of English tell it, each read off the cue's verb (docs/occasion-rounds.md, thirty-eighth set,
# timekinds):
# - a habit by its adverb ("he often says", "frequently criticizes", ``HABIT_ADVERBS``): the channel was already
#   withheld (``HABITUAL_SAYINGS``); the day of the occasion in force is the speaker's, not the habit's. Not the modals
#   of ``habitual``: "could say", "should ask" tell one saying to come as often as none;
# - the present perfect ("has cited", "has also told", "has provided no details"): what was said over time. A held view
#   already carries nothing by the speaker's occasion (``carrier._carried``); this stops the other carriers too (a
#   partly stated occasion's rest, a restated one);
# - a stance in the simple or progressive present with no verb of saying ("supports", "rails against", "focuses on", "is
#   an outspoken supporter of", "is trying to encourage"): a position the speaker holds in the story's present, not a
#   saying of the scene's day. A present verb of saying ("says", "notes", "argues") is the live report's present and
#   keeps the day ("Cruz says" in a live blog of the day's events), and a poll's answers keep their fieldwork
#   (``OccasionInput.polled``, read by the caller).
# Measured (fast loop on the ten train slices, right times lost / false fills removed): habits and the perfect 0 / 11,
# 4 of the false fills on check slices (g, i, j) they were not written on; present stances 6 / 20, 3 / 7 of them on
# check slices (verbs of saying the word list lacks: "proclaims", "glosses over"). Dev (aggregates): one right time
# lost with or without the stances, no false fill moved. Present stances are off: a right value is worth more than a
# false fill while dev's time false fill (0.094) is within the 0.10 limit and its accuracy far from 0.75.
HABITS_UNDATED = True
PERFECTS_UNDATED = True
PRESENT_STANCES_UNDATED = False
_PRESENT = frozenset({"VBZ", "VBP"})


def undated(verb: Token) -> bool:
    """ "often says", "has cited", "supports", "is trying to encourage": a saying told as no one occasion, which no day
    carried from the occasion in force dates (``HABITS_UNDATED``, ``PERFECTS_UNDATED``, ``PRESENT_STANCES_UNDATED``)."""
    children = children_of(verb)
    if HABITS_UNDATED and _habit_adverb(children):
        return True
    if PERFECTS_UNDATED and perfect(verb):
        return True
    return PRESENT_STANCES_UNDATED and present_stance(verb)


# A stance told in the story's present with no verb of saying ("Admiral Harris makes no apologies for his candor",
# "Henry and other labor leaders remain confident", "Clinton, meanwhile, focuses on the pragmatic", "Cruz is
# increasingly trying to encourage") is a position its speaker holds now, not words said in the scene or interview told
# in the past that their speaker was last heard in ("In a July interview with MSNBC, he spoke favorably"): the channel
# of that occasion is not carried to it (occasion.md: a carried occasion holds until the text moves to another; stances
# are null unless voiced in a stated scene). A present verb of saying ("says", "notes", "argues") is the report's
# present and keeps the occasion; so does an occasion told in the present ("Viguerie tells Breitbart News in an
# exclusive interview", then "Viguerie offers a clear tactical guide": right on train 0-59), a quote or a transcript's
# turn (only a paraphrase, ``OccasionInput.paraphrase``: the Q&A turns of a train-d interview are its words), and the
# statement's own stated channel ("In his book, he laments"). Only the channel: the day is
# ``PRESENT_STANCES_UNDATED``'s, off. Rule on against off (fast.py, cache36; docs/occasion-rounds.md, the fortieth set,
# channelfalse): train-d channel 9 false fills fewer, one right carried value lost ("He's also supportive of the state's
# testing program" in a series of interviews told in the past, annotated with it, and its carried addressee with it) and
# one wrong carried value none; train 0-59 and train-f unchanged; the check slices train-j one false fill fewer and
# train-k one wrong carried value none, the rest unchanged; no other figure moved; the 201 tuned pages unchanged.
PRESENT_STANCES_CARRY_NO_CHANNEL = True


def present_stance(verb: Token) -> bool:
    """ "supports", "makes no apologies", "is trying to encourage": a stance in the simple or progressive present with
    no verb of saying; not "says", "does not say" nor "will support"."""
    return _in_the_present(verb, children_of(verb)) and not saying_verb(verb)


def stance_carries_no_channel(verb: Token) -> bool:
    """Whether ``verb`` tells a stance no channel of its speaker's occasion is carried to
    (``PRESENT_STANCES_CARRY_NO_CHANNEL``)."""
    return PRESENT_STANCES_CARRY_NO_CHANNEL and present_stance(verb)


def _in_the_present(verb: Token, children: list[Token]) -> bool:
    """ "supports" (no auxiliary), "is trying" (the present progressive); not "does not say" nor "will support"."""
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT:
        return not auxes
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ in _PRESENT


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
