"""A scene the reporter sets in narration, in a fronted phrase of place and time, for the people heard in it next.

"At the rest centre in St Aidan's church hall on Wednesday afternoon, where volunteers ladled soup ..., the talk was all
of a rumble in the dark", "At a drop-in session the bank held in the Corn Exchange on Tuesday morning, billed as ...,
the queue stretched down the stairs", "On the lawns outside the central library on Friday afternoon, ..., the mood was a
mix of sympathy and alarm": a sentence that says nothing anyone said opens with a phrase of a place or an event and a
day, set off by its comma, and the story then lets people speak there with no occasion of their own (occasion.md,
Carried occasion, 1. A scene). ``narrated_scene`` reads it for one sentence: the scene's day, and its channel when the
phrase names an event (a noun of the scenes lexicon: "a drop-in session") or a place gathered in
(``_GATHERING_PLACES``: "the rest centre"), for the people the story names first after it until a sentence names
another channel, at most ``MAX_NARRATED_SCENE_GAP`` paragraphs on. ``scenes.py`` calls it for every sentence
(``NARRATED_SCENES``, which it reads), with the document's ``Narration``, read there once a document (the readers of
this module and ``event_days.event_day`` share it: what the document names where); a scene told after the verb
("filled the community center on Tuesday night for a public hearing") is ``scenes._scene_told``'s, save a gathering a
crowd held on a day, the main verb's object ("About 300 residents ... held a protest outside its main gate on Wednesday
morning"), which sets its scene here as a fronted phrase does (``HELD_SCENES``).

Rule on against off (fast.py, cache11; main ``e67f99a``): news pages every field 1,591 -> 1,605 of 1,753, channel 964
-> 975, time 782 -> 796 (clifftop-landslide-rest-centre.html 5 statements, market-town-bank-closure.html 6,
lecturers-marking-boycott.html 3; no page worse). Train-d time 0.6702 -> 0.6729 (+7 right, carried), false fill 0.0819
-> 0.0822 (+1), channel one miss made another value ("the debate" for the gold's "their final face-off", the same
debate), addressee unchanged; it fires in 2 train-d articles (nyt factory-workers: the workers at the bar on a rainy
Thursday afternoon, ``FRONTED_DAYS``; nyt republicans-lower-volume: "At the debate on Thursday, the spotlight fell
... on Mr. Kasich", for Kasich and Trump: time +2). Train 0-59 and train-c byte-identical (the form is not in them).
The fronted form with a place or an event (the pages') sets no train-d statement but the debate's: a page form in the
main, read on train as far as it occurs there. Two slips of the parser it reads through (voxpop round): a main verb
tagged as a participle ("the line of cars stretched back": ``scene_parts.MISTAGGED_PASTS``, read in ``happened``) and
a possessor split off the place ("Outside Kinetta's office", ``SPLIT_POSSESSORS``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_parts import (
    Narration,
    SaidAt,
    happened,
    people_subject_of,
    scene_as_channel,
)
from quotegraph.nlp.resolve.carrying.where_scenes import PRESENCE_VERBS
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase, with_lead_in
from quotegraph.nlp.resolve.stated.timeexpr import find_times
from quotegraph.nlp.syntax import nominal_subjects

__all__ = ["narrated_scene"]

# Paragraphs after the setting sentence within which the people named are heard in its scene: a scene of the pages
# has its residents told one to a paragraph or two, the last of three named five paragraphs on
# (market-town-bank-closure.html: the session's third customer, Joan Tindall); a sentence naming another channel ends
# it sooner ("In an email to the Echo yesterday").
MAX_NARRATED_SCENE_GAP = 5
# The prepositions that open a phrase placing the narration somewhere: "At the rest centre", "On the lawns outside the
# library", "Inside the hall", "Outside the courthouse", "During the vigil"; not "After the meeting" (another moment).
_SETTING_PREPS = frozenset({"at", "on", "in", "inside", "outside", "during"})
# Places one gathers in to be heard, which a scene's channel may name when no event noun does ("At the rest centre in
# St Aidan's church hall", clifftop-landslide-rest-centre.html): a shelter or a hall; not an open place ("On the lawns
# outside the central library": lecturers-marking-boycott.html gives that scene its day and no channel).
_GATHERING_PLACES = frozenset({"centre", "center", "hall"})
# A fronted phrase that is a day alone ("On a rainy Thursday afternoon this month, after their shift, a dozen Carrier
# workers gathered at Sully's Bar & Grill to talk about ...") sets its day, no channel, when the main verb tells of
# people coming together (``where_scenes.PRESENCE_VERBS``): the workers quoted after it speak on that afternoon. On
# train-d it fires in one article (nyt factory-workers): time +5 right, +1 false fill ("Ms. Shanklin-Hawkins says the
# nation's leaders have simply lost respect": a view in the present, null in the gold); pages unchanged. Any main
# verb instead: +0 right / +7 false fills more in two articles ("On Monday morning, they were already facing steep
# resistance on the social issues panel", "On Friday morning, world leaders were to gather again").
FRONTED_DAYS = True
# A scene named by "the" and its noun alone ("At the debate on Thursday, the spotlight fell in a new way on Mr.
# Kasich") is one the story has told already: it adds to the occasion of people who hold one, and replaces none
# (``Setting.used``). On train-d (nyt republicans-lower-volume), against replacing it: channel 3 right values kept
# ("their final debate before votes in Florida", which the new "the debate" replaced and the scorer took for another
# value than the gold's "their final face-off"), time unchanged; pages unchanged.
TOLD_BEFORE_ADDS = True
# A gathering a crowd held on a day, told as the object of the sentence's main verb ("About 300 residents ... held a
# protest outside its main gate on Wednesday morning", tailings-dam-river-leak.html): its scene, as a fronted phrase's,
# for the people named after it (the forum's chairperson "Addressing the crowd from the back of a bakkie", a
# goat-keeper "Beside him"). Not with one person as the subject ("Sanders held a rally at Pennsylvania State University
# ... on Tuesday": his own setting, as for the fronted form). Rule on against off (fast.py, cache12; pages8occasion):
# train-d, train 0-59 and train-c byte-identical (the three train-d sentences of the form, "held a rally", have one
# person as the subject); news pages tailings-dam-river-leak channel +4 and time +4 (Maepa's three statements,
# Ramaphoko's one). A form found on one page alone: a suspect of fitting, kept as the fronted form's reading of the same
# scene told after the verb.
HELD_SCENES = True
# Many people who came together on a day, with no statement in the sentence, set the scene the people named after them
# speak at ("About 200 students gathered outside the complex for a protest ... on Wednesday afternoon", "Hundreds
# gathered on the quay on Wednesday evening"; the crowd in the plural, or counted: "hundreds", "thousands").
GATHERED_CROWDS = True
_GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "crowd", "march", "queue", "rally"})
_GATHERED_FOR = frozenset({"for", "at", "to"})  # "gathered for a protest", "at a vigil", "marched to a rally"
_COUNTED_CROWDS = frozenset({"hundred", "thousand", "hundreds", "thousands", "dozens", "crowd", "group"})
# Verbs by which a crowd or a body holds a gathering ("held a protest", "staged a rally")
_HOLDING_VERBS = frozenset({"hold", "stage"})
# Gatherings held that are no scene word of the channels lexicon (a protest is spoken at only when it is one held, not
# "in protest at"): the ones the crowd holds, where its leaders address it
_HELD_GATHERINGS = frozenset({"protest", "demonstration", "sit-in"})
# The parser splits a possessor off the phrase's noun as a second object of the preposition ("Outside Kinetta's office
# in Anson Road on Wednesday afternoon": "Kinetta" and "office" both ``pobj`` of "Outside"); the place is the noun
# possessed, the last of them. Rule on against off (fast.py, cache13; main de8218db): train-d, train 0-59 and train-c
# byte-identical (no fronted setting of theirs opens with a possessor); news pages fintech-app-account-freeze.html time
# +3 (the people met in the queue: the retired schoolteacher's two statements, Faizal Rahman's), every field +2 (her
# first quote still misses its speaker), no page worse. It fires on one page alone: a suspect of fitting by that, kept
# as a mend of the parse, not a reading of words.
SPLIT_POSSESSORS = True
# A fronted phrase that places the narration at a place named by its name and a day ("At the Prairie Rose Cafe on Main
# Street on Wednesday morning, where a group of retirees has met ..., there was only one topic of conversation", "In
# Goreme on Wednesday morning, balloons were back in the sky"): its day, no channel (a name is a place, not an event),
# for the people met there next, as for an open place ("On the lawns outside the central library").
NAMED_VENUE_DAYS = True
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_PREMODIFIERS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})  # "the June 7 primary", "Sunday's debate"
_PARTICIPLES = frozenset({"VBN", "VBG"})  # "billed as a chance for customers to ...": a description of the scene


def narrated_scene(narration: Narration, sentence: Span, said: Sequence[SaidAt]) -> Setting | None:
    """The scene ``sentence`` sets in its fronted phrase of place and day (the module's form), for the people named
    after it (``MAX_NARRATED_SCENE_GAP``, ``Narration.heard_after``), if it sets one; ``said`` are the statements made
    in it, which may only describe the scene (a participle: "billed as a chance to ..."). Not when one person is the
    subject of the sentence's main verb ("At an event in Las Vegas last week, Mr. Clinton, 69, looked smaller"): the
    phrase is that person's setting (``sentence_settings.py``, ``scene_days.a_person_s_day``), not a scene for those
    named after."""
    if any(s.verb.tag_ not in _PARTICIPLES or s.verb.dep_ == "ROOT" for s in said):
        return None
    phrase = _fronted_phrase(sentence)
    if phrase is None:
        held = _held_scene(narration, sentence) if HELD_SCENES else None
        if held is None and GATHERED_CROWDS:
            return _gathered_crowd(narration, sentence)
        return held
    root = root_of(sentence)
    if people_subject_of(narration.coref, root) or not happened(root) or _a_plan(root):
        return None
    place = _place_noun(phrase)
    if place is None and NAMED_VENUE_DAYS:
        place = _named_place(phrase)
        channel_word = None
    else:
        channel_word = place
    times = _days_in(narration.finder, phrase, place)
    if place is None or not times:
        return None
    if times[0].span.start <= place.i < times[0].span.end:  # "On a rainy Thursday afternoon this month,"
        if not FRONTED_DAYS or root.lemma_.lower() not in PRESENCE_VERBS:
            return None
        channel = None
        times = [TimePhrase(phrase, times[0].date)]  # the phrase is the time ("a rainy Thursday afternoon this month")
    elif channel_word is None:  # a place's name: its day alone ("At the Prairie Rose Cafe on Wednesday morning,")
        channel = None
    else:
        channel = (
            channel_phrase(place) if scene_as_channel(place) or place.lemma_.lower() in _GATHERING_PLACES else None
        )
    people = narration.heard_after(sentence, MAX_NARRATED_SCENE_GAP)
    if not people:
        return None
    at = phrase.start_char
    stated = Stated(channel=channel, time=times[0])
    return Setting(at, narration.paragraphs.of(at), people, stated, used=TOLD_BEFORE_ADDS and _told_before(place))


def _held_scene(narration: Narration, sentence: Span) -> Setting | None:
    """ "About 300 residents of Ga-Mothlaba ... held a protest outside its main gate on Wednesday morning, singing and
    holding up plastic bottles": a crowd that held one gathering (``_HOLDING_VERBS``, ``_HELD_GATHERINGS``) on a day
    on that verb sets its scene, as a fronted phrase does, for the people named after it (``HELD_SCENES``)."""
    root = root_of(sentence)
    if root.lemma_.lower() not in _HOLDING_VERBS or people_subject_of(narration.coref, root) or not happened(root):
        return None
    if not nominal_subjects(root):
        return None
    held = next((c for c in children_of(root) if c.dep_ == "dobj"), None)
    if held is None or held.tag_ != "NN" or not (scene_as_channel(held) or held.lemma_.lower() in _HELD_GATHERINGS):
        return None
    times = [t for t in narration.finder.times_in(sentence) if t.date is not None and clause_verb(t.span.root) == root]
    if not times:
        return None
    return _set_for_those_after(narration, sentence, held.idx, channel_phrase(held), times[0])


def _gathered_crowd(narration: Narration, sentence: Span) -> Setting | None:
    """ "About 200 students gathered outside the complex for a protest organised by the union on Wednesday afternoon",
    "Hundreds gathered on the quay on Wednesday evening": many who came together (``_GATHERING_VERBS``, the main verb
    or a clause on it, "as farmers converged on the square for a rally") on a day set the scene the people named
    after them speak at: its day, and the gathering it was for or at as its channel (``GATHERED_CROWDS``)."""
    root = root_of(sentence)
    verb = _gathering_verb(narration.coref, root)
    if verb is None:
        return None
    scene = next(
        (
            o
            for c in children_of(verb)
            if c.dep_ == "prep" and c.lower_ in _GATHERED_FOR
            for o in children_of(c)
            if o.dep_ == "pobj" and o.tag_ == "NN" and (scene_as_channel(o) or o.lemma_.lower() in _HELD_GATHERINGS)
        ),
        None,
    )
    told = {root, verb} if scene is None else {root, verb, *(c for c in children_of(scene) if c.dep_ == "acl")}
    times = [t for t in narration.finder.times_in(sentence) if t.date is not None and clause_verb(t.span.root) in told]
    if not times:
        return None
    channel = None if scene is None else channel_phrase(scene)
    return _set_for_those_after(narration, sentence, verb.idx, channel, times[0])


def _set_for_those_after(
    narration: Narration, sentence: Span, at: int, channel: Span | None, time: TimePhrase
) -> Setting | None:
    """A scene a narrated gathering sets at character ``at``, on the day of ``time``, for the people named after
    ``sentence`` (none: no scene)."""
    people = narration.heard_after(sentence, MAX_NARRATED_SCENE_GAP)
    if not people:
        return None
    stated = Stated(channel=channel, time=TimePhrase(with_lead_in(time.span), time.date))
    return Setting(at, narration.paragraphs.of(at), people, stated)


def _gathering_verb(coref: Coreference, root: Token) -> Token | None:
    """The verb of coming together that ``root`` is, or that a clause on it is, with many (no single person) as its
    subject and something done, if any."""
    for verb in (root, *(c for c in children_of(root) if c.dep_ == "advcl")):
        if verb.lemma_.lower() not in _GATHERING_VERBS or not happened(verb) or people_subject_of(coref, verb):
            continue
        if any(s.tag_ in ("NNS", "NNPS") or s.lemma_.lower() in _COUNTED_CROWDS for s in nominal_subjects(verb)):
            return verb
    return None


def _a_plan(verb: Token) -> bool:
    """ "world leaders were to gather again": "be" with an infinitive, a plan, no scene yet."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in children_of(c)) for c in children_of(verb)
    )


