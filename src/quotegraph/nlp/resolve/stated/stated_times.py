"""The time a statement's own sentence states: time expressions, clauses and phrases of time.

A clause or phrase that places the saying in time ("When officers asked about the car, he said"; "after the match",
``time_clause``), a written period ("in the past week", ``period``), the lead-in words of a time ("shortly after",
``with_lead_in``), a recent medium, an event the medium came after, the verb a participle cue hangs on, and the tagger's
times read as points in time (``point_in_time``). Its neighbours read the rest of time: ``time_positions`` where a time
stands and what that makes it date (a noun, a fronted place or opening, the close of the act or of a medium),
``dated_elsewhere`` the tests that a time dates something else than the saying, ``relative_occasions`` the occasion a
relative clause puts its verb inside. It reads no channel (``stated_channels``) or addressee (``stated_addressees``);
the clause walking it shares with them is ``stated_clauses``'; ``statement_times`` chooses the statement's time among
these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of, rights_of
from quotegraph.nlp.resolve.stated.addressee_words import audience_before
from quotegraph.nlp.resolve.stated.channel_nouns import hyphenated, is_channel_word
from quotegraph.nlp.resolve.stated.gerund_scenes import split_off_scene
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, saying_verb
from quotegraph.nlp.resolve.stated.stated_clauses import (
    CONJ_LIMIT,
    MOMENTS,
    clause_marker,
    first_conjunct,
    outside,
    perfect,
    progressive,
    trimmed,
)
from quotegraph.nlp.resolve.stated.timeexpr import WEEKDAY
from quotegraph.nlp.syntax import OBJECT_DEPS, VERB_POS

__all__ = [
    "ASKED",
    "FRONTED_GERUND_TIMES",
    "LEAD_PREPS",
    "SAME_MOMENT_MARKERS",
    "SHORT_DISTANCES",
    "UNTIL_DATES_NO_SAYING",
    "TimePhrase",
    "after_an_event",
    "ends_a_stretch",
    "fronted_gerund",
    "of_a_noun",
    "participle_host",
    "period",
    "point_in_time",
    "recent",
    "same_moment_verbs",
    "says_that",
    "second_object",
    "short_of",
    "time_clause",
    "time_phrase_of",
    "topic_of_saying",
    "whens_of_joined",
    "with_lead_in",
]

# Clauses and phrases that place a statement in time: "When asked ..., she said", "after the match".
# Not "while": in news it mostly contrasts ("while Sanders will receive at least 57"); on train it never dated
# a saying (4 of 4 wrong). Not "since", which gives a reason ("since it returns power to the states") or the start
# of a state ("has become prominent since the attacks"), not the moment of a saying (train-d: 6 false fills, 1 right).
_TIME_MARKERS = frozenset({"when", "after", "before", "as", "once", "until", "following"})

_TIME_PREPS = frozenset({"after", "before", "following", "ahead", "during", "until", "amid"})

# Of those, the ones that put the saying inside a scene or medium they name ("during a speech", "amid a rally"): the
# scene is the channel, not a time. After, before or until a scene ("After the debate", "before the speech", "after an
# event in Edison on Wednesday") is when (train-d, against every scene noun being no time: time +9 stated / +1
# carried right, +3 false fills; channel -6 carried right / -5 false fills, the carrying of one article after a
# statement now dated; train 0-59 no change).
_SCENE_PREPS = frozenset({"during", "amid"})

# Units a scene's length is told in: "During an hour of oral argument", "during two days of hearings" put the saying
# inside the scene after "of" as "during the hearing" does (``_scene_within``). Not a stretch of a campaign or a war
# ("during the height of the campaign"): those are periods, read as times. No such phrase on train-d, train-c or train
# 0-59 (extracts byte-identical).
_SPELLS = frozenset({"minute", "hour", "day", "night", "morning", "afternoon", "evening", "week"})

# Units of a short distance from an event, which with the event place a saying ("just minutes before the shootings
# occurred", "two hours after news outlets declared him the victor"); a long one tells of the story's history ("A year
# after it was announced", "25 years after it gained independence": both false fills on train-d). Train-d +2 right.
SHORT_DISTANCES = frozenset({"second", "minute", "hour", "moment"})

_MEASURES = frozenset({"npadvmod", "dep"})  # relations of a distance hung on a verb ("minutes before ...")

# "as he has in the past", "as I do", "as he is known": an "as" clause of manner or comparison, whose verb only
# stands in for another, is no time
_STAND_IN_VERBS = frozenset({"be", "have", "do", "know"})

# "He avoided direct criticism of Trump until recent days", "Until last week, Mr. Clinton ...", "until a ceasefire
# was signed in 1994": "until" tells where a stretch of a state or an action ended, and a saying is a moment, so an
# "until" clause or phrase on the verb dates no saying (docs/occasion-rounds.md, the thirty-ninth set's timefills: on
# the tuning slices stated "until" times were 1 right / 5 false fills / 1 wrong).
UNTIL_DATES_NO_SAYING = True
_STRETCH_ENDS = frozenset({"until", "till", "til"})

ASKED = frozenset({"ask", "question", "press"})  # "Asked about ..., he said": when he was asked

# markers of a clause told at the moment of the verb it hangs on ("as farmers converged", "when the vote came")
SAME_MOMENT_MARKERS = frozenset({"as", "when"})


@dataclass(frozen=True)
class TimePhrase:
    span: Span
    date: str | None = None


# "said after the royal car had left that he had used the time", "told the Gazette before the sale that her family had
# kept the notebooks": the parser hangs the content's clause on the verb of the clause of time, whose subtree then runs
# into the content; the time stops where a content opened by "that" starts. Rule on against off (fast.py, cache4): no
# outcome changes on train-d or train 0-59; four bounds shortened ("during a visit to Scotland on Friday", "following a
# vote in 2001" twice, "during the Democratic National Convention showing"). Stopping at any content or source that
# starts inside the time cut phrases short ("after criticism", "after weeks of protests in favor"): dropped.
TIMES_STOP_AT_CONTENT = True


def short_of(time: Span, blocked: list[tuple[int, int]]) -> Span:
    """``time`` up to the first "that" inside it that opens a content (``blocked``, ``TIMES_STOP_AT_CONTENT``)."""
    # the blocked spans are read only for a time holding "that": a narrated issuing's time is asked with every content
    # of the text blocked, and a set of them all built for each was quadratic in a text of thousands of issuings
    thats = [t for t in time[1:] if t.lower_ == "that"]
    starts = {start for start, _ in blocked} if thats else set()
    opening = next((t for t in thats if t.idx in starts), None)
    if not TIMES_STOP_AT_CONTENT or opening is None:
        return time
    return trimmed(time.doc, time.start, opening.i)


# "..., asking for anonymity to speak freely", "Asking to be identified only by her first name, she said": the
# present participle of asking is the speaker's own request, not a question put to them, so it tells no moment of
# the saying ("Asked about it" still does). Rule on against off (fast.py, cache6): train-d time false fill -2 (one
# statement and the one it carried to), nothing else changed; train 0-59 unchanged.
OWN_ASKING_NO_TIME = True


def time_clause(child: Token) -> Span | None:
    """A clause or phrase hung on a verb that says when ("when officers asked about the car", "Asked
    about it", "after the match", "ahead of the vote"); not a channel ("during a speech")."""
    doc = child.doc
    first = doc[child.left_edge.i]
    marker = doc[first.i + 1] if first.i + 1 < child.i else None
    if first.lower_ in _LEAD_ADVERBS and first.head == child and marker is not None and marker.dep_ == "mark":
        first = marker  # "soon after it was over", "shortly before the polls closed": the marker after the hedge
    marks = [c for c in children_of(child) if c.dep_ == "mark" and c.i < child.i]
    # "Hours before the episode aired": the parser may leave the distance's relation unlabelled ("dep")
    measures = [
        c for c in children_of(child) if c.dep_ in _MEASURES and c.i < child.i and c.lemma_.lower() in SHORT_DISTANCES
    ]
    if marks and measures and measures[0].left_edge == first and measures[0].right_edge.i + 1 == marks[0].i:
        first = marks[0]  # "just minutes before the shootings occurred": the marker after the distance
    start = child.left_edge.i
    if child.dep_ == "advcl" and (measure := _measure_before(child)) is not None:
        start = measure.left_edge.i  # "Hours before the episode aired, Brooks posted": the distance on the verb
    asked = first == child and child.lemma_ in ASKED and not (OWN_ASKING_NO_TIME and child.tag_ == "VBG")
    stretch_end = first.lower_ in _STRETCH_ENDS or child.lower_ in _STRETCH_ENDS
    if UNTIL_DATES_NO_SAYING and stretch_end and not _moment_told_after(doc, child.right_edge.i + 1):
        return None  # "until the inspection": the end of a stretch, not a moment
    if child.dep_ == "advcl" and (first.lower_ in _TIME_MARKERS or asked):
        if first.lower_ == "as" and child.lemma_.lower() in _STAND_IN_VERBS:
            return None
        return trimmed(doc, start, child.right_edge.i + 1)
    if child.dep_ == "prep" and child.lower_ in _TIME_PREPS and audience_before(child) is None:
        objects = [c for c in child.subtree if c.dep_ == "pobj"]
        if objects and (child.lower_ not in _SCENE_PREPS or not _a_scene_object(objects[0])):
            # with the distance that measures from the event: "two days after the attack", "minutes before the vote"
            return trimmed(doc, child.left_edge.i, child.right_edge.i + 1)
    if FRONTED_GERUND_TIMES and fronted_gerund(child):
        return trimmed(doc, child.i, child.right_edge.i + 1)
    if DISTANCES_AS_HEADS and (distance := _distance_as_head(child)) is not None:
        return distance
    if MEASURED_GERUND_TIMES and (measure := _measured_gerund(child)) is not None:
        return trimmed(doc, measure.left_edge.i, child.right_edge.i + 1)
    if child.dep_ == "prep" and child.lower_ == "at":  # "at the close of the primary day"
        moments = [c for c in children_of(child) if c.dep_ == "pobj" and c.lemma_.lower() in MOMENTS]
        if moments and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(moments[0])):
            return trimmed(doc, child.i, child.right_edge.i + 1)
    return None


