"""The one asked is not the asker: "Asked whether ..., Clinton said" names no source for the question.

"Asked if she believed Putin wanted Trump to win, Clinton said ...", "“You bet I would,” Christie said when asked
whether he would issue a quarantine": the passive participle "asked" shares the subject of the clause it hangs on,
but that subject is the one the question was put to; who asked is not said. The finder gives the question the
shared subject as its source (as it does for "..., Clinton said, adding that ..."); the resolver clears it once the
occasions are read (the question is put in the answer's scene, which the one asked stands for), so the question names
no one. The answer ("Clinton said") keeps its speaker.

Left alone: "Asked by Stephanopoulos to respond" (the asker is named, the finder's source is right), "Stephanopoulos
asked" and "Clinton was asked" (the participle has a subject of its own), and any other verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.speakers.raised_subjects import in_source, sourced_cue
from quotegraph.nlp.resolve.stated.cue_words import cue_head, lemma_of
from quotegraph.nlp.syntax import ASKING_VERBS, NOMINAL_SUBJECTS

__all__ = ["ASKED_SUBJECTS_CLEARED", "asked_subject", "asked_subjects"]

# PolNeAR gives the question in "Asked whether X, Y said" no source. Fast loop on cache13, with raised_subjects on,
# this on against off: train-d source 0.9445 -> 0.9472, F1 0.7340 -> 0.7361 (19 statements right in 18 articles:
# "Asked if she believed ..., Clinton said", "Le Pen told CNN ... when asked which candidate", "Asked if her email
# practices were illegal, 46 percent of voters said"; none wrong); train 0-59 source 0.9501 -> 0.9554, F1 0.7251 ->
# 0.7291 (+5 in 3 articles, none wrong); train-c source 0.9356 -> 0.9485, F1 0.7765 -> 0.7872 (+5 in 5 articles, none
# wrong). Occasions unchanged on all three: cleared after they are read. Cleared before them instead, the questions
# lost the answers' occasions they share (train-d time 0.6748 -> 0.6725, channel 0.7055 -> 0.7048: "Sunday on CNN's
# ... when asked about Trump, Obama said" lost "Sunday" on three statements). Fires on questions on 14 news pages
# (summit-presser, central-bank-rates, band-reunion, hosepipe-ban, ...), none an expected statement: score unchanged.
ASKED_SUBJECTS_CLEARED = True
_PARTICIPLE_TAG = "VBN"
# Links of a participle clause to the clause whose subject it shares ("Asked ..., Clinton said"; "said when asked").
_SHARING_DEPS = frozenset({"advcl", "xcomp", "conj"})
_OWN_SUBJECTS = NOMINAL_SUBJECTS | {"aux", "auxpass", "agent"}  # "Clinton was asked", "asked by Stephanopoulos"


def _shared_subjects(participle: Token) -> list[Token]:
    """The subjects of the clause ``participle`` hangs on, or none when it has a subject (or an agent) of its own."""
    if participle.tag_ != _PARTICIPLE_TAG or participle.dep_ not in _SHARING_DEPS:
        return []
    if any(c.dep_ in _OWN_SUBJECTS for c in children_of(participle)):
        return []
    return [c for c in children_of(participle.head) if c.dep_ in NOMINAL_SUBJECTS]


def asked_subject(doc: Doc, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a question "asked" of the subject its source names (see the module)."""
    cue = sourced_cue(doc, candidate)
    if cue is None:
        return False
    verb = cue_head(cue)
    return lemma_of(verb) in ASKING_VERBS and in_source(candidate, _shared_subjects(verb))


def asked_subjects(doc: Doc, candidates: list[Candidate]) -> list[bool]:
    """For each of ``candidates``, whether its source is the one its question was asked of
    (``ASKED_SUBJECTS_CLEARED``)."""
    return [ASKED_SUBJECTS_CLEARED and asked_subject(doc, c) for c in candidates]