def _told_before(place: Token) -> bool:
    """ "At the debate on Thursday": a scene named by "the" and its noun alone, one the story has told of already."""
    lefts = [c for c in children_of(place) if c.i < place.i]
    return len(lefts) == 1 and lefts[0].lower_ == "the"


def _fronted_phrase(sentence: Span) -> Span | None:
    """The phrase that opens ``sentence`` with a preposition of place (``_SETTING_PREPS``) up to its first comma, if the
    sentence goes on after it."""
    first = sentence[0]
    if first.lower_ not in _SETTING_PREPS or first.dep_ != "prep":
        return None
    comma = next((t.i for t in sentence if t.text == ","), None)
    if comma is None or comma >= sentence.end - 2 or root_of(sentence).i < comma:  # its main verb after the phrase
        return None
    return sentence.doc[sentence.start : comma]


def _days_in(finder: CircumstanceFinder, phrase: Span, place: Token | None) -> list[TimePhrase]:
    """The dated times of ``phrase`` ("on Wednesday afternoon"), read in the phrase itself: ``times_in`` leaves out a
    day the parser hangs on a noun ("the rest centre ... on Wednesday afternoon", ``dates_a_noun``), but not one set
    before another noun (``_dates_another_noun``), nor one of a clause of the phrase with no subject of its own ("an
    interview ... published online Wednesday", "the new spot set to post early Tuesday": when it came out, not when
    it was held; "a drop-in session the bank held ... on Tuesday morning" has its subject)."""
    found = []
    for match in find_times(finder.text, phrase.start_char, phrase.end_char, finder.published):
        span = finder.doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not len(span) or match.date is None or _dates_another_noun(span.root, place):
            continue
        verb = clause_verb(span.root)
        if phrase.start <= verb.i < phrase.end and not nominal_subjects(verb):
            continue
        found.append(TimePhrase(with_lead_in(span), match.date))
    return found


