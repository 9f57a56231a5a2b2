"""How far a noun phrase runs: its determiners and modifiers, the "of" or "in" phrase that says which ("the students of
the university"), a name in apposition ("the programme's host, Priya Deshmukh"), a broadcaster's number ("Channel 4
News", "News 6").

Separate from the channel and the addressee readers because both of them end a phrase at an apposed name, and whom
something was said to is read as such a noun phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import lefts_of, rights_of

__all__ = [
    "apposed_name",
    "capitalised_common_noun",
    "noun_phrase",
]


def apposed_name(child: Token) -> bool:
    """A proper name in apposition, set off by a comma or not: "the programme's host, Priya Deshmukh", "the
    breakfast programme Good Day Britain" (which the parser may make a second object of the verb)."""
    # an apposition never opens a sentence, so a capitalised common noun there ("VillaTV") is a name too
    named = child.tag_ in ("NNP", "NNPS") or capitalised_common_noun(child)
    return child.dep_ == "appos" and named and child.ent_type_ not in ("DATE", "TIME", "GPE")


def capitalised_common_noun(token: Token) -> bool:
    """A capitalised word the tagger calls a common noun ("VillaTV", the "TV" of "WBNS-TV"): where no sentence
    opens, a name's word."""
    return token.tag_ in ("NN", "NNS") and token.text[:1].isupper()


def noun_phrase(token: Token) -> Span:
    """The noun phrase with the "of" or "in" phrase that says which ("the students of the university",
    "3,000 in Reno"), without clauses."""
    doc: Doc = token.doc
    start = min(
        [
            token.i,
            *(t.left_edge.i for t in lefts_of(token) if t.dep_ in ("det", "amod", "compound", "poss", "nummod")),
            *(t.left_edge.i for t in lefts_of(token) if _name_part_before(t, token)),
        ]
    )
    end = token.i + 1
    for child in rights_of(token):
        if _station_number(child, token, end):
            end = child.i + 1
        elif child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ in ("of", "in")):
            end = max(end, child.right_edge.i + 1 if child.dep_ == "prep" else child.i + 1)
        elif apposed_name(child):  # "the programme's host, Priya Deshmukh"
            end = child.i + 1
        elif child.dep_ not in ("punct",):
            break
    second = doc[end] if end < len(doc) and token.dep_ in ("dobj", "dative") and token.tag_ in ("NN", "NNS") else None
    if second is not None and second.tag_ == "NNP":  # "told the breakfast programme Good Day Britain"
        name = second.head if second.dep_ == "compound" else second
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.head == token.head and name.dep_ == token.dep_ and name.left_edge.i == end and name.tag_ == "NNP":
            end = name.i + 1
    return doc[start:end]


# Broadcasters are named with numbers the parser hangs apart from the name: "told Channel 4 News" ("Channel 4" a noun
# modifier of "News"), "told News 6" ("6" a number modifying "News"); the phrase was "News" alone. A proper noun that
# modifies the head as a noun modifier, its words running up to the head, and a number in figures right after a proper
# noun head are parts of the name. Rule on against off (fast.py, cache8; the lead, after next12 was scored, on its
# "told News 6"): train-d 3 addressees longer ("told Fox 35 in Orlando": "Fox" -> "Fox 35 in Orlando"), every score
# unchanged; train 0-59 and train-c byte-identical; pages addressee +4, every field +4 (snow-leopard-recaptured).
NUMBERED_NAMES = True


def _name_part_before(child: Token, head: Token) -> bool:
    """ "Channel 4" of "Channel 4 News": a proper noun hung on the head as a noun modifier, right before it."""
    return NUMBERED_NAMES and child.dep_ == "nmod" and child.pos_ == "PROPN" and child.right_edge.i == head.i - 1


def _station_number(child: Token, head: Token, end: int) -> bool:
    """ "6" of "News 6": a number in figures right after a proper noun head."""
    return (
        NUMBERED_NAMES
        and child.dep_ == "nummod"
        and child.i == end
        and head.pos_ == "PROPN"
        and child.text.isdigit()
        and "\n" not in head.whitespace_
    )
