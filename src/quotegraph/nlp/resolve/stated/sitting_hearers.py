"""A sitting's hearers told: "Rebecca Thornhill told the jury", "She told the coroner the failure was ...", "Berge told
the committee", "Replying, Mr Tavoa told members", "Health Minister X told the House of Commons".

A jury, a coroner, a judge or a bench is told only in a court's sitting: one who tells them speaks in the sitting the
story last named before (a trial, an inquest, a hearing), however far back it was named. A court report names its trial
once, in the lede ("was convicted ... at the end of a four-day trial at Gloucester Crown Court"), and hears its
prosecutor, its witnesses and the defendant for pages after, each "told the jury" on a day of their own ("Opening the
case for the prosecution on Monday"); the sitting's first telling is their channel (occasion.md: a carried value is the
phrase where the occasion was set), and the day they state stays theirs.

A body that sits (a committee, a council, a board, a legislature's chamber) and its members ("senators", "MPs",
"councillors", "members") are told the same way (``BODY_HEARERS_TOLD``): the addressee shows the reader already knows
the voice speaks in the body's sitting the story named before ("At a meeting of the city council's committee ... on
Thursday afternoon, ... Berge told the committee"; "The vote followed a three-hour debate in the chamber on Thursday.
... Replying, Mr Tavoa told members"). The nearest earlier sitting that may be that body's is the channel, and its day
the time when the statement states none, as it is for a court's sitting that runs within a day.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Sequence
from typing import NamedTuple

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.quotes import QuoteRegion
from quotegraph.nlp.resolve.stated.channel_nouns import a_scene
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import ONE_SESSION
from quotegraph.nlp.resolve.stated.saying_verbs import TELL_VERBS, clause_verb
from quotegraph.nlp.resolve.stated.stated_clauses import quoted
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase, with_lead_in
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, OBJECT_DEPS

__all__ = [
    "BODY_HEARERS_TOLD",
    "CHAMBERS",
    "COURT_HEARERS_TOLD",
    "LEGISLATORS",
    "NamedSittings",
    "SittingTold",
    "a_sitting_by_name",
    "appeared_before",
    "sitting_told",
]

# Rule on against off: see docs/occasion-rounds.md, the forty-second set, round courtpages (the blind pages' crown
# court trial and the tuned inquest).
COURT_HEARERS_TOLD = True
# the hearers a court's sitting alone has ("told the jury", "told jurors", "told the coroner", "told the judge", "told
# the bench"); not "the court", which the story may name as a place or another body (``circumstances._COURTS``)
COURT_HEARERS = frozenset({"jury", "juror", "coroner", "judge", "bench", "magistrate"})
# the sittings of a court, by the noun the story named the sitting with
COURT_SITTINGS = frozenset({"trial", "inquest", "hearing"})

# A body that sits, or its members, told ("told the committee", "told senators", "told the House", "told council
# members"): the voice is heard in the nearest earlier sitting that may be the body's, which gives its channel and, as
# a court's sitting within one day does, its day. Five blind sittings of the forty-second set (a Senate plenary, a
# select committee's hearing, an Oireachtas committee, a county assembly's debate, a House committee hearing) found the
# addressee and neither the sitting nor its day (docs/occasion-rounds.md, the forty-third set, round committeevoices).
BODY_HEARERS_TOLD = True


# the kinds of body a word names: a legislature and its chamber, a council, a committee, a board, a cabinet
_Kind = str
_LEGISLATURE = "legislature"
_COUNCIL = "council"
_COMMITTEE = "committee"  # a committee or panel sits within any body: it matches every kind
_BOARD = "board"
_COMMISSION = "commission"
_CABINET = "cabinet"
# a legislature's chambers, by their head noun ("the House", "the Punjab Assembly", "the Dáil"): bodies that sit, and
# what a voice told in a legislature's sitting by name is told to (``lede_sessions._its_audience``)
CHAMBERS = (
    "house",
    "commons",
    "parliament",
    "assembly",
    "chamber",
    "senate",
    "dáil",
    "senedd",
    "legislature",
    "congress",
)
# the bodies that sit, by their head noun ("the House", "the committee for technology", "the board")
BODIES = {
    **dict.fromkeys(CHAMBERS, _LEGISLATURE),
    "council": _COUNCIL,
    **dict.fromkeys(("committee", "subcommittee", "panel"), _COMMITTEE),
    "board": _BOARD,
    "cabinet": _CABINET,
}
# not "the commission", which is as often a regulator that does not sit ("the Federal Communications Commission"); nor
# a chamber "of" a trade ("the Halifax Chamber of Commerce"), a business body
_CHAMBER = "chamber"
# the members of a body that sits ("senators", "MPs", "councillors", "trustees"); "member" is any body's, or the one
# its compound or "of" names ("council members", "members of the committee")
# a legislature's members ("senators", "MPs", "TDs", "MCAs", a Kenyan county assembly's): one list with the members a
# sitting's voices tell in it (``lede_sessions.MEMBERS_TOLD``), which lacked "mca" alone (no tuning page or train slice
# a, d, f names an MCA, so the join moves nothing measured)
LEGISLATORS = frozenset({"senator", "lawmaker", "legislator", "mp", "mla", "msp", "td", "mca"})
MEMBERS = {
    **dict.fromkeys(LEGISLATORS, _LEGISLATURE),
    **dict.fromkeys(("councillor", "councilor", "alderman"), _COUNCIL),
    "trustee": _BOARD,
    "commissioner": _COMMISSION,
}
_MEMBER = "member"
# the nouns of a body's sitting; "debate" only of a body named with it ("a debate in the chamber"), since a debate is
# also the candidates' own (``_SITTINGS_OF_A_BODY``)
BODY_SITTINGS = frozenset({"session", "sitting", "hearing", "meeting", "debate"})
_SITTINGS_OF_A_BODY = frozenset({"debate"})
# a sitting's title ("question period", "question time", "Leaders' Questions", "Prime Minister's Questions"): a
# legislature's
_QUESTION = "question"
_QUESTION_SITTINGS = frozenset({"period", "time"})
_QUESTIONS = "Questions"
_TITLE_PARTS = frozenset({"poss", "compound", "amod"})
# a meeting "with" someone is the speaker's own, not a body's sitting ("at a meeting with the mayor")
_WITH = "with"
# a sitting told as to come ("the committee will hold a hearing", "is due to meet") is no sitting the voice was in
_FUTURE = frozenset({"will", "shall", "'ll"})
# a sitting that runs over days ("a four-day trial", "a two-day hearing", "the week-long inquiry") gives no one day
_SPANNING = ("-day", "-week", "-month")
_TRIAL = "trial"
_ISO_DAY = len("2016-02-11")
# the verbs of appearing before a body, each with the prepositions that name the body ("appeared before the committee",
# "testified to the panel"); "faced" names it as its object: the appearance is the body's sitting, on the appearance's
# day ("Andrew McKenzie appeared before Parliament's social services select committee on Wednesday. ... McKenzie told
# the committee")
_APPEARING = {"appear": frozenset({"before"}), "testify": frozenset({"before", "to"})}
_FACING = "face"
# "gave evidence to the committee", "gave testimony before the inquiry": a giving of evidence, the body after "to"
_GIVING = "give"
_EVIDENCE = frozenset({"evidence", "testimony"})
_GIVEN_BEFORE = frozenset({"to", "before"})


class SittingTold(NamedTuple):
    """The sitting a statement told to its hearers was made in: its channel phrase and its day (None when the sitting
    runs over days or its clause tells none)."""

    channel: Span
    time: TimePhrase | None


class NamedSittings:
    """The sittings a document names outside quoted words, read once a document: a court's ("an inquest in Rotorua")
    and a body's ("a meeting of the city council's committee", "question period", "appeared before the committee"),
    each with its sentence and the kinds of body it names, and with the document's ``times_in`` and ``published`` day,
    by which whether a sitting is one to come is read once a sitting, not once a statement. A statement told to a
    sitting's hearers looks back over these alone: read afresh over every earlier sentence for each statement, the
    look-back was quadratic in the text's length (``quotegraph bench adversarial``, the forty-third set: 300 KB of
    nested reports 4.3x ordinary news)."""

    def __init__(
        self,
        sentences: Sequence[Span],
        quotes: Sequence[QuoteRegion],
        times_in: Callable[[Span], Sequence[TimePhrase]] | None = None,
        published: str | None = None,
    ) -> None:
        self.times_in = times_in
        self.published = published
        self._to_come: dict[int, bool] = {}
        self.court: list[tuple[int, Token]] = []
        self.body: list[tuple[int, Token]] = []
        self.kinds: dict[int, frozenset[_Kind]] = {}
        self.sentence_of: dict[int, Span] = {}
        for index, sentence in enumerate(sentences):
            for word in sentence:
                court = word.lemma_.lower() in COURT_SITTINGS and _a_sitting_noun(word)
                body = _a_body_sitting(word) or appeared_before(word, BODIES)
                if not (court or body) or _quoted(word, quotes):
                    continue
                self.sentence_of[word.i] = sentence
                if court:
                    self.court.append((index, word))
                if body:
                    self.body.append((index, word))
                    self.kinds[word.i] = _sitting_kinds(word)
        self._court_at = [index for index, _ in self.court]
        self._body_at = [index for index, _ in self.body]

    def courts_before(self, index: int) -> list[Token]:
        """The court sittings named in the sentences before sentence ``index``, in text order."""
        return [word for _, word in self.court[: bisect_left(self._court_at, index)]]

    def bodies_before(self, index: int) -> list[Token]:
        """The bodies' sittings named in the sentences before sentence ``index``, in text order."""
        return [word for _, word in self.body[: bisect_left(self._body_at, index)]]

    def to_come(self, sitting: Token) -> bool:
        """Whether the body's ``sitting`` is told as one to come (``_to_come``), read at its first asking: the same for
        every statement of the document."""
        if sitting.i not in self._to_come:
            sentence = self.sentence_of[sitting.i]
            self._to_come[sitting.i] = _to_come(sitting, sentence, self.times_in, self.published)
        return self._to_come[sitting.i]


