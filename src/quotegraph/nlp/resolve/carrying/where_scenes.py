"""A scene a "where" clause puts someone at: "a rally in Ohio, where Trump attacked the press".

The scene, and the time said of it, for the clause's subject, open to the exchanges after it (``WHERE_OPENS``); for
people present in the plural ("where the girls' parents sat beside the surgical team"), the people the story names
after it, until a sentence names another channel (``WHERE_PARTICIPANTS``). ``scenes.py`` calls it for every sentence
(``WHERE_SCENES``, which it reads); a sentence's own setting is ``sentence_settings.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_parts import (
    SaidAt,
    happened,
    named_until_another,
    scene_as_channel,
    subjects_of,
)
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.syntax import nominal_subjects

__all__: list[str] = [
    "PRESENCE_VERBS",
    "where_scenes",
]

# A scene a "where" clause puts someone at (``scenes.WHERE_SCENES``) is open to the exchanges after it
# (``open_scenes.OPEN_SCENES``): "The club's head of supporter liaison, Des Kearney, told the forum" after "a fans'
# forum ..., where chief executive Paula Strand faced ... questions". On train-d no statement changes.
WHERE_OPENS = True


# A scene whose "where" clause has people in the plural as its subject ("told reporters at a news conference, where the
# girls' parents sat beside the surgical team") names who took part in it without naming them one by one: the people the
# story names first after it, until a sentence names another channel ("In a statement released after the news
# conference"), at most ``MAX_PARTICIPANTS_GAP`` paragraphs on, speak in it one by one, on the occasion of the statement
# that named it (its day as that statement holds it, ``Setting.members``). Only people said to be present (a verb of
# presence, ``PRESENCE_VERBS``), and only people named outside everyone's words ("He said a nurse ... had told the
# couple" names no one who was there). Rule on against off (fast.py, cache6): train-d and train 0-59 byte-identical;
# news pages every field, channel and time +5 (conjoined-twins-surgery.html: two doctors and the parents). Tried: any
# plural subject, train-d channel +0 right / +8 false fills, time +0 / +1 ("the 1968 Democratic convention in Chicago,
# where street riots contributed to ...", for the protesters quoted after it).
WHERE_PARTICIPANTS = True
MAX_PARTICIPANTS_GAP = 8  # a short story's news conference, its speakers heard in turn to its end (seven on its page)
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})
# verbs that tell who was present at a scene: "sat beside the surgical team", "gathered", "looked on", "mingle"
PRESENCE_VERBS = frozenset(
    {"sit", "stand", "gather", "watch", "listen", "attend", "mingle", "assemble", "look", "wait"}
)


def where_scenes(
    finder: CircumstanceFinder,
    coref: Coreference,
    sentence: Span,
    paragraphs: Paragraphs,
    statements: list[SaidAt],
    firsts: tuple[list[int], list[int]],
) -> list[Setting]:
    """The scenes of ``sentence`` that a relative clause of "where" puts someone at (``scenes.WHERE_SCENES``): each one
    for the people who are the clause's subject, when the clause tells of something done ("faced questions", not "will
    speak") and is not a statement's own clause, which states its own occasion; for people in the plural ("where the
    girls' parents sat"), the people named after it who take part (``WHERE_PARTICIPANTS``)."""
    spoken = {s.verb.i for s in statements}
    clusters = coref.clusters.clusters
    found = []
    for clause in sentence:
        if clause.dep_ != "relcl" or clause.i in spoken or not happened(clause):
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(clause)):
            continue
        word = _scene_held(clause.head)
        people = frozenset(p for p in subjects_of(coref, clause) if clusters[p].type == "PERSON")
        if word is None:
            continue
        edges = (word.left_edge.i, word.right_edge.i)
        times = [t for t in finder.times_in(sentence) if edges[0] <= t.span.root.i <= edges[1]]
        stated = Stated(channel_phrase(word), None, times[0] if times else None)
        if people:
            found.append(Setting(word.idx, paragraphs.of(word.idx), people, stated, used=True, opens=WHERE_OPENS))
        elif WHERE_PARTICIPANTS and any(map(_present_in_the_plural, nominal_subjects(clause))):
            taking_part = named_until_another(finder, paragraphs, sentence, firsts, MAX_PARTICIPANTS_GAP)
            at = sentence.end_char - 1  # after the statement that named it, whose occasion it is
            if taking_part:
                found.append(Setting(at, paragraphs.of(at), taking_part, stated, used=True, members=True))
    return found


def _present_in_the_plural(word: Token) -> bool:
    """ "where the girls' parents sat", "where world leaders and CEOs mingle": many as the subject of a verb of being
    present (``PRESENCE_VERBS``), people there, not "where street riots contributed to ..."."""
    return word.tag_ in _PLURAL_NOUNS and word.head.lemma_.lower() in PRESENCE_VERBS


def _scene_held(word: Token) -> Token | None:
    """The scene ``word`` is, or hangs on through the places and times said of it ("a fans' forum at the Riverside
    Ground on Monday night": the parser hangs a relative clause on the last of them), if any."""
    while not scene_as_channel(word):
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return None
        word = word.head.head
    return word
