"""The day a new occasion keeps from a scene when it names none (part of the carrying, ``occasions``).

A statement told to the body one speaks to in a hearing or a trial takes the latest scene's day (``HEARING_DAY``); one
whose channel names a scene again with "the" takes the day of the occasion set last (``THE_EVENT_DAY``); a court's
scene takes the day told of the court's people (``occasions.COURT_DAY``, ``on_the_court_day``).
"""

from __future__ import annotations

from dataclasses import replace

from quotegraph.nlp.resolve.carrying.carried_channels import definite, is_scene
from quotegraph.nlp.resolve.carrying.carrier_state import CarrierState
from quotegraph.nlp.resolve.carrying.occasion_records import Held, OccasionInput
from quotegraph.nlp.resolve.carrying.partly_stated import day_kept
from quotegraph.nlp.resolve.carrying.taking_part import COURT_SCENES, HEARING_BODIES
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

__all__ = [
    "KeptDays",
]

# A statement told to the body one speaks to in a hearing or a trial ("Rowena Blake, prosecuting, told jurors at
# Southwark Crown Court in her opening speech", "Pryce's barrister told the court", "Judge Anthony Marsh told jurors"),
# naming no time, is made on the day of the scene last set (the lede's "prosecutors said on Wednesday at the start of
# his trial"), when that scene was spoken in at most ``partly_stated.MAX_KEEP_TIME_GAP`` paragraphs before
# (``partly_stated.day_kept``): a day in court is told speaker by speaker, each naming whom they addressed but not the
# day again.
HEARING_DAY = True
# A statement whose own channel is a scene named with "the" ("Deltoro said at the news conference", "told the briefing")
# and that names no time refers back to the event the story has just told with its day ("On Thursday, the janitor stood
# beside an oversized check at the lottery office and admitted ..."): it takes the dated day of the occasion set last,
# for anyone, when that was spoken on at most ``partly_stated.MAX_KEEP_TIME_GAP`` paragraphs before, as carried. The
# occasion set last, not the latest day set: on train-d, the latest dated day of anyone within the gap made 2 carried
# times right and 3 misses wrong (a rally's day of Trump's for Pence's "During the discussion" at a town hall told
# between); the occasion set last, time +4 carried right ("said in the White House briefing" after "The White House on
# Monday also urged", "At the event, ... unveiled" after a statement of Wednesday), 0 worse, 0 false fills.
THE_EVENT_DAY = True


class KeptDays(CarrierState):
    """The day a new occasion keeps from a scene when it names none."""

    def on_the_hearing_day(self, statement: OccasionInput, kept: Held) -> Held:
        """``kept`` dated, when ``statement`` names no time nor keeps one of its speaker's, by the day of the event its
        channel names again with "the" (``_event_day``), or by the latest scene's day (``partly_stated.day_kept``) when
        it is told to the body one speaks to in a hearing or a trial ("told jurors", "told the court",
        ``HEARING_DAY``)."""
        if kept.stated.time is not None or statement.stated.time is not None:
            return kept
        event = self._event_day(statement)
        if event is not None:
            return Held(replace(kept.stated, time=event), kept.carried | {"time"})
        if not HEARING_DAY:
            return kept
        addressee = statement.stated.addressee
        if addressee is None or addressee.root.lemma_.lower() not in HEARING_BODIES:
            return kept
        day = day_kept(self.last_scene, statement.paragraph)
        if day is None:
            return kept
        return Held(replace(kept.stated, time=day), kept.carried | {"time"})

    def on_the_court_day(self, kept: Held) -> Held:
        """``kept`` dated by the day told of the court's people (``COURT_DAY``) when it is a court's scene with no
        time; that day is then spent."""
        channel, day = kept.stated.channel, self.court_day
        if day is None or kept.stated.time is not None or channel is None or not is_scene(channel):
            return kept
        if channel.root.lemma_.lower() not in COURT_SCENES:
            return kept
        self.court_day = None
        return Held(replace(kept.stated, time=day), kept.carried | {"time"})

    def _event_day(self, statement: OccasionInput) -> TimePhrase | None:
        """The dated day of the occasion set last (``latest``, as ``partly_stated.day_kept`` gives it) for a statement
        whose own channel is a scene named with "the" ("said at the news conference"; ``THE_EVENT_DAY``)."""
        channel = statement.stated.channel
        if not THE_EVENT_DAY or not (definite(channel) and is_scene(channel)):
            return None
        day = day_kept(self.latest, statement.paragraph)
        return day if day is not None and day.date is not None else None
