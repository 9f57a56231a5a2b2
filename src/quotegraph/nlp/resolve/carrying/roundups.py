"""The roundup's day: a lede that tells what a field of people did on a day, whose story then hears them one by one.

"The leading Republican candidates for president Thursday lashed out at President Obama ... in a debate", "Democratic
and Republican candidates began making their final pitches Monday via the Internet, the airwaves ... and televised town
halls", "the leading Democratic and Republican candidates for president found themselves increasingly targeted Sunday":
the story that opens so is a roundup of that day, and each of the field heard below ("Sen. Marco Rubio said Clinton
should be disqualified", "'I've been on the front lines of change and progress,' said Clinton") is heard on it, though
no sentence of theirs names it (occasion.md, Carried occasion: a frame that dates what follows). The lede's subject is
the mark: a race's field in the plural (``FIELD_NOUNS``: "candidates", "rivals"), not one person (whose lede day
only dates their first scene, ``story_scene.LEDE_SUBJECT_SCENES``), not people at large ("voters") and not a body.
``roundup_day`` reads the lede sentence, ``scenes.py`` calls it in the story's first paragraphs, ``occasions`` gives
its day to each later statement by a person that holds no time once everything else is carried (``ROUNDUP_DAYS``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.occasion_records import Held, OccasionInput, Setting, filled
from quotegraph.nlp.resolve.carrying.scene_days import group_day
from quotegraph.nlp.resolve.carrying.scene_parts import happened
from quotegraph.nlp.resolve.carrying.story_scene import MAX_HEADLINE_SCENE_PARAGRAPH
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.noun_classes import a_person_noun
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

__all__ = ["MAX_ROUNDUP_PARAGRAPH", "ROUNDUP_DAYS", "on_the_roundup_day", "roundup_day"]

# Rule on against off (fast.py, cache36; docs/occasion-rounds.md, the thirty-sixth set, round unseencarried): train-f
# time 0.5706 -> 0.7301 (carried 0.345 -> 0.632: +26 right in three roundups, +6 false fills in two, mostly background
# paraphrases below a debate's turns annotated with no time); train-d one time false fill ("U.S. presidential
# candidates on Wednesday reacted", a candidate's tweet), no right value; train 0-59 byte-identical (no roundup lede);
# on the check slices, measured only: train-i time 0.6043 -> 0.6504 (false fill 0.1122 -> 0.1139), train-j 0.5329 ->
# 0.5719 (0.1072 -> 0.1086), train-c, g, h unchanged.
ROUNDUP_DAYS = True
# The lede: the roundup's day is told in the story's first paragraphs below the headline, as far as the story's
# scene may be set (``story_scene.MAX_HEADLINE_SCENE_PARAGRAPH``; a headline and its deck are paragraphs 0 and 1, and a
# lede of statements may stand before the day: "Donald Trump said Hillary Clinton 'caused death.' ..." then "the leading
# Democratic and Republican candidates ... found themselves increasingly targeted Sunday").
MAX_ROUNDUP_PARAGRAPH = MAX_HEADLINE_SCENE_PARAGRAPH
_PLURALS = frozenset({"NNS", "NNPS"})
# The nouns of a race's field: those who contend in it, all heard in turn below. Not people in general ("Wisconsin
# voters elected Rebecca Bradley ... Tuesday", "Republican Party insiders ... will select 27 delegates on Saturday": on
# train-d the later voices of such stories are not heard on the lede's day, 53 time false fills in five articles when
# a plural person's noun or a party's members, "Republicans", were read; not measured apart), and not a party's members
# by its name, which a story names for a party's voters and officials as often as for its contenders.
FIELD_NOUNS = frozenset({"candidate", "contender", "hopeful", "rival", "nominee", "challenger"})


def _a_field_of_people(subject: Token) -> bool:
    """Whether ``subject`` names a race's field in the plural ("candidates", "rivals"), as a person's noun."""
    return subject.tag_ in _PLURALS and subject.lemma_.lower() in FIELD_NOUNS and a_person_noun(subject)


def roundup_day(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
    """The day of a roundup (``ROUNDUP_DAYS``): the weekday on the main verb of ``sentence``, in the story's first
    ``MAX_ROUNDUP_PARAGRAPH`` paragraphs, whose subject is a field of people; a setting for nobody."""
    if not ROUNDUP_DAYS:
        return None
    paragraph = paragraphs.of(sentence.start_char)
    if not 0 < paragraph <= MAX_ROUNDUP_PARAGRAPH:
        return None
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if verb is None or not happened(verb):  # done, not planned ("will select ... on Saturday")
        return None
    subjects = [c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS]
    if len(subjects) != 1 or not _a_field_of_people(subjects[0]):
        return None
    days = group_day(finder, sentence, verb, complements=True)
    if not days:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), frozenset(), Stated(time=days[0]), roundup=True)


def on_the_roundup_day(held: Held, statement: OccasionInput, day: Setting | None) -> Held:
    """``held`` dated by the roundup's day ``day`` when it holds no time and ``statement`` is a person's saying told
    after the lede: not a held view, not a poll's answer."""
    if day is None or held.stated.time is not None or statement.speaker is None:
        return held
    if statement.held_view or statement.polled or statement.position <= day.position:
        return held
    return filled(held, Stated(time=day.stated.time), carried=True)
