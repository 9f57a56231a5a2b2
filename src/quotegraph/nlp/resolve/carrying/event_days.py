"""The day of an event the reporter tells in narration, for the people heard at it next.

"The parish council met by video link on Monday night", "On Tuesday the curator walked reporters through the new
wing", "Four drivers spoke to the paper at the depot on Saturday", "The inquiry's second day, on Thursday, opened with
...": a sentence that says nothing anyone said tells that an event happened on a day, and the story then lets two,
three or four people speak at it with no occasion of their own; each of those statements was made on that day
(occasion.md, Carried occasion, 1. A scene). ``event_day`` reads the event in one sentence by its grammar: a verb by
which people come together or are met (``MEETING_VERBS``: meet, gather, debate, tour, visit, speak to, ...), or an
event's noun (the scenes lexicon: a meeting, a hearing, a debate) as the subject of the verb or the place it happened
at, with a day on that verb; the day goes to the people named after it (and the subject, when a person) until a
sentence names another channel, at most ``MAX_EVENT_DAY_GAP`` paragraphs on. ``scenes.py`` calls it for a sentence
that holds no statement and sets nothing else, or a group's setting only (``EVENT_DAYS``), with the document's
``scene_parts.Narration``.

Rule on against off (fast.py, cache28; scenedays round, main ``3a9fd2b1``): news pages (177 tuned) time 1,167 -> 1,176,
every field 1,986 -> 1,992, no statement worse (festival-storm-cancelled.html: the fans "Offstage.ie spoke to ... at the
main gate on Friday morning", 3; dovetails-adelaide-stadium-show-cancelled.html: "The news reached the queue outside
the stadium's eastern gates on Saturday afternoon", 4; isabela-typhoon-landfall-evacuees.html: "about 600 evacuees were
still sheltering on the basketball court ... on Sunday afternoon", 2). Train-d: time +0 right / +2 false fills and
channel +2 false fills, all in one article (politico trump-carson-flop: "left attendees at Thursday's summit ...
amused", for Ari Fleischer, "who attended the event", annotated with no time); train 0-59 and train-c byte-identical.
The eighteen held-out pages, scored once at the round's end: time 153 -> 160 of 258, addressee 115 -> 120 of 150.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.resolve.carrying.gatherings import a_gathering
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_parts import (
    Narration,
    gap_end,
    happened,
    named_between,
    people_subject_of,
    scene_as_channel,
)
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase, with_lead_in
from quotegraph.nlp.resolve.stated.timeexpr import names_a_weekday
from quotegraph.nlp.syntax import nominal_subjects

__all__ = ["a_day", "event_day", "told_in_the_past"]

# Paragraphs after the event's sentence within which the people named are heard at it: as for a fronted scene
# (``narrated_scenes.MAX_NARRATED_SCENE_GAP``); a sentence naming another channel ends it sooner.
MAX_EVENT_DAY_GAP = 5
# Verbs by which people come together, or are met by the reporter, at one event on one day: "the council met",
# "delegates gathered", "the committee debated", "the minister toured the site", "the king visited", "fans queued",
# "the paper spoke to four drivers".
MEETING_VERBS = frozenset(
    {"meet", "convene", "gather", "assemble", "debate", "tour", "visit", "queue", "crowd", "rally", "march", "sit"}
)
# Meeting verbs that are a gathering only without an object ("delegates gathered", not "she gathered her notes")
_INTRANSITIVE = frozenset({"gather", "assemble", "crowd", "queue", "rally", "march", "sit"})
# Verbs by which many people are at one place at once ("evacuees were sheltering", "fans waited"): with people in the
# plural as the subject, an event whose people speak at it. Not ``where_scenes.PRESENCE_VERBS`` (who was present
# in a "where" clause, "where the girls' parents sat"), whose list that rule was measured with.
CROWD_VERBS = frozenset({"wait", "shelter", "stand", "attend", "watch", "listen", "camp"})
# Nouns that name many people gathered in one place ("the queue", "the crowd"), as the subject or object of the verb
GATHERED_MANY = frozenset({"queue", "crowd", "audience"})
_GATHERED_AS = frozenset({"nsubj", "dobj"})
# Verbs of talking that are an event when their object is people met ("spoke to fans at the main gate", "talked with
# residents"): the people named after speak in that talk
TALKING_VERBS = frozenset({"speak", "talk", "chat"})
_TALKED_WITH = frozenset({"to", "with"})
_MANY = frozenset({"NNS", "NNPS"})  # people in the plural: "fans", "four drivers"
# Verbs by which one leads others round a place ("walked reporters through the new wing", "showed visitors round",
# "took journalists on a tour"): a tour, an event whose guide and guests speak at it
GUIDING_VERBS = frozenset({"walk", "lead", "show", "take", "guide"})
# Prepositions that place a verb at an event ("at a meeting", "during the debate", "in the hearing"), or tell what an
# event dominated or opened ("dominated a parliamentary audit", "opened the hearing": its object)
_AT_PREPS = frozenset({"at", "during", "in"})
# Day words that date an event to one day or part of one, besides a weekday ("yesterday", "this morning", "last
# night"): a month or a year is no scene's day
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "morning", "afternoon", "evening", "night"})
# An event named by a gathering's noun ("The vote followed a three-hour debate in the chamber on Thursday, opened by
# the mover of the motion", "The plan was shelved at a meeting of the school board on Monday evening":
# ``gatherings.a_gathering``) is the channel of the people heard at it next as well as their day: a gathering is many
# people's turns before one room, each of which is made in it (occasion.md: "every later statement made in a scene, by
# the speaker or by others taking part"). Not an event named by its verb ("the council met"), nor a scene that is no
# gathering ("a rally", "the summit", "a tour"), which give the day alone as before. Rule on against off
# (sessionvoices2; fast.py on cache36): train-d, 0-59, f, c, g, h, i byte-identical; on the 201 tuned pages it fires
# on one page, a parliament's debate told in narration, channel +2 (with ``gatherings.DEBATES_IN_A_CHAMBER``).
EVENT_GATHERINGS = True


def event_day(narration: Narration, sentence: Span) -> Setting | None:
    """The day of the event ``sentence`` tells (the module's form), for the people named after it until a sentence
    names another channel (``Narration.heard_after``) or tells another day, and for its subject when that is one
    person."""
    root = root_of(sentence)
    if not happened(root):
        return None
    for verb in (root, *(c for c in children_of(root) if c.dep_ in ("conj", "advcl", "relcl"))):
        event = _event_of(verb)
        if event is None:
            continue
        day = _day_on(narration.finder, sentence, verb)
        if day is None:
            continue
        people = narration.heard_after(sentence, MAX_EVENT_DAY_GAP)
        people &= named_between(narration.firsts, sentence.end_char, _another_day(narration, sentence))
        people |= people_subject_of(narration.coref, verb)
        if not people:
            return None
        at = day.span.start_char
        stated = Stated(time=day)
        if EVENT_GATHERINGS and event is not verb and a_gathering(phrase := channel_phrase(event)):
            stated = Stated(channel=phrase, time=day)  # "a three-hour debate in the chamber"
        return Setting(at, narration.paragraphs.of(at), people, stated)
    return None


def _event_of(verb: Token) -> Token | None:
    """What makes ``verb`` an event: the event's noun (its subject, its object or where it happened) or the verb itself
    when it is one of meeting, of talking to people or of guiding others; None when it is none."""
    if not told_in_the_past(verb):
        return None
    lemma = verb.lemma_.lower()
    for child in children_of(verb):
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and scene_as_channel(child):
            return child
        # "The inquiry's second day opened with": a part of an event named by its possessor
        owner = next((o for o in children_of(child) if o.dep_ == "poss"), None) if child.dep_ in _SUBJECTS else None
        if owner is not None and scene_as_channel(owner):
            return owner
        if child.dep_ == "prep" and child.lower_ in _AT_PREPS:
            place = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            if place is not None and scene_as_channel(place):
                return place
    if lemma in MEETING_VERBS and not (lemma in _INTRANSITIVE and any(c.dep_ == "dobj" for c in children_of(verb))):
        return verb
    # "about 600 evacuees were still sheltering on the basketball court": many people there, waiting or sheltering
    if lemma in CROWD_VERBS and any(w.tag_ in _MANY for w in nominal_subjects(verb)):
        return verb
    # "The news reached the queue outside the gates": a gathered many, named by its noun
    crowd = next((c for c in children_of(verb) if c.dep_ in _GATHERED_AS and c.lemma_.lower() in GATHERED_MANY), None)
    if crowd is not None:
        return crowd
    talked_with = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in _TALKED_WITH]
    # "spoke to fans at the main gate", "Four drivers spoke to the paper": many people met, on either side of the talk
    if (
        lemma in TALKING_VERBS
        and talked_with
        and any(w.tag_ in _MANY for w in (*nominal_subjects(verb), *(o for c in talked_with for o in children_of(c))))
    ):
        return verb
    if lemma in GUIDING_VERBS and any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in children_of(verb)):
        return verb
    return None


def told_in_the_past(verb: Token) -> bool:
    """ "met", "was debated", "were queuing": an event over, told in the past; not "The board meets on Thursday" (one to
    come, though the present is finite and ``happened`` takes it)."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    # a participle with no auxiliary that ``happened`` reads as done is a main verb the tagger mistook
    # (``scene_parts.MISTAGGED_PASTS``): the simple past it is ("The trial of Gary Pattinson, 52, opened yesterday at
    # Carlisle Crown Court", tagged VBN; docs/occasion-rounds.md, the thirty-ninth set, round sessionchannels)
    mistagged = verb.tag_ == _PAST_PARTICIPLE and not auxes
    return happened(verb) and (verb.tag_ == _PAST or mistagged or any(a.tag_ == _PAST for a in auxes))


_PAST = "VBD"
_PAST_PARTICIPLE = "VBN"
# the subject's deps, and the parser's "npadvmod" for a subject set off by a comma ("The inquiry's second day, on
# Friday, opened with")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "npadvmod"})


def _another_day(narration: Narration, sentence: Span) -> int:
    """Where the first later sentence within ``MAX_EVENT_DAY_GAP`` paragraphs that holds no statement and tells a
    dated time starts (another day, another event: "Four drivers spoke to the paper on Saturday"), or the end of that
    reach. A statement's sentence ends nothing: its own time is its own ("Ravi Prasad, who flew in on Friday, said":
    the day he came, told of the one speaking)."""
    finder = narration.finder
    until = gap_end(narration.paragraphs, sentence, MAX_EVENT_DAY_GAP)
    number = finder.sentence_of[sentence.start] + 1
    while number < len(finder.sentences) and finder.sentences[number].start_char < until:
        later = finder.sentences[number]
        narrated = not any(narration.words.holds(t.idx) for t in later)
        if narrated and any(t.date is not None for t in finder.times_in(later)):
            return later.start_char
        number += 1
    return until


def a_day(time: TimePhrase) -> bool:
    """Whether ``time`` names one day or part of one: a weekday or a day word ("yesterday", "Thursday night")."""
    return names_a_weekday(time.span.text) or any(w.lower_ in _DAY_WORDS for w in time.span)


def _day_on(finder: CircumstanceFinder, sentence: Span, verb: Token) -> TimePhrase | None:
    """The first day (a weekday or a day word) of ``sentence`` whose clause is ``verb``'s, if any."""
    for time in finder.times_in(sentence):
        if time.date is None or clause_verb(time.span.root) != verb:
            continue
        if a_day(time):
            return TimePhrase(with_lead_in(time.span), time.date)
    return None
