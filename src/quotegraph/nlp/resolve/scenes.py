"""Scene settings: sentence parts that set an occasion for someone without being their statement.

"The troubled Oscar nominee took to Instagram on Friday to respond ...", "Obama spoke at the White
House on Tuesday", "The announcement came in the form of a letter from Blackwell ... sent out Friday":
the channel, addressee and time of such a sentence, outside every statement's own clause and
content, are set for the people it names as their subjects or as the channel's owner ("his remarks",
"a letter from Blackwell"), or as the reader of a medium ("Maya Chen read from a letter her class had written", "read
her own statement from the witness box"). In a sentence that holds no statement, a scene is read whatever its verb
("Clinton is using her victory speech to ...", "Kasich's speech was interrupted by a protester"); such a
setting adds to its people's occasion and replaces none of it; so does a person on an outlet or a
programme ("Sanders was on CNN talking about ..."). A sentence that tells of many people questioned
("Politico interviewed nearly 20 of Sanders' colleagues") sets whom they answered for the people the
story names after it; so does a scene a group's statement names ("their leaders said at a joint news conference") for
the people named after it, its members, and a scene a sentence with no statement tells of, with a day or a place, for
the one who entered it ("she walked into the spring dinner in Baltimore last Saturday") or, when nobody named is its
subject, for the people named after it in its paragraph (in the story, when the story's lede tells of it on a day,
"The beginning of Saturday night's debate ..."; a meeting's members as its subject, "In the ensuing debate,
Council members ...", for the people named after it in the paragraphs that follow, on the day last stated); so is a
scene a "where" clause puts someone at ("a fans' forum ..., where chief executive Paula Strand faced questions") for
that one, and the scene last named for one the
story names by a role in it ("the first caller", "The moderator, WKLR anchor Dana Whitfield,", "Speaking from the
floor"). ``occasions.py`` carries them to those people's later statements.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.carried_channels import HYPHENATED_SCENES, POLL_NOUNS, on_a_platform
from quotegraph.nlp.resolve.channels import (
    CLAUSE_LINKS,
    NOUN_ENTRIES,
    a_scene,
    addressee_of,
    addressee_of_channel,
    channel_phrase,
    clause_verb,
    governs,
    is_channel_word,
    own_clause_subject,
    saying_verb,
    titled_name,
)
from quotegraph.nlp.resolve.circumstances import CircumstanceFinder, Stated
from quotegraph.nlp.resolve.clusters import Cluster
from quotegraph.nlp.resolve.coref import Coreference
from quotegraph.nlp.resolve.occasion_records import Setting
from quotegraph.nlp.resolve.occasions import (
    COURT_DAY,
    COURT_ROLES,
    HEARING_BODIES,
    MAX_HEADLINE_SCENE_DAY_GAP,
    MAX_HEADLINE_SCENE_PARAGRAPH,
)
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.stated_clauses import outside, past_perfect
from quotegraph.nlp.resolve.stated_times import SAME_MOMENT_MARKERS, TimePhrase, time_clause, year_in_a_relative_clause
from quotegraph.nlp.resolve.timeexpr import TIME_ADVERBS, names_a_weekday
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, PLACE_ENTITIES, nominal_subjects, subtree_span

__all__ = ["SaidAt", "owners_of", "scene_settings", "subjects_of"]

# "The announcement came in a letter", "The remarks were made at a rally", "His speech was delivered ...".
_CAME_VERBS = frozenset({"come", "be", "make", "deliver", "give", "air", "publish", "release", "post", "send"})
_SCENE_PREPS = frozenset({"at", "during", "in", "with", "before"})  # not "to the convention": a destination
MAX_SUBJECT_REACH = 30  # tokens before a subjectless verb searched for the person who is its subject
_SHARED_SUBJECT_LINKS = ("xcomp", "advcl", "conj")  # "took to Instagram to respond": one subject


@dataclass(frozen=True)
class SaidAt:
    """Where a statement is made: its cue's clause verb and what of the sentence it owns (content, source)."""

    verb: Token
    blocked: list[tuple[int, int]]
    content: tuple[tuple[int, int], ...] = ()  # its own words, of ``blocked`` (``WHERE_PARTICIPANTS``)


def subjects_of(coref: Coreference, verb: Token) -> set[int]:
    """The entities that are the subject of ``verb``, or of the verb it shares its subject with; for a
    main verb the parser gave no subject at all, the person named last before it ("Thursday at the
    conference in Washington, Sen. Lindsey Graham called out ...", where the parser hung the name on
    "Washington"). A verb in a preposition's clause shares the subject of the clause it hangs on
    (``_clause_holder``); a subject the coreference knows nothing of is the name apposed to it
    (``_subject_entity``)."""
    holder = _clause_holder(verb) if PREP_CLAUSE_SUBJECT else None
    for candidate in (verb, verb.head if holder is None else holder):
        subjects = nominal_subjects(candidate)
        if COORDINATED_SUBJECTS:  # "Voss and Harlan traded attacks ... in their debate": both were there
            subjects = [*subjects, *(c for s in subjects for c in s.conjuncts)]
        found = {c.index for c in (_subject_entity(coref, s) for s in subjects) if c is not None}
        if not subjects and candidate.pos_ == "VERB" and candidate.dep_ == "ROOT":
            found = _person_before(coref, candidate)
        if found or (holder is None and candidate.dep_ not in _SHARED_SUBJECT_LINKS):
            return found
    return set()


def _people_subject_of(coref: Coreference, verb: Token) -> frozenset[int]:
    """The single persons among ``verb``'s subjects (``subjects_of``), not a crowd ("More than 200 people filled")."""
    clusters = coref.clusters.clusters
    return frozenset(p for p in subjects_of(coref, verb) if clusters[p].type == "PERSON" and not clusters[p].plural)


# A subject that is a coordination ("Democratic state Sen. Renata Voss and Republican businessman Cal Harlan traded
# sharp attacks ... in their only televised debate") places each of its people at the scene, not only the first the
# parser made the head. Rule on against off (fast.py): train-d channel +1 carried right ("Clinton and Warren ... their
# first joint campaign event") / +1 false fill ("Alba and Foner ... just published the book"), time +4 carried right /
# 1 miss now wrong (the same event's "on Monday" for a statement wanting "this month"); train-c no change.
COORDINATED_SUBJECTS = True


# Prepositions that open a clause whose verb has no subject of its own and shares that of the clause it hangs on, and
# tells the act the sentence tells of: "was magnanimous in declaring victory Tuesday night", "In talking to reporters on
# Monday, ... Mrs. Clinton looked", "by speaking at the rally". Not "for" ("lit into Marco Rubio for giving the same
# speech": the object's act, not the subject's), nor "after", "before", "since": another moment ("made his comments a
# few days after hosting the latest debate" is no occasion of the comments; with them, train 0-59 lost a right channel,
# addressee and time). Rule on against off (harness; right values / carried right / false fills): train-d addressee
# +1 / +1 / 0, time +14 / +14 / 0 (7 settings changed in 7 articles, 13 of the times one article's victory night);
# train 0-59 and train-e addressee +1 / +1 / 0, time +1 / +1 / 0; channel unchanged on both.
_CLAUSE_PREPS = frozenset({"in", "while", "upon", "on", "by", "when"})
PREP_CLAUSE_SUBJECT = True


