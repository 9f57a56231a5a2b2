"""Carried occasion: the channel, addressee and time a statement takes from a scene or from the statement it continues
(``../shared/design/occasion.md``, "Carried occasion").

Statements and scene settings are read in text order. A statement whose own sentence states an occasion sets it for its
speaker (fields it leaves out come from that speaker's occasion so far). A sentence that is not the statement's but sets
an occasion for someone ("The nominee took to Instagram on Friday", "The announcement came in a letter from Blackwell")
sets it for them. A statement that states nothing carries its speaker's occasion ("He added"), or, when its speaker has
none, the occasion of a shared scene (a debate, a hearing, a show, an interview) set or used at most ``MAX_SCENE_GAP``
paragraphs before; otherwise nothing. A speaker's statements made before any occasion was set for them take the first
one set later, at most a paragraph after the last of them ("McCain made his remarks during the Christian Science Monitor
breakfast"), quotes only: a paraphrase told before is a summary. A carried value keeps the spans of the phrase where the
occasion was set, and is marked carried. A time that is a clause ("When he returned") dates the sayings of its own
paragraph only; later ones fall on the speaker's day before. A poll's answers (a polled share or the polled public as
source) carry the story's poll, dated only by the sentence that tells when it was conducted ("The poll was conducted
Feb. 11-15"), wherever that sentence is, never by its release. A statement whose content is only "That's" ("That's
according to fundraising reports") gives its occasion to the statement before it. A question put to a speaker, and a
reply ("said in reply", "replied") to the speaker heard just before, is made on that speaker's scene, or, in that one's
paragraph, on the platform they posted on; a scene a group speaks in ("their leaders said at a joint news conference")
is set for the people named after it (``scenes.py``). A quote that holds no time, told just after another speaker's
statement dated in the same paragraph, takes that date. A statement made through "the X" ("said in the release") that
another speaker set just before with an X ("said in a joint press release on Monday") is made on that occasion and
takes its day.

Where an occasion ends (measured on train 84-473, ``experiments/occasion_carry``): a paraphrase made long after its
speaker last spoke on the occasion, with others heard in between, is a summary of a position, not part of that occasion;
a single message (a tweet, an email) and a time that names no date ("at one point") hold for their paragraph and the
next only; a past saying recalled ("Last year, she said ...") leaves the scene the speaker spoke in before in force for
their later quotes; a time that covers a year ("last year") is a period, never carried; many occasions ("his comments",
"at his rallies") are never carried, though an occasion named by one while its speaker's is in force ("at the start of
his remarks") keeps that occasion's addressee and day. A new date keeps the speaker's channel and addressee (the same
occasion, now dated); a new channel or addressee keeps the speaker's day when it comes at most a paragraph later,
whether a statement or a setting names it. A question's clause that names no date ("Asked by the host whether ..., she
said") is no new "when": the answer keeps the occasion's channel and day. A held view is dated only by a day or a recent
stretch named for it ("has argued in recent days"), not by a clause or a period ("When it comes to ...", "in 2009").

This module is the entry point (``carry_occasions``): it reads the statements and settings in text order and hands
each to the carrier (``carrier.OccasionCarrier``), which keeps the occasions in force and decides what each statement
holds.
The carrier is built from modules that each do one thing: the record of what is in force (``carrier_state``); what a
statement or a sentence takes from what was told just before (``told_before``); the day a new occasion keeps of a
scene (``kept_days``); the open scene and the exchanges made in it (``open_scenes``); whose occasion a statement joins
(``joining``); when an occasion lapses or is returned to (``lapses``). What they read comes from their neighbours:
the records taken and given from ``occasion_records``; what a time, a channel and an addressee are to the carrying
from ``carried_times``, ``carried_channels`` and ``carried_addressees``; what of an occasion in force a later statement
carries from ``as_carried``; the day of an occasion named again later ("the report", "the interview") from
``named_again``; what a statement that states part of an occasion keeps of its speaker's from ``partly_stated``; whether
two speakers are namesakes from ``namesakes``; who takes part in an occasion they did not set (an exchange in a scene, a
group's member, an interviewer, one asking the one who spoke, a body described again) from ``taking_part``. The kind of
saying a cue tells (a refusal, an intention, a reply) is ``sayings``', read when the statements are built.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from quotegraph.nlp.resolve.carrying.carried_channels import many_occasions
from quotegraph.nlp.resolve.carrying.carried_times import as_said
from quotegraph.nlp.resolve.carrying.carrier import OccasionCarrier
from quotegraph.nlp.resolve.carrying.lede_sessions import in_the_lede_session, left_for_another_time
from quotegraph.nlp.resolve.carrying.namesakes import name_words
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, Held, OccasionInput, Setting, filled
from quotegraph.nlp.resolve.carrying.roundups import on_the_roundup_day
from quotegraph.nlp.resolve.carrying.told_before import MAX_FOLLOW_GAP
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.timeexpr import iso_day

__all__ = [
    "COURT_DAY",
    "carry_occasions",
]

# A court's scene set with no day ("During an hour of oral argument ..., Vang told the justices") falls on the day a
# sentence with no statement gave the court's people before it ("Justices of the Minnesota Supreme Court appeared
# divided Tuesday", ``scenes.COURT_DAY``): its statement takes that day as carried, and so do those who take part in
# it (``COURT_PARTIES``, ``SCENE_EXCHANGES``). Once: a second scene is another sitting.
COURT_DAY = True
# A quote that holds no time, stated or carried, takes the date the statement just before states when that one is
# another speaker's in the same paragraph: an exchange told in one paragraph ("Judge Hale said on Friday ... 'You
# showed no remorse,' the defendant's lawyer replied ..."), a reaction quoted beside the remark it answers. Dated times
# only (a time that names no date, "at one point", is that speaker's moment), quotes only (a paraphrase sums up a
# position), never a held view. The learned experiment's largest fill as a rule (``experiments/occasion_carry/learn``);
# Rule on against off (harness; right values / carried right / false fills): train-d time +10 / +7 / 0; train 0-59 and
# train-e +9 / +7 / +1. Dropped: an undated time as well (train-d +19 / +14 / +5, train 0-59 and train-e +16 / +13 / +6:
# the undated part is about one false fill a right value, against a dev time false fill near its 0.10 target); a
# paragraph back as well (+26 / +22 / +25, +19 / +17 / +15). A held view takes nothing (no change on either set).
DATED_JUST_BEFORE = True
# A speaker's first statements, on an occasion their own sentence set with no channel ("Carly Fiorina threw her support
# behind Sen. Ted Cruz Wednesday, saying ..."), are made on the scene a sentence with no statement sets for them right
# after on the same day ("Fiorina ... made a surprise appearance at Cruz's rally in Miami Wednesday morning"): a lede
# tells what was said, the next paragraph where. They take its channel (and what else they lack) as carried, as
# statements made before any occasion of theirs take it (``waiting``), within ``MAX_FOLLOW_GAP`` paragraphs. Only a
# statement that names a day, the setting's: rule on against off (fast.py, cache5; right values / false fills),
# train-d channel +2 / 0 (the Fiorina lede), train 0-59 byte-identical; with a statement naming no time as well,
# train-d +2 / +2 and a miss made wrong ("told People" then "Trump's appearance", "admitted to the newspaper" then a
# post on Twitter in 2011: another occasion).
SET_AFTER_FIRST = True
# A poll the headline names ("Poll finds Clinton would beat Trump", "Poll: ...") is the story's poll: its respondents'
# answers below carry it until the body names the poll itself, though nothing else of the headline's occasion is the
# body's (the annotators' notes, data/occasion/README.md: "Headlines: null, except where the headline itself states a
# field", and the respondents before the poll is named "carry the headline 'poll'"). The carrier starts anew below a
# headline but for its poll, which gives way to the first poll the body names: "Poll finds Clinton would beat out
# Trump" then "In an NBC News/Wall Street Journal poll released Monday, ..." is that poll told in full (the
# thirty-eighth set's headlines round, docs/occasion-rounds.md).
HEADLINE_POLLS = True
# A speaker the headline quotes ("CS nominee vows to clean up ministry") is not heard before the lede's session
# (``lede_sessions.in_the_lede_session``'s ``heard_before``): the headline tells in short what the story below tells
# in full, the session's words among them. Counted as heard before, the nominee whose vetting the lede narrates kept
# no session for any answer (docs/occasion-rounds.md, the fortieth set, round hearings).
HEADLINE_HEARD_IN_SESSION = True


def _dated_just_before(held: Held, statement: OccasionInput, before: tuple[OccasionInput, int] | None) -> Held:
    """``held`` with the date the statement just before states, when ``statement`` is a quote that holds no time and
    that one is another speaker's in its paragraph (``DATED_JUST_BEFORE``)."""
    if held.stated.time is not None or statement.paraphrase or statement.held_view or before is None:
        return held
    previous = before[0]
    time = previous.stated.time
    if time is None or time.date is None or previous.paragraph != statement.paragraph:
        return held
    if previous.speaker is None or previous.speaker == statement.speaker:
        return held
    return Held(replace(held.stated, time=time), held.carried | {"time"})


