"""What a time is to the carrying of occasions (``occasions.py``): a moment that dates one saying (``momentary``), a
clause of someone's act (``an_act``), a weekday (``a_weekday``), a period longer than an occasion's day
(``a_period``), "afterwards" and a clause of the event the saying came after (``afterwards``), the adverbs that date
their own statement only (``OWN_TIME_ADVERBS``), and the times a held view keeps (``as_said``). It carries nothing:
which of these a statement takes is ``occasions.py``'s and ``partly_stated.py``'s; the time a statement's own sentence
states is ``stated_times.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.nlp.resolve.carrying.occasion_records import OccasionInput
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.timeexpr import TIME_ADVERBS, iso_day, names_a_weekday
from quotegraph.nlp.syntax import VERB_POS

__all__ = [
    "DAY_OUTLASTS_ITS_MOMENT",
    "OWN_TIME_ADVERBS",
    "a_period",
    "a_weekday",
    "afterwards",
    "an_act",
    "as_said",
    "day_under",
    "momentary",
    "one_day",
    "own_time_adverb",
    "within_the_day",
]


def an_act(time: TimePhrase | None) -> bool:
    """ "When he returned", "after sharing a Facebook post this week": a time told by a clause of what someone did, the
    moment of that one's saying, not a day another speaker's statement falls on."""
    return time is not None and any(t.pos_ in VERB_POS for t in time.span)


# "Speaking outside the saleroom afterwards, the director said ...", "told the Examiner afterwards": a time set after
# the event the story told, in which the speaker's next words are still said, a quote paragraph after ("We raised
# £1.1m," he said) and a paraphrase in the paragraph where the speaker last spoke ("He added that ..."), as far as a
# time without a date is carried (``as_carried.MAX_UNDATED_GAP``). Not a paraphrase a paragraph on, where the speaker's
# words are told of another occasion ("he complained to an American afterward", then "Mr. Netanyahu denouncing the
# president's efforts before a joint meeting of Congress"). Carried, against never (fast.py, cache3): train-d and train
# 0-59 no change; to any statement within the gap, train-d +1 false fill (that paraphrase), train 0-59 no change.
AFTERWARDS = frozenset({"afterward", "afterwards"})
# "said after the royal car had left that ...", "said after the hammer fell": a clause of the event the saying came
# after is "afterwards" with the event named, carried as far and to the same statements (``AFTERWARDS``), not a moment
# that stays in its paragraph (``momentary``), while the speaker's occasion has no day of its own. Rule on against off
# (fast.py, cache4; right values / false fills): train-d time carried +2 / 0 ("after the jobs report was released",
# "After the meeting of Nevada Democrats on Saturday ended"), two misses given a wrong value (an email's "After ...
# chimed in", a Trump quote wanting the day); train 0-59 0 / +1. Over a day in force as well: train-d -4 right (a
# Sanders town hall's "Monday" replaced by "after he introduced a bill"), dropped.
AFTER_CLAUSES = True


# Time adverbs that date their own statement only, never the speaker's later ones ("recently said", "previously told").
# Not "later": "Later, Rubio claimed ...", "Later in the broadcast, Swanson praised ..." moves on within the occasion
# told before, and the speaker's next statements are still made then, as far as a time without a date is carried
# (``as_carried.MAX_UNDATED_GAP``). Carried, against never: on train-d +4 right / +1 false fill, on train 0-59 and
# train-e +2 / +2; every other adverb carried gained nothing (at most +2 right for +4 false fills, "recently").
# "afterwards" is carried as "later" is (``AFTERWARDS``).
OWN_TIME_ADVERBS = frozenset(TIME_ADVERBS) - {"later"} - AFTERWARDS


def own_time_adverb(time: TimePhrase) -> bool:
    """Whether ``time`` is a time adverb that dates its own statement only ("recently", ``OWN_TIME_ADVERBS``)."""
    return time.span.text.lower() in OWN_TIME_ADVERBS


# Days a time may cover and still be an occasion's day: a week ("last week") or a month ("this month") is carried,
# a year ("last year", "four years ago") is a period in which many things were said, which dates its own statement
# only. On train-d, carried times covering more than a month were right 4 times, another value 12, false fills 36
# (23 of them three or more paragraphs on); on train 0-59 and train-e right 5, another value 12, false fills 33.
MAX_OCCASION_DAYS = 31


def a_weekday(time: TimePhrase) -> bool:
    """ "on Wednesday", "Tuesday": a time that is a day of the week (its head, or the object of its head), one day
    that later paragraphs share even when it is undated (a page whose publication date was not read); not a clause
    that names one ("After suggesting on Wednesday that ...", whose day is another event's)."""
    root = time.span.root
    return any(names_a_weekday(t.text) and (t == root or t.head == root) for t in time.span)


def a_period(time: TimePhrase | None) -> bool:
    """Whether ``time``'s date is an interval longer than ``MAX_OCCASION_DAYS`` days ("last year": 2015-01-01/
    2015-12-31): a period, not the day of an occasion."""
    if time is None or time.date is None or "/" not in time.date:
        return False
    first, _, last = time.date.partition("/")
    start, end = iso_day(first), iso_day(last)
    if start is None or end is None:  # not an ISO interval: nothing to tell by
        return False
    return (end - start).days + 1 > MAX_OCCASION_DAYS


# A held view (a belief, what has been said over time, a refusal told in the present) keeps no stated time that
# names no date ("When it comes to ...", "during his birther mania", "as the election looms closer", "in 2009"):
# a view is held over a period, and only a day named for it ("Sanders admitted Tuesday") or a stretch up to the story's
# present (``_RECENT``: "has argued in recent days", "has recently said") tells when it was voiced. On train-d, held
# views' undated times were right 12 times, another value 5, false fills 45; recent stretches among them right 5,
# false fills 3. ("now", which held views' times were before, is no saying's time at all:
# ``dated_elsewhere.NOT_A_SAYINGS_TIME``.)
_RECENT = re.compile(r"\b(?:recent(?:ly)?|lately|(?:past|last)\b.*\b(?:days?|weeks?))\b", re.IGNORECASE)


def as_said(statement: OccasionInput) -> OccasionInput:
    """A held view without a stated time that names neither a date nor a recent stretch: the time of a state or a
    period, not when anything was said."""
    time = statement.stated.time
    if not statement.held_view or time is None or time.date is not None:
        return statement
    if _RECENT.search(time.span.text):
        return statement
    return replace(statement, stated=Stated(statement.stated.channel, statement.stated.addressee, None))


def momentary(time: TimePhrase | None) -> bool:
    """ "When he returned", "Asked about his remarks", "as he explained": a clause that dates one saying, a
    moment, not an occasion that later paragraphs share (a day, a debate); "He added" in its paragraph still
    carries it."""
    return time is not None and time.span.root.pos_ in VERB_POS


# A moment told as a phrase that names no date ("at one point", "Moments earlier", "Later"), stated by a statement that
# names no channel of its own, is a moment within the speaker's occasion in force, which falls on that occasion's day:
# once the phrase is no longer carried (``as_carried.MAX_UNDATED_GAP``), the speaker's later statements on the occasion
# carry its day, as they do after a clause (``momentary``, ``Frame.day``). Before, the phrase replaced the day and, a
# paragraph on, left no time while the channel and addressee went on being carried ("said at his rally on Monday", "At
# one point, he joked ...", then the rally's quotes three paragraphs on). A new occasion that keeps the moment (a new
# addressee a paragraph on, ``partly_stated.day_kept``) keeps its day too. Only one day (``one_day``): a week, a month
# or a year is no day a moment falls on. Rule on against off (fast.py, cache28; right values / false fills): train-d
# time carried +6 / 0 in three articles (a CNN interview's "Wednesday night" past "he said at one point"; Biden's rally
# "on Monday", four quotes; a campaign manager's interview "Monday" past "When later pressed", which "later" had taken
# before), none lost, one wrong value fewer; channel and addressee carried +1 each (a day alone left of a moment returns
# to the scene before a digression, ``carrier._carried_from``); train 0-59 and train-c byte-identical; news pages
# unchanged. Tried and dropped: a time naming no date carried wherever the channel goes, past
# ``as_carried.MAX_UNDATED_GAP``: train-d time +3 / +16, two right values lost and ten misses given a wrong value ("in
# April", "in the 1990s").
DAY_OUTLASTS_ITS_MOMENT = True
# "in 2008", "the 1980s", "in '08": a year the finder left undated, another time than the occasion's, no moment of it
_A_YEAR = re.compile(r"\b\d{4}s?\b|'\d\ds?\b")


def within_the_day(time: TimePhrase | None) -> bool:
    """Whether ``time`` is a phrase that names no date, no weekday, no year and tells no act ("at one point", "later";
    not "After suggesting on Wednesday that ...", ``an_act``, nor "in 2008", nor "recently", ``OWN_TIME_ADVERBS``): a
    moment of a day told elsewhere (``DAY_OUTLASTS_ITS_MOMENT``)."""
    if time is None or time.date is not None or an_act(time) or a_weekday(time):
        return False
    return not own_time_adverb(time) and _A_YEAR.search(time.span.text) is None


def day_under(time: TimePhrase | None, day: TimePhrase | None) -> TimePhrase | None:
    """The day an occasion whose time is ``time`` falls on, ``day`` being the one recorded under its moment: ``day``
    for a clause (``momentary``) and, with ``DAY_OUTLASTS_ITS_MOMENT``, for a phrase naming no date
    (``within_the_day``); else ``time`` itself."""
    if momentary(time) or (DAY_OUTLASTS_ITS_MOMENT and within_the_day(time)):
        return day
    return time


def one_day(time: TimePhrase | None) -> bool:
    """Whether ``time`` is a single day ("on Monday", "Wednesday night", "March 3"): a weekday or a date that is no
    interval; not "this week", "June 2011" or "in 2008"."""
    return time is not None and (a_weekday(time) or (time.date is not None and "/" not in time.date))


def afterwards(time: TimePhrase | None) -> bool:
    """Whether ``time`` is "afterwards", said after the event the story told (``AFTERWARDS``), or a clause of that
    event opened by "after" (``AFTER_CLAUSES``)."""
    if time is None:
        return False
    return time.span.text.lower() in AFTERWARDS or (
        AFTER_CLAUSES and momentary(time) and time.span[0].lower_ == "after"
    )
