"""Dependency labels, bounds and word patterns the finding and resolving rules share, so one reading of the parse
and of the text is spelled once."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of, lefts_of

__all__ = [
    "ASKING_VERBS",
    "CLAUSES_ON_A_NOUN",
    "DEMONSTRATIVES",
    "FINITE_OR_MODAL_TAGS",
    "FINITE_TAGS",
    "INDEFINITE",
    "MAX_PHRASE_DEPTH",
    "NOMINAL_SUBJECTS",
    "NOUN_TAGS",
    "OBJECT_DEPS",
    "OWN_MODIFIERS",
    "PLACE_ENTITIES",
    "PREDICATE_NOUNS_TAKE_RELATIVES",
    "PROPER_NOUN_TAGS",
    "VERB_POS",
    "WORD",
    "WORD_CHARACTER",
    "agents_of",
    "entity_end",
    "holds_a_verb",
    "inverted_after_quote",
    "nominal_subjects",
    "own_phrase_start",
    "predicate_noun_before",
    "principal_of",
    "subtree_span",
    "with_indefinite_article",
]

# A clause's noun-phrase subject, active ("Smith said") or passive ("Smith was told"); clausal subjects and
# expletives are not who speaks or is spoken of.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A noun phrase's right-hand modifiers are followed this many dependency levels down at most (a description's "a
# spokesman for X", a channel's "an interview with CNN"): deeper is a clause the parser hung on it, and the walk
# stays bounded on run-on text.
MAX_PHRASE_DEPTH = 4
# The entity labels of a place: a country or city, a region, a building ("NEW YORK (AP)", "from Port Alder").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# A word of the text, as the rules count and list words ("at least three words", "the words before the colon").
WORD = re.compile(r"\w+")
# One character of a word: enough to say whether any word stands in a stretch of text, and the unit a content's
# quoted share is counted in.
WORD_CHARACTER = re.compile(r"\w")
# The tags of a verb inflected for tense and person ("said", "says", "say"): a clause of its own, not a participle,
# an infinitive or a plan ("to attend", "will attend").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Those and a modal ("may", "would"): the first word of a clause with no subject of its own that states.
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}
# A verb's objects, direct and dative, as the parser labels them: the one told or asked ("told reporters", "asked him
# whether"), or what a verb of holding holds ("held a briefing").
OBJECT_DEPS = frozenset({"dobj", "dative"})
# The clauses hung on a noun (a relative clause, a participle or infinitive clause): they describe the noun's person
# or thing and state nothing of their own ("the official who said", "a report published Tuesday").
CLAUSES_ON_A_NOUN = frozenset({"relcl", "acl"})
# The tags of a proper noun, singular and plural ("Smith", "Democrats"): the words of a name.
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# The tags of a noun, common or proper, singular or plural: a word that can name a thing, a scene or a person.
NOUN_TAGS = frozenset({"NN", "NNS"}) | PROPER_NOUN_TAGS
# The parts of speech of a verb, main or auxiliary ("could draw", "is"): a clause holds one, a name or a label none.
VERB_POS = frozenset({"VERB", "AUX"})
# The determiners that point back to something just said or described ("That nurse, Angela Ruiz,", "That's according
# to early results").
DEMONSTRATIVES = frozenset({"that", "this"})
# The articles that introduce someone or something not met yet ("a nurse", "an analyst").
INDEFINITE = frozenset({"a", "an"})
# The verb (lemma) of putting a question to someone ("asked Clinton whether", "Asked if ..., she said"), whose object
# or shared subject is the one asked, not who speaks
ASKING_VERBS = frozenset({"ask"})


def agents_of(verb: Token) -> list[Token]:
    """The nouns a passive's "by" phrase names as doing it ("Asked by reporters", "quoted by Interfax"), in text
    order."""
    return [o for a in children_of(verb) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"]


def with_indefinite_article(noun: Token) -> bool:
    """Whether ``noun`` takes "a" or "an" as its determiner ("a survey", "an NBC reporter")."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in children_of(noun))