def _set_after_first(statement: Stated, setting: Stated) -> bool:
    """Whether ``setting`` is where a speaker's first statement, whose occasion is ``statement``, was made
    (``SET_AFTER_FIRST``): a channel where the statement names none, on the day the statement names."""
    if setting.channel is None or statement.channel is not None or statement.time is None:
        return False
    day = iso_day(statement.time.date)
    return day is not None and setting.time is not None and iso_day(setting.time.date) == day


def _of_the_group(setting: Setting, held: Mapping[int, Held], naming: Mapping[int, int]) -> Setting:
    """A group's scene for its members (``Setting.members``) with the occasion of the group's statement that names
    its channel (``naming``: the statement whose own channel starts at an offset), as that statement holds it (its
    time read by any of the finders: "after a day of talks on Thursday")."""
    channel = setting.stated.channel
    index = None if channel is None else naming.get(channel.start_char)
    if index is None or index not in held:
        return setting
    return replace(setting, stated=filled(Held(setting.stated), held[index].stated, carried=False).stated)


def carry_occasions(
    statements: Sequence[OccasionInput],
    settings: Sequence[Setting],
    entries: Sequence[int] = (),
    headline: bool = False,
    names: Mapping[int, str] | None = None,
    persons: Mapping[int, int] | None = None,
    bodies: frozenset[int] = frozenset(),
) -> list[Held]:
    """Each statement's occasion, stated or carried, in the order of ``statements``. ``entries`` are the
    paragraphs that open a new entry of a live blog, where nothing earlier is carried; with ``headline``,
    the first paragraph is a title, whose statements set nothing for the story below. ``bodies`` are the organisations
    among the speakers (``story_scene.GROUP_LEDE_DAY``)."""
    events = sorted(
        [(s.position, 1, i) for i, s in enumerate(statements)] + [(s.position, 0, i) for i, s in enumerate(settings)]
    )
    reading = _Reading([as_said(s) for s in statements], settings, entries, headline, names, persons, bodies)
    for _, kind, i in events:
        reading.start_entries((settings[i] if kind == 0 else reading.statements[i]).paragraph)
        if kind == 0:
            reading.setting(settings[i])
        else:
            reading.statement(i)
    return [reading.held[i] for i in range(len(statements))]