def _clause_holder(verb: Token) -> Token | None:
    """The verb whose subject ``verb`` shares when it is the clause of a preposition (``_CLAUSE_PREPS``) and has no
    subject of its own: "was magnanimous in declaring victory" (through the adjective), "In talking to reporters on
    Monday, she looked"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _CLAUSE_PREPS or nominal_subjects(verb):
        return None
    holder = prep.head
    if holder.pos_ == "ADJ" and holder.dep_ == "acomp":  # "was magnanimous in declaring"
        holder = holder.head
    return holder if holder.pos_ in ("VERB", "AUX") else None


# A sentence's subject that names nobody the coreference knows ("A reader", a description with no article-wide entity)
# is the person a name apposed to it names ("A reader, Tom from Wakefield, wrote to me last week", then Tom's quotes:
# ``opinion-column.html``). Rule on against off (harness): on train-d it changes 1 setting in 1 article, no score; on
# train 0-59 and train-e none. Kept as a reading of a shape that loses nowhere, as ``_ENTERING`` was.
APPOSED_SUBJECT = True


def _subject_entity(coref: Coreference, subject: Token) -> Cluster | None:
    """The entity a subject names, or, when it names none the coreference knows, the one a name apposed to it names ("A
    reader, Tom from Wakefield, wrote to me last week")."""
    found = coref.cluster_at(subject)
    if found is not None or not APPOSED_SUBJECT:
        return found
    for apposed in children_of(subject):
        if apposed.dep_ == "appos" and apposed.pos_ == "PROPN":
            found = coref.cluster_at(apposed)
            if found is not None and found.type == "PERSON":
                return found
    return None


def _person_before(coref: Coreference, verb: Token) -> set[int]:
    for i in range(verb.i - 1, max(-1, verb.i - 1 - MAX_SUBJECT_REACH), -1):
        if coref.sentence_of[i] != coref.sentence_of[verb.i]:
            break
        cluster = coref.cluster_at(verb.doc[i])
        if cluster is not None and cluster.type == "PERSON":
            return {cluster.index}
    return set()


def owners_of(coref: Coreference, channel: Span) -> set[int]:
    """Whose channel it is: its possessor ("his remarks") or "from/by X" ("a letter from Blackwell")."""
    root = channel.root
    tokens = [c for c in children_of(root) if c.dep_ == "poss"]
    for prep in children_of(root):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            tokens.extend(c for c in children_of(prep) if c.dep_ == "pobj")
    return {c.index for c in (coref.cluster_at(t) for t in tokens) if c is not None}


class _Owned:
    """What the statements of one sentence own: their cue clauses (as ``circumstances.belongs`` reads
    them) and every statement's content and source. Looked up by verb, so that a sentence of thousands
    of statements costs no more per word than a short one."""

    def __init__(self, statements: Sequence[SaidAt], contents: _Spans) -> None:
        self.contents = contents
        self.by_verb: dict[int, list[SaidAt]] = {}
        self.by_head: dict[int, list[SaidAt]] = {}  # statements whose verb is joined to this one
        for statement in statements:
            self.by_verb.setdefault(statement.verb.i, []).append(statement)
            if statement.verb.dep_ in CLAUSE_LINKS:
                self.by_head.setdefault(statement.verb.head.i, []).append(statement)

    def free(self, token: Token) -> bool:
        if self.contents.holds(token.idx):
            return False
        governing = clause_verb(token)
        if governing.i in self.by_verb:
            return False
        joined = list(self.by_head.get(governing.i, ()))
        if governing.dep_ in CLAUSE_LINKS:
            joined += self.by_verb.get(governing.head.i, [])
        return all(not outside(token, s.blocked) for s in joined) if joined else True


class _Spans:
    """Whether an offset lies in any of a set of spans, by bisection over the merged spans."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def holds(self, offset: int) -> bool:
        at = bisect_right(self.starts, offset) - 1
        return at >= 0 and offset < self.ends[at]


def _about_a_statement(phrase: Span, owned: _Owned) -> bool:
    """Whether a phrase with nobody as its subject tells of the statement just made: it hangs on a verb of
    that statement's quote (the parser cut "“... right?” during a speech in Iowa on Friday" after the
    question mark) or on a verb whose subject is a statement ("The announcement came in a letter")."""
    verb = clause_verb(phrase.root)
    if owned.contents.holds(verb.idx):
        return True
    came = verb.lemma_.lower() in _CAME_VERBS
    return came and any(is_channel_word(c) for c in nominal_subjects(verb))


def _of_a_saying(phrase: Span, owned: _Owned) -> bool:
    """Whether a phrase tells when, where or to whom something was said: it hangs on a verb of saying or
    of making a statement ("took to Instagram", "spoke at the White House", "held a press conference",
    "The announcement came in a letter"), not on any verb ("his proof was contained in his reply")."""
    return saying_verb(clause_verb(phrase.root)) or _about_a_statement(phrase, owned)


def _attends(channel: Span) -> bool:
    """ "is thanking supporters at a victory rally", "is marking her wins with a rally in Miami", "was moved
    to tears during his announcement", "on a walkabout ..., he stopped": an event noun after a preposition, or a
    medium after "during", places its subject at the scene whatever the verb says they did there."""
    root = channel.root
    if root.dep_ != "pobj" or root.tag_ != "NN":  # one event, not "events"
        return False
    lemma, prep = root.lemma_.lower(), root.head.lower_
    # a medium only by "during" ("during his announcement"): "in his written reply" may hold anything
    # "Earlier, on a walkabout along Bridge Street, he stopped to talk to ...": set off before its verb
    on = SCENE_ON and prep == "on" and root.head.head.i > root.head.i and root.head.head.pos_ == "VERB"
    return (lemma in lexicons().scenes and (prep in _SCENE_PREPS or on)) or (
        lemma in lexicons().media and prep == "during"
    )


# A scene one is "on", set off before the verb it hangs on ("Earlier, on a walkabout along Bridge Street, he stopped to
# talk to Jean Harker"), places the verb's subject at it, as "at" and "during" do. Only fronted: after its verb "on"
# names a seat or a topic ("a seat on the court", "on the social issues panel"; any "on": train-d channel +0 right /
# +2 false fills, time +0 / +2, a miss made wrong). Rule on against off (fast.py, cache5): train-d and train 0-59
# byte-identical (the form is not in them); royal-visit.html channel +1 ("walkabout" a scene noun with it).
SCENE_ON = True


def _used(word: Token) -> bool:
    """ "Clinton is using her victory speech to draw contrasts", "Kasich's speech was interrupted": in a
    sentence that holds no statement, one scene (not "rallies": many) as the subject or object of a verb that
    tells what happened there, whatever the verb. Not a medium ("his proof was contained in his written
    reply": on train that reply, carried on, was a false fill 9 times and right 3)."""
    if (
        word.tag_ != "NN"
        or (word.dep_ not in NOMINAL_SUBJECTS and word.dep_ != "dobj")
        or word.lemma_.lower() not in lexicons().scenes
    ):
        return False
    return _happened(clause_verb(word))


# A scene a sentence with no statement tells of in the past perfect, or in a clause hung on one ("Wierzbicki had been on
# his way to a conference in Basel when the call came"), was over before the story's moment: the speaker's words after
# it are not said there (his interview, told in the paragraph before, goes on).
EARLIER_SCENES = True


def _before_the_story(verb: Token) -> bool:
    """``verb`` is in the past perfect, or is a clause of the moment on a verb in it ("when the call came")."""
    return past_perfect(verb) or (verb.dep_ == "advcl" and past_perfect(verb.head))


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _happened(verb: Token) -> bool:
    """A verb that tells of something done ("is using", "was interrupted", "opened"), not of a plan or an aim
    ("to lock up the nomination before the convention", "helps lead a program", "will attend")."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "TO") for a in auxes):
        return False
    return verb.tag_ in _FINITE or any(a.tag_ in _FINITE for a in auxes)


def _names_the_statement(channel: Span, others: list[Span]) -> bool:
    """ "The announcement came in a letter", "His remarks were made at a rally": a channel that is the
    subject of a verb on which another channel hangs stands for the statement; the other one says what
    it went through."""
    verb = channel.root.head
    return channel.root.dep_ in NOMINAL_SUBJECTS and any(
        o is not channel and clause_verb(o.root) == verb for o in others
    )


def _named_channel(channels: list[Span]) -> Span | None:
    """The first channel of a setting that is not the statement itself under another name."""
    kept = [c for c in channels if not _names_the_statement(c, channels)] or channels
    return kept[0] if kept else None


def _setting(
    finder: CircumstanceFinder, coref: Coreference, sentence: Span, owned: _Owned, paragraphs: Paragraphs
) -> Setting | None:
    words = finder.channels_in(sentence)
    if MEDIA_READ_OUT:  # "read her own statement": the object of "read" is in no channel's position otherwise
        words = sorted({*words, *(t for t in sentence if _media_read_out(t))})
    bare = not owned.by_verb  # no statement is made in the sentence
    if bare:  # a scene as any verb's subject or object ("is using her victory speech")
        # and a person on an outlet or a programme ("was on CNN talking about")
        words = sorted({*words, *(t for t in sentence if (_used(t) and is_channel_word(t)) or _on_air(t))})
    channels = [channel_phrase(w) for w in words if owned.free(w)]
    times = [
        t for t in finder.times_in(sentence) if owned.free(t.span.root) and t.span.text.lower() not in TIME_ADVERBS
    ]
    verbs = [t for t in sentence if t.pos_ == "VERB" and owned.free(t)]
    addressees = [a for a in (addressee_of(v) for v in verbs) if a is not None]
    addressees += [a for a in map(addressee_of_channel, channels) if a is not None]  # "a letter to X"
    said = [
        c
        for c in channels
        if _of_a_saying(c, owned) or _attends(c) or (bare and _on_air(c.root)) or _media_read_out(c.root)
    ]
    used = [c for c in channels if bare and c not in said and _used(c.root)]
    channels = [c for c in channels if c in said or c in used]
    if EARLIER_SCENES and bare:  # "had been on his way ... when the call came": over before the story's moment
        channels = [c for c in channels if not _before_the_story(clause_verb(c.root))]
    at_scene = {clause_verb(c.root).i for c in channels}  # a scene's verb dates it ("rallied in Miami Tuesday")
    times = [t for t in times if _of_a_saying(t.span, owned) or clause_verb(t.span.root).i in at_scene]
    times = [t for t in times if not year_in_a_relative_clause(t.span)]  # "who joined ... in 2019": the person's past
    phrases = [*channels, *(t.span for t in times), *addressees]
    if not phrases:
        return None
    kept = _outside_others_clauses(coref, phrases, channels)
    if len(kept) < len(phrases):
        phrases, channels = kept, [c for c in channels if c in kept]
        times, addressees = [t for t in times if t.span in kept], [a for a in addressees if a in kept]
    people = _people_of(coref, phrases, channels)
    if not people and not any(_about_a_statement(p, owned) for p in phrases):
        return None
    stated = Stated(
        channel=_named_channel(channels),
        addressee=addressees[0] if addressees else None,
        time=times[0] if times else None,
    )
    first = min(p.start_char for p in phrases)
    return Setting(first, paragraphs.of(first), frozenset(people), stated, used=stated.channel in used)


def _outside_others_clauses(coref: Coreference, phrases: list[Span], channels: Sequence[Span]) -> list[Span]:
    """A setting's ``phrases`` but those in a relative clause with a subject of its own ("an incident Trump brought up
    ... in an interview": Trump's interview, not the sentence's subject's), when the other phrases are someone's
    (``OWN_CLAUSE_PHRASES``); a clause's phrase whose people are all the others' stays ("a plan she set out in an
    interview", she the sentence's subject: her own interview still)."""
    if not OWN_CLAUSE_PHRASES:
        return phrases
    theirs = [p for p in phrases if own_clause_subject(p.root) is not None]
    others = _people_of(coref, [p for p in phrases if p not in theirs], channels)
    theirs = [p for p in theirs if not (mine := _people_of(coref, [p], channels)) or not mine <= others]
    return [p for p in phrases if p not in theirs] if theirs and others else phrases


def _people_of(coref: Coreference, phrases: Sequence[Span], channels: Sequence[Span]) -> set[int]:
    """The people a setting's ``phrases`` are set for: the subjects of their clauses and the owners of its channels
    among them."""
    return set().union(
        *(subjects_of(coref, clause_verb(p.root)) for p in phrases),
        *(owners_of(coref, c) for c in channels if c in phrases),
    )


# A channel, time or addressee in a relative clause with a subject of its own, hung on a noun of the sentence ("Starr
# ... investigated the circumstances surrounding the suicide of Vincent Foster, an incident Trump brought up as "very
# fishy" in an interview with The Washington Post"), is that subject's occasion, not the sentence's subject's: when the
# sentence's other phrases are someone's, the setting is theirs without it (the relative clause's own subject keeps
# it when it is all the sentence sets). A relative pronoun as the subject ("Mr. Trump, who spoke at a rally") is the
# noun's own clause and stays. Rule on against off (fast.py, cache8; right values / false fills): train-d channel
# +3 / +0 and time +3 / +0 (Starr's three quotes after it now carry his panel discussion on May 16), one wrong channel
# and two wrong times made misses (Starr's "1994" setting; "Her remarks came the day after ..., the same day Clinton
# made two campaign stops" no longer dates Clinton's rally); it fires in 2 train-d articles (politico
# ken-starr-praises, rep-gwen-graham-slams-trump); train 0-59 byte-identical; train-c channel false fills 21 -> 18 and
# 3 wrong channels made misses, no right value lost; news pages unchanged (no page has the form).
OWN_CLAUSE_PHRASES = True


# Reading out a medium ("Maya Chen read from a letter her class had written", "read out a statement", "read her own
# statement from the witness box") is making a statement through it: the reader's quotes after it are the medium's. It
# changes no statement of train-d, train 0-59 or train-c (school-board.html and sentencing-hearing.html are its pages).
MEDIA_READ_OUT = True
_READING_PREPS = frozenset({"from"})  # "read from the letter"; not "read about a letter": a topic


def _media_read_out(word: Token) -> bool:
    """ "read a statement", "read out the letter", "read from a prepared text": a medium noun (not a scene, not a
    platform) as the object of "read", or after its "from", when the reading happened (not "will read", "had read":
    a plan, or reading to oneself before)."""
    if word.tag_ != "NN" or word.lemma_.lower() not in lexicons().media or word.lemma_.lower() in lexicons().scenes:
        return False
    verb = word.head
    if word.dep_ == "pobj" and verb.lower_ in _READING_PREPS:
        verb = verb.head
    elif word.dep_ != "dobj":
        return False
    if verb.lemma_.lower() != "read" or verb.pos_ != "VERB" or not _happened(verb):
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))


