"""Forms by which a sentence shows people taking part in the scene last named: a turn taken in it, a place on its stage.

"She was interrupted from the back of the hall by Keith Danby, ..., who said" (``INTERRUPTED_BY``), "Marcus Tollefson,
who spoke after Abernathy, said" (``SPOKE_AFTER_NAMED``), "Also on the platform was Gareth Imrie, ..., who said"
(``ON_THE_PLATFORM``): ``turn_takers`` names the people of these forms, whom ``scene_roles.taking_part`` places in the
scene last named (occasion.md, a scene: "every later statement made in a scene — by the speaker or by others taking
part — carries the scene's channel and time until the text moves on"); and such a placing tells that the text has not
moved on from the scene (``scene_kept``, which ``scenes.scene_settings`` reads). The words a scene's roles are
("the first caller", "Speaking from the floor", "Sitting beside her") stay ``scene_roles.py``'s; what both read of
a turn (``TURN_PREPS``, ``TAKING_A_TURN``) and of a stage (``STAGES``, ``STAGE_PREPS``) is here.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.scene_parts import happened, people_subject_of
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.syntax import CLAUSES_ON_A_NOUN, VERB_POS, nominal_subjects

__all__ = [
    "STAGES",
    "STAGE_PREPS",
    "TURN_PREPS",
    "in_the_room",
    "scene_kept",
    "spoken_after",
    "turn_takers",
]

# A turn taken after or before someone ("who spoke after him", "Speaking before Abernathy"): the verbs of taking a turn
# and the prepositions that order it.
TURN_PREPS = frozenset({"after", "before"})
TAKING_A_TURN = frozenset({"speak", "talk"})
# The raised places a scene's speakers share; "on the panel" is a forum's (a "panel" seated at a hearing is its body);
# a lectern or a podium is stood "at" ("who joined them at the lectern"), a stage or a platform stood "on".
STAGES = frozenset({"stage", "platform", "podium", "dais", "panel", "rostrum", "lectern"})
STAGE_PREPS = frozenset({"on", "at"})

# "She was interrupted from the back of the hall by Keith Danby, chairman of the residents' group, who said ...": one
# by whom a speaker was interrupted spoke in the scene that speaker was speaking in (a heckler, a questioner who cut
# in). Only the passive with its agent, done (not "tried to interrupt a Clinton rally": a plan, and no agent). Rule on
# against off (fast.py): train-d, train 0-59 and train-c byte-identical ("interrupted ... by" is in none of train-d's
# articles); news pages channel +1, time +1 with ``scene_roles.SCENE_CLOCK_DAY`` (without it the mayor's reply lost
# its "at 6pm on Wednesday" to the interrupter's "6pm"), clifftop-landslide-rest-centre.html: a page-only form, suspect
# of fitting by that, kept as the passive's reading of a turn taken, as ``scene_roles.SPOKE_AFTER_SOMEONE`` is.
INTERRUPTED_BY = True
_INTERRUPTING = "interrupt"
_AGENT = "by"
# "Port Kessling Police Chief Marcus Tollefson, who spoke after Abernathy, said": ``scene_roles.SPOKE_AFTER_SOMEONE``
# read for a person named, not only a pronoun ("who spoke after him"). Rule on against off (fast.py): train-d, train
# 0-59 and train-c byte-identical (no "spoke after" a name in train-d); news pages channel and time +1
# (snow-leopard-recaptured.html, the zoo director's news conference carried to the police chief): a page-only form.
SPOKE_AFTER_NAMED = True
# "Also on the platform was Gareth Imrie, the Environment Agency's area flood risk manager, who said", "On the panel
# were Ann Hale and Tom Ruiz": the people a done clause of being puts on a scene's stage (``STAGES``) take part in the
# scene last named (not "will be on the panel"). Rule on against off (fast.py): train-d, train 0-59 and train-c
# byte-identical (train-d's one inverted "Standing beside them was Gen. Joseph L. Votel" names no stage); news pages
# channel and time +2 with ``SCENE_KEPT_BY_PARTS`` (flood-town-minister-visit.html, the agency manager's two
# statements five paragraphs after the meeting was named): a page-only form.
ON_THE_PLATFORM = True
_BEING = "be"


def turn_takers(coref: Coreference, words: Iterable[Token]) -> frozenset[int]:
    """The single persons ``words`` (a sentence's, or the part of it read) show taking a turn in the scene last named or
    standing on its stage: the agent of a done "was interrupted by" (``INTERRUPTED_BY``), the subject of "spoke after"
    a person named (``SPOKE_AFTER_NAMED``), the subject of "was on the platform" (``ON_THE_PLATFORM``)."""
    people: set[int] = set()
    for word in words:
        if INTERRUPTED_BY and _interrupter(word):
            people |= _persons(coref, [word, *word.conjuncts])
        if SPOKE_AFTER_NAMED and _after_one_named(coref, word):
            people |= people_subject_of(coref, clause_verb(word))
        if ON_THE_PLATFORM and _on_a_stage_by_being(word):
            subjects = nominal_subjects(word.head.head)
            people |= _persons(coref, [*subjects, *(c for s in subjects for c in s.conjuncts)])
    return frozenset(people)


def _persons(coref: Coreference, tokens: Iterable[Token]) -> set[int]:
    """The single persons the coreference gives ``tokens`` to."""
    clusters = (coref.cluster_at(t) for t in tokens)
    return {c.index for c in clusters if c is not None and c.type == "PERSON" and not c.plural}


def _interrupter(word: Token) -> bool:
    """``word`` is the agent of a done passive "interrupted" ("She was interrupted from the back of the hall by Keith
    Danby": the parser may hang "by" on a noun between, so the verb is the first one up from it)."""
    if word.dep_ != "pobj" or word.head.lower_ != _AGENT:
        return False
    verb = word.head.head
    while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
        verb = verb.head
    passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    return verb.lemma_.lower() == _INTERRUPTING and verb.tag_ == "VBN" and passive and happened(verb)


def spoken_after(word: Token) -> bool:
    """``word`` is the one someone spoke after or before: the object of "after" or "before" on a verb of speaking
    ("who spoke after him", "who spoke after Abernathy")."""
    if word.dep_ != "pobj" or word.head.lower_ not in TURN_PREPS:
        return False
    verb = word.head.head
    return verb.lemma_.lower() in TAKING_A_TURN and verb.pos_ == "VERB"


def _after_one_named(coref: Coreference, word: Token) -> bool:
    """``word`` is a person named whom someone spoke after or before ("who spoke after Abernathy")."""
    if word.pos_ != "PROPN" or not spoken_after(word):
        return False
    found = coref.cluster_at(word)
    return found is not None and found.type == "PERSON"


def _on_a_stage_by_being(word: Token) -> bool:
    """``word`` is a stage a done clause of being puts its subject on: "Also on the platform was Gareth Imrie"."""
    prep = word.head
    if (
        word.dep_ != "pobj"
        or word.lemma_.lower() not in STAGES
        or prep.dep_ != "prep"
        or prep.lower_ not in STAGE_PREPS
    ):
        return False
    being = prep.head
    return being.lemma_.lower() == _BEING and being.tag_ in ("VBD", "VBZ", "VBP") and happened(being)


# "said the youngest volunteer at the table", "said a young man in a hi-vis vest near the front of the crowd": a
# statement's subject described by a place in the room of a scene (``ROOM_PARTS``: its table, its crowd or audience,
# its gallery, a row of its seats; or the front or back of one) is someone taking part in the scene in force, as one
# described on its stage is (``scene_roles.ON_THE_STAGE``, which reads it through ``scene_roles.placed_at_the_scene``).
# A description only (a common noun as the subject: one the story has not yet named), and not a place in a clause on
# it ("who had read her objection from the back of the hall" tells what she did, not where she is as she speaks).
# Rule on against off (fast.py): train-d and train 0-59 byte-identical; train-c (never tuned on) channel +1 right
# carried, and one time miss now another value ("Amen, brother!" shouted by "someone in the audience" at a Cruz rally:
# the rule carries the rally's "yesterday", the gold the moment "When someone in the audience shouted"; by occasion.md
# the rally's day is the scene's, so both are defensible); news pages channel +2 and time +2 in three pages
# (lifeboat-rescue.html the youngest volunteer "at the table", shareholder-agm-heckler.html "a shareholder in the
# third row", tractor-protest.html the young man "near the front of the crowd", time only: his channel is carried as
# "a rally", where the page wants the lede's longer phrase).
IN_THE_ROOM = True
ROOM_PARTS = frozenset({"table", "crowd", "audience", "gallery", "row"})
_ROOM_PREPS = frozenset({"at", "in", "near", "from"})
_ENDS = frozenset({"front", "back"})  # "near the front of the crowd", "at the back of the hall"


def in_the_room(subject: Token) -> bool:
    """``subject`` is a description placed in the room of a scene (``IN_THE_ROOM``): "the youngest volunteer at the
    table", "a young man in a hi-vis vest near the front of the crowd"."""
    if not IN_THE_ROOM or subject.tag_ != "NN":
        return False
    return any(_a_room_part_after(t) for t in _phrase(subject))


def _phrase(noun: Token) -> list[Token]:
    """The tokens of ``noun``'s phrase outside the clauses on it."""
    found = [noun]
    for child in children_of(noun):
        if child.dep_ not in CLAUSES_ON_A_NOUN:
            found.extend(_phrase(child))
    return found


def _a_room_part_after(prep: Token) -> bool:
    """``prep`` puts what it hangs on at a part of a scene's room: "at the table", "near the front of the crowd"."""
    if prep.dep_ != "prep" or prep.lower_ not in _ROOM_PREPS:
        return False
    for place in (o for o in children_of(prep) if o.dep_ == "pobj"):
        lemma = place.lemma_.lower()
        if lemma in ROOM_PARTS:
            return True
        of = (p for c in children_of(place) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c))
        if lemma in _ENDS and any(p.lemma_.lower() in ROOM_PARTS for p in of):
            return True
    return False


# A scene goes on while the text places people in it: each sentence that places someone in the scene last named
# (``scene_roles.taking_part``: a role, the floor, a seat beside the speaker, a turn, the stage) counts as the scene
# named again in that sentence's paragraph, so the next one placed is read within ``scene_roles.MAX_ROLE_GAP``
# paragraphs of the last placing, not of the scene's first naming ("At a public meeting ... she told", "Speaking from
# the floor, Janet Ackroyd ...", the minister's reply, then "Also on the platform was Gareth Imrie", five paragraphs
# after the meeting was named). Rule on against off (fast.py): train-d, train 0-59 and train-c byte-identical; news
# pages channel and time +2, only with ``ON_THE_PLATFORM`` (flood-town-minister-visit.html); no page lost.
SCENE_KEPT_BY_PARTS = True


def scene_kept(scene: tuple[Stated, int] | None, placed: bool, paragraph: int) -> tuple[Stated, int] | None:
    """The scene last named, with the paragraph it counts as named in after a sentence in ``paragraph``: that one when
    the sentence ``placed`` someone in it (``SCENE_KEPT_BY_PARTS``), else its own."""
    if scene is None or not placed or not SCENE_KEPT_BY_PARTS:
        return scene
    return scene[0], paragraph
