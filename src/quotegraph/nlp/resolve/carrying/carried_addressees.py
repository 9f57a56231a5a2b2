"""What an addressee is to the carrying of occasions (``occasions.py``): a body gathered at a scene (``an_audience``),
one the reader knows (``a_known_body``), a person told in passing, named or one met (``a_person_told``, ``_one_met``),
and an outlet or an outlet's interviewer (``told_an_outlet``). It carries nothing: whom a statement's occasion is told
to later is ``occasions.py``'s; the addressee a statement's own sentence states is ``stated_addressees.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import a_scene, outlet_noun
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.syntax import DEMONSTRATIVES, with_indefinite_article

# Names of a legislature's chamber or its members that the tagger gives as proper nouns ("told the House", "told MPs")
_CHAMBERS = frozenset({"house", "senate", "commons", "parliament", "chamber", "mps"})
# Singular nouns for the people gathered at a scene, as one body ("told the crowd", "addressing the audience"): no
# person's role nor a body's name, so neither the role nouns lexicon nor the scenes lexicon holds them.
_GATHERED = frozenset({"crowd", "audience", "panel", "gathering", "assembly", "congregation"})


def an_audience(addressee: Span | None) -> bool:
    """ "the board", "council members", "shareholders", "the House": a body gathered at a scene, told something there;
    not a person, a pronoun ("him") or an outlet ("told POLITICO", "the Sentinel"), which a reporter's interview has."""
    if addressee is None:
        return False
    root = addressee.root
    if root.lower_ in _CHAMBERS:
        return True
    return root.pos_ == "NOUN" and not root.ent_type_ and root.text not in lexicons().outlet_words


def told_the_gathered(stated: Stated) -> bool:
    """``stated`` is told, with no channel and no time of its own, to a body gathered at a scene that "the" names as
    one the reader knows ("told the committee", "addressing the crowd", "told the delegates"): not "a crowd", not
    "council members", whom a statement may meet anywhere."""
    addressee = stated.addressee
    if stated.channel is not None or stated.time is not None or not an_audience(addressee) or addressee is None:
        return False
    return the_gathered(addressee.root)


def the_gathered(word: Token) -> bool:
    """``word`` names with "the" the people gathered at a scene, or the scene itself: a plural ("the delegates"), a
    body ("the committee", ``role_nouns`` of kind org), a scene noun ("the inquiry", "the rally") or a gathering's own
    noun ("the crowd", ``_GATHERED``); not a chamber ("the House", whose members are told from anywhere), not one
    person ("the governor", "the previous guest")."""
    if word.lower_ in _CHAMBERS or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(word)):
        return False
    role = lexicons().role_nouns.get(word.lemma_.lower())
    body = role is not None and role.kind == "org"  # "the committee", "the board": a body, not one of its people
    scene = word.tag_ == "NN" and a_scene(word)
    return word.tag_ == "NNS" or body or scene or word.lemma_.lower() in _GATHERED


# Not a person named with an outlet's possessive ("Ryan told CNN's Jake Tapper", "told Fox News' Megyn Kelly"): the
# outlet's interviewer, whom the speaker's later words in the interview still go to, as the interview's are
# (``as_carried.PEOPLE_TOLD_IN_PASSING`` is an exchange with a person met). Rule on against off (fast.py, cache6, with
# ``partly_stated.PARAPHRASE_DATES_THE_OCCASION``; right values / false fills): train-d addressee carried +1 / 0 (Ryan's
# third quote to Tapper two paragraphs on); train 0-59 byte-identical. Alone it changes nothing: the chain was cut
# before by the paraphrase that dates the interview (carry round 20 found the same).
OUTLETS_INTERVIEWERS = True
# One person met, named by a role noun of a person with "a" ("told a voter passing by", "a friend"), is told in passing
# as a named one is: the speaker's words paragraphs on are not to them. Not a gathering ("a crowd of 1,300", "a
# roomful"), whose noun is no person's role (the role nouns lexicon): its people hear the whole speech. Rule on against
# off (fast.py, cache6; right values / false fills): train-d addressee 0 / -6 (one article: "Jim Bennett ... told a
# voter", his later quotes), train 0-59 byte-identical. Any singular noun with "a": train-d -5 right ("a crowd") / -8,
# train 0-59 -3 / 0.
ONE_MET_IN_PASSING = True


def a_person_told(stated: Stated) -> bool:
    """Whether ``stated``'s addressee is a person named (``as_carried.PEOPLE_TOLD_IN_PASSING``), or one described by a
    person's role with "a" (``ONE_MET_IN_PASSING``), on an occasion with no channel, not an outlet's interviewer
    (``OUTLETS_INTERVIEWERS``)."""
    addressee = stated.addressee
    if stated.channel is not None or addressee is None:
        return False
    if ONE_MET_IN_PASSING and _one_met(addressee.root):
        return True
    if addressee.root.ent_type_ != "PERSON":
        return False
    return not (OUTLETS_INTERVIEWERS and any(t.dep_ == "poss" and outlet_noun(t) for t in addressee))


def _one_met(noun: Token) -> bool:
    """ "a voter", "a friend": one person described by a role noun with "a" (``ONE_MET_IN_PASSING``)."""
    if noun.tag_ != "NN" or not with_indefinite_article(noun):
        return False
    role = lexicons().role_nouns.get(noun.lemma_.lower())
    return role is not None and role.of_person


def a_known_body(addressee: Span) -> bool:
    """ "the crowd", "the lawmakers", "his audience", "this room": a body named as one the reader knows (the one
    gathered at the scene), by "the", a demonstrative or a possessive, singular or plural; not "friends", "a crowd in
    Green Bay" (a body met anew, on another occasion)."""
    root = root_of(addressee)
    return any(
        (c.dep_ == "det" and (c.lower_ == "the" or c.lower_ in DEMONSTRATIVES)) or c.dep_ == "poss"
        for c in children_of(root)
    )


def told_an_outlet(addressee: Span | None) -> bool:
    """Whether ``addressee`` is an outlet ("CNN", "The Huffington Post") or names one as its possessor ("CNN's Jake
    Tapper"): whom a speaker gives an interview (``named_again.INTERVIEW_TOLD``)."""
    if addressee is None:
        return False
    root = addressee.root
    return outlet_noun(root) or any(t.dep_ == "poss" and outlet_noun(t) for t in addressee)