def _on_air(word: Token) -> bool:
    """ "Sanders was on CNN talking about what he does next", "Kate McKinnon on Saturday Night Live giving the cold
    open": a name of an outlet or a programme after "on" that "be" or a person's name holds puts that person on air,
    whatever the verb of the sentence (in a sentence that holds no statement; on train-d +3 right channels, +1 false
    fill; on train 0-59 and train-e none right, +1 false fill)."""
    if word.dep_ != "pobj" or word.head.lower_ != "on" or word.pos_ != "PROPN":
        return False
    holder = word.head.head
    if not (holder.lemma_ == "be" or holder.pos_ == "PROPN"):
        return False
    words = lexicons()
    return word.ent_type_ in ("ORG", "WORK_OF_ART") or word.text in words.outlet_words or word.text in words.platforms


_FIELDING_VERBS = frozenset({"conduct", "survey", "take", "field", "carry", "interview", "poll"})


def _poll_fielded(verb: Token) -> Token | None:
    """The poll ``verb`` tells the fieldwork of: "The poll was conducted ...", "The poll surveyed 1,000
    adults ...", "states where exit polls were conducted Tuesday"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FIELDING_VERBS:
        return None
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() == "time":  # "the last time the survey was conducted"
        return None
    subjects = nominal_subjects(verb)
    polls = [t for t in subjects if t.lemma_.lower() in POLL_NOUNS]
    if POLLSTERS_FIELDWORK:  # "Monmouth conducted its poll March 17-20"
        polls += [t for t in children_of(verb) if t.dep_ == "dobj" and t.lemma_.lower() in POLL_NOUNS]
    return polls[0] if polls else None


# A poll is fielded by its pollster, told as the subject with the poll the object ("Monmouth conducted its poll March
# 17-20 via landlines", "Quinnipiac conducted the poll ... from March 30-April 4, surveying 1,737 registered voters"):
# it tells when the poll's answers were given, as "The poll was conducted ..." does. Rule on against off (fast.py,
# cache5): train-d time +6 right carried / +0 false fills (two poll stories); train 0-59 unchanged. Tried and dropped:
# a participle of fielding on the poll's noun phrase ("a Quinnipiac poll conducted in February", "a phone survey of
# 1,704 adults taken from May 13"): +1 / +3 and a channel miss made wrong, the poll's day given to the answers of
# another poll the story cites.
POLLSTERS_FIELDWORK = True


def _fieldwork(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
    """A sentence telling when a poll was conducted ("The poll was conducted online Feb. 11-15", "as voters
    arrived at 25 sites"): the time its answers were given."""
    for verb in sentence:
        poll = _poll_fielded(verb)
        if poll is None:
            continue
        times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
        clauses = [TimePhrase(c) for c in map(time_clause, children_of(verb)) if c is not None]
        when = min([*times, *clauses], key=lambda t: t.span.start, default=None)
        if when is not None:
            at = when.span.start_char
            return Setting(at, paragraphs.of(at), frozenset(), Stated(channel_phrase(poll), None, when), True)
    return None


def scene_settings(
    finder: CircumstanceFinder, coref: Coreference, statements: Sequence[SaidAt], paragraphs: Paragraphs
) -> list[Setting]:
    """Every sentence's setting, in text order; ``statements`` are where the document's statements are made."""
    contents = _Spans([span for s in statements for span in s.blocked])
    by_sentence: dict[int, list[SaidAt]] = {}
    for statement in statements:
        by_sentence.setdefault(finder.sentence_of[statement.verb.i], []).append(statement)
    stating = sorted(by_sentence)
    found: list[Setting] = []
    firsts = _first_named(coref)
    present = _first_named(coref, _Spans([span for s in statements for span in s.content]))
    questioned: list[tuple[Span, Token]] = []  # sentences telling of many people questioned, and their verbs
    scene: tuple[Stated, int] | None = None  # the scene last named, and its paragraph (``_taking_part``)
    day: TimePhrase | None = None  # the day a statement last stated for itself (``_day_said``)
    story_time: TimePhrase | None = None  # the story's day, told before any statement (``GROUP_SCENE_STORY_DAY``)
    story_untold = True
    story_scene: Setting | None = None  # the lede's scene, the story's to its end (``STORY_SCENE_AGAIN``)
    lede_untold = True  # the story's first sentence after its headline not reached yet (``LEDE_SCENES``)
    for number, sentence in enumerate(finder.sentences):
        setting = _setting(finder, coref, sentence, _Owned(by_sentence.get(number, []), contents), paragraphs)
        said = by_sentence.get(number, [])
        day = _day_said(finder, sentence, said) or day
        lede = lede_untold and paragraphs.of(sentence.start_char) > 0
        lede_untold = lede_untold and not lede
        told = setting is None and not said  # no setting of its own: a scene it tells of
        if told:
            went_on = day if day is not None or not GROUP_SCENE_STORY_DAY else story_time
            setting = _scene_told(finder, coref, sentence, paragraphs, firsts, went_on, lede=LEDE_SCENES and lede)
            if STORY_SCENE_AGAIN and lede and setting is not None and setting.members and _a_live_blog(finder.text):
                story_scene = setting
        if PERSON_DAYS and setting is None and not said:
            setting = _a_person_s_day(finder, coref, sentence, paragraphs)
        if MOMENT_DAYS:
            found.extend(_a_person_s_moment(finder, coref, sentence, paragraphs, said))
        if OPENING_MOMENTS:
            later = bisect_right(stating, number)  # the next sentence that makes a statement
            after = by_sentence[stating[later]] if later < len(stating) else []
            found.extend(_a_person_s_opening(finder, coref, sentence, paragraphs, said, after))
        group_only = not said and _a_group_only(coref, setting)
        if LEDE_GROUP_SCENES and lede and group_only and not told:
            found.extend(s for s in [_scene_told(finder, coref, sentence, paragraphs, firsts, day, lede=True)] if s)
        if GROUP_IN_SCENE and group_only and not told:
            found.extend(s for s in [_scene_told(finder, coref, sentence, paragraphs, firsts, day, grouped=True)] if s)
        if story_untold and (not said or (PARTICIPLE_LEDE and _beside_participles(finder, sentence, said))):
            story = _story_day(finder, sentence, paragraphs)
            if story is not None:
                found.append(story)
                story_time = story.stated.time
                story_untold = False
        elif not said and paragraphs.of(sentence.start_char) <= MAX_SCENE_DAY_PARAGRAPH:
            story = _story_day(finder, sentence, paragraphs)
            found.extend([] if story is None else [replace(story, story_day=False, scene_day=True)])
        story_untold = story_untold and not said
        if COURT_DAY:  # a statement or not ("Justices ... appeared divided Tuesday" is read as their view)
            found.extend(s for s in [_court_day(finder, sentence, paragraphs)] if s is not None)
        if CROWD_ON_A_PLATFORM and setting is not None and group_only:
            found.extend(_one_of_the_crowd(setting, sentence, paragraphs, firsts))
        if WHERE_SCENES:
            found.extend(_where_scenes(finder, coref, sentence, paragraphs, by_sentence.get(number, []), present))
        if SCENE_ROLES:
            scene = _scene_again(scene, _scene_named(finder, sentence, paragraphs), sentence, paragraphs)
            found.extend(_taking_part(coref, sentence, paragraphs, scene))
        fieldwork = _fieldwork(finder, sentence, paragraphs)
        verb = next((v for v in sentence if _interviewed(v) is not None), None)
        if (setting is None or QUESTIONER_SET) and number not in by_sentence and verb is not None:
            questioned.append((sentence, verb))
        found.extend(s for s in (setting, fieldwork) if s is not None)
    if questioned:
        found = [*found, *_interviews(finder, coref, questioned, paragraphs)]
    found = [*found, *_group_scenes(finder, coref, statements, paragraphs)]
    if story_scene is not None:
        found.extend(_story_scene_again(statements, paragraphs, story_scene))
    return sorted(found, key=lambda s: s.position)


# a singular common noun: one scene, not many ("at his rallies")
_ONE_NOUN = frozenset({"NN"})


def scene_noun(word: Token) -> bool:
    """One scene named by a common noun of the scenes lexicon, alone ("a hearing", "the phone-in") or with the noun
    compounded before it as one entry ("the picket line": a "line" alone is no scene)."""
    return a_scene(word, tags=_ONE_NOUN, hyphens=HYPHENATED_SCENES, entries=NOUN_ENTRIES)


# Prepositions by which a sentence that holds no statement puts people at a scene: ``_SCENE_PREPS`` and "walked into
# the state party's spring dinner", "filled the community center for a public hearing".
_TOLD_SCENE_PREPS = _SCENE_PREPS | {"into", "for"}
# The one of them by which one person enters a scene ("she walked into the spring dinner"); "for" with a person as the
# subject is a purpose ("When President Obama flew to Boise, Idaho, for a speech last winter, he met ...": on train-d
# a false fill, no right value, with "for").
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
# (``occasions.OPEN_SCENES``); so does one that is the subject of the sentence's verb ("Prime Minister's Questions had
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
# A capitalised "Questions" names a parliament's question session ("Prime Minister's Questions", "Treasury Questions"),
# a scene its members speak in, which no common noun of the scenes lexicon names.
_SESSION_NAMES = frozenset({"questions"})


def _first_named(coref: Coreference, contents: _Spans | None = None) -> tuple[list[int], list[int]]:
    """Where each person is first named (character offsets, in order) and their entities, in the same order; with
    ``contents``, first named outside every statement's own words: one told of in someone's words ("He said a nurse in
    the neonatal unit had told the couple", "Mark and I just sat there") was not there for being named."""
    firsts: list[tuple[int, int]] = []
    for cluster in coref.clusters.clusters:
        if cluster.type == "PERSON":
            told = (m.start_char for m in cluster.mentions if contents is None or not contents.holds(m.start_char))
            firsts.extend((start, cluster.index) for start in [next(told, None)] if start is not None)
    firsts.sort()
    return [start for start, _ in firsts], [index for _, index in firsts]


def _named_after(
    firsts: tuple[list[int], list[int]], paragraphs: Paragraphs, sentence: Span, gap: int
) -> frozenset[int]:
    """The people (``_first_named``) first named after ``sentence`` and before the end of the ``gap``-th paragraph
    after its own."""
    return _named_between(firsts, sentence.end_char, _gap_end(paragraphs, sentence, gap))


def _gap_end(paragraphs: Paragraphs, sentence: Span, gap: int) -> int:
    """The offset where the ``gap``-th paragraph after ``sentence``'s own ends."""
    last = paragraphs.of(sentence.start_char) + gap + 1
    return paragraphs.starts[last] if last < len(paragraphs.starts) else paragraphs.end + 1


def _named_between(firsts: tuple[list[int], list[int]], start: int, end: int) -> frozenset[int]:
    """The people (``_first_named``) first named from offset ``start`` up to ``end``."""
    starts, indices = firsts
    return frozenset(indices[bisect_left(starts, start) : bisect_left(starts, end)])


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
    opens the scene the exchanges after it are made in, whoever makes them (``occasions.OPEN_SCENES``); a scene may
    then be the verb's subject too ("Prime Minister's Questions had barely begun on Wednesday", ``SCENE_AS_SUBJECT``).
    A meeting's members as the subject ("In the ensuing debate, Council members ...", ``GROUP_IN_SCENE``) need no day
    or place: the people named after them within ``MAX_GROUP_SCENE_GAP`` paragraphs speak there, on ``day`` (the day
    a statement last stated) when the sentence names none; ``grouped`` asks for that form only. The story's ``lede``
    with a day sets it for all the people named after it (``LEDE_SCENES``), a scene dated by its possessive too.
    Only something done ("walked into"), not planned ("had planned to attend a dinner")."""
    words = [t for t in sentence if t.dep_ == "pobj" and _told_at(t) and _scene_as_channel(t)]
    if SCENE_AS_SUBJECT:  # "Prime Minister's Questions had barely begun on Wednesday", "The hearing opened on Monday"
        words += [t for t in sentence if t.dep_ in NOMINAL_SUBJECTS and (_a_session(t) or _scene_as_channel(t))]
    dated = _dated_by_its_possessive(finder, sentence) if lede else None
    if dated is not None:  # "The beginning of Saturday night's ABC News GOP debate could not have been more awkward"
        words = [dated[0], *words]
    if not words:
        return None
    verb = clause_verb(words[0])
    if dated is None and not _happened(verb):  # "had planned to attend a dinner": no scene anyone was at
        return None
    times = [t for t in finder.times_in(sentence) if t.date is not None and clause_verb(t.span.root) == verb]
    times = times if dated is None else [dated[1]]
    group = _group_subject(verb) if GROUP_IN_SCENE else None
    group = group if group is not None and group.lemma_.lower() in _MEETING_MEMBERS else None
    if grouped and group is None:
        return None
    if not times and group is None and not any(e.label_ in PLACE_ENTITIES for e in finder.entities_in(sentence)):
        return None
    at = words[0].idx
    if not times and group is not None and day is not None:
        times = [day]  # "In the ensuing debate": the meeting goes on, on the day its briefings were told
    stated = Stated(channel=channel_phrase(words[0]), addressee=None, time=times[0] if times else None)
    people = _people_subject_of(coref, verb)  # one person as the subject, not a crowd
    if people:
        entering = words[0].head.lower_ == _ENTERING
        return Setting(at, paragraphs.of(at), people, stated, used=True) if entering else None
    gap = MAX_TOLD_SCENE_GAP if group is None else MAX_GROUP_SCENE_GAP
    if lede and times:  # the story's scene, to its end: its lede says what the story is of
        gap = len(paragraphs.starts)
    members = _named_after(firsts, paragraphs, sentence, gap)
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
        if word.dep_ != "poss" or not _scene_as_channel(word.head):
            continue
        time = next((t for t in times if t.span.start <= word.i < t.span.end), None)
        if time is not None:
            return word.head, time
    return None


# A sentence whose subject is a court's bench or bar by their role, in the plural, with a day on its
# verb ("Justices of the Minnesota Supreme Court appeared divided Tuesday over ...", "The judges heard the appeal on
# Monday") tells the day of the court's scene the story then sets ("During an hour of oral argument ..., Vang told the
# justices"), which a court story names once, in its lede, and not again for each exchange (occasion.md: a scene's
# time carries to others taking part). Not a single judge ("Judge Hale said on Friday" is a statement of hers).
def _court_day(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
    """The day a court's scene falls on, told by a sentence whose verb's subject is a court's people
    in the plural (``COURT_DAY``): a setting for nobody that dates the court's scene set next
    (``occasions.COURT_DAY``)."""
    subject = next((t for t in sentence if t.tag_ == "NNS" and t.lemma_.lower() in COURT_ROLES and _subject(t)), None)
    if subject is None:
        return None
    verb = clause_verb(subject)
    # "appeared divided Tuesday": the day on the verb or on the verb it takes as its complement
    days = [t for t in finder.times_in(sentence) if t.date is not None and governs(verb, clause_verb(t.span.root))]
    if not days:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), frozenset(), Stated(time=days[0]), dates_court=True)


# A lede whose only statements are participle clauses beside what its subject did on a day ("The King spent three
# hours in Todmarsh on Thursday, meeting families ... and thanking the volunteers who cleared ...") still tells the
# story's day: the day is on the sentence's main verb, not on a saying, and the participles tell what was done that day
# (the finder may give the participle to whoever its clause follows: "the River Calder"). Rule on against off (fast.py,
# cache5): train-d and train 0-59 byte-identical (it fires in 3 train-d ledes: "Biden on Monday hit the 2016 campaign
# trail ..., trashing Donald Trump"); news pages time +3 (royal-visit.html: the King's speech on Thursday).
PARTICIPLE_LEDE = True
_PARTICIPLE = "VBG"
# A sentence with no statement after the story's first ones may still give the day of the scene the headline names
# (``occasions.HEADLINE_SCENE_DAY``): its first weekday, read as far as that scene's day may stand.
MAX_SCENE_DAY_PARAGRAPH = MAX_HEADLINE_SCENE_PARAGRAPH + MAX_HEADLINE_SCENE_DAY_GAP


def _beside_participles(finder: CircumstanceFinder, sentence: Span, said: Sequence[SaidAt]) -> bool:
    """Whether every statement of ``sentence`` is a participle clause of another verb ("meeting ... and thanking") and
    the sentence's first weekday hangs on none of them (``PARTICIPLE_LEDE``)."""
    verbs = {s.verb.i for s in said}
    # a clause of the verb beside it, not "according to" (a preposition): a statement of its own
    if any(s.verb.tag_ != _PARTICIPLE or s.verb.dep_ not in _SHARED_SUBJECT_LINKS for s in said):
        return False
    day = next((t for t in finder.times_in(sentence) if names_a_weekday(t.span.text)), None)
    return day is not None and clause_verb(day.span.root).i not in verbs


def _story_day(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
    """The story's day (``occasions.MOMENTS_ON_THE_STORY_DAY``): the first weekday of ``sentence``, which the caller
    gives only while no statement has been made, as a setting for nobody."""
    days = [t for t in finder.times_in(sentence) if names_a_weekday(t.span.text)]
    if not days:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), frozenset(), Stated(time=days[0]), story_day=True)


