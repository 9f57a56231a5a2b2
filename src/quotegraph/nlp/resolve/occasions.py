"""Carried occasion: the channel, addressee and time a statement takes from a scene or from the
statement it continues (``../shared/design/occasion.md``, "Carried occasion").

Statements and scene settings are read in text order. A statement whose own sentence states an
occasion sets it for its speaker (fields it leaves out come from that speaker's occasion so far). A
sentence that is not the statement's but sets an occasion for someone ("The nominee took to Instagram
on Friday", "The announcement came in a letter from Blackwell") sets it for them. A statement that
states nothing carries its speaker's occasion ("He added"), or, when its speaker has none, the
occasion of a shared scene (a debate, a hearing, a show, an interview) set or used at most
``MAX_SCENE_GAP`` paragraphs before; otherwise nothing. A speaker's statements made before any
occasion was set for them take the first one set later ("McCain made his remarks during the
Christian Science Monitor breakfast"). A carried value keeps the spans of the phrase where the
occasion was set, and is marked carried. A time that is a clause ("When he returned") dates the sayings of
its own paragraph only; later ones fall on the speaker's day before. A poll's answers (a polled share
or the polled public as source) carry the story's poll, dated by the sentence that tells when it was
conducted ("The poll was conducted Feb. 11-15"), wherever that sentence is. A statement whose content is
only "That's" ("That's according to fundraising reports") gives its occasion to the statement before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from quotegraph.nlp.resolve.circumstances import Stated, TimePhrase
from quotegraph.nlp.resolve.lexicons import lexicons
from quotegraph.nlp.resolve.timeexpr import TIME_ADVERBS

__all__ = [
    "MAX_SCENE_GAP",
    "POLL_NOUNS",
    "Held",
    "Setting",
    "Statement",
    "carry_occasions",
    "momentary",
    "restates",
    "unsaid",
]

# Paragraphs from a shared scene's last statement in which another speaker still carries it. On train
# (first 60 articles), 1 rather than 0 added 0.019 channel and 0.020 time accuracy, nearly all from one
# debate article, and raised channel false fill on articles 0-29 from 0.035 to 0.057; on dev (measured
# once with 1) channel false fill was 0.129. So 0.
MAX_SCENE_GAP = 0
# Paragraphs from a speaker's last statement on an occasion within which a statement that names only part
# of an occasion (a date, an addressee) keeps the rest of it. On train (first 60 articles), the channel kept
# within 2 rather than never added 0.035 channel accuracy for 0.013 more channel false fill; within 1, 0.024
# for 0.008; beyond 2, 0.003 more.
MAX_KEEP_GAP = 2
FIELDS = ("channel", "addressee", "time")


@dataclass(frozen=True)
class Statement:
    position: int  # character offset of the cue (or of the content when there is no cue)
    paragraph: int
    speaker: int | None  # cluster index
    stated: Stated
    # a belief, an expectation or what has been said over time ("he believes", "she has criticized"): not
    # something said on one occasion, so nothing is carried to it (occasion.md: thoughts and habits are null)
    held_view: bool = False
    # its source is a polled share or the polled public ("64 percent say", "Democratic voters see"): an
    # answer to the poll the text has reported, whoever else spoke in between
    polled: bool = False
    # its content is only "That's" ("That's according to fundraising reports filed Saturday"): it tells
    # through what the statement just made was made, as a sentence about that statement would
    points_back: bool = False


@dataclass(frozen=True)
class Setting:
    """An occasion a sentence sets for some people without being one of their statements; with no
    participants, it tells of the statement just made ("The announcement came in a letter")."""

    position: int
    paragraph: int
    participants: frozenset[int]
    stated: Stated
    # "The poll was conducted Feb. 11-15": ``stated`` is the poll and when its answers were given
    fieldwork: bool = False
    # "Clinton is using her victory speech", "Kasich's speech was interrupted": a scene its people were in,
    # told of by a sentence that says nothing of what they said there; it adds to their occasion, replaces none
    used: bool = False


@dataclass(frozen=True)
class Held:
    """A statement's occasion and which of its fields were carried from elsewhere."""

    stated: Stated
    carried: frozenset[str] = frozenset()


@dataclass
class _Frame:
    stated: Stated
    shared: bool
    paragraph: int
    speakers: set[int] = field(default_factory=set)
    opened: int = 0  # the paragraph where it was set (``paragraph`` moves on as statements carry it)
    # the day it falls on when its own time is a moment: the speaker's day before ("said on Friday", then
    # "when asked ..., he told Reuters in an interview": later remarks of the interview are still Friday's)
    day: TimePhrase | None = None


