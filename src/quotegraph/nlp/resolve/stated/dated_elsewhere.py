"""The tests that a time found in a statement's sentence dates something else than the saying.

A verb of another event (``dates_a_verb``), the description of the source (``in_description``, ``describes``), what is
referred to (``in_what_is_referred_to``), a kind of programme (``kind_of_programme``, ``a_programmes_part_of_day``), a
programme's title (``a_programme_s_title``), words said before (``dates_what_was_said``), a year of another verb or a
relative clause (``year_of_another_verb``, ``year_in_a_relative_clause``). ``sentence_reader`` and ``statement_times``
leave such times out.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, referred_to
from quotegraph.nlp.resolve.stated.stated_clauses import under_a_description
from quotegraph.nlp.resolve.stated.timeexpr import TIME_ADVERBS
from quotegraph.nlp.syntax import VERB_POS

__all__ = [
    "a_programme_s_title",
    "a_programmes_part_of_day",
    "a_year",
    "before_that",
    "dates_a_verb",
    "dates_what_was_said",
    "describes",
    "in_description",
    "in_what_is_referred_to",
    "kind_of_programme",
    "year_in_a_relative_clause",
    "year_of_another_verb",
]

_REPEATING = frozenset({"repeat", "reiterate", "echo", "restate"})


def dates_what_was_said(root: Token, verb: Token) -> bool:
    """Whether the time phrase headed by ``root`` hangs on the object of ``verb``, a verb of repeating, as the object's
    own modifier ("repeating her campaign's line this week"): the time of the words' earlier saying."""
    said = root.head
    if verb.lemma_.lower() not in _REPEATING or root.dep_ != "npadvmod":
        return False
    return said.dep_ == "dobj" and said.head == verb and said.tag_ in ("NN", "NNS")


def describes(span: Span) -> bool:
    """ "a strategist who once worked for Bush", "a friend who left the campaign in October": a time in a relative
    clause on a speaker tells of the speaker's past, not of the statement; on a document it may tell when it came
    out ("a report that was released Wednesday")."""
    verb = clause_verb(span.root)
    return verb.dep_ == "relcl" and not is_channel_word(verb.head)


def in_description(span: Span, source: Span) -> bool:
    """ "Stuart Stevens, the chief strategist for Mitt Romney's campaign four years ago, said", "Ian Solomon, who
    was executive director and as such nominated Mr. Kim four years ago": a time inside an appositive or a relative
    clause on the source's head tells who the speaker is or was, not when the words were said (as ``describes``
    does for a relative clause the time's own clause is); not on a medium ("a report that was released Wednesday").
    Train-d -6 time false fills ("before departing last month" in a relative clause, "four years ago" after an
    appositive, "Monday" in a clause on an ad), no right value lost; train-e -1 false fill; train 0-59 no change."""
    token, head = span.root, source.root
    if not source.start <= token.i < source.end or is_channel_word(head):
        return False
    # "said Brett O'Donnell, chief strategist for Michele Bachmann's campaign four years ago.": the parser hangs the
    # time that ends the description on the verb; not one set off by a comma ("Trump, the nominee, on Friday said")
    before = span.doc[span.start - 1]
    if before.text != "," and any(c.dep_ in ("appos", "relcl") and c.i < span.start for c in children_of(head)):
        return True
    return under_a_description(token, source)


def year_of_another_verb(verb: Token, other: Token, span: Span) -> bool:
    """ "The agency recorded 900 cases in 2019 and said": a year alone on the verb a saying is coordinated with
    dates what that verb tells, not the saying (train-d: -3 false fills, no right value lost)."""
    return other != verb and "conj" in (verb.dep_, other.dep_) and a_year(span)


_YEAR = re.compile(r"(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d\ds?", re.IGNORECASE)