def _subject(word: Token) -> bool:
    """A verb's subject, or the apposition of one: "ST. PAUL — Justices of the ... Court appeared", where the parser
    takes the dateline for the subject."""
    return word.dep_ in NOMINAL_SUBJECTS or (word.dep_ == "appos" and word.head.dep_ in NOMINAL_SUBJECTS)


def _day_said(finder: CircumstanceFinder, sentence: Span, said: Sequence[SaidAt]) -> TimePhrase | None:
    """The last day the statements of ``sentence`` state for themselves ("told the Security Council this morning"),
    if any."""
    verbs = {s.verb.i for s in said}
    days = [t for t in finder.times_in(sentence) if t.date is not None and clause_verb(t.span.root).i in verbs]
    return days[-1] if days else None


def _a_group_only(coref: Coreference, setting: Setting | None) -> bool:
    """Whether ``setting`` is set for groups only ("Council members", "senators"), none of whom is one person."""
    if setting is None or not setting.participants:
        return False
    return all(coref.clusters.clusters[p].plural for p in setting.participants)


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
    """Whether ``word`` is the object of a preposition that tells a scene (``_TOLD_SCENE_PREPS``: "at a public
    hearing"), or of "of" after such a preposition's part of an event ("at the end of a cabinet meeting",
    ``EVENT_PARTS``)."""
    if word.dep_ != "pobj":
        return False
    if word.head.lower_ in _TOLD_SCENE_PREPS:
        return True
    part = word.head.head
    return (
        EVENT_PARTS
        and word.head.lower_ == "of"
        and part.dep_ == "pobj"
        and part.lower_ in _EVENT_PARTS
        and part.head.lower_ in _TOLD_SCENE_PREPS
    )


