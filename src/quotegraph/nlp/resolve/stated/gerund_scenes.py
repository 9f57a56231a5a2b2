"""Scene nouns the tagger read as gerunds ("at a team meeting"): a leaf module, so that both the channel nouns
(``channel_nouns``) and the clause a time sits in (``saying_verbs.clause_verb``) read them as the nouns they are."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.syntax import NOUN_TAGS

__all__ = ["GERUND_TAGGED_SCENES", "gerund_tagged_scene"]


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
# the tags of a noun compounded on a scene noun ("team meeting", "Cabinet meeting")


def gerund_tagged_scene(token: Token) -> bool:
    """ "at a team meeting": a scene noun (its text among the lexicon's scenes) tagged a gerund, the object of a
    preposition of place (``_SCENE_PLACES``) with an article and a noun compounded on it (``GERUND_TAGGED_SCENES``)."""
    if not GERUND_TAGGED_SCENES or token.tag_ != "VBG" or token.dep_ != "pobj":
        return False
    if token.lower_ not in lexicons().scenes or token.head.lower_ not in _SCENE_PLACES:
        return False
    compounds = [c for c in children_of(token) if c.dep_ == "compound" and c.tag_ in NOUN_TAGS and c.i < token.i]
    # the parser hangs the article on the gerund or on its compound ("a/det→team team/compound→meeting")
    return any(
        c.dep_ == "det" and c.lower_ in _ARTICLES for holder in (token, *compounds) for c in children_of(holder)
    ) and bool(compounds)
