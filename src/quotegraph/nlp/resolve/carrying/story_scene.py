"""The story's scene and the story's day. A story whose headline names the scene its lede sets ("Republicans lower
volume in debate", then "in their final debate") is told from inside that one event: a named person's statement with
no occasion of its own is made in it, however far down, until a scene under another noun is set. The lede's day (told
before any statement, or by a group's lede statement, "doctors at the hospital said Wednesday") is the day of the first
scene a speaker named by then sets with no time of its own. ``occasions`` reads the text in order and keeps one
``StoryScene`` for it; this module says what the story's scene and day give.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span

from quotegraph.nlp.resolve.carrying.carried_channels import is_scene, many_occasions
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, Held, OccasionInput, Setting
from quotegraph.nlp.resolve.carrying.partly_stated import channel_names, name_of_value
from quotegraph.nlp.resolve.headlines import title_end
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.timeexpr import names_a_weekday

# The first occasion of a speaker the story named by its day ("The King spent three hours in Todmarsh on Thursday",
# then "In a short speech at the reopened community centre, he said"), a scene with no time of its own, is that day's:
# the lede told where its subject was on the story's day, and the scene is part of it. Its later statements carry the
# day with the scene. Only a scene (a speech, a briefing), the speaker's first, and only a speaker named no later than
# the day: times27 found the lede's day carried to every statement costly (train-d time +61 right / +147 false fills).
# Rule on against off (fast.py, cache4; right values / false fills): train-d time carried +10 / +2 (three articles:
# "Obama ... Wednesday" then his convention speech, a truce talk "on Monday", a Sunday town hall; the false fills two
# statements of the speech not annotated with a time); train 0-59 +1 / 0; channel and addressee no change.
LEDE_SUBJECT_SCENES = True
# A lede whose statement is a group's or an organisation's, dated by a weekday and through no channel
# ("doctors at Harlan Children's Hospital said Wednesday", "the Royal Swedish Academy of Sciences said on Wednesday"),
# tells the story's day; the first scene with no time a speaker then sets, at most ``MAX_GROUP_LEDE_GAP`` paragraphs
# after it ("lead surgeon Dr. Samuel Adeyemi told reporters at a news conference", "the academy's permanent secretary
# ... at a news conference in Stockholm"), is where the body spoke that day: one of its people, named after the lede,
# speaking in it. Once: a later scene is another. Rule on against off (fast.py, cache5): train-d and train 0-59
# byte-identical; news pages +4 times (conjoined-twins-surgery.html, nobel-chemistry-prize.html).
GROUP_LEDE_DAY = True
MAX_GROUP_LEDE_GAP = 2


# A story whose headline names the scene its lede sets ("Republicans lower volume in debate", then "in their final
# debate before votes in Florida") is told from inside that one event: a named person's statement with no occasion of
# its own and none in force, stating nothing, not a held view, is made in it, however far down, until a scene under
# another noun is set for anyone (the story turns to another event). The scene's channel and day, not whom its opener
# spoke to (as ``_party`` joins). The headline is the mark that separates these stories from the ones that open on an
# event and turn to background (wholescene round: the lede's gathering carried to everyone gave more false fills than
# right channels). Rule on against off (fast.py, cache8; right values / false fills): train-d channel carried +8 / 0,
# all in one debate article (nyt_2016-03-12 republicans-lower-volume: Cruz, Rubio, Kasich and Trump paraphrased
# paragraphs below the lede, annotated "their final face-off"), time 0 / 0 (one wrong carried time now null),
# addressee unchanged; train 0-59, train-c and the news pages byte-identical. Fires on no other train-d article: the
# other headlines naming an event ("Putin ... at news conference", "Q&A with ...") are one speaker's, whose statements
# have an occasion of their own. Tried: the headline's own "debate" as the scene (7 channels given as "debate", wrong);
# any scene noun (a headline's "Supreme Court", "panel": +4 channel false fills, time +2 right / +2 false fills, in
# the first try, that also took the headline's own noun); "convention" too (+3 right
# / +1 false fill channel, +4 time false fills: delegates a reporter met at the Democratic convention, whose remarks
# the annotators do not date by the lede's day; without the day, channel false fill 0.0841 -> 0.0844, above the
# floor); "speech", "address", "rally" (no change); only direct quotes, not paraphrases (+3 right: most debate turns
# are told as paraphrases).
HEADLINE_SCENES = True
# The story's scene naming no day of its own takes the lede's day ("the two chief antagonists to Donald J. Trump on
# Thursday night largely abandoned ...", a sentence of the candidates as a group, holding no statement: the story's day,
# ``MOMENTS_ON_THE_STORY_DAY``, which is read only before any statement: here the abstract's statements came first): the
# one event the story tells is on the day its lede tells. Only the weekday of a sentence holding no statement, within
# ``MAX_HEADLINE_SCENE_DAY_GAP`` paragraphs of the scene. Rule on against off (fast.py, cache8; right values / another
# value / false fills): train-d time carried +12 / +3 / 0, all in the one debate article the headline rule fires on
# (nyt_2016-03-12 republicans-lower-volume: Rubio, Cruz, Kasich and Trump's turns, "on Thursday night"; the 3 others
# were null before, annotated "On the same day that footage emerged of ... a Trump rally", a clause the finder does
# not read); time 0.6464 -> 0.6511, false fill 0.0787 unchanged; channel and addressee unchanged; train 0-59, train-c
# and the 138 news pages byte-identical (no page headline names a scene whose lede leaves its day to another sentence).
HEADLINE_SCENE_DAY = True
MAX_HEADLINE_SCENE_DAY_GAP = 2  # paragraphs: the lede's next sentences ("ABSTRACT." and "FULL TEXT." stand between)
MAX_HEADLINE_SCENE_PARAGRAPH = 3  # the lede: the scene set in the first paragraphs below the headline
# The events a story is told from inside: one sitting where many statements are made, a gathering or an exchange with
# the press. Not a court (a headline's "Supreme Court" is an institution), a panel (a group of people), a convention
# (days long, above), a rally or a speech (a candidate's stop, told among others).
HEADLINE_EVENTS = frozenset({"debate", "hearing", "forum", "conference", "briefing", "interview"})


class StoryScene:
    """The story's scene while it holds, whether the headline's scene was set already, the lede's day, and the day a
    group's lede statement named with the paragraph it was named in."""

    def __init__(self) -> None:
        # the scene the headline names and the lede sets, while no scene of another noun was set (``HEADLINE_SCENES``)
        self.scene: Frame | None = None
        self.told = False  # once: a later scene the headline names is another sitting
        self.day: TimePhrase | None = None  # the lede's day (``carrier.MOMENTS_ON_THE_STORY_DAY``)
        # the day a group's lede statement names, and its paragraph (``GROUP_LEDE_DAY``)
        self.group_day: tuple[TimePhrase, int] | None = None

    def scene_set(self, frame: Frame, paragraph: int) -> None:
        """The story's scene (``HEADLINE_SCENES``) as ``frame``, a scene just set, begins or ends it."""
        channel = frame.stated.channel
        if not HEADLINE_SCENES or channel is None or many_occasions(channel):
            return
        if self.scene is not None:
            if not channel_names(self.scene, name_of_value(channel)):
                self.scene = None
            return
        if not self.told and paragraph <= MAX_HEADLINE_SCENE_PARAGRAPH and _headline_names(channel):
            self.scene, self.told = frame, True

    def date(self, setting: Setting) -> None:
        """The story's scene (``HEADLINE_SCENES``) naming no day takes the first weekday ``setting`` gives, a sentence
        with no statement at most ``MAX_HEADLINE_SCENE_DAY_GAP`` paragraphs after the scene was set
        (``HEADLINE_SCENE_DAY``)."""
        scene = self.scene
        if not HEADLINE_SCENE_DAY or scene is None or scene.stated.time is not None:
            return
        if setting.paragraph - scene.opened <= MAX_HEADLINE_SCENE_DAY_GAP:
            scene.stated = Stated(scene.stated.channel, scene.stated.addressee, setting.stated.time)

    def frame_for(self, statement: OccasionInput, speaker: int, persons: Mapping[int, int], read: int) -> Frame | None:
        """The occasion of their own a named person (one of ``persons``) takes for a statement made in the story's
        scene (``HEADLINE_SCENES``), ``read`` statements into the story: the scene's channel and day, not whom its
        opener spoke to."""
        scene = self.scene
        if scene is None or speaker not in persons or scene.stated.channel is None:
            return None
        stated = Stated(scene.stated.channel, None, scene.stated.time)
        frame = Frame(stated, True, statement.paragraph, {speaker}, opened=scene.opened)
        frame.last = read
        return frame

    def told_by_a_group(self, stated: Stated, paragraph: int) -> None:
        """The lede's statement, a group's or an organisation's (``GROUP_LEDE_DAY``), stated as ``stated`` in
        ``paragraph``: the weekday it names through no channel, when the story's day is not told, is the day of the
        first scene set next."""
        if not GROUP_LEDE_DAY or self.day is not None:
            return
        day = _a_group_s_day(stated)
        self.group_day = None if day is None else (day, paragraph)

    def day_of_first_scene(self, statement: OccasionInput, kept: Held, persons: Mapping[int, int]) -> TimePhrase | None:
        """The story's day when ``statement``, its speaker's first occasion held as ``kept``, is a scene on it: its
        speaker named (``persons``: where each was first named) no later than the lede's day (``LEDE_SUBJECT_SCENES``),
        or one of the group whose lede statement named the day (``GROUP_LEDE_DAY``; that day is then spent), the scene
        naming no time."""
        speaker, channel = statement.speaker, kept.stated.channel
        if speaker is None or kept.stated.time is not None or not is_scene(channel) or many_occasions(channel):
            return None
        group_day, self.group_day = self.group_day, None
        if group_day is not None and statement.paragraph - group_day[1] <= MAX_GROUP_LEDE_GAP:
            return group_day[0]
        day = self.day
        if not LEDE_SUBJECT_SCENES or day is None:
            return None
        named = persons.get(speaker)
        return day if named is not None and named <= day.span.start_char else None


def _headline_names(channel: Span) -> bool:
    """Whether the headline the text opens with (``title_end``) names ``channel``'s head noun (``HEADLINE_SCENES``)."""
    lemma, end = channel.root.lemma_.lower(), title_end(channel.doc)
    if lemma not in HEADLINE_EVENTS or channel.start < end:  # the headline's own "debate" is no scene set below it
        return False
    return any(t.lemma_.lower() == lemma for t in channel.doc[:end])


def _a_group_s_day(stated: Stated) -> TimePhrase | None:
    """The weekday a group's lede statement states through no channel (``GROUP_LEDE_DAY``), if any."""
    time = stated.time
    if stated.channel is not None or time is None or not names_a_weekday(time.span.text):
        return None
    return time
