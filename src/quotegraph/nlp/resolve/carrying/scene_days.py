"""The days and moments a sentence tells for a scene or a person, outside any statement's own time.

The story's day, told before any statement (``story_day_setting``), also beside a lede's participles of saying
(``beside_participles``); the day of a court's scene, told by its bench in the plural (``court_day``); the day a
statement last stated for itself (``day_said``); one person's doing on a day (``a_person_s_day``), also told by its
noun with the person as its possessive ("Mrs. Clinton's decisive victory on Tuesday", ``a_possessed_day``); a weekday
on a person's "as" or "when" clause (``a_person_s_moment``), and a clause of the moment opening what a person did
(``a_person_s_opening``); the weekdays that date a verb or one it hangs under (``group_day``). Which of them are read
is ``scenes.py``'s (``PERSON_DAYS``, ``POSSESSED_DAYS``, ``MOMENT_DAYS``, ``OPENING_MOMENTS``, ``PARTICIPLE_LEDE``,
which it reads); the time a statement's own sentence states is ``stated_times.py``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_parts import (
    SHARED_SUBJECT_LINKS,
    SaidAt,
    happened,
    people_subject_of,
    subjects_of,
)
from quotegraph.nlp.resolve.carrying.taking_part import COURT_ROLES
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, governs
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import SAME_MOMENT_MARKERS, TimePhrase, time_clause
from quotegraph.nlp.resolve.stated.timeexpr import names_a_weekday
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

__all__: list[str] = [
    "a_person_s_day",
    "a_person_s_moment",
    "a_person_s_opening",
    "a_possessed_day",
    "beside_participles",
    "court_day",
    "day_said",
    "group_day",
    "story_day_setting",
]


# A sentence whose subject is a court's bench or bar by their role, in the plural, with a day on its
# verb ("Justices of the Minnesota Supreme Court appeared divided Tuesday over ...", "The judges heard the appeal on
# Monday") tells the day of the court's scene the story then sets ("During an hour of oral argument ..., Vang told the
# justices"), which a court story names once, in its lede, and not again for each exchange (occasion.md: a scene's
# time carries to others taking part). Not a single judge ("Judge Hale said on Friday" is a statement of hers).
def court_day(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
    """The day a court's scene falls on, told by a sentence whose verb's subject is a court's people
    in the plural (``COURT_DAY``): a setting for nobody that dates the court's scene set next
    (``occasions.COURT_DAY``)."""
    subject = next(
        (t for t in sentence if t.tag_ == "NNS" and t.lemma_.lower() in COURT_ROLES and _is_subject(t)), None
    )
    if subject is None:
        return None
    verb = clause_verb(subject)
    # "appeared divided Tuesday": the day on the verb or on the verb it takes as its complement
    days = [t for t in finder.times_in(sentence) if t.date is not None and governs(verb, clause_verb(t.span.root))]
    if not days:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), frozenset(), Stated(time=days[0]), dates_court=True)


_GERUND = "VBG"  # a participle clause beside the lede's verb (``scenes.PARTICIPLE_LEDE``)


def beside_participles(finder: CircumstanceFinder, sentence: Span, said: Sequence[SaidAt]) -> bool:
    """Whether every statement of ``sentence`` is a participle clause of another verb ("meeting ... and thanking") and
    the sentence's first weekday hangs on none of them (``scenes.PARTICIPLE_LEDE``)."""
    verbs = {s.verb.i for s in said}
    # a clause of the verb beside it, not "according to" (a preposition): a statement of its own
    if any(s.verb.tag_ != _GERUND or s.verb.dep_ not in SHARED_SUBJECT_LINKS for s in said):
        return False
    day = next((t for t in finder.times_in(sentence) if names_a_weekday(t.span.text)), None)
    return day is not None and clause_verb(day.span.root).i not in verbs


def story_day_setting(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
    """The story's day (``carrier.MOMENTS_ON_THE_STORY_DAY``): the first weekday of ``sentence``, which the caller
    gives only while no statement has been made, as a setting for nobody."""
    days = [t for t in finder.times_in(sentence) if names_a_weekday(t.span.text)]
    if not days:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), frozenset(), Stated(time=days[0]), story_day=True)


def _is_subject(word: Token) -> bool:
    """A verb's subject, or the apposition of one: "ST. PAUL — Justices of the ... Court appeared", where the parser
    takes the dateline for the subject."""
    return word.dep_ in NOMINAL_SUBJECTS or (word.dep_ == "appos" and word.head.dep_ in NOMINAL_SUBJECTS)


def day_said(finder: CircumstanceFinder, sentence: Span, said: Sequence[SaidAt]) -> TimePhrase | None:
    """The last day the statements of ``sentence`` state for themselves ("told the Security Council this morning"),
    if any."""
    verbs = {s.verb.i for s in said}
    days = [t for t in finder.times_in(sentence) if t.date is not None and clause_verb(t.span.root).i in verbs]
    return days[-1] if days else None


_PASSIVE = frozenset({"nsubjpass", "auxpass"})  # "was fired from the network Wednesday": done to them, not their doing


def a_person_s_day(
    finder: CircumstanceFinder, coref: Coreference, sentence: Span, paragraphs: Paragraphs
) -> Setting | None:
    """``scenes.PERSON_DAYS``: the day's name on the main verb of ``sentence`` (which holds no statement), for its
    subject when that is one person and the verb tells of something done."""
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if verb is None or not happened(verb) or any(c.dep_ in _PASSIVE for c in children_of(verb)):
        return None
    days = group_day(finder, sentence, verb)
    people = people_subject_of(coref, verb)
    if not days or len(people) != 1:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), people, Stated(time=days[0]), used=True)


