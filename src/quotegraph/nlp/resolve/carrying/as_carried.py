"""What of an occasion in force a later statement carries (``as_carried``): a moment ("When he returned") stays in the
paragraph it was set in, a time that names no date and a single message (a tweet, an email) stay near where they were
set, a period ("last year") is never carried, and a person told in passing is not whom the speaker's later words are
for. ``occasions`` keeps the occasions in force; this module says what each of them gives when carried.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotegraph.nlp.resolve.carrying import carried_times
from quotegraph.nlp.resolve.carrying.carried_addressees import a_person_told
from quotegraph.nlp.resolve.carrying.carried_channels import is_message
from quotegraph.nlp.resolve.carrying.carried_times import a_period, a_weekday, afterwards, momentary, one_day
from quotegraph.nlp.resolve.carrying.event_days import told_in_the_past
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, OccasionInput
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.statement_times import a_clock_time

# Paragraphs from where it was set within which a single message (a tweet, an email, a text: a medium that is
# also a verb) is carried; after that the speaker's words come from elsewhere. On train-d, against always:
# channel -2 right / -16 false fills (within 0: -10 / -28).
MAX_MESSAGE_GAP = 1
# Paragraphs from where it was set within which a time that names no date ("at one point", "after the vote",
# "the 1980s") is carried. On train-d, against always: time -7 right / -22 false fills (within 0: -19 / -38;
# carried two or more paragraphs back, such times were right 8 times, another value 52, false fills 30). A weekday
# left undated (a page whose publication date was not read, "on Super Tuesday") is a day, not such a time
# (``carried_times.a_weekday``): train-d no change, train 0-59 time +1 right ("on Super Tuesday"), 0 false fills.
MAX_UNDATED_GAP = 1


# A person named as the addressee of an occasion with no channel ("Trump told Jeb Bush", "Mr. Sanders told Ms. Sherry")
# is told that exchange, as "him" is (``carrier_state.PASSING_ADDRESSEES``); the speaker's statements
# ``MAX_PERSON_TOLD_GAP`` paragraphs on are not to that person. With a channel ("told Megyn Kelly in an interview") the
# person is the interviewer, carried as the interview is. Rule on against off (fast.py, lead cache of main 0073681;
# right values / false fills): train-d addressee -1 / -30 (in 8 articles: a debate's exchanges 14, an interview's
# subject 7; the one lost a stated "Trump" the system carried from the paragraph before); channel and time unchanged.
# Within the paragraph only: -5 / -37; within a paragraph, with a channel as well: -2 / -33; within the paragraph only,
# with a channel as well: -11 / -45. "a voter", "reporters" and the like are left as they are: not named people.
PEOPLE_TOLD_IN_PASSING = True
MAX_PERSON_TOLD_GAP = 1


# A scene set a distance after a moment the story told ("At the post-race news conference ... an hour later", "at a
# news conference hours after the vote", "Speaking later on the same show") is one event: its time, which names no date,
# is carried to every statement made in the scene as the scene's channel is, not only as far as a time without a date
# (``MAX_UNDATED_GAP``): placed after a told moment, it is as fixed as a day. A scene only (a shared channel), and only
# "later" or a distance of seconds to weeks "later" or "after". Rule on against off (fast.py, cache5; right values /
# false fills): train-d time carried +1 / 0 ("Speaking later on the same show", McCaskill's next statement), no other
# statement changes; train 0-59 byte-identical; news pages time +1 (city-marathon.html: the men's winner's "He added"
# three paragraphs after the news conference was set); with seconds to hours only, train-d byte-identical. Tried and
# dropped: any undated time of a scene carried so, train-d time +2 / +7 and 8 misses given a wrong value ("at one
# point", "in the 1990s", "1994").
SCENES_KEEP_THEIR_DISTANCE = True
# A scene held at an hour ("At a briefing for reporters at its Melbourne control room at 3pm", a time that is a clock
# time and nothing else: ``statement_times.a_clock_time``) is held on the story's day, as a scene set a distance after a
# told moment is: its hour is carried to every statement made in the scene as the scene's channel is, not only as far
# as a time without a date (``MAX_UNDATED_GAP``). Rule on against off (fast.py, cache12): train-d, train 0-59 and
# train-c byte-identical (train-d's gold carries one clock time, "shortly after midnight", and no scene of its text is
# held at a bare hour); news pages time and every field +2, no loss (heatwave-rolling-blackouts.html: the operator's
# two later statements at the 3pm briefing). A form of the pages alone, suspect of fitting by that.
SCENE_CLOCKS_LAST = True
_A_DISTANCE_AFTER = re.compile(
    r"\b(?:(?:seconds?|minutes?|hours?|moments?|days?|weeks?)\s+(?:later|after)|later)\b", re.IGNORECASE
)


def _a_distance_after(time: TimePhrase | None) -> bool:
    """ "an hour later", "later", "Minutes after crossing the line": a time a distance after a moment told before."""
    return time is not None and _A_DISTANCE_AFTER.search(time.span.text) is not None


def _told_in_the_past(channel: Span) -> bool:
    """ "In a July interview with MSNBC, he spoke favorably", "she said on stage at the convention": the occasion the
    channel names is told as over, in the past (``event_days.told_in_the_past`` of its clause's verb); not "Viguerie
    tells Breitbart News in an exclusive interview", told in the story's present."""
    return told_in_the_past(clause_verb(channel.root))


def as_carried(frame: Frame, statement: OccasionInput) -> Stated:
    """The frame's occasion as ``statement`` carries it: a moment ("When he returned") stays in its own paragraph, a
    time without a date and a single message within ``MAX_UNDATED_GAP`` and ``MAX_MESSAGE_GAP`` paragraphs of where
    they were set."""
    stated = frame.stated
    moment = momentary(stated.time) and not (frame.day is None and afterwards(stated.time))
    time = frame.day if moment and statement.paragraph != frame.opened else stated.time
    far = statement.paragraph - frame.opened
    undated = time is not None and time.date is None and not a_weekday(time)
    lasting = SCENES_KEEP_THEIR_DISTANCE and frame.shared and _a_distance_after(time)
    lasting = lasting or (SCENE_CLOCKS_LAST and frame.shared and a_clock_time(time))
    if time is not None and undated and not momentary(time) and far > MAX_UNDATED_GAP and not lasting:
        # "at one point", "the 1980s": no day that later paragraphs share, but the day of the occasion it fell in
        fell_on = (
            frame.day
            if carried_times.DAY_OUTLASTS_ITS_MOMENT and time is not frame.day and one_day(frame.day)
            else None
        )
        time = fell_on
    if a_period(time):
        time = None  # "last year": a period, not an occasion's day
    channel = stated.channel
    if channel is not None and is_message(channel) and far > MAX_MESSAGE_GAP:
        channel = None  # "a tweet": one message, not an occasion later paragraphs share
    if statement.stance and statement.paraphrase and channel is not None and _told_in_the_past(channel):
        channel = None  # "makes no apologies": a stance held now (``sayings.PRESENT_STANCES_CARRY_NO_CHANNEL``)
    addressee = stated.addressee
    if PEOPLE_TOLD_IN_PASSING and (a_person_told(stated) or frame.passing) and far > MAX_PERSON_TOLD_GAP:
        addressee = None  # "Trump told Jeb Bush": an exchange, not whom the speaker's later words are for
    return Stated(channel, addressee, time)
