"""The records the carrying of occasions reads and gives (``occasions.py``): a statement and the occasion its own
sentence states (``OccasionInput``), a sentence that sets an occasion for some people without being one of their
statements (``Setting``), the one a statement's question is put to (``AskedOne``, with the ``Voice`` that names them), a
statement's occasion and which of its fields were carried (``Held``), and an occasion in force while
the text is read (``Frame``), with the fields an occasion has (``FIELDS``) and the filling of one from another
(``filled``). It decides nothing: what is carried is ``occasions.py``'s, what a statement naming part of an occasion
keeps is ``partly_stated.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from spacy.tokens import Span

from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

__all__ = [
    "FIELDS",
    "AskedOne",
    "Frame",
    "Held",
    "OccasionInput",
    "Setting",
    "Voice",
    "addressed_after_carrying",
    "carried_whole",
    "filled",
    "habit_carries_no_channel",
    "undated_carries_no_day",
]


FIELDS = ("channel", "addressee", "time")


class Voice(Enum):
    """The form that names the one a question is put to (``AskedOne``)."""

    PASSIVE = "passive"  # the cue's passive subject: "Trump was asked", "Sanders was pressed about"
    ACTIVE = "active"  # the cue's object, put as a question: "Kettering asked the Minister, Rachel Vaimoana, whether"
    # the question's stated addressee in any other form: the subject a participle of asking shares ("Asked whether ...,
    # Clinton said"), who put the question ("Asked by reporters whether"), a request's object ("asked the network to
    # donate"), a group or a body ("asked the students if"), one a parse of the voices did not reach
    STATED = "stated"


@dataclass(frozen=True)
class AskedOne:
    """The one a statement's question is put to: an entity (a cluster index) and the form that names them."""

    entity: int
    voice: Voice
    # the question's sentence states whom it was put to (its stated addressee: "asked Trump whether", "Asked whether
    # ..., Clinton said"), as the annotators give a question's addressee; not a pronoun in the passive ("he was asked",
    # which the stated addressee leaves to the carrying) nor the object of a verb that states no addressee ("Hewitt
    # challenged Trump")
    stated: bool = True
    # the question's source as written when it names the asker ("The Huffington Post's Scott Conroy asked Sanders
    # whether", "Rubio was asked by Fox Business moderator Gerard Baker"): whom the answers are told to
    # (``joining.ASKERS_ARE_TOLD``); none for a pronoun ("he asked her"), which names nobody on its own
    asker: Span | None = None


