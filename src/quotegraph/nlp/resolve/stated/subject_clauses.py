"""A "who" relative clause the parser hung on a noun inside a subject's description, which is the subject's: "who"
takes a person, so when the noun it hangs on names no person ("Bae Eun-ji, director general of the ministry's exam
policy bureau, who sat beside Oh at the briefing, said"; "Dr Behera, senior specialist at the DHH, who was seated
beside the CDMO, said"), the clause tells of the person the description is about. One reading for every rule that
reads a subject's relative clauses (``who_clauses_inside``): the carrier's placing clauses
(``carrying.scene_roles.placed_at_the_scene``), the scene joined (``stated_channels.scene_joined``) and the sources
who spoke with someone (``stated_channels.speaking_on``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

__all__ = ["WHO_CLAUSES_INSIDE", "person_s_clause", "who_clauses_inside"]

# A "who" clause hung on a noun that names no person inside a subject's description is the subject's. Counted on the
# cached parses (cache16) over the sources and cue subjects of candidates: 32 sources in 29 train-d articles, 2 in 2 of
# train 0-59, 2 in 2 of train-c (on "fund", "campaign", "administration", a place "Tampa", "Roanoke", a body's name
# "Dartmouth College", "Publishers Weekly", "Council of Economic Advisers": each the person's, none the body's or the
# place's). A body's noun or name is kept as an antecedent: all its train cases are the person's ("bureau" of the
# exam-leak page too). Guards: not a noun for a person ("the parents of the boy, who"), nor a pronoun, nor a noun
# coordinated with the subject ("Victims ... and unaccompanied minors who came"), nor a noun under another person
# named between it and the subject, whose clause is that person's. A noun for a person the role lexicon lacks
# ("parents", "contractor") is not caught; on train it hangs no clause a reader reads. Readers' gains, rule on against
# the rule of ``scene_roles.WHO_CLAUSES_IN_THE_SUBJECT`` alone (fast.py, cache16): train-d, train 0-59 and train-c
# byte-identical (of the clauses found only one is of a verb a reader reads, "who spoke on the condition of anonymity",
# with no one spoken to); news pages addressee and every field +3 (prairie-lakes-ransomware-hospitals.html: "A
# registered nurse in the emergency department, who spoke to the Ledger ..., said", the clause hung on "department",
# read by ``speaking_on``: her three statements to the Ledger, strict known misses of a sealed set, now right).
WHO_CLAUSES_INSIDE = True
_WHO = "who"
_APPOSITION = "appos"
_CONJUNCT = "conj"


def person_s_clause(word: Token) -> bool:
    """``word`` is a relative clause whose subject is "who" ("who was seated beside the CDMO"): a person's."""
    return word.dep_ == "relcl" and any(c.dep_ in NOMINAL_SUBJECTS and c.lower_ == _WHO for c in children_of(word))


def _a_person(noun: Token) -> bool:
    """``noun`` names a person: a name, a pronoun or a noun for a person ("parents", "director")."""
    role = lexicons().role_nouns.get(noun.lemma_.lower())
    return noun.ent_type_ == "PERSON" or noun.pos_ == "PRON" or (role is not None and role.of_person)


def _the_subject_s(noun: Token, subject: Token) -> bool:
    """``noun``, inside ``subject``'s phrase, is the subject's own description: reached from the subject through its
    appositions and the words that name no person, not through a conjunct."""
    for word in (noun, *noun.ancestors):
        if word == subject:
            return True
        if word.dep_ == _CONJUNCT:
            return False
        own = word.dep_ == _APPOSITION and word.head == subject  # "director general" of "Bae, director general of"
        if word != noun and not own and _a_person(word):
            return False
    return False


def who_clauses_inside(subject: Token) -> list[Token]:
    """The "who" relative clauses the parser hung on a noun naming no person inside ``subject``'s description, which
    are the subject's (``WHO_CLAUSES_INSIDE``): "who sat beside Oh at the briefing" of "Bae Eun-ji, director general of
    the ministry's exam policy bureau, who sat ...", and those on its apposition ("Dr Otieno"). Not a clause on the
    subject itself, which its readers take already."""
    if not WHO_CLAUSES_INSIDE:
        return []
    appositions = [c for c in children_of(subject) if c.dep_ == _APPOSITION]
    return [
        clause
        for clause in subject.subtree
        if person_s_clause(clause)
        and clause.head != subject
        and (clause.head in appositions or (not _a_person(clause.head) and _the_subject_s(clause.head, subject)))
    ]