def sitting_told(
    addressee: Span,
    sittings: NamedSittings,
    index: int,
    verb: Token | None = None,
    own: TimePhrase | None = None,
) -> SittingTold | None:
    """The sitting a statement told to a sitting's hearer (``addressee``, the object of a verb of telling: "told the
    jury", "told the committee", "told senators") was made in: the last sitting of that kind the document names
    (``sittings``) in a sentence before the statement's (``index``), as its channel phrase, at its first telling when
    it is named again by "the" ("the inquest" after "an inquest in Rotorua has heard"); with its day, found by the
    sittings' ``times_in`` in its own clause, when it runs within one day and is no later than their ``published``. A
    body's hearers are read only when told by the statement's own ``verb`` (not "she wrote, asking the commission to",
    a letter's words), and a body's sitting only with its day (one whose day the story tells elsewhere is left to the
    carrier, which carries it from the lede), and not when the statement's ``own`` time is another day than the
    sitting's (a body told on a day of its own is told at another occasion). None when the addressee is no sitting's
    hearer or the story named no such sitting before it."""
    root = addressee.root
    if root.dep_ not in OBJECT_DEPS or root.head.lemma_.lower() not in TELL_VERBS:
        return None
    lemma = root.lemma_.lower()
    if COURT_HEARERS_TOLD and lemma in COURT_HEARERS:
        named = sittings.courts_before(index)
    elif BODY_HEARERS_TOLD and root.head == verb and (kinds := _hearer_kinds(root)) is not None:
        named = [t for t in sittings.bodies_before(index) if _matches(kinds, sittings.kinds[t.i])]
        named = [t for t in named if not sittings.to_come(t)]
    else:
        return None
    if not named:
        return None
    last = named[-1]
    first = last
    if any(c.lower_ == _THE for c in children_of(last)):  # named again: its first telling, with words of its own
        first = next((t for t in named if t.lemma_ == last.lemma_ and _told_first(t)), last)
    day = None  # the day the nearest telling of the sitting tells ("The inquest ... opened ... on Wednesday")
    times_in, published = sittings.times_in, sittings.published
    if times_in is not None and not _spanning(first):
        tellings = (t for t in reversed(named) if t.lemma_ == last.lemma_)
        days = (_day_of(t, sittings.sentence_of[t.i], times_in, published) for t in tellings)
        day = next((d for d in days if d is not None), None)
    if lemma not in COURT_HEARERS and (day is None or _another_day(own, day)):
        return None
    return SittingTold(channel_phrase(first), day)