def before_that(span: Span) -> bool:
    """ "wrote at the time that ...": "at the time" right before the "that" of the words said (``_at_the_time_that``
    takes it only there) is read as the words themselves: train 0-59's annotators give it so (train-d and train-e have
    no such statement), and no time is looked for before it."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ == "that"


def a_year(span: Span) -> bool:
    """ "In 2012", "1963", "the early 2000s": a time that is a year only."""
    return _YEAR.fullmatch(span.text) is not None


def year_in_a_relative_clause(span: Span) -> bool:
    """ "The 31-year-old, who joined the Hatters ... in 2019, made the promise": a year alone in a relative clause
    tells the past of the one it describes, not when anything was said."""
    return a_year(span) and clause_verb(span.root).dep_ == "relcl"


# Time adverbs that never date a saying: "now" tells the story's present ("he now says", "can now say", "we now
# know"), "immediately" how soon a reply came or did not ("did not immediately respond to a request for comment").
# On train-d (PolNeAR train 84-473), such stated times were right 0 times, another value 3, false fills 15
# (``experiments/occasion_carry``, time round 2).
NOT_A_SAYINGS_TIME = frozenset({"now", "immediately"})


def dates_a_verb(span: Span) -> bool:
    """An adverb places a saying in time only when it hangs on a verb ("recently stated"), not on a noun
    ("an earlier report", "her call earlier in the night"); "now" and "immediately" never do
    (``NOT_A_SAYINGS_TIME``)."""
    word = span.text.lower()
    if a_year(span):  # not "a nominee in 2016", "has led the group since 1990"
        prep = span.root.head
        # "Back in 1999, Trump expressed": "back" hangs the year on the verb
        holder = prep.head.head if prep.head.lower_ == "back" and prep.head.dep_ == "advmod" else prep.head
        return prep.dep_ != "prep" or (prep.lower_ == "in" and holder.pos_ in VERB_POS)
    if word not in TIME_ADVERBS:
        return True
    if word in NOT_A_SAYINGS_TIME or (word == "once" and not _once_in_the_past(span)):
        return False
    return span.root.head.pos_ in VERB_POS or _in_a_verbs_phrase(span.root)


def _in_a_verbs_phrase(adverb: Token) -> bool:
    """ "In the press room afterwards, he told": an adverb the parser hangs on the object of a preposition that
    hangs on a verb places that verb in time, as it would hung on the verb; not on a noun of its own ("her call
    earlier in the night", whose noun is no preposition's object). (Train-d +1 right, no false fill.) So too an
    adverb the parser hangs on the preposition itself ("Later on “This Week,” Sanders questioned")."""
    noun = adverb.head
    if adverb.dep_ == "advmod" and noun.dep_ == "prep" and noun.head.pos_ in VERB_POS:
        return True
    return (
        adverb.dep_ == "advmod"
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in VERB_POS
    )


_ONCE_NOT_TIME = frozenset({"again", "more"})  # "once again", "once more": a repetition, not a time


def _once_in_the_past(span: Span) -> bool:
    """ "once praised", "who once said": an adverb of the verb; not the conjunction that opens a clause ("once he
    was president"), a repetition ("once again") or "at once"."""
    once = span.root
    doc = once.doc
    after = doc[once.i + 1].lower_ if once.i + 1 < len(doc) else ""
    before = doc[once.i - 1].lower_ if once.i > 0 else ""
    return once.dep_ == "advmod" and after not in _ONCE_NOT_TIME and before != "at"


_REFERRED_DEPTH = (
    6  # heads climbed from a time to the noun pointed to ("a 2024 speech": one), so the walk stays bounded
)


def in_what_is_referred_to(span: Span) -> bool:
    """Whether ``span`` sits in the noun phrase of what a verb points to or answers (``saying_verbs.referred_to``), up
    to the first verb above it: "a 2024 speech" of "pointing to a 2024 speech", but not "on Tuesday" of "responded on
    Tuesday to the tweet"."""
    word = span.root
    for _ in range(_REFERRED_DEPTH):
        if referred_to(word):
            return True
        if word.pos_ in VERB_POS or word.head == word:
            return False
        word = word.head
    return False


def kind_of_programme(span: Span) -> bool:
    """ "the late-night talk show", "an early-morning programme": a part of the day joined by a hyphen before a
    scene noun names the kind of programme, not when anyone spoke on it ("a Tuesday night broadcast", with no
    hyphen, still dates it)."""
    if not any(t.text == "-" for t in span) or span.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "late-night talk show": the show
        head = head.head
    return head.i >= span.end and head.lemma_.lower() in lexicons().scenes


# "told NBC's Today show on Monday", "said on BBC Radio 4's Today programme that", "on The Tonight Show": a day word
# written capitalised inside a sentence and compounded on a scene noun after it is the programme's title, which the
# tagger tags a date; it dates no saying (a programme is an event, the station its medium: occasion.md). Written for the
# programme named beside its station (docs/occasion-rounds.md, the forty-first set, channelphrases).
PROGRAMME_TITLES_OF_A_DAY = True
_DAY_TITLES = frozenset({"today", "tonight"})


def a_programme_s_title(span: Span) -> bool:
    """ "Today" of "NBC's Today show": see ``PROGRAMME_TITLES_OF_A_DAY``."""
    if not PROGRAMME_TITLES_OF_A_DAY or len(span) != 1:
        return False
    word = span[0]
    if word.lower_ not in _DAY_TITLES or not word.text[:1].isupper() or word.is_sent_start:
        return False
    head = word.head
    return word.dep_ in ("compound", "nmod") and head.i > word.i and head.lemma_.lower() in lexicons().scenes


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def a_programmes_part_of_day(span: Span) -> bool:
    """ "morning" of "WRVT's morning show": a part of the day alone, compounded on a scene noun after it."""
    if len(span) != 1:
        return False
    word = span[0]
    if word.lower_ not in _PARTS_OF_DAY or word.dep_ not in ("compound", "amod", "nmod"):
        return False
    return word.head.i > word.i and word.head.lemma_.lower() in lexicons().scenes
