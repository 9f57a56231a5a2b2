"""What a noun says of whom it stands for, as the role lexicon and the phrase around it tell: a person's noun, a
body's noun, an office held by one, a party member, an age in years, a who-clause, a predicate noun, a description's
opening word."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of, lefts_of, rights_of
from quotegraph.nlp.lexicons.tables import lexicons

# the words a description opens with: "one" as "a" ("One nurse, who asked not to be named, told the Herald"), "two"
# as "some"; wider than ``find.headings``' set, which holds only the words that make a headline label a topic
DETERMINERS = frozenset(
    {"the", "a", "an", "another", "one", "this", "that", "these", "those", "some", "several", "two"}
)

KIN = frozenset({"family", "household", "clan"})  # nouns for a family named by its surname


def party_member(token: Token) -> bool:
    """ "Republican", "Democrat", "Spaniard" as a noun for one person ("the Wisconsin Republican says", "the
    Spaniard said"), which the tagger calls a group or, alone, a body."""
    return token.tag_ == "NNP" and token.ent_type_ in ("NORP", "ORG") and token.lemma_.lower() in lexicons().role_nouns


# A seat's letters told of by "the" ("the 34-year-old Labour MP said", "the SNP MSP", "the Fianna Fáil TD") are a
# noun for the one who holds the seat, as "the senator" is, though the tagger reads the party's word and the letters
# as a body's name: a description of a person named before (``role_descriptions``) and no name (``tagged_names``);
# after a name they are its post-nominals ("Jane Doe MP"). Written by speakerlinks (thirty-ninth set;
# docs/occasion-rounds.md) from the blind pages' "the 34-year-old Labour MP" shape.
SEAT_LETTERS_AFTER_THE = True
SEAT_LETTERS = frozenset({"MP", "MSP", "MLA", "MEP", "MPP", "TD"})  # the role lexicon keeps each, in lower case


# The same for an office's letters the role lexicon keeps in lower case as a person's noun ("the CEO said", "the
# airline's CEO"): written in capitals they are neither a capitalised office (``capitalised_office`` wants a title-case
# word) nor a common noun, so "the CEO" was a name of its own rather than the chief executive named before. The last
# blind pages' role nouns not linked to their named holder (docs/occasion-rounds.md, fortieth set: speakerforms).
OFFICE_LETTERS_AFTER_THE = True


def _office_letters(token: Token) -> bool:
    """A seat's letters, or capitals the role lexicon keeps (in lower case) as a noun for a person ("CEO")."""
    if token.text in SEAT_LETTERS:
        return True
    role = lexicons().role_nouns.get(token.lower_) if OFFICE_LETTERS_AFTER_THE else None
    return role is not None and role.kind == "person" and token.is_alpha and token.is_upper and len(token) > 1


def seat_letters_after_the(token: Token) -> bool:
    """ "MP" of "the 34-year-old Labour MP", "CEO" of "the CEO said": a seat's or an office's letters with "the" as
    their determiner (``SEAT_LETTERS_AFTER_THE``, ``OFFICE_LETTERS_AFTER_THE``)."""
    return (
        SEAT_LETTERS_AFTER_THE
        and _office_letters(token)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))
    )


def capitalised_office(token: Token) -> bool:
    """ "The King spent three hours", "the Pope said": a capitalised noun for a person's office right after "the",
    the office's one holder. Not an office of somewhere ("the Bishop of Sarum", "the Mayor of London"), which is read
    as a name, nor a word of a headline written in capitals word by word ("The Myth That The President Can Save")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.is_title
        and not party_member(token)  # "the Spaniard", "the Republican": no office, whoever was named so
        and token.i > 0
        and doc[token.i - 1].lower_ == "the"
        and (after is None or not (after.is_title or after.lower_ == "of"))
        and (role := lexicons().role_nouns.get(token.lemma_.lower())) is not None
        and role.kind == "person"
    )


def a_person_noun(token: Token) -> bool:
    """A common noun for a person, named ("sheriff") or unnamed ("official", "agent") as the lexicon keeps it."""
    return token.pos_ == "NOUN" and lexicons().names_a_person(token.lemma_.lower())


def person_noun_or_office(token: Token) -> bool:
    """A noun for a person as ``a_person_noun`` tells, or a capitalised office the parser read as a proper noun
    ("Member of the Senedd", "Minister for Health")."""
    return a_person_noun(token) or (token.pos_ == "PROPN" and lexicons().names_a_person(token.lemma_.lower()))


def is_predicative(head: Token) -> bool:
    return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def a_body_noun(token: Token) -> bool:
    """A common noun for a body ("agency", "board"), as the lexicon keeps it."""
    return token.pos_ == "NOUN" and a_body_word(token.lemma_)


def a_body_word(word: str) -> bool:
    """Whether a word is a body's common noun in the role lexicon ("university", "association")."""
    role = lexicons().role_nouns.get(word.lower())
    return role is not None and role.kind == "org"


PERSON_RELATIVES = frozenset({"who", "whom"})  # "whose" hangs on the noun it owns, "which" and "that" on things too


def with_a_who_clause(noun: Token) -> bool:
    """ "a retired schoolteacher who has lived ...", "Nadeem Sattar, who runs ...": a relative clause opened by "who"
    or "whom" hangs on ``noun``, which it says is a person."""
    return any(
        child.dep_ == "relcl" and any(w.lower_ in PERSON_RELATIVES and w.tag_ == "WP" for w in lefts_of(child))
        for child in rights_of(noun)
    )


def in_years(old: Token) -> bool:
    """ "old" of "29-year-old", "two years old": an age given in years."""
    return old.lower_ == "old" and any(
        c.lower_ in ("year", "years") and any(n.pos_ == "NUM" for n in children_of(c)) for c in lefts_of(old)
    )