def _is_scene(channel: Span | None) -> bool:
    return channel is not None and channel.root.lemma_.lower() in lexicons().scenes


POLL_NOUNS = frozenset({"poll", "survey"})


def poll_of(stated: Stated, known: Stated | None) -> Stated | None:
    """The poll whose answers the story reports: the first one it names ("a new AP-GfK poll"), with its day;
    polls named after it ("the earlier poll", "a survey of superdelegates") are cited beside it."""
    channel = stated.channel
    if known is not None or channel is None or not any(t.lemma_.lower() in POLL_NOUNS for t in channel):
        return known  # a poll, or what it gives ("Early results of an entrance poll")
    return Stated(channel=channel, time=None if momentary(stated.time) else stated.time)


# "Sanders congratulated her", "Kasich told them": a third person told something in one exchange, the
# statement's own addressee, not one its speaker's later statements carry (on train, carried, 0 of 14 were
# right: 9 where the annotators have none, 5 another addressee).
PASSING_ADDRESSEES = frozenset({"him", "her", "them"})
MAX_FOLLOW_GAP = 1  # paragraphs: how far after a statement a sentence can still tell of it


def _filled(held: Held, extra: Stated, carried: bool) -> Held:
    """``held`` with the fields it lacks taken from ``extra``."""
    taken = [f for f in FIELDS if getattr(held.stated, f) is None and getattr(extra, f) is not None]
    stated = Stated(*(getattr(extra if f in taken else held.stated, f) for f in FIELDS))
    return Held(stated, held.carried | frozenset(taken if carried else ()))


def _as_said(statement: Statement) -> Statement:
    """A held view's "now" ("we now know", "he now believes") is the present of a state, not when anything
    was said: on train, 2 of 2 such times were false fills."""
    time = statement.stated.time
    if not statement.held_view or time is None or time.span.text.lower() != "now":
        return statement
    return replace(statement, stated=Stated(statement.stated.channel, statement.stated.addressee, None))


def unsaid(verb: Token) -> bool:
    """ "Trump isn't saying", "she doesn't say": a refusal told in the story's present, not a saying on an
    occasion (unlike "he did not mention", told of a past occasion)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    return present and any(c.dep_ == "neg" for c in verb.children)


def momentary(time: TimePhrase | None) -> bool:
    """ "When he returned", "Asked about his remarks", "as he explained": a clause that dates one saying, a
    moment, not an occasion that later paragraphs share (a day, a debate); "He added" in its paragraph still
    carries it."""
    return time is not None and time.span.root.pos_ in ("VERB", "AUX")


def restates(stated: Stated, occasion: Stated) -> bool:
    """Whether a statement's own fields name its speaker's occasion again ("told Breitbart News" within an
    interview with Breitbart News): one field names the same thing (the same head word) and none differs;
    then the fields it leaves out are still the occasion's."""
    same = False
    for name in FIELDS:
        mine, theirs = getattr(stated, name), getattr(occasion, name)
        if mine is None:
            continue
        if theirs is None or _named(mine) != _named(theirs):
            return False
        same = True
    return same


def _named(value: Span | TimePhrase) -> str | None:
    """What a field names, to tell whether two phrases name the same thing: a time's date (or its words: the
    head of "on Monday" is "on" for every day), a channel's or an addressee's head word."""
    if isinstance(value, TimePhrase):
        return value.date or value.span.text.lower()
    return value.root.lemma_.lower()


def _left_in_force(statement: Statement, own: _Frame | None) -> Held:
    """A statement that states part of an occasion (a new date, whom it went to), with the channel its
    speaker's occasion of at most ``MAX_KEEP_GAP`` paragraphs before still gives when it names no other:
    "said Friday" within a radio interview is still on the radio. Not the addressee: on train, keeping it
    too when no new date is named was one more right for one more false fill. Nor when it names both whom
    and when ("told BBC Radio Leeds on Tuesday"): another occasion (on train, channel false fill 0.059 ->
    0.055, accuracy the same)."""
    mine = statement.stated
    if own is None or statement.paragraph - own.paragraph > MAX_KEEP_GAP or mine.channel is not None:
        return Held(mine)
    if mine.addressee is not None and mine.time is not None:
        return Held(mine)
    if own.stated.channel is None:
        return Held(mine)
    return Held(Stated(own.stated.channel, mine.addressee, mine.time), frozenset({"channel"}))


