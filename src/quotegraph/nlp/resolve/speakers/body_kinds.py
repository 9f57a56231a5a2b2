"""The kinds of bodies a noun may describe, and the bodies named as a person's workplace.

``BODY_KINDS`` groups the organisation nouns that may describe one body ("the firm" or "the lender" for a bank);
``named_as_other_kind`` and ``described_as_other_kind`` say when a body's own name, or a noun it was described by
before, rules a noun out; ``a_workplace`` says when a body is named only as the place a person described by a noun
works at ("an analyst at Nordbank Markets"). It links no description itself: ``coref`` and ``bodies`` pick the body a
noun stands for, and the role lexicon (``lexicons.tables``) says which nouns are bodies' at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.noun_classes import a_person_noun

# Organisation nouns that may describe one body: "the firm" or "the lender" for a bank, "the regulator"
# for a commission. A noun in none of them describes only a body its own name calls so. An authority is a regulator
# ("the Energy and Petroleum Regulatory Authority (EPRA) ... The regulator said"), a corporation a company, an
# association a union ("the Springdale Registered Nurses Association ... The union said"): the short forms of bodies'
# names in Kenyan, Indian and US local copy (bodyforms, the forty-first set; docs/occasion-rounds.md).
BODY_KINDS = tuple(
    frozenset(words.split())
    for words in (
        "company firm startup automaker retailer manufacturer insurer lender bank corporation",
        "company firm utility airline carrier operator studio",
        "agency administration department ministry office bureau commission board regulator watchdog authority",
        "council committee commission board legislature",
        "university college school institute",
        "hospital clinic",
        "charity nonprofit foundation association institute",
        "union association",
        "military army",
    )
)
# Prepositions from a person's noun to the body the person works at: "an analyst at", "a lawyer with" ("of" and
# "for" are left out: "the chief executive of Corvane", "a spokesman for Corvane" speak for the body told of)
_WORKPLACE_PREPOSITIONS = frozenset({"at", "with"})
# Person nouns of those who speak for their body, whose body is the one told of ("a spokeswoman at Corvane")
_VOICES_OF_A_BODY = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "executive", "officer", "director"}
)
# Nouns that describe any body, whatever its name calls it.
_ANY_BODY = frozenset({"group", "organization", "organisation"})


def a_workplace(token: Token) -> bool:
    """ "Kari Holm, an analyst at Nordbank Markets,", "Analysts at Jefferies": a body named as the place a person
    described by a noun works at, which the story is not about; "the company said" a sentence on means the body
    the story is about, not the commentator's bank."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.lower_ in _WORKPLACE_PREPOSITIONS
        and a_person_noun(preposition.head)
        and preposition.head.lemma_.lower() not in _VOICES_OF_A_BODY
    )


def named_as_other_kind(cluster: Cluster, noun: str) -> bool:
    """Whether a named body's own name calls it a kind ``noun`` cannot describe: "St. Columba's Hospital"
    is not "the union", "Harvest Box" (no such word) may be "the company"."""
    return _other_kind(name_kinds(cluster), noun)


def described_as_other_kind(cluster: Cluster, noun: str) -> bool:
    """Whether a body whose name says no kind was described before by a noun of a kind ``noun`` cannot describe:
    "Ashford Town" told of as "the club" is not "the league" of "the club would write to the league" nor of a later
    "The league said" (a body the article never names)."""
    if any(noun in family for family in BODY_KINDS):
        return False  # "the administration" after a wrong "the prison": a noun of a family may describe many kinds
    return _other_kind(_kinds_in(cluster.roles), noun)


def _other_kind(kinds: set[str], noun: str) -> bool:
    """Whether a body of ``kinds`` is of a kind ``noun`` cannot describe: neither one of them nor of a family
    with one of them."""
    if noun in _ANY_BODY or not kinds or noun in kinds:
        return False
    return not any(noun in family and kinds & family for family in BODY_KINDS)


def name_kinds(cluster: Cluster) -> set[str]:
    """The words of a body's name that say what kind of body it is ("board", "bank"), but "group" and the like."""
    return _kinds_in(cluster.key)


def _kinds_in(words: Iterable[str]) -> set[str]:
    """The ``words`` that say what kind of body one is ("board", "bank", "club"), but "group" and the like."""
    roles = lexicons().role_nouns
    return {w for w in words if (role := roles.get(w)) is not None and role.kind == "org"} - _ANY_BODY
