"""People questioned: a poll's fieldwork and many people interviewed, told in a sentence that holds no statement.

"The poll was conducted online Feb. 11-15", "Monmouth conducted its poll March 17-20": when a poll's answers were given
(``_fieldwork``). "Politico interviewed nearly 20 of Sanders' colleagues over the past week": whom the people the
story names after it answered, and when (``_interviews``). ``scenes.py`` calls both for every sentence (and holds
``QUESTIONER_SET``, which it reads); a printed interview's "Q:" and "A:" turns are ``interviews.py``'s.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carried_channels import POLL_NOUNS
from quotegraph.nlp.resolve.channels import channel_phrase, clause_verb
from quotegraph.nlp.resolve.circumstances import CircumstanceFinder, Stated
from quotegraph.nlp.resolve.coref import Coreference
from quotegraph.nlp.resolve.occasion_records import Setting
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.scene_parts import _happened
from quotegraph.nlp.resolve.stated_times import TimePhrase, time_clause
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, nominal_subjects, subtree_span

__all__: list[str] = []


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


# "Politico interviewed nearly 20 of Sanders' colleagues", "I interviewed more than a dozen leaders": verbs of
# questioning many people. Not "question" ("questioned Mr. Trump's tactics": doubted them) nor "spoke to reporters"
# (its subject is the one who speaks; with "speak" and "talk", train-d and train 0-59 + train-e lost addressees).
_INTERVIEW_VERBS = frozenset({"interview", "survey", "poll"})
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