def a_possessed_day(
    finder: CircumstanceFinder, coref: Coreference, sentence: Span, paragraphs: Paragraphs
) -> Setting | None:
    """``scenes.POSSESSED_DAYS``: the day's name on the main verb of ``sentence`` (which holds no statement) whose
    subject is one person's doing, named by its possessive ("Mrs. Clinton's decisive victory on Tuesday ended a string
    of wins", "Trump's acceptance speech Thursday night was the moment ..."), for that person, adding to their
    occasion as ``a_person_s_day`` does for the person as the subject."""
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if verb is None or not happened(verb) or any(c.dep_ in _PASSIVE for c in children_of(verb)):
        return None
    days = group_day(finder, sentence, verb)
    if not days or people_subject_of(coref, verb):
        return None
    owners = {
        c.index
        for subject in children_of(verb)
        if subject.dep_ in NOMINAL_SUBJECTS and coref.cluster_at(subject) is None  # a doing, no one ("his rivals")
        for poss in children_of(subject)
        if poss.dep_ == "poss"
        for c in [coref.cluster_at(poss)]
        if c is not None and c.type == "PERSON" and not c.plural
    }
    if len(owners) != 1:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), frozenset(owners), Stated(time=days[0]), used=True)


_BEING = "be"  # "When she was a councillor,": a stretch of being, no moment (``scenes.OPENING_MOMENTS``)


def a_person_s_opening(
    finder: CircumstanceFinder,
    coref: Coreference,
    sentence: Span,
    paragraphs: Paragraphs,
    said: Sequence[SaidAt],
    after: Sequence[SaidAt],
) -> list[Setting]:
    """``scenes.OPENING_MOMENTS``: the clause of time that opens ``sentence``, set off by its comma, for the subject of
    the main verb it hangs on when that is one person doing something, no subject of a statement made in ``sentence``,
    and the subject of a statement ``after`` it (those of the next sentence that makes any) in its paragraph."""
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if verb is None or verb.tag_ != "VBD" or not happened(verb):
        return []  # "When Clinton challenges Sanders, she is making a play": a habit, no moment
    if any(c.dep_ in _PASSIVE or c.dep_ == "neg" for c in children_of(verb)):
        return []  # "didn't bring a single case": nothing done then
    doc = sentence.doc
    for child in (c for c in children_of(verb) if c.i < verb.i):
        clause = time_clause(child)
        if clause is None or clause.start != sentence.start or clause.end >= sentence.end:
            continue
        if doc[clause.end].text != "," or clause.root.lemma_.lower() == _BEING:
            continue  # "When she was a federal prosecutor,": a stretch of being, no moment
        people = people_subject_of(coref, verb)
        # a statement inside the clause is the moment itself ("When I asked", "Asked by a reporter whether"), put to
        # the person, not made by them
        others = [s for s in said if not clause.start <= s.verb.i < clause.end]
        if len(people) != 1 or any(people & subjects_of(coref, s.verb) for s in others):
            return []
        at = clause.start_char
        paragraph = paragraphs.of(at)
        if not any(people & subjects_of(coref, s.verb) and paragraphs.of(s.verb.idx) == paragraph for s in after):
            return []
        date = finder.date_within(clause)
        # a clause with no day of its own is a moment of the occasion the person is in ("Asked whether she would
        # stand, Castel laughed" in an interview told before): it fills only a time that occasion lacks
        return [Setting(at, paragraph, people, Stated(time=TimePhrase(clause, date)), used=date is None)]
    return []


def a_person_s_moment(
    finder: CircumstanceFinder, coref: Coreference, sentence: Span, paragraphs: Paragraphs, said: Sequence[SaidAt]
) -> list[Setting]:
    """``scenes.MOMENT_DAYS``: the weekday on the verb of an "as" or "when" clause in ``sentence``, for that clause's
    subject when it is one person who is not the subject of a statement made in ``sentence``."""
    for time in finder.times_in(sentence):
        verb = clause_verb(time.span.root)
        marks = [c for c in children_of(verb) if c.dep_ == "mark" and c.i < verb.i]
        if verb.dep_ != "advcl" or not marks or marks[0].lower_ not in SAME_MOMENT_MARKERS:
            continue
        if not names_a_weekday(time.span.text) or not happened(verb):
            continue
        people = people_subject_of(coref, verb)
        if len(people) == 1 and not any(people & subjects_of(coref, s.verb) for s in said):
            at = time.span.start_char
            return [Setting(at, paragraphs.of(at), people, Stated(time=time))]
    return []


# The verbs a verb takes as its complement, whose day is that verb's (``group_day`` with ``complements``): "began making
# their final pitches Monday", "found themselves increasingly targeted Sunday" (``roundups.ROUNDUP_DAYS``).
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "oprd"})


def _complements_of(verb: Token) -> set[Token]:
    """The verbs ``verb`` takes as its complement, directly or through another."""
    found: set[Token] = set()
    frontier = [verb]
    while frontier:
        for child in children_of(frontier.pop()):
            if child.dep_ in _COMPLEMENTS and child not in found:
                found.add(child)
                frontier.append(child)
    return found


def group_day(finder: CircumstanceFinder, sentence: Span, verb: Token, complements: bool = False) -> list[TimePhrase]:
    """The days ``sentence`` names that date ``verb`` or a verb it hangs under ("stepped up ... on Saturday, with top
    defense officials ... vowing"), and with ``complements`` a verb it takes as its complement."""
    above = {verb, *verb.ancestors} | (_complements_of(verb) if complements else set())
    return [t for t in finder.times_in(sentence) if clause_verb(t.span.root) in above and names_a_weekday(t.span.text)]