def principal_of(word: Token) -> Token | None:
    """The noun a word's "on behalf of" phrase names as the one it is done for ("read a statement on behalf of the
    family", "a statement issued on the family's behalf"), or None."""
    for prep in children_of(word):
        if prep.dep_ != "prep" or prep.text.lower() != "on":
            continue
        for behalf in children_of(prep):
            if behalf.dep_ != "pobj" or behalf.text.lower() != "behalf":
                continue
            owners = [c for c in children_of(behalf) if c.dep_ == "poss"]
            owners += [
                o
                for of in children_of(behalf)
                if of.dep_ == "prep" and of.text.lower() == "of"
                for o in children_of(of)
            ]
            found = [o for o in owners if o.dep_ in ("poss", "pobj")]
            if found:
                return found[0]
    return None


def nominal_subjects(verb: Token) -> list[Token]:
    """The verb's noun-phrase subjects, in text order."""
    return [child for child in children_of(verb) if child.dep_ in NOMINAL_SUBJECTS]


def inverted_after_quote(noun: Token) -> bool:
    """ "wrote" of '"...," wrote the woman', "asked" of '"...?" asked Mr. Manafort': a noun after its verb, the verb
    right after a closing quotation mark (the tagger's closing-quote tag), the speaker of a cue inverted after its
    quote."""
    verb = noun.head
    return noun.i > verb.i > 0 and verb.doc[verb.i - 1].tag_ == "''"


def holds_a_verb(tokens: Iterable[Token]) -> bool:
    """Whether a verb stands among ``tokens``: a clause ("Clinton email scandal disqualifies her"), not a name or a
    label ("Former AG Mukasey at RNC")."""
    return any(t.pos_ in VERB_POS for t in tokens)


def entity_end(doc: Doc, end: int) -> int:
    """``end``, or, when the token at ``end`` goes on a name the tagger tagged, one past that name's last token."""
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def subtree_span(token: Token) -> Span:
    """Every word ``token`` heads, as one span ("The Ledger's farm desk", "Deputy Minister Sergei Ryabkov"): from its
    subtree's first word to its last."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


# "One of those kids was a young steward on duty at the front of the away end, who told the Blast she ...": a relative
# clause set off by a comma right after a copula's predicate noun is about that noun, which the parser often passes
# over for the copula's subject (here a numeral, "One", so that the source was the bare "who" and the speaker was
# named "who"). A relative pronoun is never a speaker's name. Used for a source's relative pronoun
# (``source_spans.relative_antecedent_phrase``), for the noun coreference joins the pronoun to (``pronouns``), and to
# keep such a predicate noun as a mention of a person (``role_descriptions``). Rule on against off (fast.py, cache12;
# pages8speaker): pages addressee +1, speaker unchanged: on cup-tie-away-end-crush the steward is "a young steward", no
# longer "who", and her "she said" is hers, no longer "a colleague" of her reported words (both still misses: her name,
# Jess Hartigan, comes eight paragraphs later inside the chairman's reported words). Train-d, train 0-59 and train-c
# byte-identical: the form occurs in none of their parses. Its evidence is that page alone, suspect of fitting.
# Dependants before a noun that belong to its own phrase ("a young technician", "Mr. Slinker", "the bank's manager")
OWN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})


def own_phrase_start(noun: Token) -> int:
    """Where ``noun``'s own phrase starts: the left edge of the first of its dependants before it that belong to the
    phrase (``OWN_MODIFIERS``), else the noun itself; not a clause or a phrase set before it."""
    return min([noun.i, *(c.left_edge.i for c in lefts_of(noun) if c.dep_ in OWN_MODIFIERS)])


PREDICATE_NOUNS_TAKE_RELATIVES = True


def predicate_noun_before(noun: Token, pronoun: Token) -> Token | None:
    """The predicate noun of the copula whose subject is ``noun``, when it stands between the subject and a relative
    pronoun set off by a comma after it (``PREDICATE_NOUNS_TAKE_RELATIVES``)."""
    copula = noun.head
    if not PREDICATE_NOUNS_TAKE_RELATIVES or noun.dep_ not in NOMINAL_SUBJECTS or copula.lemma_ != "be":
        return None
    if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    predicates = (c for c in children_of(copula) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN"))
    return next((c for c in predicates if noun.i < c.i < pronoun.i), None)