def _dates_another_noun(word: Token, place: Token | None) -> bool:
    """Whether ``word`` is a time set before a noun other than the scene's ("after the June 7 primary"): it dates that
    thing, not the scene ("At Sunday night's debate": the scene's own day)."""
    return word.dep_ in _PREMODIFIERS and word.head.i > word.i and word.head != place


def _place_noun(phrase: Span) -> Token | None:
    """The noun the phrase's preposition takes ("the rest centre", "a drop-in session", "the lawns"), not a name of a
    place alone ("In Iowa"): a common noun, the place people were at; one event, not many ("In rallies")."""
    objects = [c for c in children_of(phrase[0]) if c.dep_ == "pobj"]
    if SPLIT_POSSESSORS and len(objects) > 1 and _a_possessor(objects[0]):  # "Outside Kinetta's office": "office"
        objects = objects[1:]
    word = objects[0] if objects else None
    if word is None or word.i >= phrase.end or word.tag_ not in ("NN", "NNS"):
        return None
    # "In rallies and protests that have continued ...": many events, many occasions; "the lawns": one place
    return None if word.tag_ == "NNS" and word.lemma_.lower() in lexicons().scenes else word


def _named_place(phrase: Span) -> Token | None:
    """The name the phrase's preposition takes when it names a place by its name ("At the Prairie Rose Cafe", "In
    Goreme"): a proper noun, the last word of its name (``NAMED_VENUE_DAYS``)."""
    objects = [c for c in children_of(phrase[0]) if c.dep_ == "pobj"]
    word = objects[-1] if objects else None
    if word is None or word.i + 1 >= phrase.end or word.tag_ != "NNP":
        return None
    # "At Kinetta's": an owner's name, not a place's (the tagger does not always mark the "'s")
    return None if _a_possessor(word) or word.nbor(1).lower_ in _POSSESSIVE_MARKS else word


def _a_possessor(word: Token) -> bool:
    """ "Kinetta" in "Outside Kinetta's office": a noun marked by the possessive "'s" (its ``case`` child)."""
    return any(c.dep_ == "case" and c.tag_ == "POS" for c in children_of(word))