def _another_day(own: TimePhrase | None, day: TimePhrase) -> bool:
    """Whether the statement's ``own`` time names a day other than the sitting's ``day``."""
    if own is None or own.date is None or day.date is None:
        return False
    return own.date[:_ISO_DAY] != day.date[:_ISO_DAY]


def _hearer_kinds(hearer: Token) -> frozenset[_Kind] | None:
    """The kinds of body ``hearer`` is or is a member of (empty: any body's, "members"); None when it is neither a body
    that sits nor its members ("party members", "reporters")."""
    lemma = hearer.lemma_.lower()
    if lemma == _CHAMBER and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(hearer)):
        return None
    if lemma in BODIES:
        return frozenset({BODIES[lemma]})
    if lemma in MEMBERS:
        return frozenset({MEMBERS[lemma]})
    if lemma != _MEMBER and hearer.lower_ != "members":
        return None
    owners = [c for c in children_of(hearer) if c.dep_ in {"compound", "poss"}]
    owners += [o for p in children_of(hearer) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)]
    owners = [o for o in owners if o.pos_ in {"NOUN", "PROPN"}]
    if not owners:
        return frozenset()
    kinds = frozenset(BODIES[o.lemma_.lower()] for o in owners if o.lemma_.lower() in BODIES)
    return kinds or None  # "party members", "union members": no body that sits


