"""The scene a sentence with no statement opens, and the exchanges made in it (part of the carrying,
``occasions``).

A setting's occasion is taken by its people (``take``), dated by the day their occasion still gives; a scene a sentence
with no statement sets is open (``open``), and a later statement whose speaker has no occasion of their own and that is
an exchange in the room (told to the body gathered there, a reply, a question) is made in it (``in_scene``,
``OPEN_SCENES``, ``AUDIENCE_OF_THE_LATEST_SCENE``, ``THE_SCENE_NAMED``); a person told while the speaker's occasion in
force is a scene is told in passing (``told_in_scene``, ``SCENES_PEOPLE_TOLD_IN_PASSING``).
"""

from __future__ import annotations

from quotegraph.nlp.resolve.carrying.carried_addressees import (
    a_person_told,
    an_audience,
    the_gathered,
    told_the_gathered,
)
from quotegraph.nlp.resolve.carrying.carried_channels import definite, many_occasions
from quotegraph.nlp.resolve.carrying.carried_times import a_weekday, day_under, momentary, one_day, within_the_day
from quotegraph.nlp.resolve.carrying.carrier_state import CarrierState
from quotegraph.nlp.resolve.carrying.joining import asked_entity
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, Held, OccasionInput, Setting, filled
from quotegraph.nlp.resolve.carrying.partly_stated import (
    MAX_AUDIENCE_KEEP_GAP,
    MAX_KEEP_GAP,
    channel_names,
    day_kept,
    name_of_value,
)
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

__all__ = [
    "OpenScenes",
    "a_moment_at",
    "audience_at_a_moment",
]

# A scene a sentence with no statement sets ("More than 200 people filled the community center on Tuesday night for a
# public hearing", "Prime Minister's Questions had barely begun on Wednesday": ``scenes._scene_told``) is where a later
# statement is made whose speaker has no occasion of their own, whose sentence names no channel or time, and which is an
# exchange in the room: told to the body gathered there ("told the board", "told council members", "told the House"),
# a reply, or a question put to someone; at most ``MAX_OPEN_SCENE_GAP`` paragraphs after the scene was last spoken in.
# Its speaker's later statements carry it as their own occasion. It changes no statement of train-d (fast.py), with a
# reach of 2 to 6 paragraphs alike. Tried and dropped on train-d (right values / false fills against the rule off):
# any such statement, not only an exchange, within 2 paragraphs: channel -2 right (a later setting's channel lost) /
# +51 false fills, time +1 / +33; within 1: channel 0 / +17, time 0 / +1; an exchange and the plain statements right
# after one in the scene: channel -1 / +4, time 0 / +4 (people a reporter met at a debate or a convention, "told
# POLITICO" at a state convention); a scene a person's sentence sets ("took calls on the station's phone-in"), shared
# the same way: channel 0 / +3 (and one more another value), time 0 / +3.
OPEN_SCENES = True
MAX_OPEN_SCENE_GAP = 2
# A statement told to the people gathered at a scene, named with "the" ("told the committee", "told the crowd", "told
# the delegates": ``carried_addressees.told_the_gathered``), with no channel or time of its own and by a speaker with no
# occasion of their own, is made in the latest shared scene when another speaker's statement set it ("The vote came at
# the end of a public meeting in council chambers"), as at a scene a sentence with no statement opened
# (``OPEN_SCENES``): occasion.md, "every later statement made in a scene, by the speaker or by others taking part";
# whom one tells there is the gathering. Not one person ("the governor", "the previous guest": tried with every
# ``an_audience`` noun, train-d channel and time +0 right / +1 false fill each, nyt_2015-12-01 puerto-rican-bank's
# advisers "urging the governor" after a hearing "will hold"; nyt_2015-12-15 white-house-schmoozing's "saying goodbye
# to the previous guest"), nor a chamber ("told the House", from anywhere). At most ``MAX_GATHERED_GAP`` paragraphs
# after the scene was last spoken in. Rule on against off (fast.py, cache13): train-d, train 0-59 and train-c
# byte-identical (train-d's "told the crowd" and "told the delegates" statements have a scene of their own speaker's or
# none in force); news pages channel +5, time +5, every field +5, no loss (grocery-store-planning-row.html: the
# developer's consultant and a resident, each "told the committee" at the public meeting, and their later words). A
# form of the pages alone, suspect of fitting by that.
AUDIENCE_OF_THE_LATEST_SCENE = True
# paragraphs: the meeting's scene set, a paragraph of the site's zoning, the chair's opening, then "told the committee"
# (with ``MAX_OPEN_SCENE_GAP``'s 2 the page gains nothing; train-d is byte-identical with 2 or 3)
MAX_GATHERED_GAP = 3
# A statement whose own channel names the open scene again with "the" ("Council chairman Geoffrey Tallis told the
# meeting" after "packed the village hall on Tuesday evening for a parish council meeting") is made in it: the scene as
# first named, and its day. On train-d no statement changes (fast.py, output byte-identical).
THE_SCENE_NAMED = True
# A moment of the scene ("told the members before she read out the tally", "said as the vote closed", "At one point,
# she told the crowd") names no other occasion: a clause of time (``carried_times.momentary``) or a phrase naming no
# date (``carried_times.within_the_day``) dates one turn within the scene, whose day it falls on (occasion.md: "every
# later statement made in that scene ... carries the scene's channel and time, until the text moves to another
# occasion (... a new date ...)"; a moment is no new date). So an exchange in the open scene that names such a moment
# is still made in it, and so is one told to the scene's gathered body (``told_the_gathered``: "the members", "the
# delegates") by a speaker whose occasion in force is that scene (a sentence with no statement set it for them: "The
# result was announced at the assembly's closing session ... on Sunday afternoon", then the moderator "told the
# members before she read out the tally"), at most ``partly_stated.MAX_AUDIENCE_KEEP_GAP`` paragraphs on; its moment
# is its own time and the scene's day is kept under it (``Frame.day``), when the scene is dated by one day. Not a
# date, a weekday or a year of its own ("After suggesting on Wednesday that ..."); with no moment,
# ``partly_stated.told_the_scene_s_audience`` keeps the scene. Rule on against off (sessionvoices; fast.py on cache31 /
# cache34 / cache35): train-d, train 0-59, train-f, train-c, train-g and train-h byte-identical; the 177 tuned pages
# unchanged; the released pages channel +2 (graubuenden-citizens-assembly-wolf-cull.html, the moderator and her next
# words), and with ``gatherings.DAY_UNDER_A_MOMENT`` and ``gatherings.SESSIONS`` the later voices there.
MOMENTS_AT_THE_SCENE = True