def ends_a_stretch(span: Span) -> bool:
    """ "Until last week", "till Friday": a time that is the object of "until", the end of a stretch and no moment of a
    saying (``UNTIL_DATES_NO_SAYING``)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    until = before is not None and before.lower_ in _STRETCH_ENDS and span.root.head == before
    return UNTIL_DATES_NO_SAYING and until and not _moment_told_after(doc, span.end)


def _moment_told_after(doc: Doc, end: int) -> bool:
    """ "until recent days, when he expressed concern that ...": the end of the stretch named as the moment of what the
    "when" after it tells, so a moment after all (on train 0-59 the annotators gave such a "recent days" to the
    concern expressed, in two articles)."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "when"


# "had told the passengers moments before the impact that ...", "Minutes after the vote, she told reporters": the parser
# may make the short distance the head of the phrase, the preposition of time hanging on it, not on the verb; the
# phrase dates the saying as "minutes before the vote" hung the other way round does (``SHORT_DISTANCES``: not "a year
# after").
DISTANCES_AS_HEADS = True


def _distance_as_head(child: Token) -> Span | None:
    """ "moments before the impact" with "moments" on the verb (its adverbial noun, or a second object) and "before the
    impact" on "moments" (``DISTANCES_AS_HEADS``)."""
    if child.lemma_.lower() not in SHORT_DISTANCES:
        return None
    # "told the passengers moments before the collision that": a second object of the verb is no object but the distance
    if child.dep_ not in _MEASURES and not second_object(child):
        return None
    preps = [c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in _DISTANCE_PREPS and c.i > child.i]
    return trimmed(child.doc, child.left_edge.i, preps[0].right_edge.i + 1) if preps else None


