"""The subject of a saying verb that a relative clause set off on it led the parser astray from.

"Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was ...",
"Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes": the parser reads the relative
clause as the saying verb's reported clause, before it, and hangs the subject on that clause's verb, so the saying verb
has no subject of its own (``_subject_of_the_clause_before``). "a young technician from Mehsana who had been chosen to
show the Prime Minister the wire-bonding line told The Indian Courier: “...”": the parser reads the saying verb into the
relative clause, so the sentence's root is the noun (``_noun_the_clause_swallowed_on``). Either way the subject is the
noun phrase before the relative word. ``cue_subjects._subject_step`` asks ``subject_before_relative_clause`` for a verb
with no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import children_of, labelled_ancestor
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, own_phrase_start

# A saying verb with no subject of its own after a relative clause set off on its subject takes the noun phrase before
# the relative word as its subject. Rule on against off (full eval, pagespeaker2): train-d F1 0.7265 -> 0.7267, source
# 0.9349 -> 0.9351, occasions unchanged, 3 articles moved, none worse: nyt no-love-lost-between-trump "Mr. Slinker,
# whose latest start-up, Paradata, uses big data ..., said" and politico sanders-endorsements-prove "Sanders,
# meanwhile, who sits at zero such endorsements, said" (no source -> the gold's), politico atlantic-city-officials
# "Gov. Chris Christie — who is being vetted ... — made ..., and he has battled ..., at one point calling the mayor a
# liar" (the swallowed shape: "one point" -> Christie, the gold's "he"); train 0-59 and train-c unchanged. News
# pages: one speaker right (pm-chip-plant-visit "a young technician from Mehsana who had been chosen to show ... told
# The Indian Courier:", with ``role_descriptions.ROOT_NOUN_SOURCES`` and the late naming: Kavya Parmar), none lost.
RELATIVE_CLAUSE_SUBJECTS = True
# The words that open a relative clause on a person or body the verb's subject may be ("who", "whose"; "which" for a
# body: "Harlan Rail, which owns the line, said")
_RELATIVE_WORDS = frozenset({"who", "whose", "which"})


def subject_before_relative_clause(verb: Token) -> CharSpan | None:
    """The noun phrase a relative clause set off on the subject of ``verb`` hid from the parser, for a verb with no
    subject of its own: "Sanders, meanwhile, who sits at zero such endorsements, said" -> "Sanders"."""
    if not RELATIVE_CLAUSE_SUBJECTS or any(c.dep_ in NOMINAL_SUBJECTS for c in children_of(verb)):
        return None
    return _subject_of_the_clause_before(verb) or _noun_the_clause_swallowed_on(verb)


def _subject_of_the_clause_before(verb: Token) -> CharSpan | None:
    """ "Mr. Slinker, whose latest start-up ... uses big data ..., said": a clause before the verb, closed by a comma
    right before it, whose own subject stands before a relative word set off by a comma."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i):
        for subject in (s for s in children_of(clause) if s.dep_ == "nsubj" and s.i < clause.i):
            if subject.pos_ not in ("PROPN", "NOUN"):
                continue
            span = _phrase_before_relative(subject, clause.i, set_off=True)
            if span is not None:
                return span
    return None


def _noun_the_clause_swallowed_on(verb: Token) -> CharSpan | None:
    """ "a young technician from Mehsana who had been chosen to show ... the line told The Indian Courier:": a verb
    inside a relative clause on a noun that is its sentence's root (the sentence has no verb of its own)."""
    above = labelled_ancestor(verb, "relcl")
    if above is None:
        return None
    noun = above.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return _phrase_before_relative(noun, above.i, set_off=False)


def _phrase_before_relative(noun: Token, limit: int, *, set_off: bool) -> CharSpan | None:
    """The noun's phrase from its own first modifier up to the relative word that opens a clause after it, before
    ``limit``: "a young technician from Mehsana" of "a young technician from Mehsana who"; "Mr. Slinker" of "Mr.
    Slinker, whose". None when no relative word follows before ``limit``, or, when ``set_off``, none after a comma."""
    doc = noun.doc
    relative = next((t for t in doc[noun.i + 1 : limit] if t.lower_ in _RELATIVE_WORDS), None)
    if relative is None or (set_off and doc[relative.i - 1].text != ","):
        return None
    # "Sanders, meanwhile, who", "Gov. Chris Christie — who": the phrase ends at the first mark after the noun
    end = next((t.i for t in doc[noun.i + 1 : relative.i] if t.is_punct), relative.i)
    start = own_phrase_start(noun)
    last = doc[end - 1]
    return (doc[start].idx, last.idx + len(last.text))