def _a_body_sitting(word: Token) -> bool:
    """Whether ``word`` names a body's sitting: a singular sitting noun of its own (not one qualifying another noun, not
    a meeting "with" someone), or a legislature's sitting by its title (``a_sitting_by_name``)."""
    if a_sitting_by_name(word):
        return True
    if word.lemma_.lower() not in BODY_SITTINGS or not _a_sitting_noun(word):
        return False
    if any(c.dep_ == "prep" and c.lower_ == _WITH for c in children_of(word)):
        return False
    return word.lemma_.lower() not in _SITTINGS_OF_A_BODY or bool(_sitting_kinds(word))


def a_sitting_by_name(word: Token) -> bool:
    """Whether ``word`` ends a legislature's sitting named by its title: "question period", "question time",
    "Leaders' Questions", "Prime Minister's Questions" (a capitalised "Questions" with a title before it)."""
    if word.lower_ in _QUESTION_SITTINGS:
        return any(c.dep_ == "compound" and c.lower_ == _QUESTION for c in word.lefts)
    titled = any(c.dep_ in _TITLE_PARTS and c.text[:1].isupper() for c in word.lefts)
    return word.text == _QUESTIONS and word.i > word.sent.start and titled


def appeared_before(body: Token, bodies: Container[str]) -> bool:
    """Whether ``body``, one of ``bodies``, is a body one appears before: after "appeared before", "testified before" or
    "to", "gave evidence to", or the object of "faced"."""
    if body.lemma_.lower() not in bodies:
        return False
    head = body.head
    if body.dep_ == "dobj":
        return head.lemma_.lower() == _FACING
    if body.dep_ != "pobj":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.lower_ in _APPEARING.get(lemma, ()):
        return True
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    given = lemma == _GIVING and any(o.lemma_.lower() in _EVIDENCE for o in objects)
    # "gave evidence to the committee" ("to" on "gave") or "gave evidence before the committee" ("before" on "evidence")
    return head.lower_ in _GIVEN_BEFORE and (
        given or (verb.lemma_.lower() in _EVIDENCE and verb.head.lemma_.lower() == _GIVING)
    )