def _scene_as_channel(word: Token) -> bool:
    """A scene a sentence can tell of: a noun of the scenes lexicon read as a channel ("a public hearing")."""
    return scene_noun(word) and is_channel_word(word)


def _a_session(word: Token) -> bool:
    """ "Prime Minister's Questions": a capitalised name of a parliament's question session (``_SESSION_NAMES``)."""
    return word.tag_ == "NNPS" and word.lower_ in _SESSION_NAMES and word.text[:1].isupper()


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
_PASSIVE = frozenset({"nsubjpass", "auxpass"})  # "was fired from the network Wednesday": done to them, not their doing


def _a_person_s_day(
    finder: CircumstanceFinder, coref: Coreference, sentence: Span, paragraphs: Paragraphs
) -> Setting | None:
    """``PERSON_DAYS``: the day's name on the main verb of ``sentence`` (which holds no statement), for its subject when
    that is one person and the verb tells of something done."""
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if verb is None or not _happened(verb) or any(c.dep_ in _PASSIVE for c in children_of(verb)):
        return None
    days = _group_day(finder, sentence, verb)
    people = _people_subject_of(coref, verb)
    if not days or len(people) != 1:
        return None
    at = days[0].span.start_char
    return Setting(at, paragraphs.of(at), people, Stated(time=days[0]), used=True)


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
_BEING = "be"


def _a_person_s_opening(
    finder: CircumstanceFinder,
    coref: Coreference,
    sentence: Span,
    paragraphs: Paragraphs,
    said: Sequence[SaidAt],
    after: Sequence[SaidAt],
) -> list[Setting]:
    """``OPENING_MOMENTS``: the clause of time that opens ``sentence``, set off by its comma, for the subject of the
    main verb it hangs on when that is one person doing something, no subject of a statement made in ``sentence``,
    and the subject of a statement ``after`` it (those of the next sentence that makes any) in its paragraph."""
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if verb is None or verb.tag_ != "VBD" or not _happened(verb):
        return []  # "When Clinton challenges Sanders, she is making a play": a habit, no moment
    if any(c.dep_ in _PASSIVE or c.dep_ == "neg" for c in children_of(verb)):
        return []  # "didn't bring a single case": nothing done then
    doc = sentence.doc
    for child in (c for c in children_of(verb) if c.i < verb.i):
        clause = time_clause(child)
        if clause is None or clause.start != sentence.start or clause.end >= sentence.end:
            continue
        if doc[clause.end].text != "," or clause.root.lemma_.lower() == _BEING:
            continue  # "When she was a federal prosecutor,": a stretch of being, no moment
        people = _people_subject_of(coref, verb)
        # a statement inside the clause is the moment itself ("When I asked", "Asked by a reporter whether"), put to
        # the person, not made by them
        others = [s for s in said if not clause.start <= s.verb.i < clause.end]
        if len(people) != 1 or any(people & subjects_of(coref, s.verb) for s in others):
            return []
        at = clause.start_char
        paragraph = paragraphs.of(at)
        if not any(people & subjects_of(coref, s.verb) and paragraphs.of(s.verb.idx) == paragraph for s in after):
            return []
        date = finder.date_within(clause)
        # a clause with no day of its own is a moment of the occasion the person is in ("Asked whether she would
        # stand, Castel laughed" in an interview told before): it fills only a time that occasion lacks
        return [Setting(at, paragraph, people, Stated(time=TimePhrase(clause, date)), used=date is None)]
    return []


# A day's name in a clause of the moment ("And as he took the stage here Wednesday night to rally Democrats ..., Mr.
# Obama's diagnosis of the nation's political failings inevitably called to mind ...") is that moment's, and the
# clause's subject was there: when that is one person who is not the subject of the sentence's statement, the day sets
# that person's occasion (the sentence's statement owns the clause, so ``_setting`` reads it for nobody). Only "as" and
# "when", which share the moment of the verb they hang on (``stated_clauses._SEQUENCE_MARKERS``: "after" and "before"
# tell another moment), and only a weekday, as ``PERSON_DAYS``. As an occasion added to (``Setting.used``) it changes
# nothing: the speaker's earlier moment ("as he labored over one of the last major addresses") already fills the time.
# Rule on against off (fast.py, cache5; right values / false fills): train-d time +2 carried / +0 and addressee +0 / +2
# (the sentence's own "to rally Democrats" now carried with the day); fires in 4 train-d sentences, 2 of train 0-59
# (no output changed there). Any dated time instead of a weekday: the same outputs.
MOMENT_DAYS = True


def _a_person_s_moment(
    finder: CircumstanceFinder, coref: Coreference, sentence: Span, paragraphs: Paragraphs, said: Sequence[SaidAt]
) -> list[Setting]:
    """``MOMENT_DAYS``: the weekday on the verb of an "as" or "when" clause in ``sentence``, for that clause's subject
    when it is one person who is not the subject of a statement made in ``sentence``."""
    for time in finder.times_in(sentence):
        verb = clause_verb(time.span.root)
        marks = [c for c in children_of(verb) if c.dep_ == "mark" and c.i < verb.i]
        if verb.dep_ != "advcl" or not marks or marks[0].lower_ not in SAME_MOMENT_MARKERS:
            continue
        if not names_a_weekday(time.span.text) or not _happened(verb):
            continue
        people = _people_subject_of(coref, verb)
        if len(people) == 1 and not any(people & subjects_of(coref, s.verb) for s in said):
            at = time.span.start_char
            return [Setting(at, paragraphs.of(at), people, Stated(time=time))]
    return []


# A crowd that a sentence with no statement sends onto a platform ("Residents took to the Faversham Community
# Noticeboard Facebook group within minutes of the announcement", "Parents flooded the school's Facebook page") sets
# it for the people the story names first after it in its paragraph ("One member, Derek Holloway, posted that ..."):
# the one quoted from the crowd posted there, and "posted" names no medium of its own when a noun has named one
# (``occasions.POSTED_AGAIN``). Only a platform: a crowd at a scene is ``MAX_TOLD_SCENE_GAP``'s, whose people the
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
    people = _named_after(firsts, paragraphs, sentence, MAX_TOLD_SCENE_GAP)
    return [replace(setting, participants=people)] if people else []


# Paragraphs after a group's statement within which the people the story names first are taken for its members
# ("their leaders said at a joint news conference", then "Prime Minister Helena Vasconcelos told reporters, standing
# beside President Rodrigo Amaral" in the next paragraph). On train-d, against no group scene: time +6 right / +0
# false fills, channel +3 / -3 another value (0 net); within 0 paragraphs nothing changes. On train 0-59 and train-e
# time +6 / +0 (the same three articles: train-e is a second annotation of part of train-d).
MAX_GROUP_GAP = 1


def _group_subject(verb: Token) -> Token | None:
    """ "their leaders said", "nurses described": a plural common noun as the subject of a statement's verb."""
    return next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)


# A group's statement with no channel but a day its sentence dates it by ("The United States stepped up pressure on
# China on Saturday, with top defense officials underlining ... and vowing to remain ...", then "Defense Secretary Ash
# Carter said"): the people named first after it are its members speaking that day. A day's name only: a year, a
# stretch or "next week" tells of what is said (on train-d they were 7 of 11 false fills). Rule on against off
# (fast.py, times29): train-d time +14 right carried / +5 false fills, train 0-59 +0 / +1, train-c and news pages
# unchanged.
GROUP_DAYS = True


def _group_day(finder: CircumstanceFinder, sentence: Span, verb: Token) -> list[TimePhrase]:
    """The days ``sentence`` names that date ``verb`` or a verb it hangs under ("stepped up ... on Saturday, with top
    defense officials ... vowing")."""
    above = {verb, *verb.ancestors}
    return [t for t in finder.times_in(sentence) if clause_verb(t.span.root) in above and names_a_weekday(t.span.text)]


def _group_scenes(
    finder: CircumstanceFinder, coref: Coreference, statements: Sequence[SaidAt], paragraphs: Paragraphs
) -> list[Setting]:
    """A scene a group's statement names ("their leaders said at a joint news conference", "in the Republican debate
    last week, candidates referred to ..."): the people the story names first after it, within ``MAX_GROUP_GAP``
    paragraphs, are its members speaking there; it adds to their occasion what their own lacks. A scene only (the
    scenes lexicon), not any channel ("officials said in a statement" is no place the people named next speak in;
    any singular channel on train-d: one more channel false fill, no more right values)."""
    firsts = _first_named(coref)
    found = []
    for statement in statements:
        verb = statement.verb
        joined = GROUP_DAYS and verb.dep_ == "conj" and _group_subject(verb.head) is not None
        if _group_subject(verb) is None and not joined:
            continue
        sentence = finder.sentences[finder.sentence_of[verb.i]]
        said_in = [channel_phrase(w) for w in finder.channels_in(sentence) if clause_verb(w) == verb]
        channels = [c for c in said_in if scene_noun(c.root)]
        times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
        if GROUP_NAMED_BEFORE:
            found.extend(_group_named_before(firsts, paragraphs, sentence, verb, said_in, times))
        if not channels:
            # a document ("said in a joint statement on Thursday") dates its own going out, not its members' words
            times = _group_day(finder, sentence, verb) if GROUP_DAYS and not said_in else []
            if not times:
                continue
        at = sentence.end_char - 1  # after the group's statement, whose occasion it is (``occasions.carry_occasions``)
        members = _named_after(firsts, paragraphs, sentence, MAX_GROUP_GAP)
        if not members:
            continue
        stated = Stated(channel=channels[0] if channels else None, addressee=None, time=times[0] if times else None)
        found.append(Setting(at, paragraphs.of(at), members, stated, used=True, members=True))
    return found


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
    group = _group_subject(verb)
    if group is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(group)):
        return []
    channels = [c for c in (_one_series(c) for c in said_in) if c is not None]
    if not channels:
        return []
    since = paragraphs.starts[max(0, paragraphs.of(sentence.start_char) - MAX_GROUP_BACK)]
    members = _named_between(firsts, since, sentence.start_char)
    if len(members) < MIN_GROUP_NAMED:
        return []
    stated = Stated(channel=channels[0], addressee=None, time=times[0] if times else None)
    at = sentence.end_char - 1
    return [Setting(at, paragraphs.of(at), members, stated, used=True, members=True)]


