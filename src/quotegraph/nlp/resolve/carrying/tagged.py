"""The occasion tagger's phrases offered to the carrying rules (``occasions.py``) as more candidates.

Two uses, each switched by ``TagUse``: a tagged phrase in a statement's own sentence, outside its content
and source, gives a field the rules left empty (the nearest to the cue); a tagged phrase in a sentence that
holds no statement and sets nothing by the rules sets a scene for that sentence's subject or the phrase's
owner ("Clinton is using her victory speech after the Nevada caucuses to ..."), or, naming nobody, tells of
the statement just made. What the rules read is never replaced.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from quotegraph.nlp.candidates import chars_overlap
from quotegraph.nlp.resolve.carrying.carried_channels import many_occasions
from quotegraph.nlp.resolve.carrying.occasion_records import FIELDS, Held, OccasionInput, Setting
from quotegraph.nlp.resolve.carrying.occasion_tagger import TaggedPhrase
from quotegraph.nlp.resolve.carrying.scene_parts import SaidAt, owners_of, subjects_of
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_phrases import with_whom
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, own_clause_subject
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.timeexpr import resolve_span

__all__ = [
    "NEXT_SENTENCE_KEEPS_FILLS",
    "TagUse",
    "UsablePhrases",
    "fill_from_tags",
    "fills_kept_next",
    "lede_fills_kept",
    "stated_from_tags",
    "use_tagged",
]


@dataclass(frozen=True)
class TagUse:
    """Which uses of the tagged phrases are on, and the least mean marginal a phrase needs."""

    stated: bool = False
    # as ``stated``, but only for a statement that states part of an occasion already: the rules still tell
    # where a new occasion starts, the tagger completes its fields
    enrich: bool = False
    # own-sentence phrases fill only what is still empty after carrying, so they change no carrying
    fills: bool = False
    scenes: bool = False
    # a scene naming nobody tells of the statement just made ("The announcement came in a letter")
    unowned: bool = False
    # a tagged scene only adds to its people's occasion (as a used scene does) rather than setting a new one
    adds_only: bool = True
    fields: frozenset[str] = frozenset(FIELDS)
    min_confidence: float = 0.5

    @property
    def on(self) -> bool:
        return self.stated or self.enrich or self.fills or self.scenes


def _overlaps_blocked(span: Span, blocked: Sequence[tuple[int, int]]) -> bool:
    return any(chars_overlap((span.start_char, span.end_char), b) for b in blocked)


def _phrase_value(phrase: TaggedPhrase, published: str | None) -> Span | TimePhrase:
    if phrase.field == "time":
        return TimePhrase(phrase.span, resolve_span(phrase.span.text, published))
    return with_whom(phrase.span) if phrase.field == "channel" else phrase.span


def _sentence_at(finder: CircumstanceFinder, offset: int) -> int:
    token = finder.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return finder.sentence_of[token.start] if token is not None and len(token) else -1


class UsablePhrases:
    """The tagged phrases ``use`` allows, in text order, with ``use`` itself (built once an article, read by
    ``use_tagged`` and ``fill_from_tags``), looked up around a verb by bisection: scanning every
    phrase of a sentence for every statement made a run-on text of thousands of statements quadratic."""

    def __init__(self, phrases: Sequence[TaggedPhrase], use: TagUse) -> None:
        self.use = use
        kept = [p for p in phrases if p.confidence >= use.min_confidence and p.field in use.fields]
        self.phrases = sorted(kept, key=lambda p: p.span.start)
        self.starts = [p.span.start for p in self.phrases]
        self._sentence_starts: list[int] = []  # of the document, filled on first use (``Token.sent`` walks the
        self._sentence_ends: list[int] = []  # sentence, which is the whole text of a run-on one)

    def nearest(self, verb: Token, fits: Callable[[TaggedPhrase], bool]) -> TaggedPhrase | None:
        """The phrase of ``verb``'s sentence nearest to it (by first token; the earlier of two as near) that
        ``fits``, walking outward from the verb so that the first fitting one ends the search."""
        if not self._sentence_starts:
            bounds = [(sentence.start, sentence.end) for sentence in verb.doc.sents]
            self._sentence_starts = [start for start, _ in bounds]
            self._sentence_ends = [end for _, end in bounds]
        at = bisect_right(self._sentence_starts, verb.i) - 1
        first, last = self._sentence_starts[at], self._sentence_ends[at]
        left = bisect_left(self.starts, verb.i) - 1
        right = left + 1
        while True:
            left_ok = left >= 0 and self.starts[left] >= first
            right_ok = right < len(self.starts) and self.starts[right] < last
            if not (left_ok or right_ok):
                return None
            if left_ok and (not right_ok or verb.i - self.starts[left] <= self.starts[right] - verb.i):
                phrase, left = self.phrases[left], left - 1
            else:
                phrase, right = self.phrases[right], right + 1
            if fits(phrase):
                return phrase


def stated_from_tags(
    statement: OccasionInput,
    said_at: SaidAt | None,
    usable: UsablePhrases,
    published: str | None = None,
) -> OccasionInput:
    """``statement`` with the fields its rules left empty taken from tagged phrases of its own sentence, outside
    its content and source and apart from its other fields: the nearest to its verb."""
    if said_at is None:
        return statement
    values = {name: getattr(statement.stated, name) for name in FIELDS}
    for name in FIELDS:
        if values[name] is not None:
            continue

        def fits(p: TaggedPhrase, name: str = name) -> bool:
            return (
                p.field == name
                and not _overlaps_blocked(p.span, said_at.blocked)
                and not any(v is not None and _overlaps_value(p.span, v) for v in values.values())
                and not (OWN_CLAUSE_TAGS and _in_another_s_clause(p.span, said_at.verb))
            )

        nearest = usable.nearest(said_at.verb, fits)
        if nearest is not None:
            values[name] = _phrase_value(nearest, published)
    if all(values[name] is getattr(statement.stated, name) for name in FIELDS):
        return statement
    return replace(statement, stated=Stated(**values))


# A tagged phrase in a relative clause with a subject of its own, not the statement's verb's clause ("Mr. Bannon has
# been a supporter of Mr. Trump's pugilistic instincts, which the candidate has made clear in interviews"), is that
# subject's occasion, not the statement's (as ``sentence_settings.OWN_CLAUSE_PHRASES`` reads a setting). Rule on against
# off (fast.py, cache8; right values / false fills): train-d channel +0 / -2 (nyt_2016-08-18 trump-hires-conservative
# E14 "interviews"; nyt_2016-08-22 pundit-turns-adviser E45, "told me ..., something he denied to me ... in an
# interview"), two wrong carried channels made misses (nyt_2016-07-21 amid-discord E34-35, "his keynote address" of a
# relative clause on Christie); train 0-59 and train-c byte-identical.
OWN_CLAUSE_TAGS = True


def _in_another_s_clause(span: Span, verb: Token) -> bool:
    """Whether ``span`` sits in a relative clause with a subject of its own (``own_clause_subject``), not ``verb``'s."""
    return clause_verb(span.root) != verb and own_clause_subject(span.root) is not None


