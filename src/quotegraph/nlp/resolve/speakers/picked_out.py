"""Descriptions that pick one person out: an age used as a noun ("the 34-year-old"), one of a group by a comparison
("the older of the two men"), a superlative ("the youngest volunteer")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from quotegraph.nlp.find.parse import children_of, document_words, lefts_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan, mention_of
from quotegraph.nlp.resolve.speakers.noun_classes import DETERMINERS, in_years, is_predicative
from quotegraph.nlp.syntax import INDEFINITE

# One person picked out of a group by a comparison is a description of that person ("the older of the two men";
# ``one_of_a_group``).
# Rule on against off (speakers round 25): train-d and train 0-59 byte-identical; news pages one speaker, one time.
ONE_OF_A_GROUP = True


# "the 34-year-old": an age used as a noun, read as a description with this role (the lexicon's entry)
AGE_ROLE = "year-old"


_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos"})


# A person described as picked out by a superlative ("the youngest volunteer at the table") is a new person, as one
# picked out of a group is (``picked_out_by_a_superlative``), named by a later name that introduces someone, or else
# the description itself. Rule on against off (fast.py, cache7; speakers round 29): fires in 18 train-d and 3 train
# 0-59 articles, no statement's speaker or occasion changed; news pages one speaker right (lifeboat-rescue).
SUPERLATIVES_INTRODUCE = True


# An age the finder read as a statement's source is a description of the one who spoke, whatever its dependency
# (``age_mentions``). Rule on against off (fast.py, cache7; speakers round 29): train-d 1 speaker better in 1 article
# ('"...?" the 43-year-old asked': no speaker -> Peter Serafinowicz; its time right, its channel and addressee lost to
# the posting before); train 0-59 byte-identical.
AGES_AS_SOURCES = True


def _age_read_as_modifier_of_verb(token: Token) -> bool:
    """ "For her part, the 64-year-old says she ...": the parser takes "says" for a noun the age modifies
    and hangs "the" on it; the age right before a verb is the verb's subject."""
    verb = token.head
    return token.dep_ == "amod" and verb.i == token.i + 1 and verb.tag_ in ("VBZ", "VBD", "VBP")


def age_mentions(doc: Doc, named: set[int], sources: frozenset[int] = frozenset()) -> Iterator[MentionSpan]:
    """ "the 34-year-old told the court": an age standing for the person it is given to. Only an age used
    as a noun: in "the 34-year-old nurse" the noun is the description. So an age the finder read as a statement's
    source, whatever the parser made of it (with ``AGES_AS_SOURCES``): '"...?" the 43-year-old asked' is parsed with
    "old" the sentence's root and "asked" a clause on it."""
    for i, lower in enumerate(document_words(doc).lower):
        if lower != "old" or i in named:
            continue
        token = doc[i]
        misparsed = _age_read_as_modifier_of_verb(token)
        a_source = AGES_AS_SOURCES and token.i in sources
        if token.dep_ not in _NOUN_DEPS and not misparsed and not a_source:
            continue
        owner = token.head if misparsed else token
        determiners = [c for c in lefts_of(owner) if c.dep_ == "det" and c.lower_ in DETERMINERS and c.i < token.i]
        if not in_years(token) or not determiners:
            continue
        first = determiners[0].lower_
        if first in INDEFINITE and is_predicative(token):
            continue  # "she is a 34-year-old": says what she is
        yield mention_of(
            doc[determiners[0].i : token.i + 1],
            "description",
            role=AGE_ROLE,
            indefinite=first in ("a", "an", "another"),
            type="PERSON",
        )


def picked_out_by_a_superlative(noun: Token) -> bool:
    """ "said the youngest volunteer at the table", "the oldest resident of the street": a person picked out of those
    at a scene by a superlative is somebody new, as "the older of the two men" is (``one_of_a_group``), not whoever
    was named last (with ``SUPERLATIVES_INTRODUCE``)."""
    return SUPERLATIVES_INTRODUCE and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in lefts_of(noun))


def one_of_a_group(doc: Doc, named: set[int]) -> Iterator[MentionSpan]:
    """ "the older of the two men", "the youngest of the three sisters": one person picked out of a group by a
    comparison, a description of that one person (in the singular) by the group's noun, not the group."""
    if not ONE_OF_A_GROUP:
        return
    roles, strings = lexicons().role_nouns, document_words(doc)
    for i, tag in enumerate(strings.tag):
        if tag not in ("JJR", "JJS") or strings.dep[i] not in _NOUN_DEPS or i in named:
            continue
        token = doc[i]
        the = [c for c in lefts_of(token) if c.dep_ == "det" and c.lower_ == "the"]
        of = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"]
        group = [g for o in of for g in children_of(o) if g.dep_ == "pobj" and g.tag_ == "NNS"]
        role = roles.get(group[0].lemma_.lower()) if group else None
        if not the or role is None or role.kind != "person":
            continue
        yield mention_of(
            doc[the[0].i : group[0].i + 1],
            "description",
            gender=role.gender,
            role=group[0].lemma_.lower(),
            specific=True,  # the one picked out is nobody met before under the group's noun: a new person
            type="PERSON",
        )