@dataclass(frozen=True)
class OccasionInput:
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
    # its content is reported speech ("she said the plan would fail"), not a quote: a paraphrase long after the
    # occasion is a summary of a position, so an occasion lapses for it (``lapses.LAPSE_PARAGRAPHS``)
    paraphrase: bool = False
    # the one its question is put to ("Trump was asked", "Kettering asked the Minister, Rachel Vaimoana, whether",
    # "Boateng asked him whether", "Asked whether ..., Clinton said"), if any, with the form that names them
    # (``AskedOne``, read once by ``asked_passive.one_asked_in``)
    asked: AskedOne | None = None
    # a reply ("said in reply that", "the witness replied"): made to the speaker heard just before, on their occasion
    # when that is a scene others take part in (``taking_part.asked_one_s_scene``)
    replies: bool = False
    # its speaker is a group ("the four contenders", "both", "Seven candidates"): its occasion is its members' too
    # (``taking_part.group_scene``)
    group: bool = False
    # a question with nobody named as asked ("she asked", "and asked how"): an exchange in the scene in force
    # (``taking_part.SCENE_EXCHANGES``)
    questions: bool = False
    # its speaker is one of a court's people by a role or title ("Justice Karen Lindahl", "an attorney"): one who takes
    # part in a court's scene (``taking_part.COURT_PARTIES``)
    of_a_court: bool = False
    # it opens by addressing the bench ("Your Honor, the debtor is asking you ..."): an exchange in the scene in force
    # (``taking_part.BENCH_ADDRESS``)
    to_the_bench: bool = False
    # its sentence tells its speaker is at the scene being told ("Raghavan, sitting a seat away, said", "Speaking
    # against the motion, delegate Col Brannigan said": ``scene_roles.placed_at_the_scene``): one taking part in it
    placed: bool = False
    # it stands inside a transcript's turn ("Q: Have you talked to McConnell about the Supreme Court?", "A: ..."): said
    # in the interview the transcript records, whatever exchange it tells of
    # (``carrier.TRANSCRIPTS_KEEP_THEIR_FRAME``)
    in_turn: bool = False
    # its saying verb is in the simple past ("said", not "says"): told on one occasion now over
    told_in_the_past: bool = False
    # its saying verb is in the past perfect ("her shift manager had told her in the warning meeting that"): a telling
    # before the story's past, which the one reporting it recalls (``carrier.RECALLED_TELLINGS_KEEP_THE_LATEST``)
    recalled_telling: bool = False
    # its saying is told as a habit or as one that may or must be made ("he often says", "should formally ask":
    # ``sayings.habitual``): it carries no channel (``habit_carries_no_channel``)
    habitual: bool = False
    # its saying is told as no one occasion: a habit by its adverb, the present perfect, a stance in the present ("often
    # says", "has cited", "supports": ``sayings.undated``): no carried day dates it (``undated_carries_no_day``)
    undated: bool = False
    # its saying is placed outside ("Outside court, Mrs Bell said", "Speaking outside the courthouse, X said"): out of
    # the room a session sits in (``lede_sessions.said_outside``)
    outside: bool = False
    # its saying is a stance in the present with no verb of saying ("makes no apologies", "remain confident":
    # ``sayings.present_stance``): no channel of its speaker's occasion is carried to it (``as_carried``)
    stance: bool = False


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
    # "their leaders said at a joint news conference": the people named next are the group's members, speaking on
    # the occasion of the group's statement that names ``stated.channel``
    members: bool = False
    # "Close to 50 interviews with GOP and Democratic party chairs": a plural channel that is one occasion for each of
    # its people, an interview each, not many occasions for any one (``questioned.INTERVIEWS_WITH_MANY``)
    one_each: bool = False
    # "More than 200 people filled the community center on Tuesday night for a public hearing": a scene a sentence with
    # no statement sets, in which the people heard after it speak (``_Carrier.open``)
    opens: bool = False
    # "Justices of the Minnesota Supreme Court appeared divided Tuesday": ``stated.time`` is the day of the court's
    # scene set next, when that names none (``occasions.COURT_DAY``)
    dates_court: bool = False
    # "sold ... in Bath on Wednesday": ``stated.time`` is the story's day, a weekday told before any statement by a
    # sentence holding none (``carrier.MOMENTS_ON_THE_STORY_DAY``)
    story_day: bool = False
    # "the two chief antagonists to Donald J. Trump on Thursday night largely abandoned ...": ``stated.time`` is the
    # first weekday of a sentence holding no statement, the day of the story's scene set just before, if any
    # (``story_scene.HEADLINE_SCENE_DAY``)
    scene_day: bool = False
    # "Democratic and Republican candidates began making their final pitches Monday": ``stated.time`` is the day of the
    # roundup the lede opens, for each of the field heard after it (``roundups.ROUNDUP_DAYS``)
    roundup: bool = False
    # "The council passed the budget at its budget session on Thursday": ``stated`` is the session the lede narrates
    # and its day, for each voice heard after it until the story leaves it (``lede_sessions.LEDE_SESSIONS``)
    lede_session: bool = False
    # "The trial of Gary Pattinson opened yesterday at Carlisle Crown Court", past the lede: a session narrated as it
    # opens, which the story's voices after it are heard in, in place of any session before it
    # (``lede_sessions.SESSIONS_OPENED``)
    opens_session: bool = False
    # "Since President Barack Obama's 2008 election, financial sector donors have polarized": a sentence holding no
    # statement that tells a dated time; the lede's session ends there when that is not its day
    # (``lede_sessions.TIMES_MOVED_ON``)
    moves_on: bool = False
    # the lede's session suspended while the story recalls an earlier occasion of this speaker's ("The Menteri Besar had
    # tabled the budget on Friday"): taken up again at the next voice of anyone else (``lede_sessions.RECALLS_SUSPEND``)
    recalled_by: int | None = None
    # where the channels the recalls named begin (their ``start_char``): carried on to the sitting's voices after the
    # recall, the sitting takes their place (``lede_sessions.SITTING_OVER_CARRIED``)
    recalled_channels: frozenset[int] = frozenset()
    # the recall is a record's words ("said in its annual performance report"): the sitting is taken up again only by
    # one of its ``voices`` (the lede's claim's speaker, one heard in it since) or by a reply or a question
    recalled_record: bool = False
    voices: frozenset[int] = frozenset()

    @property
    def only_a_day(self) -> bool:
        """A day told for a later rule (``dates_court``, ``story_day``), no occasion of anyone's: its sentence may
        still set one."""
        return (
            self.dates_court or self.story_day or self.scene_day or self.roundup or self.lede_session or self.moves_on
        )