# "Politico interviewed nearly 20 of Sanders' colleagues", "I interviewed more than a dozen leaders": verbs of
# questioning many people. Not "question" ("questioned Mr. Trump's tactics": doubted them) nor "spoke to reporters"
# (its subject is the one who speaks; with "speak" and "talk", train-d and train 0-59 + train-e lost addressees).
_INTERVIEW_VERBS = frozenset({"interview", "survey", "poll"})


# A questioning whose questioner the tagger takes for a person ("Politico interviewed nearly 20 of Sanders' colleagues
# over the past week") sets the questioner's own occasion (``_setting``: a saying verb, a person as its subject); the
# people questioned are still those the story names after it. Before, that own setting stopped the questioning from
# being read at all. Rule on against off (fast.py, cache5): train-d time +1 right carried / +0 false fills, addressee
# unchanged; train 0-59 unchanged. It sets "Politico" and "over the past week" for the 13 senators quoted after it, but
# ``occasions._Carrier._current`` drops both beyond a paragraph: an undated time, and a person told with no channel.
QUESTIONER_SET = True
# The people questioned are set from the paragraph each is first named in, not from the questioning's: the story quotes
# them one by one, paragraphs on ("said Sen. Brian Schatz of Hawaii" two paragraphs after, "Sen. Jeff Merkley" at the
# end), and a questioning's stretch ("over the past week") or a questioner the tagger takes for a person ("Politico")
# is not carried beyond a paragraph from where it was set (``occasions._Carrier._current``). Rule on against off
# (fast.py, cache5; right values / false fills): train-d addressee +10 / +10, time +10 / +7 (one article: 13
# senators, the false fills its positions told in passing, "Some senators declined to comment, not wanting to ...",
# "The Congressional Black Caucus and Sen. Chuck Schumer oppose ..."), weighted addressee +8, time +5.8; train 0-59
# unchanged.
INTERVIEWED_WHERE_NAMED = True


def _many_people(word: Token) -> bool:
    """ "nearly 20 of Sanders' colleagues", "more than a dozen leaders", "voters": a plural or counted object."""
    if word.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in children_of(word)):
        return True
    return word.tag_ == "CD" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in children_of(c))
        for c in children_of(word)
    )


def _interviewed(verb: Token) -> Token | None:
    """The many people ``verb`` says were questioned (its object), if any; not by a poll ("The poll was conducted
    ... and surveyed 552 voters": ``_fieldwork``'s)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INTERVIEW_VERBS or not _happened(verb):
        return None
    holders = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    if any(c.dep_ in NOMINAL_SUBJECTS and c.lemma_.lower() in POLL_NOUNS for h in holders for c in children_of(h)):
        return None
    return next((o for o in children_of(verb) if o.dep_ == "dobj" and _many_people(o)), None)


def _interviews(
    finder: CircumstanceFinder, coref: Coreference, questioned: list[tuple[Span, Token]], paragraphs: Paragraphs
) -> list[Setting]:
    """Sentences holding no statement that tell of many people questioned ("Politico interviewed nearly 20 of
    Sanders' colleagues over the past week", "I interviewed more than a dozen leaders"), each with its verb: each
    sets a scene for the people the story names first after it (before the next such sentence), who are those it
    goes on to quote, each from the paragraph it is first named in (``INTERVIEWED_WHERE_NAMED``): they answered its
    subject (the addressee), when its verb says. No channel: the annotators give the verb as one rarely (on train-d,
    the verb as channel was 1 right value lost and 9 false fills). On train-d +21 right addressees for +9 false
    fills; on train 0-59 and train-e +16 for +14 (an addressee's false fill costs a fifth of a right one). Each
    person falls to one sentence, so the cost is linear in the text."""
    firsts = sorted(
        (c.mentions[0].start, c.index) for c in coref.clusters.clusters if c.type == "PERSON" and c.mentions
    )
    starts = [start for start, _ in firsts]
    clusters = coref.clusters.clusters
    found = []
    for k, (sentence, verb) in enumerate(questioned):
        until = questioned[k + 1][0].start if k + 1 < len(questioned) else len(sentence.doc)
        named_after = frozenset(
            index for _, index in firsts[bisect_left(starts, sentence.end) : bisect_left(starts, until)]
        )
        if not named_after:
            continue
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        # every word the subject heads ("The Ledger's farm desk"), not the shorter ``channels.noun_phrase``
        addressee = subtree_span(subjects[0]) if subjects else None
        times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
        stated = Stated(channel=None, addressee=addressee, time=times[0] if times else None)
        if not INTERVIEWED_WHERE_NAMED:
            found.append(Setting(verb.idx, paragraphs.of(verb.idx), named_after, stated))
            continue
        entering: dict[int, set[int]] = {}  # the paragraph each one questioned is first named in, and who
        for person in named_after:
            entering.setdefault(paragraphs.of(clusters[person].mentions[0].start_char), set()).add(person)
        for paragraph, people in sorted(entering.items()):
            at = max(paragraphs.starts[paragraph], sentence.end_char)
            found.append(Setting(at, paragraph, frozenset(people), stated))
    return found


# A scene noun with a relative clause of "where" tells who did something at it ("a fans' forum at the Riverside Ground
# on Monday night, where chief executive Paula Strand faced more than two hours of questions", "a rally in Ohio, where
# Trump attacked the press"): the scene, and the time said of it, for the clause's subject. On train-d it is set 4 times
# ("Saturday night's GOP debate, where Chris Christie lit into Marco Rubio", "a town hall in this Wisconsin town, where
# he took questions") and changes no statement (fast.py, output byte-identical; train-c too).
WHERE_SCENES = True
# Such a scene is open to the exchanges after it (``occasions.OPEN_SCENES``): "The club's head of supporter liaison,
# Des Kearney, told the forum" after "a fans' forum ..., where chief executive Paula Strand faced ... questions". On
# train-d no statement changes.
WHERE_OPENS = True


# A scene whose "where" clause has people in the plural as its subject ("told reporters at a news conference, where the
# girls' parents sat beside the surgical team") names who took part in it without naming them one by one: the people the
# story names first after it, until a sentence names another channel ("In a statement released after the news
# conference"), at most ``MAX_PARTICIPANTS_GAP`` paragraphs on, speak in it one by one, on the occasion of the statement
# that named it (its day as that statement holds it, ``Setting.members``). Only people said to be present (a verb of
# presence, ``_PRESENCE_VERBS``), and only people named outside everyone's words ("He said a nurse ... had told the
# couple" names no one who was there). Rule on against off (fast.py, cache6): train-d and train 0-59 byte-identical;
# news pages every field, channel and time +5 (conjoined-twins-surgery.html: two doctors and the parents). Tried: any
# plural subject, train-d channel +0 right / +8 false fills, time +0 / +1 ("the 1968 Democratic convention in Chicago,
# where street riots contributed to ...", for the protesters quoted after it).
WHERE_PARTICIPANTS = True
MAX_PARTICIPANTS_GAP = 8  # a short story's news conference, its speakers heard in turn to its end (seven on its page)
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})
# verbs that tell who was present at a scene: "sat beside the surgical team", "gathered", "looked on", "mingle"
_PRESENCE_VERBS = frozenset(
    {"sit", "stand", "gather", "watch", "listen", "attend", "mingle", "assemble", "look", "wait"}
)


def _where_scenes(
    finder: CircumstanceFinder,
    coref: Coreference,
    sentence: Span,
    paragraphs: Paragraphs,
    statements: list[SaidAt],
    firsts: tuple[list[int], list[int]],
) -> list[Setting]:
    """The scenes of ``sentence`` that a relative clause of "where" puts someone at (``WHERE_SCENES``): each one for
    the people who are the clause's subject, when the clause tells of something done ("faced questions", not "will
    speak") and is not a statement's own clause, which states its own occasion; for people in the plural ("where the
    girls' parents sat"), the people named after it who take part (``WHERE_PARTICIPANTS``)."""
    spoken = {s.verb.i for s in statements}
    clusters = coref.clusters.clusters
    found = []
    for clause in sentence:
        if clause.dep_ != "relcl" or clause.i in spoken or not _happened(clause):
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(clause)):
            continue
        word = _scene_held(clause.head)
        people = frozenset(p for p in subjects_of(coref, clause) if clusters[p].type == "PERSON")
        if word is None:
            continue
        edges = (word.left_edge.i, word.right_edge.i)
        times = [t for t in finder.times_in(sentence) if edges[0] <= t.span.root.i <= edges[1]]
        stated = Stated(channel_phrase(word), None, times[0] if times else None)
        if people:
            found.append(Setting(word.idx, paragraphs.of(word.idx), people, stated, used=True, opens=WHERE_OPENS))
        elif WHERE_PARTICIPANTS and any(map(_present_in_the_plural, nominal_subjects(clause))):
            taking_part = _named_until_another(finder, paragraphs, sentence, firsts)
            at = sentence.end_char - 1  # after the statement that named it, whose occasion it is
            if taking_part:
                found.append(Setting(at, paragraphs.of(at), taking_part, stated, used=True, members=True))
    return found


def _present_in_the_plural(word: Token) -> bool:
    """ "where the girls' parents sat", "where world leaders and CEOs mingle": many as the subject of a verb of being
    present (``_PRESENCE_VERBS``), people there, not "where street riots contributed to ..."."""
    return word.tag_ in _PLURAL_NOUNS and word.head.lemma_.lower() in _PRESENCE_VERBS


def _named_until_another(
    finder: CircumstanceFinder, paragraphs: Paragraphs, sentence: Span, firsts: tuple[list[int], list[int]]
) -> frozenset[int]:
    """The people first named after ``sentence`` within ``MAX_PARTICIPANTS_GAP`` paragraphs and before the first later
    sentence that names a channel (another occasion); read no further than the last of them is named."""
    starts, _ = firsts
    until = _gap_end(paragraphs, sentence, MAX_PARTICIPANTS_GAP)
    named = starts[bisect_left(starts, sentence.end_char) : bisect_left(starts, until)]
    number = finder.sentence_of[sentence.start] + 1
    while named and number < len(finder.sentences):
        later = finder.sentences[number]
        if later.start_char >= named[-1]:
            break
        if finder.channels_in(later):
            until = later.start_char
            break
        number += 1
    return _named_between(firsts, sentence.end_char, until)


def _scene_held(word: Token) -> Token | None:
    """The scene ``word`` is, or hangs on through the places and times said of it ("a fans' forum at the Riverside
    Ground on Monday night": the parser hangs a relative clause on the last of them), if any."""
    while not _scene_as_channel(word):
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return None
        word = word.head.head
    return word


# Roles that only someone taking part in a shared scene has: the caller and the presenter of a phone-in, the moderator
# of a debate, the panelists of a forum; said of a person ("the first caller", "The moderator, WKLR anchor Dana
# Whitfield,") at most ``MAX_ROLE_GAP`` paragraphs after a scene was last named, they place that person in it
# (occasion.md: "by others taking part, such as the counsel or the chair of the inquiry, the host of the show"). On
# train-d none is named so within reach of a scene (no statement changes). Tried and dropped there (right values /
# false fills against the rule): with "chair", "chairman", "chairwoman", channel +3 / +15, time +1 / +3 (a party's
# chairmen at a state convention, "the 6th District chairman"); with "host" and "interviewer", channel +1 / +1, time
# 0 / +1 ("a 2002 discussion with the radio host Howard Stern": one the scene's own phrase names).
SCENE_ROLES = True
_ROLES = frozenset({"caller", "presenter", "moderator", "panelist", "panellist", "questioner", "heckler"})
# "Presenter Ciara Mulhern put it to him", "Moderator Lester Holt asked": a role of ``_ROLES`` worn as a bare title that
# opens a person's name places that person in the scene as "The presenter, Gemma Lowe," does.
BARE_ROLE_TITLES = True
# "Speaking on RTÉ Radio 1's Morning Ireland this morning": a programme named as one (``titled_name``) is a scene its
# presenter and callers take part in, as "the phone-in" is.
PROGRAMME_SCENES = True
# "Carl Mendenhall, the championship's executive director, who moderated the news conference, said": one a relative
# clause says ran or addressed the scene named again ("the news conference") takes part in it, with its moment. Rule on
# against off (fast.py, cache6): train-d channel +2 carried right, no false fill ("who hosted the show", one article);
# train-a byte-identical. With "attend" too: +3 time and +2 channel false fills (one who attended a summit is quoted
# from anywhere), dropped.
RAN_THE_SCENE = True
_RUNNING_A_SCENE = frozenset({"moderate", "chair", "host", "address"})
MAX_ROLE_GAP = 3  # a debate's moderator heard three paragraphs after the lede that set it, the candidates between
# "Speaking from the floor, Mark Pennington ... said": one who speaks from a meeting's floor takes part in it
_FLOOR = "floor"
# "Sitting beside her, the men's winner, Tesfaye Alemu, said", "Joining her on stage, Tobias Rennick joked": one placed
# beside someone by a pronoun (a person just told of, at the scene just named) takes part in that scene. A pronoun only:
# "alongside Governor Hale" names someone who may be anywhere; a pronoun is the story's last scene's people.
BESIDE_SOMEONE = True
# A scene's own phrase that says when ("at a question-and-answer session after the screening"), when its clause holds no
# dated expression: that moment is the scene's, carried with it to the people taking part.
SCENE_OWN_TIME = True
_BESIDE_PREPS = frozenset({"beside", "alongside"})
_JOINING = "join"
# "Raghavan, sitting a seat away, said", "Solheim, who joined the players on the stage, said", "Seated next to the
# mayor, the chief constable said": a clause of being placed (sitting, standing, joining) on the saying or on its
# subject that puts the speaker near someone or on a stage tells the reader they are at the scene being told; their
# statement, with no occasion of its own, is made in the shared scene in force, as a question or a reply is
# (``occasions._Carrier._party``, the latest occasion set, at most ``MAX_EXCHANGE_GAP`` paragraphs after it was last
# spoken in; or the open scene, ``_in_scene``): ``placed_at_the_scene``. Not a clause with no place ("standing by his
# decision"), nor a place that is no stage ("who joined the firm in Leeds"), nor a clause the parser hung on another
# verb (on train-d, "Standing alongside ... Dolores Huerta, who co-founded ...", hung on "founded", placed Huerta at an
# event named two paragraphs before; read from the scene last named in the text, ``_taking_part``, it gave that and
# more: channel +0 right / +5 false fills in that article). With ``SPEAKING_TO_A_MOTION`` and ``ON_THE_STAGE``, rule
# on against off (fast.py, cache7): train-d channel and time +1 right / +1 false fill each, one article (a debate's
# "the other candidate on the stage"; the false fill a related-link headline of hers); the two other forms fire in no
# train-d article; news pages channel 823 -> 826 (chess-title-game.html: the loser and the arbiter +4; one statement
# lost its email, given with a wrong speaker to the arbiter), every field unchanged (the conference's time is unread).
PLACED_IN_THE_SCENE = True
_PLACING_VERBS = frozenset({"sit", "seat", "stand", "join"})
_NEAR_PREPS = frozenset({"beside", "alongside", "next", "near", "behind", "across"})
_NEAR_ADVERBS = frozenset({"away", "nearby", "beside", "alongside", "next"})  # "next" holds "to the mayor"
_DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})  # clauses on a noun, whose person is the noun's
_PLACING_CLAUSES = _DESCRIBING_CLAUSES | {"advcl"}
# the raised places a scene's speakers share; "on the panel" is a forum's (a "panel" seated at a hearing is its body)
_STAGES = frozenset({"stage", "platform", "podium", "dais", "panel", "rostrum"})
_ON = "on"
# "Speaking against the motion, delegate Col Brannigan said": one who speaks against what a meeting debates takes part
# in its debate, as one speaking from its floor does. Not "Speaking for the company" (a spokesman's, anywhere); not "in
# favour of the motion" either, whose "of the motion" the channel reader takes as the statement's own channel. Its page
# (union-congress-vote.html) gains nothing: "congress" is no scene noun, so the congress is no shared scene.
SPEAKING_TO_A_MOTION = True
_SPEAKING = "speak"
_AGAINST = "against"
# "But the other candidate on the stage, Hillary Clinton, said": a person's description placed on the scene's stage
# (``_STAGES``) places them in it.
ON_THE_STAGE = True
# "The court heard evidence from the county's finds liaison officer, Tom Ashby, who said", "The committee heard from
# Dr Jane Hale": one a sitting body heard from gives evidence in its sitting, the scene last named (an inquest, a
# hearing), as a caller does in a phone-in (occasion.md: "by others taking part"). The form is in no train slice
# (train-d, train 0-59 and train-c outputs byte-identical); viking-hoard-treasure.html is its page.
HEARD_FROM = True
_HEARING = "hear"
_HEARD_FROM_PREP = "from"
# "Under cross-examination, defense lawyer Simon Achebe suggested", "Under questioning from the panel, the minister
# said": one whose saying a sentence opens under a witness's examination takes part in the scene last named (the
# testimony, the hearing), as one speaking from a meeting's floor does. The parser splits "cross-examination" and hangs
# its pieces on the subject, so the opening phrase is read up to its comma, not as the preposition's object.
UNDER_EXAMINATION = True
_UNDER = "under"
_EXAMINATIONS = frozenset({"examination", "questioning", "interrogation"})
# Tokens after "heard ... from" read for the one heard: a described witness's name comes after the description ("from
# the county's finds liaison officer, Tom Ashby,"). Its own name since cleanup round 11 (it borrowed
# ``MAX_SUBJECT_REACH``, a reach backwards for a subject); the value the rule was measured with.
MAX_HEARD_REACH = 30
# Tokens of an opening "Under ..." read for its examination noun before its comma ("Under questioning from the
# committee's chairwoman,"); as ``MAX_HEARD_REACH``, the value the rule was measured with.
MAX_EXAMINATION_REACH = 30
_TESTIFYING = "testify"


