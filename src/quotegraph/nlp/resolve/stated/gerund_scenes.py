"""Scene nouns the tagger read as gerunds ("at a team meeting"): a leaf module, so that both the channel nouns
(``channel_nouns``) and the clause a time sits in (``saying_verbs.clause_verb``) read them as the nouns they are."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.syntax import NOUN_TAGS

__all__ = ["GERUND_TAGGED_SCENES", "SCENES_SPLIT_OFF_THEIR_COMPOUND", "gerund_tagged_scene", "split_off_scene"]


# "told staff at a team meeting in September", "at a staff briefing": after a noun compounded on it the tagger may read
# a scene noun as a gerund (VBG, lemma "meet"), though the article and the preposition make it a noun, the object of
# "at" or "in" as a meeting's place is (a gerund takes no article: "at a meeting" against "by meeting them"). Read by
# its text as the scene noun it is, so that its channel and the time phrase hung on it are read. Against without it
# (fast.py, cache31): train-d, train 0-59 and train-c byte-identical; tuned news pages channel +1 and time +1 on one
# page (llanwyddan-birth-centre-closure, "told staff at a team meeting in September", its speaker still wrong): a
# parser's form, seen once.
GERUND_TAGGED_SCENES = True
# the prepositions a scene is the place of a saying after ("at a team meeting", "in a staff briefing")
_SCENE_PLACES = frozenset({"at", "in", "during"})
# the articles that make a word tagged a gerund a noun ("a team meeting"; not a possessive: "his meeting them")
_ARTICLES = frozenset({"a", "an", "the"})


# "during a special council sitting on Thursday", "at an assembly sitting": after a noun the tagger may read a scene
# noun as a participle hung on that noun ("council/pobj sitting/acl"), so the preposition's object is the compound and
# the scene none; the time reader then took the whole "during" phrase as the statement's time and no channel was read.
# A participle with no object or subject of its own, right after its head, a noun with an article that is the object of
# a preposition of place, is the scene noun its text is and the noun before it its compound: "a council sitting" is a
# sitting of the council, as "a team meeting" is a meeting (docs/occasion-rounds.md, the fortieth set, eventphrases).
SCENES_SPLIT_OFF_THEIR_COMPOUND = True
# what a participle that is a verb has and a scene noun has not ("the council sitting the exam", "the council meeting
# residents"); not a "that" clause, which the parser may hang on the misread scene when it is the words said ("said at
# an assembly sitting on Tuesday that the motion had failed")
_OWN_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "xcomp", "attr", "dative"})


def split_off_scene(token: Token) -> bool:
    """ "during a special council sitting on Thursday": a scene noun (its text among the lexicon's scenes) tagged a
    participle hung on the noun right before it, that noun the object of a preposition of place with an article and no
    argument of the participle's own (``SCENES_SPLIT_OFF_THEIR_COMPOUND``)."""
    if not SCENES_SPLIT_OFF_THEIR_COMPOUND or token.tag_ != "VBG" or token.dep_ != "acl":
        return False
    compound = token.head
    if compound.i != token.i - 1 or compound.dep_ != "pobj" or compound.tag_ not in NOUN_TAGS:
        return False
    if token.lower_ not in lexicons().scenes or compound.head.lower_ not in _SCENE_PLACES:
        return False
    if any(c.dep_ in _OWN_ARGUMENTS for c in children_of(token)):
        return False
    return any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in children_of(compound))


def gerund_tagged_scene(token: Token) -> bool:
    """ "at a team meeting": a scene noun (its text among the lexicon's scenes) tagged a gerund, the object of a
    preposition of place (``_SCENE_PLACES``) with an article and a noun compounded on it (``GERUND_TAGGED_SCENES``);
    or one the tagger split off its compound (``split_off_scene``)."""
    if split_off_scene(token):
        return True
    if not GERUND_TAGGED_SCENES or token.tag_ != "VBG" or token.dep_ != "pobj":
        return False
    if token.lower_ not in lexicons().scenes or token.head.lower_ not in _SCENE_PLACES:
        return False
    compounds = [c for c in children_of(token) if c.dep_ == "compound" and c.tag_ in NOUN_TAGS and c.i < token.i]
    # the parser hangs the article on the gerund or on its compound ("a/det→team team/compound→meeting")
    return any(
        c.dep_ == "det" and c.lower_ in _ARTICLES for holder in (token, *compounds) for c in children_of(holder)
    ) and bool(compounds)