_DISTANCE_PREPS = frozenset({"after", "before"})  # the prepositions a distance is measured by, as ``_measured_gerund``


def second_object(word: Token) -> bool:
    """ "told the reporters moments before the vote": a word the parser read as an object of its verb after another
    object, which no verb of saying takes."""
    return word.dep_ == "dobj" and any(c.dep_ in OBJECT_DEPS and c.i < word.i for c in children_of(word.head))


# "Before leaving, the King signed the visitors' book, writing: ...", "After landing, she told reporters": a preposition
# of time on a gerund, opening the sentence and set off by a comma, dates the saying. Only so: stated17 found any such
# gerund phrase ("a few hours after reaching orbit", "before leaving" inside the sentence) costly on train-d (time +1
# stated right, -4 carried right, +2 false fills). A gerund with an object or a clause ("After thanking the raucous
# crowd", "After saying he was nervous") tells another act of the speaker's: on train 0-59 two false fills, one
# statement not annotated. Rule on against off (fast.py, cache4): train-d and train 0-59 no statement changes.
FRONTED_GERUND_TIMES = True


def fronted_gerund(child: Token) -> bool:
    """ "Before leaving,": a preposition of time (``_TIME_PREPS``) opening its sentence, on a gerund, set off by a
    comma (``FRONTED_GERUND_TIMES``)."""
    if child.dep_ != "prep" or child.lower_ not in _TIME_PREPS or not child.is_sent_start:
        return False
    after = child.right_edge.i + 1
    gerunds = [c for c in children_of(child) if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    # not "After thanking the crowd", "After saying he was nervous": another act of the speaker's, with what it acted on
    gerund = bool(gerunds) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(gerunds[0]))
    return gerund and after < len(child.doc) and child.doc[after].lower_ == ","