def _scene_named(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> tuple[Stated, int] | None:
    """The last scene ``sentence`` names in a channel's position or as a place people gathered for (a scenes noun), with
    the first time said of its clause, and its paragraph."""
    words = [w for w in finder.channels_in(sentence) if scene_noun(w) or (PROGRAMME_SCENES and titled_name(w))]
    words += [t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in _TOLD_SCENE_PREPS and _scene_as_channel(t)]
    if HEARD_FROM:  # "The court heard evidence from": the sitting named before, named again by its body
        words = [w for w in words if not _a_hearer(w)]
    if not words:
        return _testimony(finder, sentence, paragraphs) if UNDER_EXAMINATION else None
    word = max(words, key=lambda w: w.i)
    verb = clause_verb(word)
    times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
    if SCENE_OWN_TIME and not times:  # "a question-and-answer session after the screening": the scene's own moment
        times = [TimePhrase(c) for c in map(time_clause, children_of(word)) if c is not None]
    return Stated(channel_phrase(word), None, times[0] if times else None), paragraphs.of(word.idx)


def _testimony(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> tuple[Stated, int] | None:
    """A witness's testimony told by its verb with its day ("Maria Teixeira testified on Thursday that"): a scene with
    no noun to name it, so only its time is carried to those examining the witness (``UNDER_EXAMINATION``)."""
    verbs = [t for t in sentence if t.lemma_.lower() == _TESTIFYING and t.pos_ == "VERB" and _happened(t)]
    times = [t for t in finder.times_in(sentence) for v in verbs if clause_verb(t.span.root) == v]
    return (Stated(None, None, times[0]), paragraphs.of(sentence.start_char)) if times else None


def _scene_again(
    scene: tuple[Stated, int] | None, named: tuple[Stated, int] | None, sentence: Span, paragraphs: Paragraphs
) -> tuple[Stated, int] | None:
    """The scene last named after ``sentence``, which names ``named`` (or none): the scene before, now named in a later
    paragraph, when the sentence names it again with "the" in any position ("told the meeting" after "for a parish
    council meeting on Tuesday evening": its first mention, and its day, are what is carried), else ``named``, else
    the scene before."""
    if scene is None or scene[0].channel is None:
        return named or scene
    lemma = scene[0].channel.root.lemma_
    again = [
        t for t in sentence if t.lemma_ == lemma and scene_noun(t) and any(c.lower_ == "the" for c in children_of(t))
    ]
    if again and (named is None or named[0].channel is None or named[0].channel.root in again):
        return scene[0], paragraphs.of(again[-1].idx)
    return named or scene


def _in_a_role(coref: Coreference, word: Token) -> Cluster | None:
    """The person ``word`` names by a role in a scene (``_ROLES``): "the first caller", "The presenter, Gemma Lowe,"
    (a noun of its own with "the" or a possessor, not a title compounded to a name: "Fox News host Sean Hannity"),
    or "Speaking from the floor, Mark Pennington said", "Sitting beside her, Tesfaye Alemu said" (the subject of the
    clause "from the floor" or "beside her" hangs on), or "The court heard evidence from ..., Tom Ashby,"
    (``HEARD_FROM``)."""
    beside = _beside_someone(word) or _under_examination(word)  # "Under cross-examination, X suggested": X
    heard = HEARD_FROM and _heard_from(word)
    if (word.tag_ != "NN" or word.dep_ == "compound") and not beside and not heard and not _bare_role_title(word):
        return None
    if word.lemma_.lower() in _ROLES and any(c.dep_ == "poss" or c.lower_ == "the" for c in children_of(word)):
        found = _subject_entity(coref, word)
        if found is None or found.type != "PERSON":  # "the first caller", a description of its own
            found = _named_in(coref, word)
    elif _bare_role_title(word):
        found = coref.cluster_at(word.head)
    elif (word.lower_ == _FLOOR and word.dep_ == "pobj" and word.head.lower_ == "from") or beside:
        clusters = coref.clusters.clusters
        found = next((clusters[p] for p in sorted(subjects_of(coref, clause_verb(word)))), None)
    elif heard:
        found = _named_from(coref, word)
    elif _run_or_attended(word):
        found = coref.cluster_at(word.head.head)
    else:
        return None
    return found if found is not None and found.type == "PERSON" else None


def _bare_role_title(word: Token) -> bool:
    """``word`` is a scene's role worn as a bare title that opens a person's name: "Presenter Ciara Mulhern put it to
    him", "Moderator Lester Holt asked"; not one a body or a show before it qualifies ("BBC presenter Gemma Lowe", a
    presenter anywhere), whose name-phrase does not start with the role."""
    head = word.head
    return (
        BARE_ROLE_TITLES
        and word.dep_ == "compound"
        and word.lower_ in _ROLES
        and head.pos_ == "PROPN"
        and head.left_edge.i == word.i
    )


def _run_or_attended(word: Token) -> bool:
    """``word`` is the scene named again that a relative clause on a person says the person ran or addressed
    (``RAN_THE_SCENE``): "Carl Mendenhall, who moderated the news conference, said", "Ann Hale, who chaired the
    meeting,"."""
    verb = word.head
    return (
        RAN_THE_SCENE
        and word.dep_ == "dobj"
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in _RUNNING_A_SCENE
        and _happened(verb)
        and scene_noun(word)
        and any(c.lower_ == "the" for c in children_of(word))
    )


def _heard_from(word: Token) -> bool:
    """``word`` is the "from" of a sitting body's hearing someone (``HEARD_FROM``): "The court heard evidence from",
    "The committee heard from", "the inquest heard testimony from"; the hearing happened (not "will hear from")."""
    if word.lower_ != _HEARD_FROM_PREP or word.dep_ != "prep":
        return False
    verb = word.head.head if word.head.dep_ == "dobj" else word.head  # "heard evidence from", "heard from"
    if verb.lemma_.lower() != _HEARING or verb.pos_ != "VERB" or not _happened(verb):
        return False
    return any(s.lemma_.lower() in HEARING_BODIES or scene_noun(s) for s in nominal_subjects(verb))


def _a_hearer(word: Token) -> bool:
    """``word`` is the body that heard someone (``_heard_from``): "The court" of "The court heard evidence from"."""
    if word.dep_ not in NOMINAL_SUBJECTS:
        return False
    verb = word.head
    heard = [*children_of(verb), *(p for o in children_of(verb) if o.dep_ == "dobj" for p in children_of(o))]
    return any(map(_heard_from, heard))


def _named_from(coref: Coreference, word: Token) -> Cluster | None:
    """The first person named after ``word`` in its sentence, within ``MAX_HEARD_REACH`` tokens: one heard from
    is often named in an apposition the parser hangs elsewhere ("from the county's finds liaison officer, Tom
    Ashby,")."""
    sentence = coref.sentence_of[word.i]
    reach = word.doc[word.i + 1 : word.i + 1 + MAX_HEARD_REACH]
    return _person_named_among(coref, takewhile(lambda t: coref.sentence_of[t.i] == sentence, reach))


def _under_examination(word: Token) -> bool:
    """``word`` opens its sentence with a witness's examination, up to the phrase's comma: "Under cross-examination,",
    "Under questioning from the committee," (``UNDER_EXAMINATION``)."""
    if not UNDER_EXAMINATION or word.lower_ != _UNDER or word.dep_ != "prep" or not word.is_sent_start:
        return False
    for token in word.doc[word.i + 1 : word.i + 1 + MAX_EXAMINATION_REACH]:
        if token.is_punct and token.text == ",":
            return False
        if token.lemma_.lower() in _EXAMINATIONS or token.lower_ in _EXAMINATIONS:
            return True
    return False


def _beside_someone(word: Token) -> bool:
    """``word`` is a personal pronoun someone is placed beside: "Sitting beside her", "Alongside him", "Joining her on
    stage" (``BESIDE_SOMEONE``)."""
    if not BESIDE_SOMEONE or word.tag_ != "PRP":
        return False
    head = word.head
    if word.dep_ == "pobj":
        return head.lower_ in _BESIDE_PREPS
    return word.dep_ == "dobj" and head.lemma_ == _JOINING and head.tag_ == "VBG"


def _placed_in_the_scene(word: Token) -> bool:
    """``word`` is a clause of being placed that puts its subject near someone or on a stage: "sitting a seat away",
    "seated next to the mayor", "who joined the players on the stage" (``PLACED_IN_THE_SCENE``)."""
    if not PLACED_IN_THE_SCENE or word.lemma_.lower() not in _PLACING_VERBS or word.dep_ not in _PLACING_CLAUSES:
        return False
    if word.dep_ == "relcl" and not _happened(word):  # "who will join them on stage": not yet there
        return False
    for child in children_of(word):
        if child.dep_ == "advmod" and child.lower_ in _NEAR_ADVERBS:
            return True
        if child.dep_ == "prep" and (_near_one_named(child) or _a_stage_after(child)):
            return True
    return False


def placed_at_the_scene(verb: Token) -> bool:
    """Whether the statement ``verb`` says tells that its speaker is at the scene being told, as they say it: a clause
    of being placed on the saying or on its subject ("Raghavan, sitting a seat away, said", "Solheim, who joined the
    players on the stage, said": ``PLACED_IN_THE_SCENE``), speaking against the motion (``SPEAKING_TO_A_MOTION``), or
    a subject described on the stage (``ON_THE_STAGE``). Read on the verb and, for a participle of saying ("drew a
    contrast, saying"), on the verb it shares its subject with; not on a clause the parser hung elsewhere in the
    sentence, whose subject may be anyone it names."""
    holders = [verb, verb.head] if verb.dep_ in _SHARED_SUBJECT_LINKS else [verb]
    subjects = [s for h in holders for s in nominal_subjects(h)]
    clauses = [*(c for h in holders for c in children_of(h)), *(c for s in subjects for c in children_of(s))]
    return any(_placed_in_the_scene(c) or _speaking_to_a_motion(c) or _on_the_stage(c) for c in clauses)


def _near_one_named(prep: Token) -> bool:
    """``prep`` places someone near another named by a noun ("next to the mayor", "beside Chepkoech"); near a pronoun
    ("beside her") is ``BESIDE_SOMEONE``'s, which reads it without a verb."""
    return prep.lower_ in _NEAR_PREPS and not any(o.tag_ == "PRP" for o in prep.subtree)


def _a_stage_after(prep: Token) -> bool:
    """``prep`` is "on" with a stage as its object: "on the stage", "on stage", "on the panel" (``_STAGES``)."""
    return prep.lower_ == _ON and any(o.dep_ == "pobj" and o.lemma_.lower() in _STAGES for o in children_of(prep))


def _speaking_to_a_motion(word: Token) -> bool:
    """``word`` is a participle of speaking against what is debated: "Speaking against the motion"
    (``SPEAKING_TO_A_MOTION``)."""
    if not SPEAKING_TO_A_MOTION or word.lemma_.lower() != _SPEAKING or word.tag_ != "VBG" or word.dep_ != "advcl":
        return False
    return any(c.dep_ == "prep" and c.lower_ == _AGAINST for c in children_of(word))


def _on_the_stage(word: Token) -> bool:
    """``word`` is a prepositional "on the stage" that hangs on a description: "the other candidate on the stage,
    Hillary Clinton," (``ON_THE_STAGE``)."""
    if not ON_THE_STAGE or word.dep_ != "prep" or not _a_stage_after(word):
        return False
    return word.head.tag_ == "NN"


def _named_in(coref: Coreference, word: Token) -> Cluster | None:
    """The person a name after ``word`` in its own phrase names ("the first caller, who gave her name as Maureen from
    Eastfield"), when the coreference gave the description itself to no person."""
    return _person_named_among(coref, word.doc[word.i + 1 : word.right_edge.i + 1])


def _person_named_among(coref: Coreference, tokens: Iterable[Token]) -> Cluster | None:
    """The person the first proper noun of ``tokens`` that names one names."""
    for token in tokens:
        found = coref.cluster_at(token) if token.pos_ == "PROPN" else None
        if found is not None and found.type == "PERSON":
            return found
    return None


def _taking_part(
    coref: Coreference, sentence: Span, paragraphs: Paragraphs, scene: tuple[Stated, int] | None
) -> list[Setting]:
    """The people ``sentence`` names by a role in a scene (``_in_a_role``), placed in the scene last named when it was
    named at most ``MAX_ROLE_GAP`` paragraphs before: set at the sentence's start, so that their statements in it are
    made there; it adds to their occasion, replaces none."""
    at = sentence.start_char
    if scene is None:
        return []
    # an examination is of the testimony last told, however many of the witness's answers came between
    words = (
        list(sentence)
        if paragraphs.of(at) - scene[1] <= MAX_ROLE_GAP
        else [w for w in sentence[:1] if _under_examination(w)]
    )
    people = frozenset(c.index for c in (_in_a_role(coref, w) for w in words) if c is not None)
    return [Setting(at, paragraphs.of(at), people, scene[0], used=True)] if people else []
