"""People questioned: a poll's fieldwork and many people interviewed, told in a sentence that holds no statement.

"The poll was conducted online Feb. 11-15", "Monmouth conducted its poll March 17-20": when a poll's answers were given
(``poll_fieldwork``). "Politico interviewed nearly 20 of Sanders' colleagues over the past week": whom the people the
story names after it answered, and when (``interview_settings``). ``scenes.py`` calls both for every sentence (and holds
``QUESTIONER_SET``, which it reads); a printed interview's "Q:" and "A:" turns are ``interviews.py``'s.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.carried_channels import POLL_NOUNS
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_parts import happened
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase, time_clause
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, nominal_subjects, subtree_span

__all__: list[str] = [
    "interview_settings",
    "interviewed",
    "interviews_with_many",
    "poll_fieldwork",
]


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


def poll_fieldwork(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> Setting | None:
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


# "Politico interviewed nearly 20 of Sanders' colleagues", "I interviewed more than a dozen leaders": verbs of
# questioning many people. Not "question" ("questioned Mr. Trump's tactics": doubted them) nor "spoke to reporters"
# (its subject is the one who speaks; with "speak" and "talk", train-d and train 0-59 + train-e lost addressees).
_INTERVIEW_VERBS = frozenset({"interview", "survey", "poll"})
# The people questioned are set from the paragraph each is first named in, not from the questioning's: the story quotes
# them one by one, paragraphs on ("said Sen. Brian Schatz of Hawaii" two paragraphs after, "Sen. Jeff Merkley" at the
# end), and a questioning's stretch ("over the past week") or a questioner the tagger takes for a person ("Politico")
# is not carried beyond a paragraph from where it was set (``as_carried.as_carried``). Rule on against off
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


def interviewed(verb: Token) -> Token | None:
    """The many people ``verb`` says were questioned (its object), if any; not by a poll ("The poll was conducted
    ... and surveyed 552 voters": ``poll_fieldwork``'s)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INTERVIEW_VERBS or not happened(verb):
        return None
    holders = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    if any(c.dep_ in NOMINAL_SUBJECTS and c.lemma_.lower() in POLL_NOUNS for h in holders for c in children_of(h)):
        return None
    return next((o for o in children_of(verb) if o.dep_ == "dobj" and _many_people(o)), None)


def interview_settings(
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
    found = []
    named = _people_named_after(coref, [s for s, _ in questioned])
    for (sentence, verb), named_after in zip(questioned, named, strict=True):
        if not named_after:
            continue
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        # every word the subject heads ("The Ledger's farm desk"), not the shorter ``noun_phrases.noun_phrase``
        addressee = subtree_span(subjects[0]) if subjects else None
        times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
        stated = Stated(channel=None, addressee=addressee, time=times[0] if times else None)
        if not INTERVIEWED_WHERE_NAMED:
            found.append(Setting(verb.idx, paragraphs.of(verb.idx), named_after, stated))
            continue
        found.extend(_where_each_is_named(coref, paragraphs, sentence, named_after, stated))
    return found


def _where_each_is_named(
    coref: Coreference,
    paragraphs: Paragraphs,
    sentence: Span,
    people: frozenset[int],
    stated: Stated,
    one_each: bool = False,
) -> list[Setting]:
    """``stated`` for the people questioned, each from the paragraph it is first named in (``INTERVIEWED_WHERE_NAMED``)
    and not before ``sentence`` ends."""
    clusters = coref.clusters.clusters
    entering: dict[int, set[int]] = {}  # the paragraph each one questioned is first named in, and who
    for person in people:
        entering.setdefault(paragraphs.of(clusters[person].mentions[0].start_char), set()).add(person)
    found = []
    for paragraph, named in sorted(entering.items()):
        at = max(paragraphs.starts[paragraph], sentence.end_char)
        found.append(Setting(at, paragraph, frozenset(named), stated, used=one_each, one_each=one_each))
    return found


def _people_named_after(coref: Coreference, sentences: list[Span]) -> list[frozenset[int]]:
    """For each of ``sentences`` (in text order), the people the story names first after it and before the next."""
    firsts = sorted(
        (c.mentions[0].start, c.index) for c in coref.clusters.clusters if c.type == "PERSON" and c.mentions
    )
    starts = [start for start, _ in firsts]
    named = []
    for k, sentence in enumerate(sentences):
        until = sentences[k + 1].start if k + 1 < len(sentences) else len(sentence.doc)
        named.append(frozenset(i for _, i in firsts[bisect_left(starts, sentence.end) : bisect_left(starts, until)]))
    return named


# A statement made through many interviews with many people, one each ("Close to 50 interviews with GOP and Democratic
# party chairs ... revealed"): the people the story names
# first after it, before the next such statement, are those interviewed, each speaking in an interview of the
# series: the annotators give each of them the interviews as the channel (farcarry3). Its plural is one occasion for
# each of them (``Setting.one_each``), not many for one speaker (``carried_channels.many_occasions``). The interviews
# are the statement's subject, with "with" and the people. Rule on against off (fast.py, cache10, main 56ce3cc; right
# values / false fills): train-d channel +19 / +2 (17 misses and 2 wrong values made right), all in one article,
# politico 2016-08-08 inside-the-swing-state (the county chairs quoted 2 to 25 paragraphs after; the false fills two
# paraphrases of Trump's own doings told by chairs); no other field moves. It fires on no fixture page. One article:
# thin evidence, but a form (a counted series of interviews with a class of people), not its words. Tried and dropped:
# "in interviews" with a plural subject ("In interviews, female donors ... described") for the people named after,
# +3 / +8 (beneath-clinton-s-wins, separate interviews in an AP story).
INTERVIEWS_WITH_MANY = True
_INTERVIEW_NOUNS = frozenset({"interview"})


def _interviews_of_many(verb: Token) -> Token | None:
    """The plural interviews that are ``verb``'s subject, with "with" and a plural or counted object ("Close to 50
    interviews with ... party chairs revealed"; the parser may hang the verb on them as a clause, ``acl``)."""
    nouns = [c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS]
    if verb.dep_ == "acl":
        nouns.append(verb.head)
    for noun in nouns:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in _INTERVIEW_NOUNS:
            continue
        withs = [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "with" for o in children_of(c)]
        if any(o.dep_ == "pobj" and _many_people(o) for o in withs):
            return noun
    return None


def interviews_with_many(
    finder: CircumstanceFinder, coref: Coreference, verbs: Sequence[Token], paragraphs: Paragraphs
) -> list[Setting]:
    """Each statement made through many interviews with many people (``INTERVIEWS_WITH_MANY``): the interviews as the
    channel of the people the story names first after it, each from the paragraph first named in."""
    if not INTERVIEWS_WITH_MANY:
        return []
    said: dict[int, tuple[Span, Token]] = {}
    for verb in verbs:
        interviews = _interviews_of_many(verb)
        if interviews is not None:
            sentence = finder.sentences[finder.sentence_of[verb.i]]
            said.setdefault(sentence.start, (sentence, interviews))
    ordered = [said[k] for k in sorted(said)]
    found = []
    named = _people_named_after(coref, [s for s, _ in ordered])
    for (sentence, interviews), people in zip(ordered, named, strict=True):
        channel = interviews.doc[interviews.left_edge.i : interviews.i + 1]  # "Close to 50 interviews"
        found.extend(_where_each_is_named(coref, paragraphs, sentence, people, Stated(channel=channel), True))
    return found