@dataclass(frozen=True)
class Held:
    """A statement's occasion and which of its fields were carried from elsewhere."""

    stated: Stated
    carried: frozenset[str] = frozenset()


def carried_whole(stated: Stated) -> Held:
    """``stated`` held by a statement as its speaker's occasion carried to it: every field it names is carried."""
    return Held(stated, frozenset(f for f in FIELDS if getattr(stated, f) is not None))


def habit_carries_no_channel(statement: OccasionInput, held: Held) -> Held:
    """``held`` without a channel carried to it when ``statement`` is a habitual saying (``OccasionInput.habitual``):
    the occasion in force is one of its speaker's, not the one the habit is told of. Its own stated channel stays
    ("often says in interviews"). On the tuning slices: see ``sayings.HABITUAL_SAYINGS``."""
    if not statement.habitual or "channel" not in held.carried or held.stated.channel is None:
        return held
    return Held(replace(held.stated, channel=None), held.carried - {"channel"})


def undated_carries_no_day(statement: OccasionInput, held: Held) -> Held:
    """``held`` without a time carried to it when ``statement`` is told as no one occasion (``OccasionInput.undated``):
    the day in force is its speaker's occasion's, not the habit's or the stance's. Its own stated time stays ("has said
    since 2009"), and so does a transcript's turn's, each said in the interview the transcript records
    (``OccasionInput.in_turn``). On the tuning slices: see ``sayings.HABITS_UNDATED``."""
    if not statement.undated or statement.in_turn or "time" not in held.carried or held.stated.time is None:
        return held
    return Held(replace(held.stated, time=None), held.carried - {"time"})


def addressed_after_carrying(held: Held, addressee: Span | None) -> Held:
    """``held`` with ``addressee`` as whom the statement was made to when, after the carrying, it has none: a form
    that names whom one statement went to but opens no occasion of its own (a vocative, a pronoun as the one asked),
    so that the speaker's later statements still carry the occasion they were in (an interview's outlet)."""
    if addressee is None or held.stated.addressee is not None:
        return held
    return Held(replace(held.stated, addressee=addressee), held.carried)


@dataclass
class Frame:
    stated: Stated
    shared: bool
    paragraph: int
    speakers: set[int] = field(default_factory=set)
    opened: int = 0  # the paragraph where it was set (``paragraph`` moves on as statements carry it)
    last: int = 0  # how many statements had been read when it was last set or carried
    # the day it falls on when its own time is a moment: the speaker's day before ("said on Friday", then
    # "when asked ..., he told Reuters in an interview": later remarks of the interview are still Friday's)
    day: TimePhrase | None = None
    passing: bool = False  # its addressee a person told in passing in a scene (``SCENES_PEOPLE_TOLD_IN_PASSING``)
    # a newcomer's: the gathering they joined (``gatherings.the_gathering``); a gathering's: the latest paragraph one
    # who joined it spoke in at it (``gatherings.REACH_FROM_THE_LAST_VOICE``), -1 before anyone has
    gathering: Frame | None = None
    voiced: int = -1


def filled(held: Held, extra: Stated, carried: bool) -> Held:
    """``held`` with the fields it lacks taken from ``extra``."""
    taken = [f for f in FIELDS if getattr(held.stated, f) is None and getattr(extra, f) is not None]
    stated = Stated(*(getattr(extra if f in taken else held.stated, f) for f in FIELDS))
    return Held(stated, held.carried | frozenset(taken if carried else ()))