# A person told while the speaker's occasion in force is a scene ("Rubio told Paul" in the debate, a tribute "to
# 6-year-old Dylan Hockley" in a floor speech): said in the scene, which the statement keeps, to that person, whom the
# speaker's words ``MAX_PERSON_TOLD_GAP`` paragraphs on are not for (``PEOPLE_TOLD_IN_PASSING``); still the one the
# occasion names, who may speak in it (``INTERVIEWERS_TAKE_PART``). Rule on against off (fast.py, cache6; right values
# / false fills): train-d addressee 0 / -3 (2 articles: a debate's "Rubio", a floor speech's tribute), train 0-59 and
# news pages unchanged. Keeping the scene as the speaker's occasion instead, the person told in the statement only:
# the same on train-d (-4), train 0-59 time +1 / +1, but news pages -2 (a judge told in a hearing no longer named by
# it, so her own words there lost the hearing and its day), dropped. A speaker with no occasion of their own taking the
# scene set last in the paragraph with the person told: no statement changes on train-d, train 0-59 or the pages.
SCENES_PEOPLE_TOLD_IN_PASSING = True


def _later_scene(latest: Frame | None, scene: Frame | None, statement: OccasionInput) -> bool:
    """``latest`` is a shared scene set by another speaker's statement, at least as late as the open scene ``scene``."""
    if latest is None or not latest.shared or many_occasions(latest.stated.channel):
        return False
    if statement.speaker is None or statement.speaker in latest.speakers:
        return False
    return scene is None or latest.paragraph >= scene.paragraph


def a_moment_at(scene: Frame | None, time: TimePhrase | None) -> bool:
    """Whether ``time``, a statement's own, is a moment within ``scene`` dated by one day (``MOMENTS_AT_THE_SCENE``)."""
    if not MOMENTS_AT_THE_SCENE or scene is None or time is None or time.date is not None or a_weekday(time):
        return False  # "After suggesting on Wednesday that ...": a day of its own
    if not (momentary(time) or within_the_day(time)):
        return False
    return one_day(day_under(scene.stated.time, scene.day))


def audience_at_a_moment(statement: OccasionInput, own: Frame | None) -> Frame | None:
    """``own``, the speaker's occasion in force, when it is a shared scene with a channel and ``statement`` names
    only the body gathered there and a moment of the scene (``MOMENTS_AT_THE_SCENE``); else None."""
    mine = statement.stated
    if own is None or not own.shared or own.stated.channel is None or many_occasions(own.stated.channel):
        return None
    if mine.channel is not None or mine.addressee is None or not an_audience(mine.addressee):
        return None
    if not the_gathered(mine.addressee.root) or not a_moment_at(own, mine.time):
        return None
    return own if statement.paragraph - own.paragraph <= MAX_AUDIENCE_KEEP_GAP else None


