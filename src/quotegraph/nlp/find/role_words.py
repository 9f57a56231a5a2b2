"""The dependency labels and word classes the readers of a cue's roles share: the subject labels, the relative
pronouns, the words that name no one as a subject ("it", "there"), and the conjunctions that mark a clause as a
complement ("that", "whether", "if")."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of

# Expletive and relative subjects say nothing about who speaks ("it is said", "which shows").
NOT_SOURCES = frozenset({"it", "there", "that", "which", "this", "what"})
# The relative pronouns that may stand as a subject for the noun before them ("the union, which said", "which she
# said had been"); ``mention_spans.RELATIVE_PRONOUNS`` is every relative pronoun a mention may be
SUBJECT_RELATIVES = frozenset({"who", "which", "that"})
# The labels of a verb's own subjects, clausal and expletive ones included: a verb with one shares no other's
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# The conjunctions that open a clause as what was said, not as a clause of time, cause or purpose
_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


def complement_marked(clause: Token) -> bool:
    """A clause opened by a conjunction that makes it a complement ("that", "whether", "if")."""
    return any(g.dep_ == "mark" and g.lower_ in _COMPLEMENT_MARKS for g in children_of(clause))