# "Minutes after crossing the line, the 29-year-old told the Courier", "Hours after landing in Paris, she said": a short
# distance (``SHORT_DISTANCES``) measured from an act told by a gerund dates the saying, whatever the gerund acts on;
# the distance is what makes it the saying's moment and not another act of the speaker's ("After thanking the crowd",
# which ``FRONTED_GERUND_TIMES`` leaves out). The parser hangs the distance beside the preposition on the verb. Rule on
# against off (fast.py, cache5): train-d and train 0-59 byte-identical; news pages time +2 (city-marathon.html).
MEASURED_GERUND_TIMES = True


def _measured_gerund(child: Token) -> Token | None:
    """The distance right before ``child``, a preposition of time on a gerund ("[Minutes] after crossing the line"),
    hung on the same verb (``MEASURED_GERUND_TIMES``)."""
    if child.dep_ != "prep" or child.lower_ not in ("after", "before") or child.i == 0:
        return None
    if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in children_of(child)):
        return None
    measure = child.doc[child.i - 1]
    fits = measure.dep_ in _MEASURES and measure.head == child.head and measure.lemma_.lower() in SHORT_DISTANCES
    return measure if fits else None


def _a_scene_object(word: Token) -> bool:
    """Whether the object of "during" or "amid" is a scene: a channel word, the scene a spell is the length of ("an
    hour of oral argument"), or the compound a scene noun was split off ("a council sitting": ``split_off_scene``)."""
    return is_channel_word(_scene_within(word)) or any(split_off_scene(c) for c in children_of(word))


def _scene_within(spell: Token) -> Token:
    """ "an hour of oral argument", "two days of hearings": the scene a spell of time (``_SPELLS``) is the length of,
    else the word itself."""
    if spell.lemma_.lower() not in _SPELLS:
        return spell
    of = next((c for c in children_of(spell) if c.dep_ == "prep" and c.lower_ == "of"), None)
    scene = None if of is None else next((c for c in children_of(of) if c.dep_ == "pobj"), None)
    return spell if scene is None else scene


