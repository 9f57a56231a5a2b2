"""The speakers of a printed interview's turns: "A:" stands for the person interviewed, "Q:" for an
interviewer the text names only in the byline, if at all.

The finder keeps each label as its turn's source, as PolNeAR marks it; here the answer's label is
resolved to the name the introduction (the text before the first turn) gives most often, and so is a
"you" the interviewer's question reports ("Q: Do you think Glass-Steagall should be reinstated?", which
PolNeAR marks as a statement of "you"), and an "I" who speaks in an answer ("A: ... I think his conclusory comment is
correct").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.quotes import document_quote_regions, regions_touching
from quotegraph.nlp.find.transcripts import INTERVIEW_LABELS, Turn, question_lines

__all__ = ["answered_by_interviewee", "asked_of_interviewee", "first_turn", "interview_label", "interviewee"]

_TURN_CUE = ":"
# The person answering speaks of themself as "I"; "we" is as often the government or the team they speak for.
_ANSWERER_SELF = "i"


def interview_label(source: Span | None, cue: Span | None) -> str | None:
    """ "Q" or "A" when the source is a printed interview's label and the cue the colon right after it."""
    if source is None or cue is None or source.text not in INTERVIEW_LABELS or cue.text != _TURN_CUE:
        return None
    return source.text if cue.start == source.end else None


def interviewee(doc: Doc, first_turn: int | None) -> Span | None:
    """The name the introduction (the text before the character offset ``first_turn``) gives most often,
    counted by its last word, ties going to the first named; its longest mention. Names are runs of proper
    nouns, as the entity tagger often misses a foreign name ("Ana Ferreira" as a place); an organisation's
    (the outlet the person spoke to) is none."""
    if first_turn is None:
        return None
    names = [run for run in _proper_runs(doc, first_turn) if not any(t.ent_type_ == "ORG" for t in run)]
    keys = [run[-1].lower_ for run in names]
    if not keys:
        return None
    chosen = max(dict.fromkeys(keys), key=keys.count)  # max keeps the first of equal counts
    return max((run for run, key in zip(names, keys, strict=True) if key == chosen), key=len)


def _proper_runs(doc: Doc, before: int) -> list[Span]:
    """Maximal runs of capitalised proper nouns ending before the character offset ``before``."""
    runs: list[Span] = []
    start: int | None = None
    for token in doc:
        if token.idx >= before:
            break
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            start = token.i if start is None else start
            continue
        if start is not None:
            runs.append(doc[start : token.i])
        start = None
    return runs


def first_turn(text: str, candidates: Sequence[Candidate]) -> int | None:
    """Where the first "Q:" or "A:" label of ``candidates`` starts in ``text``, or the first question line's
    when the answers are too short to make turns."""
    starts = [
        start
        for c in candidates
        for start, end in c.source[:1]
        if text[start:end] in INTERVIEW_LABELS and any(text[s:e] == _TURN_CUE and s == end for s, e in c.cue)
    ]
    return min(starts or [q.label[0] for q in question_lines(text)], default=None)


def asked_of_interviewee(source: Span | None, questions: Sequence[Turn]) -> bool:
    """A source "you" inside one of the article's ``questions`` (its question lines): the person asked."""
    if source is None or source.text.lower() != "you":
        return False
    return any(q.content[0] <= source.start_char < q.content[1] for q in questions)


def answered_by_interviewee(source: Span | None, questions: Sequence[Turn]) -> bool:
    """A source "I" after the first of the article's ``questions`` and in none of them: the answer runs from a
    question to the next, over every paragraph between ("At any rate, back to your fundamental question, I ..."),
    and its "I" is the person answering. An "I" inside quotation marks there is somebody the answer quotes."""
    if source is None or source.text.lower() != _ANSWERER_SELF or not questions:
        return False
    at = source.start_char
    # by bisection: a long interview has as many questions as answers ("I" sources)
    before = questions[bisect_right(questions, at, key=lambda q: q.label[0]) - 1]
    if at < questions[0].content[1] or at < before.content[1]:
        return False
    return not regions_touching(at, at + 1, document_quote_regions(source.doc))