def _sitting_kinds(sitting: Token) -> frozenset[_Kind]:
    """The kinds of body the sitting's own phrase names ("a meeting of the city council's committee", "a three-hour
    debate in the chamber", "a Senate committee hearing"), or the subject of the clause that holds it ("the committee
    held a hearing"); a sitting by title is a legislature's."""
    if a_sitting_by_name(sitting):
        return frozenset({_LEGISLATURE})
    words = [t for t in sitting.subtree if t.i != sitting.i or t.lemma_.lower() in BODIES]  # the body appeared before
    verb = sitting.head
    if sitting.dep_ in OBJECT_DEPS and verb.pos_ in {"VERB", "AUX"}:
        words += [t for s in children_of(verb) if s.dep_ in NOMINAL_SUBJECTS for t in s.subtree]
    return frozenset(BODIES[t.lemma_.lower()] for t in words if t.lemma_.lower() in BODIES) | frozenset(
        MEMBERS[t.lemma_.lower()] for t in words if t.lemma_.lower() in MEMBERS
    )


def _matches(hearers: frozenset[_Kind], sitting: frozenset[_Kind]) -> bool:
    """Whether a sitting of ``sitting``'s kinds may be the hearers' body's: either names no kind, either is a committee
    (which sits within any body), or they share one."""
    if not hearers or not sitting or _COMMITTEE in hearers or _COMMITTEE in sitting:
        return True
    return bool(hearers & sitting)


def _to_come(
    sitting: Token,
    sentence: Span,
    times_in: Callable[[Span], Sequence[TimePhrase]] | None,
    published: str | None,
) -> bool:
    """Whether ``sitting`` is told as one to come ("the committee will hold a hearing next week"): its clause's verb has
    "will" or "shall", or its day falls after the story's."""
    verb = clause_verb(sitting)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in children_of(verb)):
        return True
    if times_in is None or published is None:
        return False
    day = _day_of(sitting, sentence, times_in, None)
    return day is not None and day.date is not None and day.date[:_ISO_DAY] > published[:_ISO_DAY]


def _day_of(
    sitting: Token, sentence: Span, times_in: Callable[[Span], Sequence[TimePhrase]], published: str | None
) -> TimePhrase | None:
    """The day ``sitting`` was held, as its own ``sentence`` tells it: a time naming one day, on the sitting's noun
    phrase or in the clause that holds it ("a meeting ... on Thursday afternoon", "The inquest ... opened ... on
    Wednesday"); none that falls after ``published``."""
    verb = clause_verb(sitting)
    for time in times_in(sentence):
        if time.date is None or len(time.date) < _ISO_DAY:
            continue
        if published is not None and time.date[:_ISO_DAY] > published[:_ISO_DAY]:
            continue
        root = time.span.root
        if root.i in {t.i for t in sitting.subtree} or clause_verb(root) == verb:
            return TimePhrase(with_lead_in(time.span), time.date)
    return None


def _spanning(sitting: Token) -> bool:
    """Whether ``sitting`` runs over days: a trial, or one told with its length in days or more ("a two-day
    hearing")."""
    if sitting.lemma_.lower() == _TRIAL:
        return True
    return any(t.lower_.endswith(_SPANNING) for t in sitting.lefts)


def _a_sitting_noun(word: Token) -> bool:
    """Whether ``word`` names a sitting: a singular scene noun of its own, not one qualifying another noun ("the trial
    judge", "a hearing date")."""
    return word.dep_ != _COMPOUND and a_scene(word, tags=ONE_SESSION)


_COMPOUND = "compound"


def _quoted(word: Token, quotes: Sequence[QuoteRegion]) -> bool:
    """Whether ``word`` stands in somebody's quoted words ("the purpose of the inquest was not ..."): a sitting spoken
    of, not one the story names."""
    return quoted(word.doc[word.i : word.i + 1], quotes)


_THE = "the"
_FIRST_TELLINGS = frozenset({"a", "an"})


def _told_first(sitting: Token) -> bool:
    """Whether ``sitting`` is told as a first telling: with "a" or "an" ("a four-day trial", "an inquest in
    Rotorua")."""
    return any(c.dep_ == "det" and c.lower_ in _FIRST_TELLINGS for c in children_of(sitting))