class _Reading:
    """One reading of an article in text order: the carrier (a new one at each entry of a live blog), each statement's
    occasion so far, and the statements that wait for a later setting to give them theirs."""

    def __init__(
        self,
        statements: Sequence[OccasionInput],
        settings: Sequence[Setting],
        entries: Sequence[int],
        headline: bool,
        names: Mapping[int, str] | None,
        persons: Mapping[int, int] | None,
        bodies: frozenset[int],
    ) -> None:
        self.statements = statements
        self.headline, self.names, self.persons, self.bodies = headline, names, persons, bodies
        self.words = {speaker: name_words(name) for speaker, name in (names or {}).items()}
        self.carrier = OccasionCarrier(self.words, persons, names)
        self.held: dict[int, Held] = {}
        self.fresh = sorted(set(entries) | ({1} if headline else set()))
        self.waiting: dict[int, list[int]] = {}  # speakers' statements made before any occasion was set for them
        self.naming: dict[int, int] = {}  # the statement whose own channel starts at an offset
        # speakers' statements on the first occasion they set themselves, until a setting of theirs
        # (``SET_AFTER_FIRST``)
        self.first: dict[int, tuple[Frame, list[int]]] = {}
        self.roundup: Setting | None = None  # the lede's roundup day (``roundups.ROUNDUP_DAYS``)
        self.session: Setting | None = None  # the lede's session, until the story leaves it (``lede_sessions``)
        self.heard: dict[int, int] = {}  # the speakers heard so far, each with the paragraph they were first heard in
        self.heard_before_session: frozenset[int] = frozenset()  # those heard before the lede's session was told

    def start_entries(self, paragraph: int) -> None:
        """A new carrier at each entry of a live blog that opens at or before ``paragraph`` (and below a title)."""
        while self.fresh and paragraph >= self.fresh[0]:
            poll = self.carrier.poll
            self.carrier = OccasionCarrier(self.words, self.persons, self.names)
            if HEADLINE_POLLS and self.headline and self.fresh[0] == 1:  # below the headline, not a live blog's entry
                self.carrier.headline_poll = poll
            self.waiting.clear()
            self.fresh.pop(0)

    def setting(self, setting: Setting) -> None:
        """A sentence's setting: the story's or a scene's day, a court's day, an open scene, a poll's fieldwork, an
        occasion set for its people (``_for_participants``), or one telling of the statement just made."""
        carrier, held = self.carrier, self.held
        if setting.roundup:
            self.roundup = self.roundup or setting
            return
        if setting.moves_on:
            self.session = left_for_another_time(self.session, setting)
            return
        if setting.lede_session:
            if self.session is None or setting.opens_session:  # a session opened later is the story's from there
                # heard in an earlier paragraph: not those the lede's own sentence tells ("the chair said")
                title = HEADLINE_HEARD_IN_SESSION and self.headline  # the headline's paragraph, 0, is not before
                before = frozenset(
                    k
                    for k, paragraph in self.heard.items()
                    if paragraph < setting.paragraph and not (title and paragraph == 0)
                )
                self.session, self.heard_before_session = setting, before
            return
        if setting.story_day:
            carrier.story.day = carrier.story.day or setting.stated.time
            carrier.story.date(setting)
        elif setting.scene_day:
            carrier.story.date(setting)
        elif setting.dates_court:
            carrier.court_day = setting.stated.time if COURT_DAY else None
        elif setting.opens and not setting.participants:
            carrier.open(setting)
        elif setting.fieldwork:
            held.update(carrier.fieldwork(setting, held))
        elif setting.participants:
            self._for_participants(setting)
        else:
            held.update(carrier.follow(setting, held))

    def _for_participants(self, setting: Setting) -> None:
        """A setting for its people: where their first statements were made (``_where_first_made``), their occasion, a
        scene it opens, and where their statements told before it were made (``_where_waiting``)."""
        self._where_first_made(setting)
        self.carrier.take(_of_the_group(setting, self.held, self.naming) if setting.members else setting)
        if setting.opens:
            self.carrier.open(setting)
        self._where_waiting(setting)

    def _where_first_made(self, setting: Setting) -> None:
        """Each person's first statements on an occasion of their own with no channel take ``setting``'s channel when it
        is on their day, at most ``MAX_FOLLOW_GAP`` paragraphs after them (``SET_AFTER_FIRST``)."""
        held = self.held
        for person in sorted(setting.participants):
            frame, said = self.first.pop(person, (None, []))
            if not SET_AFTER_FIRST or frame is None or self.carrier.by_speaker.get(person) is not frame:
                continue
            if setting.paragraph - self.statements[said[-1]].paragraph > MAX_FOLLOW_GAP:
                continue
            for earlier in said:
                if _set_after_first(held[earlier].stated, setting.stated):
                    held[earlier] = filled(held[earlier], setting.stated, carried=True)

    def _where_waiting(self, setting: Setting) -> None:
        """The quotes a person made before any occasion was set for them are made on ``setting``'s, when it comes at
        most ``MAX_FOLLOW_GAP`` paragraphs after the last of them."""
        for person in setting.participants:  # "McCain made his remarks during a breakfast"
            before = self.waiting.pop(person, [])
            # set further on, it is another occasion (on train-d, channel -1 right / -10 false fills, time
            # 0 / -11, against any distance)
            if before and setting.paragraph - self.statements[before[-1]].paragraph <= MAX_FOLLOW_GAP:
                for earlier in before:
                    # not a paraphrase: told before its occasion is set, it sums up a position (on train-d,
                    # against any statement: channel -1 right / -7 false fills, addressee -1 / -4, time 0 / -4;
                    # on train 0-59 and train-e -1 / -4, -1 / -2, -1 / -5)
                    if not self.statements[earlier].paraphrase:
                        self.held[earlier] = filled(self.held[earlier], setting.stated, carried=True)

    def statement(self, i: int) -> None:
        """Statement ``i``: its occasion held (``OccasionCarrier.hold``), then what the carrier records of it."""
        statement, carrier = self.statements[i], self.carrier
        if statement.points_back:
            told = Setting(statement.position, statement.paragraph, frozenset(), statement.stated)
            self.held.update(carrier.follow(told, self.held))
        speaker = statement.speaker
        had_occasion = speaker in carrier.by_speaker
        lede = not carrier.by_speaker and not (self.headline and statement.paragraph == 0)
        self.held[i] = carrier.hold(statement)
        self._told_by_a_group(statement, lede)
        channel = statement.stated.channel
        if channel is not None:
            self.naming[channel.start_char] = i
        carrier.count(speaker)
        if DATED_JUST_BEFORE:
            self.held[i] = _dated_just_before(self.held[i], statement, carrier.last_statement)
        self.held[i] = on_the_roundup_day(self.held[i], statement, self.roundup)
        self.held[i], self.session = in_the_lede_session(
            self.held[i], statement, self.session, self.heard_before_session
        )
        if speaker is not None:
            self.heard.setdefault(speaker, statement.paragraph)
        self._told_last(i)
        self._first_or_waiting(i, had_occasion)

    def _told_by_a_group(self, statement: OccasionInput, lede: bool) -> None:
        """A lede's statement by a group or a body dates the story's group (``story_scene``); a group's statement in a
        scene is the scene its members were at (``taking_part.group_scene``)."""
        carrier, speaker = self.carrier, statement.speaker
        body = statement.group or speaker in self.bodies
        if lede and body:
            carrier.story.told_by_a_group(statement.stated, statement.paragraph)
        if statement.group and speaker is not None and speaker in carrier.by_speaker:
            frame = carrier.by_speaker[speaker]
            if frame.shared and not many_occasions(frame.stated.channel):  # a scene its members were at
                carrier.group = (frame, statement.position)

    def _told_last(self, i: int) -> None:
        """Statement ``i`` is the last told: the run of its speaker's statements in its paragraph (``FOLLOW_RUN``), and
        a poll's answer that carried the poll."""
        carrier, statement = self.carrier, self.statements[i]
        speaker = statement.speaker
        last = carrier.last_statement
        same = last is not None and (last[0].speaker, last[0].paragraph) == (speaker, statement.paragraph)
        carrier.run = [*carrier.run, i] if same and speaker is not None else [i]
        carrier.last_statement = (statement, i)
        if statement.polled and "channel" in self.held[i].carried:
            carrier.answers.append(i)

    def _first_or_waiting(self, i: int, had_occasion: bool) -> None:
        """Statement ``i`` among its speaker's first on an occasion of their own (``SET_AFTER_FIRST``), or among those
        made before any occasion was set for them, which wait for a setting."""
        statement, speaker = self.statements[i], self.statements[i].speaker
        in_title = self.headline and statement.paragraph == 0  # a title's statement is told of below, not set
        own = None if speaker is None else self.carrier.by_speaker.get(speaker)
        if speaker is not None and own is not None and not in_title and not statement.held_view:
            if not had_occasion:
                self.first[speaker] = (own, [i])
            elif speaker in self.first and self.first[speaker][0] is own:
                self.first[speaker][1].append(i)
        if speaker is not None and not had_occasion and self.held[i].stated.empty and not statement.held_view:
            if not in_title:
                self.waiting.setdefault(speaker, []).append(i)
        elif speaker is not None:
            self.waiting.pop(speaker, None)
