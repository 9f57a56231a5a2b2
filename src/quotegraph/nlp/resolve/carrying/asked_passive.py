"""The one a passive question is put to ("In an interview with The New York Times Magazine published online Wednesday,
Trump was asked, ...", "Rubio was asked by Fox Business moderator Gerard Baker whether ..."): the question is a
statement of the asker (often unnamed), but the occasion it names is the one asked's too, who answers on it. The carrier
sets the question's occasion for the one asked as well as for its speaker (``occasions.ASKED_IN_THE_PASSIVE``), so
"Trump joked that Brooklyn was his answer" after it carries the interview.

Its active twin (``asked_in_the_active``): "In Parliament on Thursday afternoon, ... Ben Kettering, asked the Minister
for Tertiary Education, Rachel Vaimoana, whether she still had confidence in the council." The asker names the
occasion; the one asked (the cue's object) answers on it ("Vaimoana replied", "She told the House"), with
``occasions.ASKED_IN_THE_ACTIVE``. A request ("asked the network to donate", "pressed Clinton to do more") is no
question: the one asked is not heard answering on its occasion.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.phrase_forms import QUESTIONING

__all__ = ["asked_in_the_active", "asked_in_the_passive"]

_PASSIVE_SUBJECT = "nsubjpass"
_ONES_ASKED = frozenset({"dobj", "dative"})  # "asked Obama what", "asked him whether"
# a to-infinitive on the cue makes it a request ("asked Freddy to be the best man", "asked the Justice Department to
# investigate"), not a question: on train-d 9 of the 16 active questioning cues that name or carry an occasion
_REQUEST = "xcomp"
_APPOSITION = "appos"  # "the Minister for Tertiary Education, Rachel Vaimoana": the name the title stands for
# the labels the parser gives an object's apposition it hangs on the cue instead ("asked the Minister for Tertiary
# Education, Rachel Vaimoana, whether": "Vaimoana" an npadvmod of "asked")
_HUNG_NAMES = frozenset({"appos", "npadvmod"})
_PROPER = "PROPN"


def asked_in_the_passive(coref: Coreference, verb: Token | None) -> int | None:
    """The entity (a person's cluster) that is the passive subject of a questioning cue ("Trump was asked", "Sanders
    was pressed about"), if any."""
    if verb is None or verb.lemma_.lower() not in QUESTIONING:
        return None
    for child in children_of(verb):
        if child.dep_ == _PASSIVE_SUBJECT:
            cluster = coref.cluster_at(child)
            return cluster.index if cluster is not None and cluster.type == "PERSON" else None
    return None


def asked_in_the_active(coref: Coreference, verb: Token | None) -> int | None:
    """The entity (a person's cluster) that is the object of a questioning cue put as a question ("Kettering asked the
    Minister, Rachel Vaimoana, whether", "a young woman asked Mrs. Clinton about"), if any; none for a request ("asked
    her to call"). A name set off after a title object (``_names_set_off``) goes before the title, which the
    coreference may have joined to another holder of the role."""
    if verb is None or verb.lemma_.lower() not in QUESTIONING:
        return None
    children = children_of(verb)
    if any(child.dep_ == _REQUEST for child in children):
        return None
    asked = next((child for child in children if child.dep_ in _ONES_ASKED), None)
    if asked is None:
        return None
    for named in (*_names_set_off(verb, asked), asked):
        cluster = coref.cluster_at(named)
        if cluster is not None and cluster.type == "PERSON" and not cluster.plural:
            return cluster.index
    return None


def _names_set_off(verb: Token, asked: Token) -> list[Token]:
    """The proper names in apposition to the object ``asked``: its ``appos`` children, or, where the parser hung the
    name on the cue after a title's own prepositional phrase ("asked the Minister for Tertiary Education, Rachel
    Vaimoana, whether": "Vaimoana" an ``npadvmod`` of "asked"), a cue's child of that kind standing after the object
    and after a comma, before the question's clause."""
    named = [child for child in children_of(asked) if child.dep_ == _APPOSITION]
    after = [
        child
        for child in children_of(verb)
        if child.dep_ in _HUNG_NAMES and child.pos_ == _PROPER and child.i > asked.i and _after_a_comma(child)
    ]
    return [*named, *after]


def _after_a_comma(name: Token) -> bool:
    """Whether the name phrase ``name`` heads follows a comma ("..., Rachel Vaimoana")."""
    start = name.left_edge.i
    return start > 0 and name.doc[start - 1].text == ","