def _overlaps_value(span: Span, value: Span | TimePhrase) -> bool:
    other = value.span if isinstance(value, TimePhrase) else value
    return span.start < other.end and other.start < span.end


def _scenes(
    finder: CircumstanceFinder,
    coref: Coreference,
    taken: set[int],
    blocked: Sequence[tuple[int, int]],
    phrases: Sequence[TaggedPhrase],
    paragraphs: Paragraphs,
    use: TagUse,
) -> list[Setting]:
    """A setting per sentence that holds no statement and no rule's setting (``taken``), from its tagged phrases."""
    by_sentence: dict[int, list[TaggedPhrase]] = {}
    for phrase in phrases:
        number = finder.sentence_of[phrase.span.start]
        if number not in taken and not _overlaps_blocked(phrase.span, blocked):
            by_sentence.setdefault(number, []).append(phrase)
    found = []
    for found_in in by_sentence.values():
        first: dict[str, TaggedPhrase] = {}
        for phrase in found_in:
            first.setdefault(phrase.field, phrase)
        people: set[int] = set()
        for phrase in first.values():
            people |= subjects_of(coref, clause_verb(phrase.span.root))
            if phrase.field == "channel":
                people |= owners_of(coref, phrase.span)
        if not people and not use.unowned:
            continue
        stated = Stated(
            channel=first["channel"].span if "channel" in first else None,
            addressee=first["addressee"].span if "addressee" in first else None,
            time=TimePhrase(first["time"].span, resolve_span(first["time"].span.text, finder.published))
            if "time" in first
            else None,
        )
        start = min(p.span.start_char for p in first.values())
        used = use.adds_only and bool(people)
        found.append(Setting(start, paragraphs.of(start), frozenset(people), stated, used=used))
    return found