def _measure_before(clause: Token) -> Token | None:
    """ "Hours before the episode aired, Brooks posted": the parser hangs the distance on the verb the clause of time
    hangs on, right before the clause's marker; it measures from the clause's event, so it is part of the time."""
    first = clause.doc[clause.left_edge.i]
    if first.dep_ != "mark" or first.lower_ not in _TIME_MARKERS or first.i == 0:
        return None
    measure = clause.doc[first.i - 1]
    while measure.head != clause.head and measure.head.i < first.i and measure.head != measure:
        measure = measure.head  # "Two hours": from the count to the noun it counts
    fits = measure.dep_ in _MEASURES and measure.head == clause.head and measure.right_edge.i + 1 == first.i
    return measure if fits and measure.lemma_.lower() in SHORT_DISTANCES else None


def of_a_noun(span: Span) -> bool:
    """ "after a day of talks on Thursday": a phrase of time whose preposition takes a noun, an event that happened on
    the day inside it; not a clause ("After suggesting on Wednesday that ...", "as he listened during Saturday's
    debate"), whose day is another act's (on train-d such days, given to the clause, were carried to the wrong
    statements)."""
    root = span.root
    return root.dep_ == "prep" and any(c.dep_ == "pobj" for c in children_of(root))


# Nouns of a stretch or a point of time, and the prepositions that make them a time when they come before the verb:
# "In the days following the attacks", "On the eve of the primary", "In the run-up to the vote", "By the end of the
# day", "Within hours"; not "in the past" (on train, the content's times: experiments/occasion_stated, round 1)
_PERIODS = frozenset({
    "run-up", "eve", "wake", "aftermath", "heyday", "depths", "hours", "days", "weeks", "months", "end", "beginning",
    "start", "middle", "course", "height", "midst",
})  # fmt: skip

_PERIOD_PREPS = frozenset({"in", "on", "by", "within", "at", "during"})

# The nouns of a stretch matched as written (``_a_period``), not by the lemma alone, which had left every plural of the
# list ("days", "months") and "run-up" unmatched. Rule on against off (fast.py): train-d time +3 stated right, +1 wrong
# where none was ("In the hours", the parser hanging the clause after it elsewhere), channel -1 false fill (a statement
# now dated no longer carries an earlier scene); without the "since" exception, -5 carried right (one article's "In the
# more than two weeks since Yue submitted his proposal, Ash wrote"). Train-e the same +3 / +1; train 0-59 no change.
WRITTEN_PERIODS = True


def _a_period(noun: Token) -> bool:
    """A noun of ``_PERIODS`` as written: the lemma loses the plural that makes a stretch ("the coming months",
    "the depths of the recession"), and the tokenizer splits "run-up" in three."""
    if not WRITTEN_PERIODS:
        return noun.lemma_.lower() in _PERIODS
    return noun.lower_ in _PERIODS or (hyphenated(noun) or noun.lemma_.lower()) in _PERIODS


def period(child: Token, verb: Token) -> TimePhrase | None:
    """A phrase of a stretch or point of time fronted before its verb ``verb``: "In the days after the attack, she
    said", "On the eve of the primary, he wrote", "By the end of the day, ...". Not a stretch that runs "since" an
    event up to the story's day ("In the more than two weeks since Yue submitted his proposal, Ash wrote that officials
    have made requests") for a verb that tells one act, as a stretch of time is not (``_DURATION_PHRASE``)."""
    if child.dep_ != "prep" or child.lower_ not in _PERIOD_PREPS or child.i > child.head.i:
        return None
    periods = [c for c in children_of(child) if c.dep_ == "pobj" and _a_period(c)]
    if not periods or not any(c.dep_ in ("det", "poss", "amod") for c in children_of(periods[0])):
        return None
    doc, end = child.doc, child.right_edge.i + 1
    if (
        WRITTEN_PERIODS
        and any(t.lower_ == "since" for t in doc[child.i : end])
        and not (perfect(verb) or progressive(verb))
    ):
        return None
    return TimePhrase(trimmed(doc, child.left_edge.i, end))


