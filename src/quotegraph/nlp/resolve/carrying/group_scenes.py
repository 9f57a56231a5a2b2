"""A group's scene for its members: the people the story names next to a group's statement speak in its scene.

"their leaders said at a joint news conference", "The United States stepped up pressure on China on Saturday, with
top defense officials ... vowing": the scene or the day a group's statement names, for the people the story names
first after it (``group_scenes``); "In a series of interviews ..., the candidates outlined", for the people named
before it, whom "the candidates" names back (``_group_named_before``). Also what a group is: a plural common noun as
a verb's subject (``group_subject``), a setting for groups only (``a_group_only``). A meeting's members a sentence
with no statement places at a scene are ``scenes.py``'s (``GROUP_IN_SCENE``); people present in the plural in a
"where" clause are ``where_scenes.py``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.carried_addressees import told_an_outlet
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_days import group_day
from quotegraph.nlp.resolve.carrying.scene_parts import (
    SaidAt,
    first_named,
    gap_end,
    named_after,
    named_between,
    scene_noun,
)
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_nouns import a_scene
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.told_addressees import addressee_of
from quotegraph.nlp.syntax import subtree_span

__all__: list[str] = [
    "a_group_only",
    "group_scenes",
    "group_subject",
]


def a_group_only(coref: Coreference, setting: Setting | None) -> bool:
    """Whether ``setting`` is set for groups only ("Council members", "senators"), none of whom is one person."""
    if setting is None or not setting.participants:
        return False
    return all(coref.clusters.clusters[p].plural for p in setting.participants)


# Paragraphs after a group's statement within which the people the story names first are taken for its members
# ("their leaders said at a joint news conference", then "Prime Minister Helena Vasconcelos told reporters, standing
# beside President Rodrigo Amaral" in the next paragraph). On train-d, against no group scene: time +6 right / +0
# false fills, channel +3 / -3 another value (0 net); within 0 paragraphs nothing changes. On train 0-59 and train-e
# time +6 / +0 (the same three articles: train-e is a second annotation of part of train-d).
MAX_GROUP_GAP = 1


def group_subject(verb: Token) -> Token | None:
    """ "their leaders said", "nurses described": a plural common noun as the subject of a statement's verb."""
    return next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)


# A group's statement with no channel but a day its sentence dates it by ("The United States stepped up pressure on
# China on Saturday, with top defense officials underlining ... and vowing to remain ...", then "Defense Secretary Ash
# Carter said"): the people named first after it are its members speaking that day. A day's name only: a year, a
# stretch or "next week" tells of what is said (on train-d they were 7 of 11 false fills). Rule on against off
# (fast.py, times29): train-d time +14 right carried / +5 false fills, train 0-59 +0 / +1, train-c and news pages
# unchanged.
GROUP_DAYS = True


def group_scenes(
    finder: CircumstanceFinder, coref: Coreference, statements: Sequence[SaidAt], paragraphs: Paragraphs
) -> list[Setting]:
    """A scene a group's statement names ("their leaders said at a joint news conference", "in the Republican debate
    last week, candidates referred to ..."): the people the story names first after it, within ``MAX_GROUP_GAP``
    paragraphs, are its members speaking there; it adds to their occasion what their own lacks. A scene only (the
    scenes lexicon), not any channel ("officials said in a statement" is no place the people named next speak in;
    any singular channel on train-d: one more channel false fill, no more right values)."""
    firsts = first_named(coref)
    found = []
    for statement in statements:
        verb = statement.verb
        joined = GROUP_DAYS and verb.dep_ == "conj" and group_subject(verb.head) is not None
        if group_subject(verb) is None and not joined:
            continue
        sentence = finder.sentences[finder.sentence_of[verb.i]]
        said_in = [channel_phrase(w) for w in finder.channels_in(sentence) if clause_verb(w) == verb]
        channels = [c for c in said_in if scene_noun(c.root)]
        times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
        if GROUP_NAMED_BEFORE:
            found.extend(_group_named_before(firsts, paragraphs, sentence, verb, said_in, times))
        outlet = _outlet_told(verb) if GROUPS_TOLD_AN_OUTLET and not said_in else None
        if not channels:
            # a document ("said in a joint statement on Thursday") dates its own going out, not its members' words
            times = group_day(finder, sentence, verb) if GROUP_DAYS and not said_in else []
            if not times and outlet is None:
                continue
        at = sentence.end_char - 1  # after the group's statement, whose occasion it is (``occasions.carry_occasions``)
        members = members_named_after(firsts, paragraphs, sentence, verb)
        if not members:
            continue
        channel = channels[0] if channels else None
        stated = Stated(channel=channel, addressee=outlet, time=times[0] if times else None)
        found.append(Setting(at, paragraphs.of(at), members, stated, used=True, members=True))
    return found