class _Carrier:
    """The occasions in force while the text is read: each speaker's latest, and the latest of all."""

    def __init__(self) -> None:
        self.by_speaker: dict[int, _Frame] = {}
        self.latest: _Frame | None = None
        self.last_statement: tuple[Statement, int] | None = None  # and its index
        self.poll: Stated | None = None  # the story's poll: its answers carry it
        self.answers: list[int] = []  # the statements that carried it

    def follow(self, setting: Setting, held: Mapping[int, Held]) -> dict[int, Held]:
        """A sentence telling of the statement just made gives it the fields it lacks (carried when the
        sentence is in another paragraph), and to its speaker's occasion: the statement's new occasion."""
        if self.last_statement is None:
            return {}
        statement, index = self.last_statement
        if setting.paragraph - statement.paragraph > MAX_FOLLOW_GAP:
            return {}
        told = _filled(held[index], setting.stated, carried=setting.paragraph != statement.paragraph)
        frame = None if statement.speaker is None else self.by_speaker.get(statement.speaker)
        if frame is not None:
            frame.stated = _filled(Held(frame.stated), setting.stated, carried=False).stated
        elif statement.speaker is not None:
            self.set(told.stated, setting.paragraph, [statement.speaker])
        return {index: told}

    def fieldwork(self, setting: Setting, held: Mapping[int, Held]) -> dict[int, Held]:
        """ "The poll was conducted Feb. 11-15": when the poll's answers were given, those before as well
        as those after (a poll's method is told at the end); the answers already held, re-dated."""
        self.poll = Stated(channel=(self.poll or setting.stated).channel, time=setting.stated.time)
        dated = {}
        for index in self.answers:
            answer = held[index]
            if "time" in answer.carried or answer.stated.time is None:  # not the answer's own
                stated = Stated(answer.stated.channel, answer.stated.addressee, self.poll.time)
                dated[index] = Held(stated, answer.carried | {"time"})
        return dated

    def set(self, stated: Stated, paragraph: int, people: Iterable[int]) -> None:
        if stated.time is not None and stated.time.span.text.lower() in TIME_ADVERBS:  # "now" is its own
            stated = Stated(stated.channel, stated.addressee, None)
        if stated.addressee is not None and stated.addressee.text.lower() in PASSING_ADDRESSEES:
            stated = Stated(stated.channel, None, stated.time)
        if stated.channel is not None and _is_scene(stated.channel) and stated.channel.root.tag_ == "NNS":
            stated = Stated(None, stated.addressee, stated.time)  # "at his rallies": many occasions, none carried
        self.poll = poll_of(stated, self.poll)
        frame = _Frame(stated, _is_scene(stated.channel), paragraph, set(people), opened=paragraph)
        for person in frame.speakers:
            self.by_speaker[person] = frame
        self.latest = frame

    def take(self, setting: Setting) -> None:
        """A setting's occasion for its people; a scene they were in (``used``) only adds what their own lacks."""
        fresh = setting.participants
        if setting.used:
            fresh = frozenset(p for p in fresh if p not in self.by_speaker)
            for frame in {id(f): f for p, f in self.by_speaker.items() if p in setting.participants}.values():
                frame.stated = _filled(Held(frame.stated), setting.stated, carried=False).stated
        if fresh:
            self.set(setting.stated, setting.paragraph, fresh)

    def hold(self, statement: Statement) -> Held:
        speaker = statement.speaker
        again = self._named_again(statement.stated.channel)
        if again is not None:  # "at the same briefing": that occasion, as first named, with its time
            return self._join(again, statement)
        if statement.polled and statement.stated.channel is None and self.poll is not None:
            return _filled(Held(statement.stated), self.poll, carried=True)  # "Six in 10 say": the poll's answer
        own = self.by_speaker.get(speaker) if speaker is not None else None
        if own is not None and restates(statement.stated, own.stated):  # "Viguerie tells Breitbart News" again
            held = _filled(Held(statement.stated), own.stated, carried=True)
            # later statements carry the first mention ("in a wide-ranging speech", not "that speech")
            own.stated, own.paragraph = _filled(Held(own.stated), statement.stated, False).stated, statement.paragraph
            return held
        if not statement.stated.empty:  # a new occasion ("told X", a new date), but for what it leaves in force
            kept = _left_in_force(statement, own)
            self.set(kept.stated, statement.paragraph, [] if speaker is None else [speaker])
            if own is not None and momentary(statement.stated.time) and speaker is not None:
                self.by_speaker[speaker].day = own.day if momentary(own.stated.time) else own.stated.time
            return kept
        if statement.held_view:  # "he believes": held, not said on an occasion (occasion.md: null)
            return Held(Stated())
        scene = self.latest
        near = scene is not None and statement.paragraph - scene.paragraph <= MAX_SCENE_GAP
        if own is None and scene is not None and scene.shared and near and speaker is not None:
            own = scene
            self.by_speaker[speaker] = scene
            scene.speakers.add(speaker)
        if own is None:
            return Held(Stated())
        own.paragraph = statement.paragraph
        stated = self._current(own, statement)
        return Held(stated, frozenset(f for f in FIELDS if getattr(stated, f) is not None))

    def _named_again(self, channel: Span | None) -> _Frame | None:
        """The occasion a channel "the same X" points back to: the latest one whose channel is an X."""
        if channel is None or not any(t.lower_ == "same" and t.head == channel.root for t in channel):
            return None
        wanted = _named(channel)
        frames = [
            f
            for f in (self.latest, *self.by_speaker.values())
            if f is not None and f.stated.channel is not None and _named(f.stated.channel) == wanted
        ]
        return max(frames, key=lambda f: f.opened, default=None)

    def _join(self, frame: _Frame, statement: Statement) -> Held:
        if statement.speaker is not None:
            self.by_speaker[statement.speaker] = frame
            frame.speakers.add(statement.speaker)
        frame.paragraph = statement.paragraph
        mine = statement.stated
        stated = Stated(frame.stated.channel, mine.addressee, mine.time or frame.stated.time)
        carried = {"channel"} | ({"time"} if mine.time is None and stated.time is not None else set())
        return Held(stated, frozenset(carried))

    @staticmethod
    def _current(frame: _Frame, statement: Statement) -> Stated:
        """The frame's occasion as ``statement`` carries it: a moment ("When he returned") stays in its own
        paragraph."""
        stated = frame.stated
        time = frame.day if momentary(stated.time) and statement.paragraph != frame.opened else stated.time
        return Stated(stated.channel, stated.addressee, time)


