"""The one asked is not the asker: "Asked whether ..., Clinton said" names no source for the question.

"Asked if she believed Putin wanted Trump to win, Clinton said ...", "“You bet I would,” Christie said when asked
whether he would issue a quarantine": the passive participle "asked" shares the subject of the clause it hangs on,
but that subject is the one the question was put to; who asked is not said. The finder gives the question the
shared subject as its source (as it does for "..., Clinton said, adding that ..."); the resolver clears it once the
occasions are read (the question is put in the answer's scene, which the one asked stands for), so the question names
no one. The answer ("Clinton said") keeps its speaker.

Any verb of questioning in that form ("When later pressed about ..., Weaver rejected"), and a reduced clause the
tagger read as a past tense ("Asked what ..., Devine replied", "Asked" tagged VBD): the one reading of who is asked
(``one_asked.shared_subjects``), which the stated addressee reads too.

Left alone: "Asked by Stephanopoulos to respond" (the asker is named, the finder's source is right), "Stephanopoulos
asked" and "Clinton was asked" (the participle has a subject of its own), and any other verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.resolve.one_asked import QUESTIONING, shared_subjects, subjectless_participle
from quotegraph.nlp.resolve.speakers.raised_subjects import in_source, sourced_cue
from quotegraph.nlp.resolve.stated.cue_words import cue_head, lemma_of
from quotegraph.nlp.syntax import agents_of, nominal_subjects

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
# Read through ``one_asked`` (askedfold; fast loop, cache14): the tagger's past-tense "Asked" hung as an adverbial
# clause (which the stated addressee read already) and every questioning verb ("When later pressed about ..., Weaver
# rejected"), train-d source 0.9476 -> 0.9486, F1 0.7369 -> 0.7377: 7 questions right in 7 articles (nyt 2016-01-04
# for-trump-lessons "Asked whether Freddy's experience ..., Mr. Trump said", nyt 2016-08-17 biden-calls-trump "Asked
# whether ..., Mr. Daley said", nyt 2016-05-18 clinton-hints "when asked what Mr. Clinton would do", nyt 2016-02-01
# with-wall-st "When asked whom she supported, Ms. Sherry smiled", politico 2016-05-11 clinton-i-support "When asked
# whether D.C. ..., he said", huff-post 2016-04-27 bernie-sanders-suffered "Asked what a firm commitment looks like,
# Devine replied", politico 2016-04-11 clinton-and-sanders "When later pressed about ..., Weaver"), none wrong; two
# questions no gold statement lose a wrong source (train-d nyt 2015-12-22 "The issue", train 0-59 breitbart 2015-12-20
# "They"); occasions, train-c and the news pages unchanged.
ASKED_SUBJECTS_CLEARED = True


def asked_subject(doc: Doc, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a question "asked" of the subject its source names (see the module)."""
    cue = sourced_cue(doc, candidate)
    if cue is None:
        return False
    verb = cue_head(cue)
    if lemma_of(verb) not in QUESTIONING or agents_of(verb):  # "Asked by Stephanopoulos": the finder's source asked
        return False
    return in_source(candidate, _shared_by_the_finder(verb))


def _shared_by_the_finder(participle: Token) -> list[Token]:
    """The subjects the finder may have given a subjectless participle of asking as its source: the one asked
    (``one_asked.shared_subjects``, read past an infinitive or a closed quote) and the subject of the very verb it
    hangs on ("Sanders said, “We'll see,” when asked whether": "We", which the finder shares and which is no asker
    either). Without the second, fast loop on cache14: train-d "We" kept as the source of that question
    (huff-post 2016-05-24 bernie-sanders-is-fundraising, gold no source)."""
    if not subjectless_participle(participle):
        return []
    return [*shared_subjects(participle), *nominal_subjects(participle.head)]


def asked_subjects(doc: Doc, candidates: list[Candidate]) -> list[bool]:
    """For each of ``candidates``, whether its source is the one its question was asked of
    (``ASKED_SUBJECTS_CLEARED``)."""
    return [ASKED_SUBJECTS_CLEARED and asked_subject(doc, c) for c in candidates]