def fill_from_tags(
    held: Sequence[Held],
    said_at: Sequence[SaidAt | None],
    kept: UsablePhrases,
    published: str | None = None,
) -> list[Held]:
    """Each statement's occasion after carrying, its still empty fields taken from tagged phrases of its own
    sentence (as ``stated_from_tags`` takes them); ``said_at`` is aligned with ``held``."""
    if not kept.use.fills:
        return list(held)
    found = []
    for occasion, at in zip(held, said_at, strict=True):
        filled = stated_from_tags(OccasionInput(0, 0, None, occasion.stated), at, kept, published).stated
        found.append(Held(filled, occasion.carried))
    return found


# A channel the tagger filled for a statement after carrying (``fill_from_tags``) is never set for its speaker, so their
# next words do not carry it as they carry a channel the rules read ("In a conversation with HuffPost Live's Alyona
# Minkovski ..., the actor discussed ...", then "'Just imagine ...,' he said"; "he said aboard his campaign plane on
# Monday", then "'We've shown the capability to grow,' he added"). It is kept for the same speaker's next statement
# when that one is in the very next sentence (across a paragraph break too) and names no channel, no addressee and no
# time of its own (a carried time is no new "when"): the sentence just before is the occasion the words continue.
# Rule on against off (fast.py, cache8; right values / false fills): train-d channel +11 carried right / +1 false fill
# in 12 articles (the conversation, a Democratic debate, a get-out-the-vote event, ''This Week'', the campaign plane, a
# rally in Philadelphia, her victory speech, the convention floor, Twitter, the debate, the campaign trail; the false
# fill "a Cruz bumper sticker" displayed, then "Mr. Brown said"), addressee +1 carried right (the conversation's
# interviewer, which the channel holds), channel 0.6541 -> 0.6583, false fill 0.0841 -> 0.0844. Tried: any time of its
# own too, +0 right / +2 false fills ("Trump subsequently defended", "Obama said last month"); two sentences on,
# +1 right and 3 other values ("their victory speeches" for the next speaker); kept on along the speaker's statements
# after, +0; within the paragraph only, -7 right.
NEXT_SENTENCE_KEEPS_FILLS = True
MAX_FILL_SENTENCE_GAP = 1  # sentences: the statement's own and the very next one


def fills_kept_next(
    before: Sequence[Held], filled: Sequence[Held], statements: Sequence[OccasionInput], sentences: Sequence[int | None]
) -> list[Held]:
    """``filled`` with a channel the tagger filled for a statement (``fill_from_tags``: empty in ``before``) carried
    to the same speaker's next statement when that one is in the next sentence and names no channel, addressee or
    time of its own (``NEXT_SENTENCE_KEEPS_FILLS``). ``sentences`` are the statements' sentence numbers (None
    without a cue)."""
    out = list(filled)
    if not NEXT_SENTENCE_KEEPS_FILLS:
        return out
    for i in range(1, len(out)):
        prior, mine = statements[i - 1], statements[i]
        channel = out[i - 1].stated.channel
        if channel is None or before[i - 1].stated.channel is not None or "channel" in out[i - 1].carried:
            continue  # no fill: what the rules read they carry themselves
        if mine.speaker is None or mine.speaker != prior.speaker or mine.held_view:
            continue
        stated = out[i].stated
        if stated.channel is not None or stated.addressee is not None:
            continue
        if stated.time is not None and "time" not in out[i].carried:
            continue  # "Trump subsequently defended the incident": a moment of its own
        here, there = sentences[i], sentences[i - 1]
        if here is None or there is None or not 0 < here - there <= MAX_FILL_SENTENCE_GAP:
            continue
        out[i] = Held(replace(stated, channel=channel), out[i].carried | {"channel"})
    return out


