"""Where a cue's content runs stop: not into the verb whose subject holds the cue, not past the relative clause whose
pronoun a verb of saying reports, and without a clause read as the speaker's (``outside``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.cues import relative_said_clause
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.role_words import SUBJECT_DEPS
from quotegraph.nlp.find.spans import runs
from quotegraph.nlp.syntax import VERB_POS


def runs_into_governor(window: Span, head: Token, cue_end: int, run: tuple[int, int]) -> bool:
    """ "A ward sister who was sacked after complaining about night-shift staffing was unfairly dismissed, an
    employment tribunal ... ruled": a content after a cue that stands inside the subject of a verb, running on into
    that verb, is the sentence read past the cue's phrase (the tagger does not see where the subject ends): what a
    cue inside a subject says is no part of what is said of that subject. Only a preposition's gerund ("after
    complaining about"): the main clause is what a cue in an adverbial clause reports ("As Politico reported, the
    party agreed ...")."""
    if head.pos_ != "VERB" or head.dep_ != "pcomp" or window.start + run[0] < cue_end:
        return False
    for verb in head.ancestors:
        if not run[0] <= verb.i - window.start < run[1]:
            continue
        if any(c.dep_ in SUBJECT_DEPS and c.left_edge.i <= head.i <= c.right_edge.i for c in children_of(verb)):
            return True
    return False


def relative_said_runs(
    window: Span, head: Token, content: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], int] | None:
    """For a verb of saying in a relative clause that reports the clause its pronoun is subject of
    (``relative_said_clause``): the content's runs (the pronoun, then the clause) and the pronoun's index in the
    window, else None. The tagger's runs after the verb end where the clause does (the parse's often ends early), a
    run that takes in the verb starting after it; the antecedent's runs are dropped."""
    relative = relative_said_clause(head)
    if relative is None or relative[0].i < window.start or relative[2] >= window.end:
        return None
    pronoun, first, last = (relative[0].i - window.start, relative[1] - window.start, relative[2] - window.start)
    stop = _predicate_resumed(window, relative[2]) - window.start
    after = [(max(a, first), min(b, stop)) for a, b in content if b > first]
    return [(pronoun, pronoun + 1), *(after or [(first, last + 1)])], pronoun


def _predicate_resumed(window: Span, last: int) -> int:
    """Where the sentence's own predicate resumes after a relative clause that ends at or after ``last`` ("The
    senator, who aides said was exhausted, left early": the comma before "left"), else the window's end."""
    for token in window.doc[last + 1 : window.end - 1]:
        if token.text == "," and token.nbor(1).pos_ in VERB_POS:
            return token.i
    return window.end


def runs_outside(window: Span, clause: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content runs of ``window`` with the tokens of ``clause`` left out."""
    first, last = clause.left_edge.i - window.start, clause.right_edge.i - window.start
    kept = []
    for a, b in content:
        for run in runs([not first <= at <= last for at in range(a, b)]):
            kept.append((a + run[0], a + run[1]))
    return kept
