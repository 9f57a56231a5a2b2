"""A named person heard right after a dated gathering was spoken in, with no occasion of their own, speaks at it
(part of the carrying, ``carrier.py``): ``joins_the_gathering``.

A gathering is a scene whose nature is that several people take turns in it before the same room or line (a hearing,
a council meeting, a news conference, an analysts' call); the story sets it once, with its day, for the first speaker
("A lawyer for Hollis & Crane told a federal bankruptcy judge at a hearing on Tuesday"), and the next people it quotes
plainly ("Benjamin Adeyemi, who represents a group of 14 suppliers, said") spoke there too (occasion.md: "every
later statement made in a scene, by the speaker or by others taking part"). The carrier joins another speaker to a
shared scene only in the paragraph it was last spoken in (``carrier.MAX_SCENE_GAP`` = 0), since commentators
quoted about a scene were not at it: widening that by one paragraph for every scene raised train-d's channel false
fill from 0.0877 to 0.1224 (scenecarry). This reading widens it for the forms that tell a participant from a
commentator.
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from spacy.tokens import Span

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.carried_channels import many_occasions
from quotegraph.nlp.resolve.carrying.carried_times import day_under, one_day
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, OccasionInput
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.timeexpr import names_a_weekday

__all__ = [
    "DEBATES_IN_A_CHAMBER",
    "GATHERINGS",
    "MAX_GATHERING_GAP",
    "MAX_GATHERING_RUN",
    "a_gathering",
    "joins_the_gathering",
    "spoken_in",
    "the_gathering",
]

# A newcomer, one with no occasion of their own, said to be heard at the latest gathering (one of ``GATHERINGS``) set
# by another speaker, when: the gathering names a weekday (one dated event of the story, "at a hearing on Tuesday",
# not "a March meeting of the caucus" nor "the debate" in general); the newcomer's saying verb is in the simple past
# ("said", not "says": "officials say", "experts say" tell a standing view, not words at the event); the newcomer is a
# single person named in the text (not "officials said", a group quoted from anywhere); and the statement comes at most
# ``MAX_GATHERING_GAP`` paragraphs after the gathering was last spoken in. The newcomer takes its channel and day, not
# whom its first speaker told (as the story's scene gives them, ``story_scene.frame_for``): "told a federal bankruptcy
# judge" is the lawyer's addressee, not every later speaker's.
# Turned on by the lead at its merge: two unit tests held that a person named after a scene with no mark of taking
# part is not at it (test_where_scenes.py's rescue chief after the news conference, test_story_scene.py's Senator
# Kell after Lena Ortiz's news conference); they test the where-clause and headline rules and now isolate them with
# this rule off. Ms. Reyes after "testified before the inquiry" (test_occasions.py) stays out by ``_BEFORE_A_BODY``,
# Tran (test_scene_parts.py) by the statement required before. On the six pages held out from the round (the last two
# blind sets, measured once after it was built): channel 47 -> 49 and time 50 -> 52 of 76 and 89, both right, none
# wrong (csat-exam-leak-seoul, the official beside the vice minister at the briefing). Rule on against off
# (scenegap; fast.py on cache17, right values / false fills): train-d fires in 2 articles: channel +1 / 0
# (nyt_2016-04-23 even-signed-climate-deal, "a meeting on Monday with reporters"), time +1 / +2
# (huff-post_2015-12-20 hillary-clinton-s-c, the communications director on the same "call to ABC's This Week" "On
# Sunday", two statements the annotators leave null) and one miss given another value: channel 0.7193 -> 0.7197
# (false fill 0.0877 unchanged), addressee 0.6988 -> 0.6997 (0.0339), time 0.6781 -> 0.6785 (false fill 0.0824 ->
# 0.0829). Train 0-59 and train-c byte-identical. News pages (165, the held-out six aside): channel +11, time +11,
# every field 1,844 -> 1,854 of 2,052, speaker, kind, addressee unchanged, no page worse: flood-wall-row,
# retailer-bankruptcy-hearing, wind-farm-inquiry, pm-chip-plant-visit, grocery-store-planning-row,
# cruise-ship-norovirus-halifax, wolf-creek-er-overnight-closure, tailings-dam-river-leak, coach-hazing-suspension-texas
# (two statements), prairie-lakes-ransomware-hospitals: nine KNOWN_MISSES entries that would pass. Tried on train-d,
# two paragraphs on: these nouns with debate, summit, forum, panel, discussion, trial and session, no other form,
# channel +3 / +49 false fills, time +10 / +27; the gatherings alone, channel +3 / +33, time +6 / +18 (pages channel
# +21); with a past verb and the previous statement the gathering's speaker's, channel +1 / +13 (and the pages lose
# most gains: a narrated paragraph often stands between). One paragraph rather than two: the same pages gain less
# (cruise-ship, tailings-dam need two), and Senator Kell's test still fails.
JOIN_THE_GATHERING = True
# A gathering dated by one day that is no weekday ("at a press conference ... yesterday", "at a hearing on 14
# November": ``carried_times.one_day``) is one dated event of the story as a weekday is: British and Commonwealth papers
# date the day before by "yesterday", and a date names the day outright. Not a month or a week ("last month").
ANY_ONE_DAY = True
# paragraphs after the gathering was last spoken in: the first speaker's quote, a paragraph of narration, the newcomer
MAX_GATHERING_GAP = 2
# A gathering is last spoken in where the last of its people spoke at it, the newcomers who joined it as well as the one
# who set it: the third and fourth people quoted at a news conference or a council meeting follow the second, not the
# first ("At a news conference on Tuesday, the water director said ...", his quote, the fire chief and his quote, then
# the health officer), each a newcomer within ``MAX_GATHERING_GAP`` paragraphs of the voice before. Every other guard
# holds for each of them, and nothing else may be set between: the gathering must still be the latest occasion set
# (another speaker's own occasion, a scene or a day a sentence sets for its people, ends it).
REACH_FROM_THE_LAST_VOICE = True
# paragraphs from the one that set the gathering within which a newcomer joins it through the voices after its first
# speaker's: a news conference or a meeting is told in a run of paragraphs, and past it the story has moved on to
# reactions quoted about it (PolNeAR's commentators) though no occasion of theirs is stated
MAX_GATHERING_RUN = 8
# A person named before the gathering was told (in the lede, or in the gathering's own sentence: "flanked by the fire
# chief, Omar Benali"), heard for the first time after it with no occasion of their own, speaks at it as a newcomer
# named at their quote does: the story named them as one of its people, and their first words come in the gathering's
# run. Not one heard before it (their words were placed elsewhere, or nowhere, before the gathering was told).
NAMED_BEFORE_FIRST_HEARD = True
# The gathering's day, when the one who set it, or spoke last at it, named a moment of it ("told the members before she
# read out the tally", ``open_scenes.MOMENTS_AT_THE_SCENE``): the day kept under the moment (``Frame.day``) dates the
# gathering for its newcomers, not the moment, which was that one's turn.
DAY_UNDER_A_MOMENT = True
# A session (a council's, an assembly's, a parliament's: "at the assembly's closing session ... on Sunday afternoon",
# "at Tuesday's session of the city council") is many people's turns before one room as a meeting is. Earlier rounds
# tried it only together with debate, summit, forum, panel, discussion and trial, whose false fills were the debates'
# and summits' (see ``GATHERINGS``). A session is also the sitting of a longer event ("the opening session of the
# talks", which run for days; "the legislative session", months), so it is joined only when the sentence that names it
# names its day too ("at the assembly's closing session ... on Sunday afternoon"), not a day the speaker's occasion
# kept from before (train-d, nyt_2016-06-07 china-rebuts: Mr. Lew "said at the opening session of the talks" after
# speaking "on Sunday at a university forum"; Mr. Kerry after him took the session and that Sunday, a time false fill,
# without this guard). With it, rule on against off: every train slice (d, 0-59, f, c, g, h) byte-identical, the 177
# tuned pages unchanged; on the released pages, with ``DAY_UNDER_A_MOMENT`` and ``open_scenes.MOMENTS_AT_THE_SCENE``,
# graubuenden-citizens-assembly-wolf-cull.html every field +5 (the farmer and the nurse after the moderator), one page.
SESSIONS = True
# Scene nouns (the scenes lexicon's) whose event is many people's turns before one room or line. Not a debate, a
# summit, a forum, a panel or a discussion: in PolNeAR political coverage those are mostly the subject commentators
# speak about from elsewhere (train-d, with them in: channel +1 right / +15 false fills, "the second Democratic
# debate", "Thursday's summit", "the Eagle Forum"); not a one-speaker scene (speech, rally, interview, address).
GATHERINGS = frozenset(
    {
        "hearing",  # a court's or a committee's: counsel, witnesses, members in turn
        "inquiry",
        "inquest",
        "tribunal",
        "meeting",  # a council's, a board's, a town hall meeting: members and the public in turn
        "session",  # a council's, an assembly's, a parliament's sitting: members in turn (``SESSIONS``)
        "conference",  # a news conference: officials in turn, then questions
        "call",  # an analysts' or reporters' conference call: the officers in turn
        "briefing",
        "ceremony",
        "webinar",
        "roundtable",
        "scrum",
        "gaggle",
    }
)
# A debate held in a chamber ("during a four-hour debate in the council chamber on Wednesday evening", "a three-hour
# debate in the chamber on Thursday") is its members' turns before that room, as a session is: the members quoted next
# spoke in it. Not a debate named without its room ("the second Democratic debate", "Thursday's debate"), which
# ``GATHERINGS`` leaves out for PolNeAR's commentators, nor one placed only in a body ("a debate in parliament", "in the
# Senate"), which names where the question is argued rather than the room the speakers are in
# (tests/nlp/resolve/carrying/test_occasions.py: one who says something after "a debate in parliament on Tuesday",
# with no mark of a reply, is not taken to be at it). Every other guard of ``joins_the_gathering`` holds (one day,
# past tense, a newcomer). Rule on against off (sessionvoices2; fast.py on cache36): train-d, 0-59, f, c, g, h, i
# byte-identical; the 201 tuned pages every field +4, channel +4, time +4 (one page, a council's debate), and +2
# channel on a second (a parliament's) with ``event_days.EVENT_GATHERINGS``.
DEBATES_IN_A_CHAMBER = True
# the room a debate is held in as a gathering of members (``DEBATES_IN_A_CHAMBER``)
_DEBATING_ROOMS = frozenset({"chamber"})


# "The minister testified before the inquiry on Tuesday": the gathering named as the body one appears before, not as
# the room one speaks in; others quoted next ("said Ms. Reyes, a lawyer for the families") need not have appeared
# before it (tests/nlp/resolve/carrying/test_occasions.py, another speaker outside a shared scene)
_BEFORE_A_BODY = frozenset({"before"})


def joins_the_gathering(
    scene: Frame | None,
    statement: OccasionInput,
    named: Mapping[int, int],
    own: Frame | None,
    since: int,
    heard: Container[int] = (),
) -> bool:
    """Whether ``statement``'s speaker, with no occasion of their own (``own`` None), speaks at ``scene``, the latest
    occasion set, as one of a gathering's people (``JOIN_THE_GATHERING``); ``named`` maps each single person to where
    they are first named, which is after ``since``, where the statement before was made, or before it for one not in
    ``heard``, the speakers heard so far (``NAMED_BEFORE_FIRST_HEARD``)."""
    speaker = statement.speaker
    if not JOIN_THE_GATHERING or own is not None or scene is None or speaker is None or speaker in scene.speakers:
        return False
    if not _newcomer(speaker, named, since, heard) or not statement.told_in_the_past or statement.held_view:
        return False  # not introduced since the last statement: one of those told of before, in their own roles
    if (
        statement.questions or statement.asked is not None or statement.replies
    ):  # an exchange: ``OccasionCarrier.party``'s
        return False
    if not scene.shared or not _within_reach(scene, statement.paragraph):
        return False
    channel, time = scene.stated.channel, _the_day(scene)
    noun = None if channel is None else channel.root.lemma_.lower()
    if channel is None or many_occasions(channel) or not a_gathering(channel):
        return False
    if noun == "session" and not (SESSIONS and time is not None and channel.sent.start == time.span.sent.start):
        return False  # a session dated in its own sentence: one sitting, not a day kept from elsewhere
    if channel.root.head.lower_ in _BEFORE_A_BODY:  # "testified before the inquiry": the body, not the room
        return False
    return time is not None and (names_a_weekday(time.span.text) or (ANY_ONE_DAY and one_day(time)))


def a_gathering(channel: Span) -> bool:
    """Whether ``channel`` names a gathering: one of ``GATHERINGS``, or a debate held in a chamber
    (``DEBATES_IN_A_CHAMBER``)."""
    return channel.root.lemma_.lower() in GATHERINGS or _a_debate_in_a_chamber(channel)


def _a_debate_in_a_chamber(channel: Span) -> bool:
    """Whether ``channel`` is a debate its own phrase holds in a chamber (``DEBATES_IN_A_CHAMBER``): "a four-hour
    debate in the council chamber"."""
    root = channel.root
    if not DEBATES_IN_A_CHAMBER or root.lemma_.lower() != "debate":
        return False
    rooms = (t for p in children_of(root) if p.lower_ == "in" for t in children_of(p) if t.dep_ == "pobj")
    return any(t.lemma_.lower() in _DEBATING_ROOMS for t in rooms)


