"""The carrier's state: the occasions in force while the text is read (each speaker's latest, the latest of
all, the scenes and the story's scene) and its record of who spoke when (part of the carrying, ``occasions``).

``CarrierState`` sets an occasion for its people (``set``), with a plural channel ("his comments") told of while their
occasion is in force kept as that occasion's sayings (``OWN_SAYINGS_TOLD_AGAIN``); counts the statements read and who
made them (``count``, ``heard_before``, ``other_since``); joins a statement to an occasion (``enter``, ``join``); finds
the occasions in force whose channel names a noun (``naming``) among the speakers set most recently
(``SpeakerFrames``, ``MAX_SPEAKERS_SCANNED``). The carrier's other parts (``told_before``, ``kept_days``,
``open_scenes``, ``joining``) are mixins over it; ``carrier.OccasionCarrier`` puts them together.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from itertools import islice

from quotegraph.nlp.find.parse import has_possessor
from quotegraph.nlp.resolve.carrying.carried_channels import is_scene, many_occasions, poll_of
from quotegraph.nlp.resolve.carrying.carried_times import momentary, own_time_adverb
from quotegraph.nlp.resolve.carrying.lapses import MAX_EARLIER_OCCASIONS
from quotegraph.nlp.resolve.carrying.named_again import NamedAgain
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, Held, OccasionInput
from quotegraph.nlp.resolve.carrying.partly_stated import channel_names, kept_for_plural
from quotegraph.nlp.resolve.carrying.story_scene import StoryScene
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

__all__ = [
    "MAX_SPEAKERS_SCANNED",
    "CarrierState",
    "SpeakerFrames",
]

# "Sanders congratulated her", "Kasich told them": a third person told something in one exchange, the
# statement's own addressee, not one its speaker's later statements carry (on train, carried, 0 of 14 were
# right: 9 where the annotators have none, 5 another addressee).
PASSING_ADDRESSEES = frozenset({"him", "her", "them"})


# An occasion named by a plural channel its speaker owns ("Mr. Manafort's comments came during a happy-hour reception",
# "offered an olive branch ... at the start of his remarks": a possessive on the sayings), told of while their occasion
# is in force (``_told_again``), is that occasion's sayings, not many others: it keeps the occasion's channel (the
# meeting) as well as its addressee and day, so their later statements still carry it. ``_told_again`` measured keeping
# the channel for any plural (train-d +7 right / +8 false fills) and dropped it; the possessive is the narrower form.
# Not when the sayings are dated on a day of their own ("Starr's remarks, first reported by The New York Times on
# Tuesday": with it, train-d time 3 right values turned to that Tuesday and a channel false fill, politico 2016-05-24
# ken-starr). It mends a break the far-carry count found (experiments/occasion_carry/far_breaks.py, "broken-earlier
# same-setter", the largest group of one article). Rule on against off (fast.py, cache9; right values / false fills):
# train-d channel +23 / 0 (20 in nyt 2016-04-23 campaign-for-trump, Manafort's statements 4 to 19 paragraphs after
# "Mr. Manafort's comments ... came during a happy-hour reception" and "at the start of his remarks"; 2 in politico
# 2016-04-05 bill-clinton, "Bill Clinton's comments come just a few weeks before the April 19 primary"; 1 in politico
# 2016-04-20 dnc-chair), time +1 / 0: channel 0.6668 -> 0.6757 (carried 0.5285 -> 0.5435), addressee 0.6729 ->
# 0.6738, time 0.6593 -> 0.6597; train 0-59 and the news pages (141) no change; train-c channel +1 / 0 (breitbart
# 2016-04-14 the-latest-trump, "at the start of his speech" at an MSNBC town hall).
OWN_SAYINGS_TOLD_AGAIN = True


# Hostile text can hold thousands of speakers, each with an occasion in force ("said the plan works and said ..."): a
# statement that names a channel again looks among the occasions of the speakers set most recently, not of every
# speaker the story has had, so that reading it costs the same however long the text (PolNeAR train 0-59, train-d and
# train-c and the news pages are byte-identical with it; no article there holds this many speakers at once).
MAX_SPEAKERS_SCANNED = 48  # speakers: those whose occasions were set most recently


class SpeakerFrames(dict[int, Frame]):
    """Each speaker's latest occasion, which also keeps the order the speakers' occasions were last set in, so that
    ``recent`` finds the latest few without a walk of every speaker."""

    def __init__(self) -> None:
        super().__init__()
        self._first: dict[int, int] = {}  # where each speaker was first set: the dict's own order
        self._set: dict[int, None] = {}  # speakers by when their occasion was last set, the latest last

    def __setitem__(self, speaker: int, frame: Frame) -> None:
        super().__setitem__(speaker, frame)
        self._first.setdefault(speaker, len(self._first))
        self._set.pop(speaker, None)
        self._set[speaker] = None

    def recent(self, count: int) -> list[Frame]:
        """The occasions of the ``count`` speakers set most recently, in the dict's own order (first set first), so
        that a choice among them breaks ties as a walk of every speaker would."""
        latest = sorted(islice(reversed(self._set), count), key=self._first.__getitem__)
        return [self[speaker] for speaker in latest]


class CarrierState:
    """The occasions in force while the text is read: each speaker's latest, and the latest of all."""

    def __init__(
        self,
        names: Mapping[int, frozenset[str]],
        persons: Mapping[int, int] | None = None,
        written: Mapping[int, str] | None = None,
    ) -> None:
        self.names = names  # each speaker's name words (``namesakes.name_words``)
        self.written = written or {}  # each speaker's name as written (``described_again``)
        self.persons = persons or {}  # where each single person is first named (``GROUPS_CARRY``)
        self.group: tuple[Frame, int] | None = None  # the latest group statement's occasion, and its position
        self.by_speaker = SpeakerFrames()
        self.latest: Frame | None = None
        self.last_statement: tuple[OccasionInput, int] | None = None  # and its index
        self.run: list[int] = []  # the last statement's speaker's statements in a row in its paragraph (``FOLLOW_RUN``)
        self.poll: Stated | None = None  # the story's poll: its answers carry it
        self.headline_poll: Stated | None = None  # the headline's: the story's till the body names one (HEADLINE_POLLS)
        self.answers: list[int] = []  # the statements that carried it
        self.read = 0  # how many statements have been read
        self.voices: set[int] = set()  # the speakers heard so far (``gatherings.NAMED_BEFORE_FIRST_HEARD``)
        # the latest statement with a speaker (its number and speaker), and the latest by any other speaker:
        # enough to tell in constant time whether someone other than a given speaker spoke since a point
        self.heard: tuple[int, int] | None = None
        self.heard_other: tuple[int, int] | None = None
        self.scene: Frame | None = None  # the scene a sentence with no statement opened (``open``)
        self.last_scene: Frame | None = None  # the latest occasion set that is a scene (``on_the_hearing_day``)
        self.court_day: TimePhrase | None = None  # the day of the court's scene to be set (``COURT_DAY``)
        self.story = StoryScene()  # the scene the headline names and the lede sets, and the lede's day
        # the occasions each speaker had before the one in force, latest last (``lapses.returned_to``)
        self.earlier: dict[int, deque[Frame]] = {}
        # what the story introduced that a later statement can name again ("the report", "the interview")
        self.named_again = NamedAgain()

    def set(self, stated: Stated, paragraph: int, people: Iterable[int], one_each: bool = False) -> None:
        if stated.time is not None and own_time_adverb(stated.time):  # "recently" is its own
            stated = Stated(stated.channel, stated.addressee, None)
        if stated.addressee is not None and stated.addressee.text.lower() in PASSING_ADDRESSEES:
            stated = Stated(stated.channel, None, stated.time)
        if many_occasions(stated.channel) and not one_each:  # one interview each (``Setting.one_each``)
            self.named_again.note_many(stated, paragraph)
            stated = self._told_again(stated, paragraph, people)
        self.poll = poll_of(stated, self.poll)
        frame = Frame(stated, is_scene(stated.channel), paragraph, set(people), opened=paragraph, last=self.read)
        for person in frame.speakers:
            before = self.by_speaker.get(person)
            if before is not None:
                self.earlier.setdefault(person, deque(maxlen=MAX_EARLIER_OCCASIONS)).append(before)
            self.by_speaker[person] = frame
        self.latest = frame
        if frame.shared:
            self.last_scene = frame
            self.story.scene_set(frame, paragraph)
        self.named_again.note(frame)

    def _told_again(self, stated: Stated, paragraph: int, people: Iterable[int]) -> Stated:
        """An occasion named by a plural channel ("Mr. Manafort's comments came during a reception", "offered an olive
        branch at the start of his remarks"): many occasions, whose channel is never carried
        (``carried_channels.many_occasions``), but told of while its people's occasion is in force, so it keeps that
        occasion's addressee and day, as a new channel does (``partly_stated.MAX_KEEP_TIME_GAP``), and its channel too
        when the sayings are the speaker's own and on no other day (``OWN_SAYINGS_TOLD_AGAIN``); a time naming no date
        ("at the start of his remarks") is a moment of that day. On train-d, against dropping them: addressee +5 right /
        +1 false fill, time +12 / +2 (train 0-59 and train-e +5 / +1, +8 / +1); the occasion's channel kept as well: +7
        / +8 (-2 / +6), dropped."""
        fields = [kept_for_plural(self.by_speaker.get(p), paragraph) for p in sorted(people)]
        before = next((f for f in fields if f is not None), None)
        if before is None:
            return Stated(None, stated.addressee, stated.time)
        time = stated.time
        if time is None or (time.date is None and not momentary(time)):
            time = before.time or time
        # not on a day of their own ("Starr's remarks, first reported ... on Tuesday": another occasion's day)
        on_the_day = stated.time is None or stated.time.date in (None, before.time and before.time.date)
        channel = (
            before.channel
            if OWN_SAYINGS_TOLD_AGAIN
            and on_the_day
            and stated.channel is not None
            and has_possessor(stated.channel.root)
            else None
        )
        return Stated(channel, stated.addressee or before.addressee, time)

    def count(self, speaker: int | None) -> None:
        """One more statement read, by ``speaker``."""
        if speaker is not None:
            if self.heard is not None and self.heard[1] != speaker:
                self.heard_other = self.heard
            self.heard = (self.read, speaker)
            self.voices.add(speaker)
        self.read += 1

    def heard_before(self, speaker: int | None) -> int | None:
        """The speaker of the latest statement by someone other than ``speaker``."""
        for heard in (self.heard, self.heard_other):
            if heard is not None and heard[1] != speaker:
                return heard[1]
        return None

    def other_since(self, since: int, speaker: int | None) -> bool:
        """Whether a speaker other than ``speaker`` made a statement numbered ``since`` or later."""
        for heard in (self.heard, self.heard_other):
            if heard is not None and heard[0] >= since and heard[1] != speaker:
                return True
        return False

    def enter(self, frame: Frame, statement: OccasionInput) -> None:
        """``statement``'s speaker now speaks on ``frame``'s occasion, carried to ``statement``'s paragraph."""
        if statement.speaker is not None:
            self.by_speaker[statement.speaker] = frame
            frame.speakers.add(statement.speaker)
        frame.paragraph = statement.paragraph

    def join(self, frame: Frame, statement: OccasionInput, time: TimePhrase | None = None) -> Held:
        """``statement`` made on ``frame``'s occasion, dated by its own time, else ``time``, else the occasion's."""
        self.enter(frame, statement)
        mine = statement.stated
        stated = Stated(frame.stated.channel, mine.addressee, mine.time or time or frame.stated.time)
        carried = {"channel"} if stated.channel is not None else set()
        carried |= {"time"} if mine.time is None and stated.time is not None else set()
        return Held(stated, frozenset(carried))

    def naming(self, wanted: str | None) -> list[Frame]:
        """The occasions in force whose channel names ``wanted`` (``partly_stated.channel_names``)."""
        live = (self.latest, *self.by_speaker.recent(MAX_SPEAKERS_SCANNED))
        return [f for f in live if f is not None and channel_names(f, wanted)]