# The preposition a time hangs on and the adverb that hedges it, both part of the time as said ("At 10:15 a.m.",
# "shortly after 6 p.m.", "Late on Monday", "told the tribunal in June": on train the annotators give "in" with a
# month or year two times in three): the tagger's times and the patterns start after them.
LEAD_PREPS = frozenset({"at", "on", "in", "around", "about", "after", "before", "by", "until", "past"})

_LEAD_ADVERBS = frozenset({"shortly", "just", "late", "early", "soon", "right", "sometime", "only"})


def with_lead_in(span: Span) -> Span:
    """``span`` from the preposition it is the object of and from a hedging adverb of either."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ in LEAD_PREPS and span.root.head.i == start - 1:
        start -= 1
    return doc[_hedged_start(doc, start, span.end) : span.end]


def _hedged_start(doc: Doc, start: int, end: int) -> int:
    """Where a phrase of time from ``start`` to ``end`` starts: at the adverb right before it that hedges it
    ("shortly after 6 p.m.", "Late on Monday"), when the parser hangs that adverb on a word of the phrase."""
    if start == 0:
        return start
    before = doc[start - 1]
    hedged = before.lower_ in _LEAD_ADVERBS and before.dep_ == "advmod" and start <= before.head.i < end
    return start - 1 if hedged else start


def same_moment_verbs(word: Token) -> list[Token]:
    """The verb that a clause of the same moment holding ``word`` hangs on ("brought Dublin to a standstill on Tuesday
    as farmers converged ... for a rally": "brought"), by its marker (``SAME_MOMENT_MARKERS``) or, where the parser took
    the marker for a preposition ("as" with "farmers" as its object), through that; not past a reported clause."""
    for ancestor in word.ancestors:
        if ancestor.dep_ == "ccomp":
            return []
        if ancestor.dep_ == "advcl" and clause_marker(ancestor) in SAME_MOMENT_MARKERS:
            return [clause_verb(ancestor.head)]
        if ancestor.dep_ == "prep" and ancestor.lower_ in SAME_MOMENT_MARKERS:
            return [clause_verb(ancestor.head)]
    return []


# Adjectives that place a medium or scene in time against another ("in a recent interview", "In a subsequent note to
# staff", "In a later tweet"): the annotators give the adjective alone as the time. Train-d: "subsequent" and "later"
# +3 stated right (each had a wrong carried day before), no false fill.
_DATING_ADJECTIVES = frozenset({"recent", "subsequent", "later"})


def recent(channel: Span) -> TimePhrase | None:
    """ "in a recent interview", "at a recent town hall", "In a subsequent note to staff": the adjective that dates
    the medium or the scene is the statement's time (without a date), as "Tuesday's debate" gives "Tuesday"."""
    root = channel.root
    words = [
        c for c in children_of(root) if c.dep_ == "amod" and c.lower_ in _DATING_ADJECTIVES and channel.start <= c.i
    ]
    return TimePhrase(root.doc[words[0].i : words[0].i + 1]) if words else None


# Words that open a phrase of an event after which (or ahead of which) a medium or scene came: "in an interview after
# the announcement", "in a statement following the news", "in an interview ahead of the summit", "on a call after the
# results". Not "before", which on a medium or scene names whom it was put to as often ("testimony before Congress"),
# nor "during" / "amid", whose object is itself the scene.
_EVENT_MARKERS = frozenset({"after", "following", "ahead"})


def after_an_event(channel: Span, blocked: list[tuple[int, int]]) -> TimePhrase | None:
    """The phrase of an event that the statement's own medium or scene is hung on ("said in an interview after the
    announcement"): the parser hangs it on the medium noun, not the verb, but it tells when the medium came, and so
    when the words were said. The preposition ("after the results"), a participle "following" ("following the news")
    or "ahead of" ("ahead of the summit"), each with the event it names, after the noun and outside the words said.
    Train-d (experiments/occasion_stated, round 8): +1 stated / +1 carried right, +1 false fill (a carried one); train-e
    the same; train 0-59 no change."""
    root = channel.root
    for child in children_of(root):
        if child.i <= root.i or child.lower_ not in _EVENT_MARKERS or not outside(child, blocked):
            continue
        of = [c for c in children_of(child) if c.dep_ == "prep" and c.lower_ == "of"] if child.lower_ == "ahead" else []
        links = [child, *of]
        events = [c for link in links for c in children_of(link) if c.dep_ == "pobj"]
        # "In debate after debate, and rally after rally": a repetition, not an event after the medium
        if events and events[0].lemma_.lower() != root.lemma_.lower():
            # up to the words said, which the parser may hang on the event ("after the vote that the plant would ...")
            end = next((t.i for t in root.doc[child.i : child.right_edge.i + 1] if not outside(t, blocked)), None)
            # "In a post on X shortly after the broadcast": an adverb the parser hangs on the marker hedges the phrase
            start = _hedged_start(root.doc, child.i, child.i + 1)
            return TimePhrase(trimmed(root.doc, start, child.right_edge.i + 1 if end is None else end))
    return None


# prepositions a participle cue hangs on its host verb through: "by" ("landed in hot water by saying"), and "with" of
# a participle with its own subject, the act's circumstance ("stepped up pressure on Saturday, with officials vowing";
# "Tension flared on Thursday, with each candidate questioning the other's fitness") (stated round 18)
_HOSTING_PREPS = frozenset({"by", "with"})


def participle_host(verb: Token) -> Token | None:
    """The verb a participle cue with no time of its own hangs on ("stepped up pressure on Saturday, ... vowing to
    remain", "landed in hot water last week by saying", "followed up a few minutes later by lamenting"): the
    participle tells how the act of that verb was done, and the act's time is the words'. Through coordinated
    participles to the first ("underlining ... and vowing"); after "by" or "with" (``_HOSTING_PREPS``), the verb the
    preposition hangs on. Train-d
    (experiments/occasion_stated, round 8; with ``_hosts_time``): +6 stated right, no false fill, but -3 carried
    channels (a new time starts a new occasion in ``occasions.py``); train-e +3 / +1 false fill; train 0-59 no
    change."""
    if verb.tag_ != "VBG":
        return None
    for _ in range(CONJ_LIMIT):
        if verb.dep_ != "conj" or verb.head.tag_ != "VBG":
            break
        verb = verb.head
    host = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in _HOSTING_PREPS else verb.head
    if verb.dep_ not in ("advcl", "pcomp") or host == verb or host.pos_ not in VERB_POS:
        return None
    # an act told in the past ("landed", "as he did two years ago") or the present perfect ("has been on the
    # sidelines for months"); not an infinitive or a modal's verb ("warned the Fed not to act this year, noting", "may
    # not do so this year"), whose time is what is talked of, nor a passive ("was filed in 2012 challenging")
    return host if host.tag_ == "VBD" or perfect(host) else None


def whens_of_joined(verb: Token) -> list[Token]:
    """ "When asked about the plan, she paused, shook her head and said", "when Mr. Hurt asked Norton to republish the
    book, it declined, citing legal risks": a "when" clause on a verb dates the verbs of saying joined to it after it,
    a participle hung on it or a verb coordinated with it, however far along the coordination (the parser hangs each
    joined verb on the one before it, so the clause is out of reach of a third verb's own head)."""
    if not saying_verb(verb):
        return []
    first = first_conjunct(verb)
    joined, current = [first], first
    for _ in range(CONJ_LIMIT):
        nexts = [c for c in children_of(current) if c.dep_ == "conj" and c.pos_ in VERB_POS]
        if not nexts:
            break
        current = nexts[0]
        joined.append(current)
    hosts = [v for v in joined if v.i < verb.i and v != verb.head] if verb in joined else []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        hosts.append(verb.head)
    # not the clause the verb itself is in ("drew attention to himself when Cruz was discussing his plan")
    return [c for v in hosts for c in children_of(v) if c.dep_ == "advcl" and _opens_with_when(c) and c != verb]


def _opens_with_when(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < clause.i for c in children_of(clause))


def says_that(verb: Token, that: Token) -> bool:
    """Whether the clause ``that`` opens after "at the time" is what ``verb`` says: the verb's object clause, or a
    clause the parser hangs on "time" as a relative one when the verb of saying has no object of its own ("wrote at
    the time that the cooking was fearless"; not "said at the time that the bill passed he was away")."""
    clause = that.head
    if clause.dep_ == "ccomp" and clause.head == verb:
        return True
    objects = [c for c in children_of(verb) if c.dep_ in ("ccomp", "dobj", "xcomp")]
    return clause.dep_ == "relcl" and clause.head.head.head == verb and saying_verb(verb) and not objects


# A date or time the tagger marks is a moment ("in March", "Monday night", "11:40 a.m.", "In 2012"), not a
# duration or an age ("seven days", "29 years old", "the past two decades") unless it counts from one
# ("two days ago", "hours later").
_MOMENT = re.compile(
    rf"\b{WEEKDAY}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|\b(?:today|tonight|yesterday|morning|afternoon|evening|night|noon|midnight|[ap]\.?m\b|o'clock)"
    r"|\b(?:ago|later|earlier|last|this|next|previous|following|that)\b"
    # a year ("In 2012", "a 1963 speech", "the early 2000s"), not a count ("2000 people")
    r"|\b(?:1[89]|20)\d\d(?:s\b|\b(?!\s*(?:percent|people|votes?|delegates?)\b))",
    re.IGNORECASE,
)

_DURATION = re.compile(r"\b(?:old|long|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur\w+)\b")


def time_phrase_of(entity: Span) -> Span:
    """ "had told the couple the night the girls were born": the tagger may read a verb's object and the time after
    it as one time ("the couple the night"); where its words hang on two heads outside it, the time is the last
    phrase, with the relative clause that says which one it was ("the night the girls were born")."""
    heads = [t for t in entity if not entity.start <= t.head.i < entity.end or t.head == t]
    # only a verb's object before the time ("9:42 a.m. Eastern time", two heads, is one time)
    # whom or what a verb took, which the tagger may read into a time after it
    if len(heads) < 2 or entity.label_ not in ("DATE", "TIME") or any(h.dep_ not in OBJECT_DEPS for h in heads[:-1]):
        return entity
    last = heads[-1]
    start = min((t.i for t in entity if t.i > heads[-2].right_edge.i and t.i >= last.left_edge.i), default=last.i)
    end = max([entity.end, *(c.right_edge.i + 1 for c in rights_of(last) if c.dep_ == "relcl")])
    return Span(entity.doc, start, end, label=entity.label_)


def point_in_time(entity: Span) -> bool:
    if entity.label_ not in ("DATE", "TIME"):
        return False
    text = entity.text
    counted_from = re.search(r"\b(?:ago|later|earlier)\b", text)  # "two days ago", "hours later"
    return bool(_MOMENT.search(text)) and (counted_from is not None or not _DURATION.search(text))


def topic_of_saying(entity: Span) -> bool:
    """ "talks about night shifts", "spoke about night work": the tagger reads "about" and a time word as an
    approximate time, but an "about" that is the preposition of a verb of saying opens what is talked of
    ("about 10 p.m.", an approximation, has "about" as an adverb of the number)."""
    about = entity[0]
    return about.lower_ == "about" and about.dep_ == "prep" and saying_verb(about.head)
