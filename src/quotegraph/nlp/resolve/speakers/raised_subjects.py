"""The subject of "seems"/"appears" is what the statement is about, not who makes it.

"The statistics ... appear to be fabricated", "Both houses now seem intent on approving a delay", "The court seemed
to send an assertive signal": a raising verb with its complement gives the writer's reading of its subject, so the
subject is no source. The finder tags it as one (it stands where a speaker stands before "said"); this module
clears it before speakers are resolved, so the statement keeps its content and type (a thought) and names no one.

Only the raising reading, and only where "seems" is the whole cue:
- the verb has a predicate of its own right after it (an infinitive, an adjective, a participle or a predicate
  noun: "seemed to match", "seemed unperturbed", "appeared paralyzed", "seemed an insult"), so "appeared before
  reporters ... to discuss" (showing up somewhere, with a purpose clause after the place) is left alone;
- the cue holds no verb or adjective after it: where the finder's cue runs on to the complement ("seemed to mock",
  "seems to feel", "appeared pleased with"), that word is a cue of its own and "seems" only hedges the subject's
  act, which PolNeAR credits to the subject;
- no one is named whom it seemed to ("To Harrison, the stare seemed to reflect sadness"): that person is the source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.stated.cue_words import cue_head, lemma_of
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

__all__ = ["RAISED_SUBJECTS_CLEARED", "in_source", "raised_subject", "sourced_cue", "without_raised_subjects"]

# PolNeAR gives a "seems"/"appears" statement no source (the gold's cue is the one word, the writer's reading). Fast
# loop on cache13, main 3b5a6041, on against off: train-d source 0.9387 -> 0.9445, F1 0.7295 -> 0.7340 (45 statements
# right in 38 articles, e.g. "The court seemed to send", "The statistics ... appear to be fabricated", "Investors seem
# to agree"; 4 wrong in 4 articles where the gold credits the subject of a bare "seem(ed)": "Voters seem to care",
# "The day seemed to crystallize", "Messages seem to show", "the Republican seemed to confirm"). Occasions: channel
# 0.7059 -> 0.7055, one carried channel lost (huff-post why-hillary-clinton-s-attacks-on: "Trump seemed to appreciate
# that concept in a Wednesday interview on CBS's This Morning" gave its channel to his next statement); addressee,
# time and the false fills unchanged. Train 0-59: source 0.9479 -> 0.9501, F1 0.7234 -> 0.7251 (+2, no loss), time
# false fill 0.0502 -> 0.0465 (Christie's "seemed to be fully embracing his surrogate duties Tuesday night" no longer
# gives his later words its day). Train-c (never tuned on): source 0.9330 -> 0.9356, F1 0.7743 -> 0.7765 (+1, no
# loss). News pages: fires on 2 (tech-layoffs "Investors appeared", fashion-backstage "every jacket seemed"), on no
# expected statement; the page score is unchanged.
RAISED_SUBJECTS_CLEARED = True
# Verbs that raise their complement's subject ("X seems to Y" is "it seems that X Ys"): the writer's reading of X.
# "look", "sound" and "likely" are raising too, but as cues they are more often a person's own act ("Cruz looks to
# ease", "sounded off", "is likely to stress": the gold names the subject in 12 of 17 on train-d), so not listed.
RAISING_VERBS = frozenset({"seem", "appear"})
# The complement that makes "appear" a raising verb: an infinitive ("to be"), an adjective ("ready"), a predicate
# noun ("a fait accompli" after "like" is a preposition, read below) or a participle ("divided").
_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "attr"})
# The parser's misreadings of a predicate after "seem"/"appear", which take no object and no adverbial participle: a
# predicate noun read as an object ("seemed an insult or shove away from erupting"), a participle read as an adverbial
# clause ("the Trump team appeared paralyzed").
_MISREAD_PREDICATES = frozenset({"dobj"})
_PARTICIPLE_TAGS = frozenset({"VBN", "JJ"})
# Words of the cue after "seems" that make the cue the subject's own act ("seemed to mock", "appeared pleased with"):
# on train-d the guard keeps 6 statements' right subjects and costs 2 ("seemed ready to say", "seemed irritated").
_ACTS = frozenset({"VERB", "ADJ"})
# Words that may stand between the verb and its complement without making it another verb's
# ("now appears to be", "seemed equally unperturbed", "seems to have").
_BETWEEN = frozenset({"ADV", "PART", "AUX"})


def _predicate(child: Token) -> bool:
    """Whether ``child`` of "seem"/"appear" is its predicate (``_COMPLEMENTS``, ``_MISREAD_PREDICATES``, "like")."""
    if child.dep_ in _COMPLEMENTS or child.dep_ in _MISREAD_PREDICATES:
        return True
    if child.dep_ == "advcl":
        return child.tag_ in _PARTICIPLE_TAGS
    return child.dep_ == "prep" and child.lower_ == "like"


def _complement(verb: Token) -> Token | None:
    """The raising complement of ``verb``: the first of its complements (or a "like" phrase) with nothing but adverbs
    before it after the verb, or None (a place or time first: "appeared before reporters ... to discuss"; who it
    seemed to: "seemed to him to be")."""
    for child in children_of(verb):
        if child.i < verb.i:
            continue
        if _predicate(child):
            edge = child.left_edge.i
            if all(t.pos_ in _BETWEEN for t in verb.doc[verb.i + 1 : edge]):
                return child
            return None
    return None


def sourced_cue(doc: Doc, candidate: Candidate) -> Span | None:
    """The first cue fragment of ``candidate`` when it has a source too (else None): what a subject rule reads."""
    if not candidate.source or not candidate.cue:
        return None
    return doc.char_span(*candidate.cue[0], alignment_mode="expand")


def in_source(candidate: Candidate, tokens: Iterable[Token]) -> bool:
    """Whether any of ``tokens`` starts inside ``candidate``'s source."""
    return any(start <= t.idx < end for t in tokens for start, end in candidate.source)


def raised_subject(doc: Doc, candidate: Candidate) -> bool:
    """Whether ``candidate``'s source is the subject of a raising "seems"/"appears" cue (see the module)."""
    cue = sourced_cue(doc, candidate)
    if cue is None:
        return False
    verb = cue_head(cue)
    if lemma_of(verb) not in RAISING_VERBS or _complement(verb) is None:
        return False
    if any(t.i > verb.i and t.pos_ in _ACTS for t in cue):  # "seemed to mock": the subject's own act, hedged
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(verb)):  # "To Harrison, the stare seemed ..."
        return False
    return in_source(candidate, (c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS))


def without_raised_subjects(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each raising verb's subject taken from its source (``RAISED_SUBJECTS_CLEARED``)."""
    if not RAISED_SUBJECTS_CLEARED:
        return candidates
    return [replace(c, source=[]) if raised_subject(doc, c) else c for c in candidates]