# A channel the tagger filled for a statement of the story's lede paragraph (``fill_from_tags``: "Vice President Joe
# Biden on Monday hit the 2016 campaign trail with Hillary Clinton ..., trashing Donald Trump") is where the story tells
# its speaker was: their later statements that carry that occasion (nothing of their own stated, the lede's addressee
# and time or none) carry its channel too, however far on, until they state an occasion of their own. A fill reaches
# only the next sentence otherwise (``NEXT_SENTENCE_KEEPS_FILLS``), so the speaker kept the lede's day but lost its
# channel from the third paragraph on (experiments/occasion_carry/far_breaks.py: "broken-earlier same-setter"). Not a
# plural channel ("multiple reports": many occasions, none carried, ``carried_channels.many_occasions``; with plurals,
# +2 false fills in breitbart 2016-06-09 clinton-cash-debunk). Rule on against off (fast.py, cache9; right values /
# false fills): train-d channel +7 / 0, one article (breitbart 2016-08-15 biden-stumping: Biden's statements 2 to 14
# paragraphs after the lede), channel 0.6757 -> 0.6784 (carried 0.5435 -> 0.5481); train 0-59, train-c and the news
# pages (141) no change. Fires on one train-d article and on no page: a form, but thinly evidenced.
LEDE_FILLS_KEPT = True
# The lede is the story's first paragraph, or its second after a title line the paragraph reader did not take for a
# headline ("Biden, stumping for Clinton, trashes Trump." then the lede): paragraphs up to 1.
LAST_LEDE_PARAGRAPH = 1


def lede_fills_kept(
    before: Sequence[Held], filled: Sequence[Held], statements: Sequence[OccasionInput], first: int
) -> list[Held]:
    """``filled`` with a channel the tagger filled for a statement in the lede (from paragraph ``first``, after any
    headline, to ``LAST_LEDE_PARAGRAPH``; empty in ``before``) carried to its speaker's later statements that carry the
    same occasion and have no channel (``LEDE_FILLS_KEPT``), up to the first that states an occasion of its own."""
    out = list(filled)
    if not LEDE_FILLS_KEPT:
        return out
    done: set[int] = set()
    for i, statement in enumerate(statements):
        speaker = statement.speaker
        if speaker is None or speaker in done or statement.paragraph > LAST_LEDE_PARAGRAPH:
            continue
        channel = out[i].stated.channel
        if statement.paragraph < first or channel is None or before[i].stated.channel is not None:
            continue
        if many_occasions(channel):  # "multiple reports": many occasions, none carried
            continue
        done.add(speaker)
        lede = out[i].stated
        for j in range(i + 1, len(out)):
            if statements[j].speaker != speaker:
                continue
            own = statements[j].stated
            again = own.time is None or _same_time(own.time, lede.time)  # the lede's day stated again
            if own.channel is not None or own.addressee is not None or not again:
                break  # an occasion of their own
            held = out[j].stated
            same = held.addressee is lede.addressee and _same_time(held.time, lede.time)
            if held.channel is None and same and not statements[j].held_view:
                out[j] = Held(replace(held, channel=channel), out[j].carried | {"channel"})
    return out


def _same_time(one: TimePhrase | None, other: TimePhrase | None) -> bool:
    return (one is None and other is None) or (one is not None and other is not None and one.span == other.span)


def use_tagged(
    finder: CircumstanceFinder,
    coref: Coreference,
    statements: Sequence[OccasionInput],
    said_at: Sequence[SaidAt | None],
    settings: Sequence[Setting],
    paragraphs: Paragraphs,
    kept: UsablePhrases,
) -> tuple[list[OccasionInput], list[Setting]]:
    """The statements and settings the carrying rules are given, with the tagged phrases ``kept.use`` allows.
    ``said_at`` is aligned with ``statements`` (None for a statement without a cue)."""
    use = kept.use
    statements = list(statements)
    if use.stated or use.enrich:
        statements = [
            stated_from_tags(s, at, kept, finder.published) if use.stated or not s.stated.empty else s
            for s, at in zip(statements, said_at, strict=True)
        ]
    settings = list(settings)
    if use.scenes:
        taken = {finder.sentence_of[at.verb.i] for at in said_at if at is not None}
        taken |= {_sentence_at(finder, s.position) for s in settings if not s.only_a_day}
        blocked = [span for at in said_at if at is not None for span in at.blocked]
        settings = sorted(
            [*settings, *_scenes(finder, coref, taken, blocked, kept.phrases, paragraphs, use)],
            key=lambda s: s.position,
        )
    return statements, settings