class OpenScenes(CarrierState):
    """The scene a sentence with no statement opens, and the exchanges made in it."""

    def open(self, setting: Setting) -> None:
        """A scene set by a sentence with no statement ("filled the community center on Tuesday night for a public
        hearing"), after its people, if any, took it (``take``): the one the exchanges after it are made in
        (``in_scene``), shared with those people."""
        people = [p for p in sorted(setting.participants) if p in self.by_speaker]
        if people:
            self.scene = self.by_speaker[people[0]]
            return
        stated = Stated(setting.stated.channel, None, setting.stated.time)
        self.scene = Frame(stated, True, setting.paragraph, opened=setting.paragraph, last=self.read)

    def in_scene(self, statement: OccasionInput, own: Frame | None) -> Frame | None:
        """The open scene (``open``) when ``statement`` is an exchange made in it (``OPEN_SCENES``): its speaker has no
        occasion of their own, its sentence names no time and no channel but the scene again ("told the meeting",
        ``THE_SCENE_NAMED``), it is told to the body gathered there, a reply or a question, its sentence places its
        speaker there (``OccasionInput.placed``) (or it names the scene), and it
        comes at most ``MAX_OPEN_SCENE_GAP`` paragraphs after the scene was last spoken in."""
        scene, mine = self.scene, statement.stated
        reach = MAX_OPEN_SCENE_GAP
        if AUDIENCE_OF_THE_LATEST_SCENE and told_the_gathered(mine) and _later_scene(self.latest, scene, statement):
            scene, reach = self.latest, MAX_GATHERED_GAP  # "told the committee" after "a public meeting on Monday"
        # its speaker may be one the scene was opened for ("More than 200 people filled the community center ... for a
        # public hearing" as a story's lede, ``scenes.LEDE_SCENES``): an exchange there is still made in it
        own = None if own is scene else own
        if not OPEN_SCENES or scene is None or own is not None or statement.speaker is None or statement.held_view:
            return None
        if mine.time is not None and not a_moment_at(scene, mine.time):
            return None
        if mine.channel is not None:  # "told the meeting" in "a parish council meeting": the scene named again
            if not (THE_SCENE_NAMED and definite(mine.channel) and channel_names(scene, name_of_value(mine.channel))):
                return None
        elif not (
            statement.replies or asked_entity(statement) is not None or an_audience(mine.addressee) or statement.placed
        ):
            return None
        return scene if statement.paragraph - scene.paragraph <= reach else None

    def take(self, setting: Setting) -> None:
        """A setting's occasion for its people; a scene they were in (``used``) only adds what their own lacks."""
        fresh = setting.participants
        if setting.used:
            fresh = frozenset(p for p in fresh if p not in self.by_speaker)
            for frame in {id(f): f for p, f in self.by_speaker.items() if p in setting.participants}.values():
                frame.stated = filled(Held(frame.stated), setting.stated, carried=False).stated
        if fresh:
            self.set(self._dated_setting(setting, fresh), setting.paragraph, fresh, setting.one_each)

    def _dated_setting(self, setting: Setting, people: frozenset[int]) -> Stated:
        """A setting that names no time ("Hale then spoke at a rally in Dayton"), with the day its people's occasion
        still gives (``partly_stated.day_kept``), as a statement naming a new channel keeps it. On train-d, against a
        setting that names no time ending the day: time +14 right / +6 false fills; on train 0-59 and train-e +10 /
        +8."""
        stated = setting.stated
        interviewer = self.named_again.setting_interviewer(stated, people)
        if interviewer is not None:  # "spoke ... during the interview" after "told CNN": still to CNN
            stated = Stated(stated.channel, interviewer, stated.time)
        if stated.time is not None:
            return stated
        days = (day_kept(self.by_speaker.get(person), setting.paragraph) for person in sorted(people))
        day = next((d for d in days if d is not None), None)
        return stated if day is None else Stated(stated.channel, stated.addressee, day)

    def told_in_scene(self, statement: OccasionInput, own: Frame | None) -> bool:
        """Whether all ``statement`` names is a person told (``carried_addressees.a_person_told``) while its speaker's
        occasion in force is a scene (``SCENES_PEOPLE_TOLD_IN_PASSING``)."""
        mine = statement.stated
        if not SCENES_PEOPLE_TOLD_IN_PASSING or own is None or mine.time is not None or not a_person_told(mine):
            return False
        return (
            own.shared
            and not many_occasions(own.stated.channel)
            and statement.paragraph - own.paragraph <= MAX_KEEP_GAP
        )
