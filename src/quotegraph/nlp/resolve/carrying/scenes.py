"""Scene settings: sentence parts that set an occasion for someone without being their statement (the entry point).

``scene_settings`` reads every sentence, in text order, for the settings it makes, and ``occasions.py`` carries them
to those people's later statements. Here is what a sentence that holds no statement and sets nothing of its own tells
of a scene: a scene told with a day or a place, for the one who entered it ("she walked into the spring dinner in
Baltimore last Saturday") or, when nobody named is its subject, for the people named after it in its paragraph (in
the story, when the story's lede tells of it on a day, "The beginning of Saturday night's debate ..."; a meeting's
members as its subject, "In the ensuing debate, Council members ...", for the people named after it in the paragraphs
that follow, on the day last stated); the lede's scene set again in each entry of a live blog; a crowd gone on a
platform, for the one of it named next. The flags of the other rules it runs stay here with it, their reader.

The neighbours it calls: a sentence's own channel, addressee and time ("took to Instagram on Friday to respond",
"Kasich's speech was interrupted by a protester", "Sanders was on CNN"): ``sentence_settings.py``; the days and moments
a sentence tells (the story's day, a court's day, a person's day): ``scene_days.py``; a scene a group's statement names,
for its members: ``group_scenes.py``; a scene a "where" clause puts someone at: ``where_scenes.py``; the scene last
named for one the story names by a role in it ("the first caller", "Speaking from the floor"): ``scene_roles.py``;
many people questioned and a poll's fieldwork: ``questioned.py``; and what all of them read (a verb's subjects, a
channel's owners, a scene noun, the people named after a sentence): ``scene_parts.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from quotegraph.nlp.resolve.carrying import occasions
from quotegraph.nlp.resolve.carrying.carried_channels import on_a_platform
from quotegraph.nlp.resolve.carrying.event_days import event_day
from quotegraph.nlp.resolve.carrying.group_scenes import a_group_only, group_scenes, group_subject
from quotegraph.nlp.resolve.carrying.lede_sessions import lede_session, moved_on
from quotegraph.nlp.resolve.carrying.narrated_scenes import narrated_scene
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.questioned import (
    interview_settings,
    interviewed,
    interviews_with_many,
    poll_fieldwork,
)
from quotegraph.nlp.resolve.carrying.roundups import roundup_day
from quotegraph.nlp.resolve.carrying.scene_days import (
    a_person_s_day,
    a_person_s_moment,
    a_person_s_opening,
    a_possessed_day,
    beside_participles,
    court_day,
    day_said,
    story_day_setting,
)
from quotegraph.nlp.resolve.carrying.scene_parts import (
    TOLD_SCENE_PREPS,
    Narration,
    SaidAt,
    Spans,
    first_named,
    happened,
    named_after,
    named_between,
    people_subject_of,
    scene_as_channel,
)
from quotegraph.nlp.resolve.carrying.scene_roles import scene_again, scene_named, taking_part
from quotegraph.nlp.resolve.carrying.scene_turns import scene_kept
from quotegraph.nlp.resolve.carrying.sentence_settings import Owned, sentence_setting
from quotegraph.nlp.resolve.carrying.story_scene import MAX_HEADLINE_SCENE_DAY_GAP, MAX_HEADLINE_SCENE_PARAGRAPH
from quotegraph.nlp.resolve.carrying.where_scenes import where_scenes
from quotegraph.nlp.resolve.headlines import title_end
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_nouns import a_session
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, PLACE_ENTITIES

__all__ = ["scene_settings"]


def scene_settings(
    finder: CircumstanceFinder, coref: Coreference, statements: Sequence[SaidAt], paragraphs: Paragraphs
) -> list[Setting]:
    """Every sentence's setting, in text order; ``statements`` are where the document's statements are made."""
    reading = _SceneReading(finder, coref, statements, paragraphs)
    for number, sentence in enumerate(finder.sentences):
        reading.sentence(number, sentence)
    return reading.settings()


class _SceneReading:
    """One reading of a document's sentences in text order for the settings they tell: what is read once a document
    (the statements by sentence, the people first named, the narration the scene readers share), what a sentence
    leaves for the next (the scene last named, the day last stated, the story's day and scene, whether the lede is
    reached) and the settings found so far."""

    def __init__(
        self, finder: CircumstanceFinder, coref: Coreference, statements: Sequence[SaidAt], paragraphs: Paragraphs
    ) -> None:
        self.finder, self.coref, self.statements, self.paragraphs = finder, coref, statements, paragraphs
        self.contents = Spans([span for s in statements for span in s.blocked])
        self.by_sentence: dict[int, list[SaidAt]] = {}
        for statement in statements:
            self.by_sentence.setdefault(finder.sentence_of[statement.verb.i], []).append(statement)
        self.stating = sorted(self.by_sentence)
        self.found: list[Setting] = []
        self.firsts = first_named(coref)
        said_words = Spans([span for s in statements for span in s.content])  # the statements' own words
        self.present = first_named(coref, said_words)
        named_anew = first_named(coref, said_words, every=NARRATED_EVERY_MENTION)
        # what the narrated scenes and the events' days read alike (``NARRATED_SCENES``, ``EVENT_DAYS``)
        self.narration = Narration(finder, coref, paragraphs, named_anew, said_words)
        self.questioned: list[tuple[Span, Token]] = []  # sentences telling of many people questioned, and their verbs
        self.scene: tuple[Stated, int] | None = None  # the scene last named, and its paragraph (``taking_part``)
        self.day: TimePhrase | None = None  # the day a statement last stated for itself (``day_said``)
        self.story_time: TimePhrase | None = (
            None  # the story's day, told before any statement (``GROUP_SCENE_STORY_DAY``)
        )
        self.story_untold = True
        self.story_scene: Setting | None = None  # the lede's scene, the story's to its end (``STORY_SCENE_AGAIN``)
        self.lede_untold = True  # the story's first sentence after its headline not reached yet (``LEDE_SCENES``)
        self.one_event = _told_from_one_event(finder, paragraphs)  # (``EVENT_DAYS``)

    def sentence(self, number: int, sentence: Span) -> None:
        """The settings ``sentence`` (the ``number``th) tells, in the order they are decided."""
        finder, coref, paragraphs = self.finder, self.coref, self.paragraphs
        owned = Owned(self.by_sentence.get(number, []), self.contents)
        setting = sentence_setting(finder, coref, sentence, owned, paragraphs)
        said = self.by_sentence.get(number, [])
        self.day = day_said(finder, sentence, said) or self.day
        lede = self.lede_untold and paragraphs.of(sentence.start_char) > 0
        self.lede_untold = self.lede_untold and not lede
        narrated = self._narrated(sentence, said)
        told = setting is None and not said and narrated is None  # no setting of its own: a scene it tells of
        if told:
            setting = self._told(sentence, lede)
        setting = self._event_day(sentence, said, setting, narrated)
        if PERSON_DAYS and setting is None and not said:
            setting = a_person_s_day(finder, coref, sentence, paragraphs)
        if POSSESSED_DAYS and setting is None and not said:
            setting = a_possessed_day(finder, coref, sentence, paragraphs)
        self._moments(number, sentence, said)
        group_only = not said and a_group_only(coref, setting)
        self._group_scenes(sentence, lede, group_only and not told)
        self._story_day(sentence, said)
        self.found.extend(s for s in [roundup_day(finder, sentence, paragraphs)] if s is not None)
        session = lede_session(finder, sentence, paragraphs, said)
        self.found.extend([] if session is None else [session])
        self.found.extend(
            [] if session is not None else [s for s in [moved_on(finder, sentence, paragraphs, said)] if s]
        )
        self._scenes_told_around(number, sentence, setting, group_only)
        fieldwork = poll_fieldwork(finder, sentence, paragraphs)
        verb = next((v for v in sentence if interviewed(v) is not None), None)
        if (setting is None or QUESTIONER_SET) and number not in self.by_sentence and verb is not None:
            self.questioned.append((sentence, verb))
        self.found.extend(s for s in (setting, fieldwork) if s is not None)

    def _event_day(
        self, sentence: Span, said: list[SaidAt], setting: Setting | None, narrated: Setting | None
    ) -> Setting | None:
        """The sentence's setting with the day of the event it tells (``EVENT_DAYS``): the event's day for the people
        heard at it, when the sentence holds no statement and sets nothing else; a group's setting kept, the event's day
        found beside it. In a story not yet heard from, only for the people first named after it
        (``_newcomers_only``). Not a scene the sentence tells of with no day ("left attendees at Thursday's summit of
        the Republican Jewish Coalition amused"): dated by its own day, train-d +2 channel and +2 time false fills in
        that article, none right, pages unchanged."""
        group_only = setting is not None and a_group_only(self.coref, setting)
        if not EVENT_DAYS or said or narrated is not None or not (setting is None or group_only) or self.one_event:
            return setting
        event = event_day(self.narration, sentence)
        if event is not None and self.story_untold:  # the lede's: not for those its story's day dates
            event = _newcomers_only(event, self.firsts, sentence)
        if event is None or setting is None:
            return event if setting is None else setting
        # "Three workers spoke to us on Sunday": the group's setting, and for those heard after it the same occasion
        # with the event's day if it has none ("a public hearing", the group's channel, kept)
        stated = replace(setting.stated, time=setting.stated.time or event.stated.time)
        self.found.append(replace(event, stated=stated))
        return setting

    def _narrated(self, sentence: Span, said: list[SaidAt]) -> Setting | None:
        """The scene a narrated sentence sets (``NARRATED_SCENES``), found."""
        narrated = None
        if NARRATED_SCENES:  # "At the rest centre ... on Wednesday afternoon, ..., the talk was all of ..."
            narrated = narrated_scene(self.narration, sentence, said)
            self.found.extend([] if narrated is None else [narrated])
        return narrated

    def _told(self, sentence: Span, lede: bool) -> Setting | None:
        """The scene a sentence with no setting of its own tells of, on the day last stated (or the story's), kept as
        the story's scene when the lede of a live blog tells it with its members (``STORY_SCENE_AGAIN``)."""
        went_on = self.day if self.day is not None or not GROUP_SCENE_STORY_DAY else self.story_time
        setting = _scene_told(
            self.finder, self.coref, sentence, self.paragraphs, self.firsts, went_on, lede=LEDE_SCENES and lede
        )
        if STORY_SCENE_AGAIN and lede and setting is not None and setting.members and _a_live_blog(self.finder.text):
            self.story_scene = setting
        return setting

    def _moments(self, number: int, sentence: Span, said: list[SaidAt]) -> None:
        """A person's moments the sentence tells (``MOMENT_DAYS``) and an opening moment for the next sentence that
        makes a statement (``OPENING_MOMENTS``), found."""
        finder, coref, paragraphs = self.finder, self.coref, self.paragraphs
        if MOMENT_DAYS:
            self.found.extend(a_person_s_moment(finder, coref, sentence, paragraphs, said))
        if OPENING_MOMENTS:
            later = bisect_right(self.stating, number)  # the next sentence that makes a statement
            after = self.by_sentence[self.stating[later]] if later < len(self.stating) else []
            self.found.extend(a_person_s_opening(finder, coref, sentence, paragraphs, said, after))

    def _group_scenes(self, sentence: Span, lede: bool, group_told: bool) -> None:
        """The scene a sentence whose setting is a group's only tells of, in the lede (``LEDE_GROUP_SCENES``) or with
        the group in it (``GROUP_IN_SCENE``), found; ``group_told``: a group's setting only, not a scene told."""
        finder, coref, paragraphs, firsts, day = self.finder, self.coref, self.paragraphs, self.firsts, self.day
        if LEDE_GROUP_SCENES and lede and group_told:
            self.found.extend(
                s for s in [_scene_told(finder, coref, sentence, paragraphs, firsts, day, lede=True)] if s
            )
        if GROUP_IN_SCENE and group_told:
            self.found.extend(
                s for s in [_scene_told(finder, coref, sentence, paragraphs, firsts, day, grouped=True)] if s
            )

    def _story_day(self, sentence: Span, said: list[SaidAt]) -> None:
        """The story's day, told before any statement (or beside a lede's participles, ``PARTICIPLE_LEDE``), or a
        scene's day told early in the story without a statement, found."""
        finder, paragraphs = self.finder, self.paragraphs
        if self.story_untold and (not said or (PARTICIPLE_LEDE and beside_participles(finder, sentence, said))):
            story = story_day_setting(finder, sentence, paragraphs)
            if story is not None:
                self.found.append(story)
                self.story_time = story.stated.time
                self.story_untold = False
        elif not said and paragraphs.of(sentence.start_char) <= MAX_SCENE_DAY_PARAGRAPH:
            story = story_day_setting(finder, sentence, paragraphs)
            self.found.extend([] if story is None else [replace(story, story_day=False, scene_day=True)])
        self.story_untold = self.story_untold and not said

    def _scenes_told_around(self, number: int, sentence: Span, setting: Setting | None, group_only: bool) -> None:
        """The court's day, one of a crowd on a platform, the scenes where people were, and the people taking part in
        the scene last named, found."""
        finder, coref, paragraphs = self.finder, self.coref, self.paragraphs
        if occasions.COURT_DAY:  # a statement or not ("Justices ... appeared divided Tuesday" is read as their view)
            self.found.extend(s for s in [court_day(finder, sentence, paragraphs)] if s is not None)
        if CROWD_ON_A_PLATFORM and setting is not None and group_only:
            self.found.extend(_one_of_the_crowd(setting, sentence, paragraphs, self.firsts))
        if WHERE_SCENES:
            said = self.by_sentence.get(number, [])
            self.found.extend(where_scenes(finder, coref, sentence, paragraphs, said, self.present))
        if SCENE_ROLES:
            scene = scene_again(self.scene, scene_named(finder, sentence, paragraphs), sentence, paragraphs)
            placed = taking_part(coref, sentence, paragraphs, scene)
            self.found.extend(placed)
            # the text still in the scene
            self.scene = scene_kept(scene, bool(placed), paragraphs.of(sentence.start_char))

    def settings(self) -> list[Setting]:
        """What was found, with the interviews of the people questioned, the groups' scenes, the interviews with many,
        and the story's scene again at each later paragraph holding a statement; in text order."""
        finder, coref, statements, paragraphs = self.finder, self.coref, self.statements, self.paragraphs
        found = self.found
        if self.questioned:
            found = [*found, *interview_settings(finder, coref, self.questioned, paragraphs)]
        found = [*found, *group_scenes(finder, coref, statements, paragraphs)]
        found = [*found, *interviews_with_many(finder, coref, [s.verb for s in statements], paragraphs)]
        if self.story_scene is not None:
            found.extend(_story_scene_again(statements, paragraphs, self.story_scene))
        return sorted(found, key=lambda s: s.position)


def _told_from_one_event(finder: CircumstanceFinder, paragraphs: Paragraphs) -> bool:
    """Whether the headline names a scene its lede names again ("Rivals trade barbs in debate", then "in their final
    debate"): the story is told from inside that one event, whose day is the story scene's
    (``story_scene.HEADLINE_SCENES``), not that of an event told later ("The two candidates met on Friday")."""
    doc = finder.doc
    end = title_end(doc)
    named = {t.lemma_.lower() for t in doc[:end] if scene_as_channel(t)}
    if not named or end >= len(doc):
        return False
    lede = paragraphs.of(doc[end].idx)
    for token in doc[end:]:
        if paragraphs.of(token.idx) > lede + 1:  # the lede: the paragraph after the headline's, or the one after it
            return False
        if token.lemma_.lower() in named and scene_as_channel(token):
            return True
    return False


def _newcomers_only(setting: Setting, firsts: tuple[list[int], list[int]], sentence: Span) -> Setting | None:
    """``setting`` for the people first named after ``sentence`` only: one named by then, in a story not yet heard
    from, is the lede's subject, whose first scene the story's day dates (``story_scene.LEDE_SUBJECT_SCENES``)."""
    last = sentence.doc[-1]
    newcomers = setting.participants & named_between(firsts, sentence.end_char, last.idx + len(last) + 1)
    return replace(setting, participants=newcomers) if newcomers else None


# The one of ``scene_parts.TOLD_SCENE_PREPS`` by which one person enters a scene ("she walked into the spring dinner");
# "for" with a person as the subject is a purpose ("When President Obama flew to Boise, Idaho, for a speech last winter,
# he met ...": on train-d a false fill, no right value, with "for").
_ENTERING = "into"
# Paragraphs after a sentence that tells of a scene with no person as its subject ("On Saturday, Trump and his remarks
# loomed large at the debate, becoming a frequent target for the Democratic candidates.") within which the people the
# story names first are taken to speak at it. Rule on against off (right values / false fills), train-d: within 0,
# channel +2 / +0 and time +2 / +0; within 1, +2 / +3 and +2 / +2; within 3, +2 / +9 and +2 / +5; within 5, +2 / +23
# and +2 / +14; train 0-59 and train-e alike (+2 / +0 within 0, +2 / +1 and +2 / +0 within 1, +2 / +15 and +2 / +9
# within 5). In political news the annotators do not carry such a scene to people quoted paragraphs on (a supporter
# at a debate, a guest at a summit, "said Ken Sena" after "this week's rally" of a share price).
MAX_TOLD_SCENE_GAP = 0
# A scene told with nobody as its subject opens the scene the exchanges after it are made in, whoever makes them
# (``open_scenes.OPEN_SCENES``); so does one that is the subject of the sentence's verb ("Prime Minister's Questions had
# barely begun on Wednesday when ...", "The hearing opened on Monday"): on train-d, against the object of a preposition
# only, no statement changes.
SCENE_AS_SUBJECT = True
# A meeting's members whom a sentence with no statement places at a scene ("In the ensuing debate, Council members
# broadly commended the Mission's work", "In the ensuing hearing, committee members pressed her") stand for the people
# the story names first after it, who take the floor in it one by one (occasion.md: "by others taking part"); with no
# day of its own, the scene is on the day a statement last stated for itself ("a senior official told the Security
# Council this morning": the meeting goes on). It fires on no statement of train-d, train 0-59 or train-c (fast.py on
# the lead's cache2, outputs byte-identical); council-meeting-coverage.html is its page.
GROUP_IN_SCENE = True
# Paragraphs after such a sentence within which the people first named are taken for its members: a debate's speakers
# are told a paragraph each ("ÉLODIE MARCHAND (France) ... said", "The representative of China said"), the fifth of
# them five paragraphs on.
MAX_GROUP_SCENE_GAP = 5
# Such a meeting with no day of its own, told before any statement has stated a day, is on the story's day: the day
# its lede tells, with no statement, of what the meeting did ("the council's cabinet voted to shut it on Tuesday", then
# "Cabinet members voted six to two ... at the end of a cabinet meeting"). Rule on against off: train-d, train 0-59 and
# train-c byte-identical (``GROUP_IN_SCENE`` fires on none of them), news pages time +3, every field +3
# (village-school-closure-vote.html, the education member's three statements): a page-only rule, suspect of fitting;
# it reads the lede's form (a weekday told with no statement), no page's words.
GROUP_SCENE_STORY_DAY = True
# The groups who take the floor in turn at a meeting: its members, delegates and speakers; not "the candidates" at a
# debate nor "supporters" at a hearing (scenes21: on train-d such scenes carried to the people quoted after them are
# false fills: a first version with any plural subject gave 20 channel and 8 time false fills and no right value).
_MEETING_MEMBERS = frozenset({"member", "delegate", "delegation", "speaker", "participant", "representative"})


def _scene_told(
    finder: CircumstanceFinder,
    coref: Coreference,
    sentence: Span,
    paragraphs: Paragraphs,
    firsts: tuple[list[int], list[int]],
    day: TimePhrase | None,
    grouped: bool = False,
    lede: bool = False,
) -> Setting | None:
    """A sentence that holds no statement and sets no occasion otherwise, but places people at one scene (a scenes
    noun after a preposition: "she walked into the state party's spring dinner in Baltimore last Saturday", "More
    than 200 people filled the community center on Tuesday night for a public hearing") named with a day or a place:
    the scene, and its day, for the verb's subject when that is one person who entered it (``_ENTERING``; with any
    other preposition nothing), else for the people the story names first after it within ``MAX_TOLD_SCENE_GAP``
    paragraphs, who speak there; it adds to their occasion, replaces none. Without one person as its subject it also
    opens the scene the exchanges after it are made in, whoever makes them (``open_scenes.OPEN_SCENES``); a scene may
    then be the verb's subject too ("Prime Minister's Questions had barely begun on Wednesday", ``SCENE_AS_SUBJECT``).
    A meeting's members as the subject ("In the ensuing debate, Council members ...", ``GROUP_IN_SCENE``) need no day
    or place: the people named after them within ``MAX_GROUP_SCENE_GAP`` paragraphs speak there, on ``day`` (the day
    a statement last stated) when the sentence names none; ``grouped`` asks for that form only. The story's ``lede``
    with a day sets it for all the people named after it (``LEDE_SCENES``), a scene dated by its possessive too.
    Only something done ("walked into"), not planned ("had planned to attend a dinner")."""
    words = [t for t in sentence if t.dep_ == "pobj" and _told_at(t) and scene_as_channel(t)]
    if SCENE_AS_SUBJECT:  # "Prime Minister's Questions had barely begun on Wednesday", "The hearing opened on Monday"
        words += [t for t in sentence if t.dep_ in NOMINAL_SUBJECTS and (a_session(t) or scene_as_channel(t))]
    dated = _dated_by_its_possessive(finder, sentence) if lede else None
    if dated is not None:  # "The beginning of Saturday night's ABC News GOP debate could not have been more awkward"
        words = [dated[0], *words]
    if not words:
        return None
    verb = clause_verb(words[0])
    if dated is None and not happened(verb):  # "had planned to attend a dinner": no scene anyone was at
        return None
    times = [t for t in finder.times_in(sentence) if t.date is not None and clause_verb(t.span.root) == verb]
    times = times if dated is None else [dated[1]]
    group = group_subject(verb) if GROUP_IN_SCENE else None
    group = group if group is not None and group.lemma_.lower() in _MEETING_MEMBERS else None
    if grouped and group is None:
        return None
    if not times and group is None and not any(e.label_ in PLACE_ENTITIES for e in finder.entities_in(sentence)):
        return None
    at = words[0].idx
    if not times and group is not None and day is not None:
        times = [day]  # "In the ensuing debate": the meeting goes on, on the day its briefings were told
    stated = Stated(channel=channel_phrase(words[0]), addressee=None, time=times[0] if times else None)
    people = people_subject_of(coref, verb)  # one person as the subject, not a crowd
    if people:
        entering = words[0].head.lower_ == _ENTERING
        return Setting(at, paragraphs.of(at), people, stated, used=True) if entering else None
    gap = MAX_TOLD_SCENE_GAP if group is None else MAX_GROUP_SCENE_GAP
    if lede and times:  # the story's scene, to its end: its lede says what the story is of
        gap = len(paragraphs.starts)
    members = named_after(firsts, paragraphs, sentence, gap)
    return Setting(at, paragraphs.of(at), members, stated, used=True, members=True, opens=True)


# The story's first sentence after its headline, holding no statement, that tells of a scene on a day ("More than 200
# people filled the community center on Tuesday night for a public hearing", "The beginning of Saturday night's ABC News
# GOP debate could not have been more awkward") sets the story's scene: the people it names after it, however far on,
# speak in it (occasion.md: a scene's channel and time carry to others taking part), adding to their occasion, replacing
# none. A scene dated by its possessive needs no preposition, under any verb ("could not have been"). The lede is
# where the "unseen" scene phrases of train-d sit most (experiments/occasion_carry/round23/where.py). Rule on against
# off (fast.py, cache4; right values / false fills): train-d channel +27 / +8 (one more miss another value), time +7 /
# +11 (two carried and one stated right turned to the scene's night: questions in the debate "When asked about ..."),
# addressee unchanged; it fires in 3 articles: a debate story (+27 channel, +10 time), an online "second debate" of
# tweets (+8 / +10 false fills), one more (a channel miss now another value, a time false fill); train 0-59 and train-c
# byte-identical. News pages: every field 1,256 -> 1,259, channel 710 -> 713, time 492 -> 493 (warehouse-hearing.html,
# club-takeover-forum.html).
LEDE_SCENES = True
# The lede's scene of the whole story ("The beginning of Saturday night's ABC News GOP debate ...") in a live blog of it
# (entries stamped with a clock time, ``MIN_LIVE_ENTRIES`` of them or more) is set again at each later paragraph
# holding a statement, for its people: each entry tells of the event anew, and a stamp read as a statement's own time
# ("February 6, 2016 10:57PMJeb Bush Says ...") no longer ends the event for the speakers after it (occasion.md: the
# scene carries to everyone taking part). Rule on against off (fast.py, cache6; right values / false fills): train-d
# channel +59 right carried (2 of them a wrong value before) / +2, 6 misses another value ("a heated exchange on the
# issue of eminent domain", "his opening remarks"); time +59 carried / +2, one stated moment lost ("when asked whether
# he would issue a quarantine") and one miss another value; addressee one false fill fewer; all in the one live blog
# (it fires on one article); train 0-59 (a live blog with no lede scene) and train-c byte-identical; news pages
# unchanged. Without the stamps (any story whose lede sets a scene), two more articles, all losses: channel +0 / +8,
# time +0 / +12.
STORY_SCENE_AGAIN = True
MIN_LIVE_ENTRIES = 3
# an entry's stamp, alone on its line or run into the blog's furniture ("February 6, 2016 11:19PMDonald Trump ...")
_ENTRY_STAMP = re.compile(r"\b\d{1,2}:\d\d\s*[AaPp]\.?[Mm]")


def _a_live_blog(text: str) -> bool:
    """Whether ``text`` is a live blog: ``MIN_LIVE_ENTRIES`` entries or more, each stamped with a clock time."""
    return len(_ENTRY_STAMP.findall(text)) >= MIN_LIVE_ENTRIES


def _story_scene_again(statements: Sequence[SaidAt], paragraphs: Paragraphs, scene: Setting) -> list[Setting]:
    """``scene`` (``LEDE_SCENES``) again at the start of each later paragraph holding a statement."""
    held = sorted({paragraphs.of(s.verb.idx) for s in statements} - set(range(scene.paragraph + 1)))
    return [replace(scene, position=paragraphs.starts[p], paragraph=p, opens=False, used=False) for p in held]


# The same lede when it sets its scene for a group only ("Supporters of Hillary Clinton and Bernie Sanders avoided
# confrontations over policy during their first platform drafting committee hearing Wednesday"): the scene, on its day,
# is still the story's, and those the story names after the lede speak in it (occasion.md: "by the speaker OR others
# taking part"). Only ``_scene_told``'s forms (a scene noun after a preposition or as the subject, a day on its verb).
# Rule on against off (fast.py, cache4; right values / false fills): train-d channel +6 / +2 (one of the six a wrong
# value before), time +8 / +2 (two speakers the annotators leave out of the hearing), addressee unchanged, all in one
# article; train 0-59 and train-c byte-identical; news pages unchanged. Tried and dropped (scenes24): the lede holding
# a statement too (channel +0 / +1 and time +1 / +0 on train-d, +0 / +1 and +1 / +1 on train-c: "Friday's broadcast
# of HBO's Real Time" is the lede speaker's own channel); the lede statement's day alone, with no scene, carried to the
# story (time +13 / +102 on train-d).
LEDE_GROUP_SCENES = True


def _dated_by_its_possessive(finder: CircumstanceFinder, sentence: Span) -> tuple[Token, TimePhrase] | None:
    """The first scene of ``sentence`` whose possessive is a dated time ("Saturday night's debate"), with that time."""
    times = [t for t in finder.times_in(sentence) if t.date is not None]
    for word in sentence:
        if word.dep_ != "poss" or not scene_as_channel(word.head):
            continue
        time = next((t for t in times if t.span.start <= word.i < t.span.end), None)
        if time is not None:
            return word.head, time
    return None


# A lede whose only statements are participle clauses beside what its subject did on a day ("The King spent three
# hours in Todmarsh on Thursday, meeting families ... and thanking the volunteers who cleared ...") still tells the
# story's day: the day is on the sentence's main verb, not on a saying, and the participles tell what was done that day
# (the finder may give the participle to whoever its clause follows: "the River Calder"). Rule on against off (fast.py,
# cache5): train-d and train 0-59 byte-identical (it fires in 3 train-d ledes: "Biden on Monday hit the 2016 campaign
# trail ..., trashing Donald Trump"); news pages time +3 (royal-visit.html: the King's speech on Thursday).
PARTICIPLE_LEDE = True
# A sentence with no statement after the story's first ones may still give the day of the scene the headline names
# (``story_scene.HEADLINE_SCENE_DAY``): its first weekday, read as far as that scene's day may stand.
MAX_SCENE_DAY_PARAGRAPH = MAX_HEADLINE_SCENE_PARAGRAPH + MAX_HEADLINE_SCENE_DAY_GAP


# The parts of an event's span of time a scene is told by ("at the end of a cabinet meeting", "at the start of the
# debate", "at the opening of the talks"): the scene is the noun after "of", and those there are at it.
# village-school-closure-vote.html: "Cabinet members voted six to two ... at the end of a cabinet meeting" sets the
# meeting for the people named after it (``GROUP_IN_SCENE``): news pages channel +3 (the education member's three
# statements), no cost. The form recurs on train-d (5 sentences with a scene noun: "at the start of the Democratic
# debate", "at the conclusion of a rally", "at the opening of the talks", "at the start of his speech"), but there it
# changes no attribution (fast.py, cache9: train-d, train 0-59 and train-c output byte-identical): those sentences
# hold a statement or have one person as their subject, who did not enter the scene; a page-only gain so far.
EVENT_PARTS = True
_EVENT_PARTS = frozenset({"end", "start", "beginning", "close", "opening", "conclusion", "middle"})


def _told_at(word: Token) -> bool:
    """Whether ``word`` is the object of a preposition that tells a scene (``TOLD_SCENE_PREPS``: "at a public
    hearing"), or of "of" after such a preposition's part of an event ("at the end of a cabinet meeting",
    ``EVENT_PARTS``)."""
    if word.dep_ != "pobj":
        return False
    if word.head.lower_ in TOLD_SCENE_PREPS:
        return True
    part = word.head.head
    return (
        EVENT_PARTS
        and word.head.lower_ == "of"
        and part.dep_ == "pobj"
        and part.lower_ in _EVENT_PARTS
        and part.head.lower_ in TOLD_SCENE_PREPS
    )


# A sentence holding no statement that tells of one person's doing on a day ("On Sunday, Mr. Trump was magnanimous in a
# round of television interviews", "Vice President Joe Biden spent Thursday morning in St. Paul", "On Monday, Trump
# groused to a crowd in Georgia") dates that person's statements after it, adding the day to their occasion where it
# has none (``Setting.used``). A day's name on the sentence's main verb only, one person its subject, in the active
# voice: a pair ("Putin and Obama ... on Monday") or any time (a year, "last week") gave way to days the annotators
# keep for others, and what is done to someone ("was fired from the network Wednesday") is no occasion of theirs (on
# train-d one false fill). Rule on against off (fast.py, cache5; right values / false fills): train-d time +10 / +1,
# channel +1 / +3 and addressee +0 / +2 (one Q&A: Biden's day gave him an occasion its transcript's interview then
# joined); train 0-59 time +0 / +2 (a live blog's "Trump has won several states on Tuesday"). Any number of subjects:
# time +7 / +2 with 4 right values lost.
PERSON_DAYS = True
# The same doing on a day told by its noun, with the person as its possessive ("Mrs. Clinton's decisive victory on
# Tuesday ended a string of wins by Mr. Sanders"): the day's name on the main verb, the subject a noun that names no
# one (not "his rivals", "Cruz's team": a group of the person's, whose day is theirs), one person as its possessive,
# the verb active and something done. The day is that person's, adding to their occasion
# (``scene_days.a_possessed_day``).
# Rule on against off (fast.py, cache17; right values / false fills): train-d time +3 carried / +0 (one article,
# nyt_2016-04-21 crucial-wins-for-clinton: her victory speech's three statements); channel and addressee unchanged;
# train 0-59 and train-c byte-identical (it fires on no sentence there); news pages (174, held-out three filtered)
# byte-identical. It fires on one train-d sentence: a small rule, not the general mechanism the narrated settings need
# (experiments/occasion_carry/round27: 243 of train-d's 301 narrated carried values are read by no scene reader, in 85
# sentences of 69 articles, no form recurring). Tried and dropped (narratedsettings): any subject that is no person,
# the day set for the people the sentence and its paragraph name (train-d time +3 / +8 false fills, one more miss
# another value: "Those negotiations moved on Sunday to China, where ... Kerry met"); for the people the sentence names
# only: +3 / +5; a possessive's subject that names someone ("his rivals", "Cruz's team"): the same outputs, two more
# firings.
POSSESSED_DAYS = True


# A sentence that opens with a clause of its moment set off by its comma and tells what one person did then ("Asked
# outside her office on Thursday whether she would run again, Hill laughed.", then her quote) dates what that person
# says next in the paragraph: the words are said at that moment. Read for the main verb's subject when it is one person
# who is no subject of a statement the sentence makes (a question put to her inside the clause is none of hers), who
# speaks in the next sentence that holds a statement, and only for a clause that opens the sentence (``time_clause``):
# a clause after the verb is often part of another telling. Not a state ("When she was a councillor"), a habit in the
# present or a negated verb. A clause with a day of its own sets a new occasion (the letter she wrote the day before
# is no longer where she speaks); one with none only fills a time her occasion lacks (``Setting.used``): "Asked
# whether ..., she laughed" inside an interview told before is a moment of that interview, whose day the annotators
# keep. Rule on against off (fast.py, cache7): train-d time +1 stated / +2 carried right, +0 false fills, channel and
# addressee unchanged (2 articles gained, none lost); train 0-59 and train-c unchanged; news pages time +1 (one page).
# Tried: an undated clause setting a new occasion too: pages +1 (a chef's "When I asked about ...") and -1 (an
# interview's day lost), train-d the same; without the next-speaker test as well, train-d channel -5 / time -4 right in
# one profile's childhood clauses ("When he enrolled at ..., the boy joined ...").
OPENING_MOMENTS = True


# A day's name in a clause of the moment ("And as he took the stage here Wednesday night to rally Democrats ..., Mr.
# Obama's diagnosis of the nation's political failings inevitably called to mind ...") is that moment's, and the
# clause's subject was there: when that is one person who is not the subject of the sentence's statement, the day sets
# that person's occasion (the sentence's statement owns the clause, so ``sentence_setting`` reads it for nobody). Only
# "as" and "when", which share the moment of the verb they hang on (``stated_clauses._SEQUENCE_MARKERS``: "after" and
# "before" tell another moment), and only a weekday, as ``PERSON_DAYS``. As an occasion added to (``Setting.used``) it
# changes nothing: the speaker's earlier moment ("as he labored over one of the last major addresses") already fills the
# time. Rule on against off (fast.py, cache5; right values / false fills): train-d time +2 carried / +0 and addressee +0
# / +2 (the sentence's own "to rally Democrats" now carried with the day); fires in 4 train-d sentences, 2 of train 0-59
# (no output changed there). Any dated time instead of a weekday: the same outputs.
MOMENT_DAYS = True


# A crowd that a sentence with no statement sends onto a platform ("Residents took to the Faversham Community
# Noticeboard Facebook group within minutes of the announcement", "Parents flooded the school's Facebook page") sets
# it for the people the story names first after it in its paragraph ("One member, Derek Holloway, posted that ..."):
# the one quoted from the crowd posted there, and "posted" names no medium of its own when a noun has named one
# (``told_before.POSTED_AGAIN``). Only a platform: a crowd at a scene is ``MAX_TOLD_SCENE_GAP``'s, whose people the
# annotators do not carry it to.
CROWD_ON_A_PLATFORM = True


def _one_of_the_crowd(
    setting: Setting, sentence: Span, paragraphs: Paragraphs, firsts: tuple[list[int], list[int]]
) -> list[Setting]:
    """``CROWD_ON_A_PLATFORM``: a crowd's ``setting`` on a platform for the people named first after ``sentence`` in
    its paragraph, if any."""
    channel = setting.stated.channel
    if channel is None or not on_a_platform(channel):
        return []
    people = named_after(firsts, paragraphs, sentence, MAX_TOLD_SCENE_GAP)
    return [replace(setting, participants=people)] if people else []


# A questioning whose questioner the tagger takes for a person ("Politico interviewed nearly 20 of Sanders' colleagues
# over the past week") sets the questioner's own occasion (``sentence_setting``: a saying verb, a person as its
# subject); the people questioned are still those the story names after it. Before, that own setting stopped the
# questioning from being read at all. Rule on against off (fast.py, cache5): train-d time +1 right carried / +0 false
# fills, addressee unchanged; train 0-59 unchanged. It sets "Politico" and "over the past week" for the 13 senators
# quoted after it, but ``as_carried.as_carried`` drops both beyond a paragraph: an undated time, and a person told
# with no channel.
QUESTIONER_SET = True


# A scene noun with a relative clause of "where" tells who did something at it ("a fans' forum at the Riverside Ground
# on Monday night, where chief executive Paula Strand faced more than two hours of questions", "a rally in Ohio, where
# Trump attacked the press"): the scene, and the time said of it, for the clause's subject. On train-d it is set 4 times
# ("Saturday night's GOP debate, where Chris Christie lit into Marco Rubio", "a town hall in this Wisconsin town, where
# he took questions") and changes no statement (fast.py, output byte-identical; train-c too).
WHERE_SCENES = True


# The people a sentence names by their part in a scene are placed in the scene last named (``scene_roles.taking_part``;
# the roles, where the rule fires and what was tried, are told at ``scene_roles._ROLES``).
SCENE_ROLES = True


# A scene the reporter sets in a fronted phrase of place and day in a sentence that says nothing anyone said ("At the
# rest centre in St Aidan's church hall on Wednesday afternoon, ..., the talk was all of ...") is where the people named
# after it speak (``narrated_scenes.narrated_scene``, where the rule's form and figures are told).
NARRATED_SCENES = True
# The people a narrated scene is set for are all those named after it, not only those named there first: one the story
# introduced earlier is heard in the scene too (nyt factory-workers, train-d: "Ms. Shanklin-Hawkins", named before the
# bar, quoted after it). Against the first-named only: train-d time +6 right, +1 false fill (both in that article and
# the debate's); pages unchanged (their residents are named first in the scene).
NARRATED_EVERY_MENTION = True
# A sentence with no statement that tells of an event on a day (a verb of meeting, touring or talking to people, or an
# event's noun) gives that day to the people heard after it (``event_days.event_day``, where the form and figures are).
EVENT_DAYS = True