def _the_day(scene: Frame) -> TimePhrase | None:
    """``scene``'s time, or the day kept under its moment (``DAY_UNDER_A_MOMENT``)."""
    time = scene.stated.time
    return day_under(time, scene.day) if DAY_UNDER_A_MOMENT and scene.day is not None else time


def _newcomer(speaker: int, named: Mapping[int, int], since: int, heard: Container[int]) -> bool:
    """Whether ``speaker`` is a single person named since the statement before (at ``since``), or named before it and
    heard for the first time now (``NAMED_BEFORE_FIRST_HEARD``)."""
    first = named.get(speaker)
    if first is None:
        return False  # no single person: "Suppliers said"
    return first > since or (NAMED_BEFORE_FIRST_HEARD and speaker not in heard)


def _within_reach(scene: Frame, paragraph: int) -> bool:
    """Whether ``paragraph`` is at most ``MAX_GATHERING_GAP`` paragraphs after ``scene`` was last spoken in by the one
    who set it, or by a newcomer who joined it within its run (``REACH_FROM_THE_LAST_VOICE``)."""
    if paragraph - scene.paragraph <= MAX_GATHERING_GAP:
        return True
    voiced = REACH_FROM_THE_LAST_VOICE and scene.voiced >= 0 and paragraph - scene.voiced <= MAX_GATHERING_GAP
    return voiced and paragraph - scene.opened <= MAX_GATHERING_RUN


def the_gathering(scene: Frame, statement: OccasionInput, read: int) -> Frame:
    """The occasion a newcomer at ``scene`` takes (``joins_the_gathering``): its channel and day, not whom its first
    speaker told; ``read`` statements into the story."""
    stated = Stated(scene.stated.channel, None, _the_day(scene))
    speakers = set() if statement.speaker is None else {statement.speaker}
    frame = Frame(stated, True, statement.paragraph, speakers, opened=scene.opened, gathering=scene)
    frame.last = read
    return frame


def spoken_in(frame: Frame, paragraph: int) -> None:
    """``frame``, a newcomer's occasion, is spoken on in ``paragraph``: the gathering they joined is voiced there
    (``REACH_FROM_THE_LAST_VOICE``)."""
    if frame.gathering is not None:
        frame.gathering.voiced = max(frame.gathering.voiced, paragraph)