def carry_occasions(
    statements: Sequence[Statement],
    settings: Sequence[Setting],
    entries: Sequence[int] = (),
    headline: bool = False,
) -> list[Held]:
    """Each statement's occasion, stated or carried, in the order of ``statements``. ``entries`` are the
    paragraphs that open a new entry of a live blog, where nothing earlier is carried; with ``headline``,
    the first paragraph is a title, whose statements set nothing for the story below."""
    events = sorted(
        [(s.position, 1, i) for i, s in enumerate(statements)] + [(s.position, 0, i) for i, s in enumerate(settings)]
    )
    statements = [_as_said(s) for s in statements]
    carrier = _Carrier()
    held: dict[int, Held] = {}
    fresh = sorted(set(entries) | ({1} if headline else set()))
    waiting: dict[int, list[int]] = {}  # speakers' statements made before any occasion was set for them
    for _, kind, i in events:
        paragraph = (settings[i] if kind == 0 else statements[i]).paragraph
        while fresh and paragraph >= fresh[0]:
            carrier = _Carrier()
            waiting.clear()
            fresh.pop(0)
        if kind == 0 and settings[i].fieldwork:
            held.update(carrier.fieldwork(settings[i], held))
        elif kind == 0 and settings[i].participants:
            carrier.take(settings[i])
            for person in settings[i].participants:  # "McCain made his remarks during a breakfast"
                for earlier in waiting.pop(person, []):
                    held[earlier] = _filled(held[earlier], settings[i].stated, carried=True)
        elif kind == 0:
            held.update(carrier.follow(settings[i], held))
        else:
            if statements[i].points_back:
                told = Setting(statements[i].position, statements[i].paragraph, frozenset(), statements[i].stated)
                held.update(carrier.follow(told, held))
            speaker = statements[i].speaker
            had_occasion = speaker in carrier.by_speaker
            held[i] = carrier.hold(statements[i])
            carrier.last_statement = (statements[i], i)
            if statements[i].polled and "channel" in held[i].carried:
                carrier.answers.append(i)
            in_title = headline and statements[i].paragraph == 0  # a title's statement is told of below, not set
            if speaker is not None and not had_occasion and held[i].stated.empty and not statements[i].held_view:
                if not in_title:
                    waiting.setdefault(speaker, []).append(i)
            elif speaker is not None:
                waiting.pop(speaker, None)
    return [held[i] for i in range(len(statements))]