# A group's statement told to an outlet, with no channel of its own ("At least a dozen members of Congress told The
# Huffington Post she thinks the House is within reach", then "Rep. Jim McDermott (D-Wash.) said"): the people the story
# names first after it, within ``MAX_GROUP_GAP`` paragraphs, are the group's members telling the same outlet, as a
# reporter's round of calls is told ("several GOP leaders told POLITICO ...", then each leader in turn); their later
# words carry it as their own occasion's addressee (occasion.md: a scene carries its channel, addressee and time
# together). An outlet only (``carried_addressees.told_an_outlet``): "officials told the committee" may be a hearing
# the people named next were not at. Rule on against off (fast.py, cache36, with ``VERB_S_PARAGRAPH``; right values /
# false fills): train-d addressee carried +2 / +0 in two articles (The Huffington Post to "Rep. Jim McDermott said";
# The New York Times to "officials said"); train 0-59, train-f and the check slices c, g, h, i, j, k byte-identical.
# With "POLITICO" in the outlets lexicon as well: train-d +3 / +3, train-f +0 / +1, so the lexicon was left alone.
GROUPS_TOLD_AN_OUTLET = True
# The members named next are counted from the paragraph the group's verb is in, not the one its sentence starts in: the
# parser may run a sentence over a line break from a quote before it ("... the House and the Senate.”\nClinton didn’t
# stop to answer any questions from press, but at least a dozen members of Congress told The Huffington Post ..."), and
# counted from the quote's paragraph the next paragraph is the group's own. Rule on against off (fast.py, cache36, with
# ``GROUPS_TOLD_AN_OUTLET``): train-d addressee carried +1 (that article), nothing else changed on train-d, 0-59 or f.
VERB_S_PARAGRAPH = True


def members_named_after(
    firsts: tuple[list[int], list[int]], paragraphs: Paragraphs, sentence: Span, verb: Token
) -> frozenset[int]:
    """The people first named after a group's statement (``sentence``, its verb ``verb``) within ``MAX_GROUP_GAP``
    paragraphs of the verb's own (``VERB_S_PARAGRAPH``), or of the sentence's start."""
    if not VERB_S_PARAGRAPH:
        return named_after(firsts, paragraphs, sentence, MAX_GROUP_GAP)
    return named_between(firsts, sentence.end_char, gap_end(paragraphs, verb.doc[verb.i : verb.i + 1], MAX_GROUP_GAP))


def _outlet_told(verb: Token) -> Span | None:
    """The outlet a group's saying verb tells ("told The Huffington Post"), if any (``GROUPS_TOLD_AN_OUTLET``)."""
    told = addressee_of(verb)
    return told if told_an_outlet(told) else None


# A group named back by "the" and a plural noun ("In a series of interviews with POLITICO Florida, the candidates
# outlined their priorities", after a lede naming each candidate in turn) whose statement names a scene, one each or
# one for all ("interviews", "a debate"), is the people the story named before it: each of them speaks there, in what
# the story goes on to quote of them (occasion.md: a scene's channel carries to "others taking part"). Within
# ``MAX_GROUP_BACK`` paragraphs before the group's, at least ``MIN_GROUP_NAMED`` of them (a group, not one person). A
# plural scene counts only under a noun of a series (``_SERIES``). Rule on against off (fast.py, cache6; right values /
# false fills): train-d channel +41 / +0 and addressee +41 / +0 (the interviewer, as the group's statement holds it),
# time unchanged; it fires once, in one article (the series of interviews); train 0-59 and train-c (full eval)
# byte-identical; news pages unchanged. A singular scene ("At a debate on Monday, the candidates ...") was already
# carried to members named within ``occasions.MAX_GROUP_CARRY_GAP`` paragraphs.
GROUP_NAMED_BEFORE = True
MAX_GROUP_BACK = 8
MIN_GROUP_NAMED = 2
# Nouns that make one occasion of many scenes ("a series of interviews", "a round of debates"): the annotators' channel
# for each member, where the plural alone names many occasions, none of them carried
# (``carried_channels.many_occasions``).
_SERIES = frozenset({"series", "round"})


def _one_series(channel: Span) -> Span | None:
    """A channel that names one scene: a singular scene noun ("at a debate"), or a plural one under a noun of a series,
    as that whole phrase ("a series of interviews with POLITICO Florida")."""
    root = channel.root
    if scene_noun(root):
        return channel
    series = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if root.tag_ != "NNS" or not a_scene(root) or series is None or series.lemma_.lower() not in _SERIES:
        return None
    return subtree_span(series)


def _group_named_before(
    firsts: tuple[list[int], list[int]],
    paragraphs: Paragraphs,
    sentence: Span,
    verb: Token,
    said_in: list[Span],
    times: list[TimePhrase],
) -> list[Setting]:
    """The scene a group's statement names (``said_in``, one: ``_one_series``) for the people first named in the
    ``MAX_GROUP_BACK`` paragraphs before it, when its subject names them back ("the candidates",
    ``GROUP_NAMED_BEFORE``)."""
    group = group_subject(verb)
    if group is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(group)):
        return []
    channels = [c for c in (_one_series(c) for c in said_in) if c is not None]
    if not channels:
        return []
    since = paragraphs.starts[max(0, paragraphs.of(sentence.start_char) - MAX_GROUP_BACK)]
    members = named_between(firsts, since, sentence.start_char)
    if len(members) < MIN_GROUP_NAMED:
        return []
    stated = Stated(channel=channels[0], addressee=None, time=times[0] if times else None)
    at = sentence.end_char - 1
    return [Setting(at, paragraphs.of(at), members, stated, used=True, members=True)]
