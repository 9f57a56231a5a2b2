"""A poll's finding stated with the poll in a phrase of "in" on the clause: "In a Des Moines Register poll last month,
Mr. Cruz had a 10 percentage-point lead", "he fell to 10 percent in the latest CNN/ORC poll released Wednesday".
PolNeAR annotates the form as an attribution: "in" the cue, the poll the source, the clause without the phrase the
content. No verb of saying is in the sentence, so the cue tagger never tags it and the poll, which names the
statement's channel (and often its time: "released Wednesday"), is never read."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.cues import AUXILIARIES
from quotegraph.nlp.find.headings import Stated
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.quote_context import words_of
from quotegraph.nlp.syntax import CLAUSES_ON_A_NOUN, FINITE_OR_MODAL_TAGS, NOMINAL_SUBJECTS, VERB_POS

__all__ = ["poll_findings"]

# The documents whose findings a clause states with "in" before them: a poll or survey counts what people answered,
# and a clause about who leads or trails "in" one is its finding. Other documents with "in" ("in a statement", "in
# the report") name where something was said and already come with a verb of saying the tagger reads.
_POLL_NOUNS = frozenset({"poll", "survey"})
# Clause links climbed from the verb the phrase hangs on to the clause that has the subject ("Clinton continues to
# lead in polls": "lead" is "continues"' complement), at most this many ("is expected to continue to lead")
_CLAUSE_CLIMB = frozenset({"xcomp"})
MAX_CLAUSE_CLIMB = 2


def _generic_polls(poll: Token) -> bool:
    """ "in the polls" (plural, with "the" alone): standing in polling at large ("has soared in the polls", "being
    3, 4 percent in the polls"), which train-d never annotates, not one poll's finding."""
    if poll.tag_ not in {"NNS", "NNPS"}:
        return False
    modifiers = [c for c in children_of(poll) if c.dep_ != "punct"]
    return bool(modifiers) and all(c.dep_ == "det" and c.lower_ == "the" for c in modifiers)


def _clause_of(verb: Token) -> tuple[Token, Token] | None:
    """The verb with a subject that ``verb`` belongs to (through complements) and that subject, or None."""
    for _ in range(MAX_CLAUSE_CLIMB + 1):
        subjects = [c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS]
        if subjects:
            return verb, subjects[0]
        if verb.dep_ not in _CLAUSE_CLIMB:
            return None
        verb = verb.head
    return None


def _runs(tokens: Sequence[Token]) -> list[CharSpan]:
    """The character spans of ``tokens``' consecutive runs, each without punctuation at its ends."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [words_of(run) for run in runs if any(not t.is_punct and not t.is_space for t in run)]


# What follows the poll's own phrase and is not its name: an apposition on it ("..., a collapse driven by ...")
_NOT_THE_POLL = frozenset({"appos", "punct", "relcl"})


def _poll_phrase(poll: Token) -> CharSpan:
    """The poll's phrase up to its first apposition, comma or relative clause after it: "the latest CNN/ORC poll
    released Wednesday" of "..., a collapse driven by ..."."""
    after = [c.left_edge.i for c in children_of(poll) if c.i > poll.i and c.dep_ in _NOT_THE_POLL]
    return words_of(list(poll.doc[poll.left_edge.i : min([poll.right_edge.i + 1, *after])]))


def _finding(preposition: Token, in_quote: Sequence[bool]) -> tuple[Token, Token, Token] | None:
    """The poll, the verb with its subject whose clause states the poll's finding with ``preposition`` before the
    poll, or None."""
    poll = next((c for c in children_of(preposition) if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLL_NOUNS or _generic_polls(poll):
        return None
    if preposition.dep_ != "prep" or preposition.head.pos_ not in VERB_POS:
        return None  # on a noun, the poll describes it ("One in four voters in a poll", "strength in the polls")
    clause = _clause_of(preposition.head)
    # A relative clause's finding is a description of its noun ("Mr. Trump, who has been leading in polls here"):
    # train-d leaves those unannotated
    if clause is None or clause[0].dep_ in CLAUSES_ON_A_NOUN or in_quote[clause[0].i]:
        return None
    verb, subject = clause
    if not _finite(verb):
        return None  # "Frustrations at Carson's inability to stem his nosedive in polls": "stem" read with a subject
    if subject.left_edge.i <= preposition.i <= subject.right_edge.i:
        return None  # inside the subject the poll describes it ("inability to stem his nosedive in polls")
    return poll, verb, subject


def _finite(verb: Token) -> bool:
    """Whether ``verb`` is finite or has a finite auxiliary ("was winning", "has led"): a clause that states."""
    return verb.tag_ in FINITE_OR_MODAL_TAGS or any(
        c.dep_ in AUXILIARIES and c.tag_ in FINITE_OR_MODAL_TAGS for c in children_of(verb)
    )


def _clause_end(verb: Token, after: int) -> int:
    """The index past the clause's last word: the verb's own comma after it and after the poll's phrase (ending at
    ``after``) ends it, so that a clause set off after it is the writer's ("Mr. Cruz had a 10 percentage-point lead,
    largely because ...", "While he is running third in most polls, a strong showing ... could finally show")."""
    commas = [c.i for c in children_of(verb) if c.lower_ == "," and c.i > max(verb.i, after)]
    return min([verb.right_edge.i + 1, *commas])


def poll_findings(doc: Doc, in_quote: Sequence[bool]) -> list[Stated]:
    """Every clause of ``doc`` outside quotes that states a poll's finding with the poll in a phrase of "in" on its
    verb, as content, cue ("in") and source (the poll's phrase). A finding's clause inside another's ("Cruz came in
    second in January polls, although Rubio moved from third to second in a more-recent survey") is left out of the
    other's content: each poll has its own."""
    findings = [
        (token, *finding)
        for token in doc
        if token.lower_ == "in" and not in_quote[token.i] and (finding := _finding(token, in_quote)) is not None
    ]
    stated = []
    for preposition, poll, verb, subject in findings:
        nested = [other for _, _, other, _ in findings if other is not verb and verb.is_ancestor(other)]
        outside = {t.i for other in nested for t in other.subtree}
        outside |= set(range(preposition.left_edge.i, preposition.right_edge.i + 1))
        end = _clause_end(verb, preposition.right_edge.i)
        words = [t for t in doc[subject.left_edge.i : end] if t.i not in outside]
        if content := _runs(words):
            cue = (preposition.idx, preposition.idx + len(preposition.text))
            stated.append((content, [cue], [_poll_phrase(poll)]))
    return stated
