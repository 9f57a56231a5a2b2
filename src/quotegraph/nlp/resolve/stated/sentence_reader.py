"""One document's sentences, entities, channel words and times, each read once a sentence (``SentenceReader``).

The readers of a statement's occasion (``statement_times``, ``sentence_media``, ``circumstances``) build on it: the
times it keeps are those that may date a saying (not a timestamp, a dateline, quoted words, a year of the story or
later, a time of a noun or of what is referred to), with a clock time written as one token (``CLOCK_TOKENS``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quotegraph.model.periods import ISO_YEAR_CHARS
from quotegraph.nlp.find.datelines import in_dateline
from quotegraph.nlp.find.lines import document_lines
from quotegraph.nlp.find.quotes import document_quote_regions
from quotegraph.nlp.resolve.stated.channels import channel_words
from quotegraph.nlp.resolve.stated.dated_elsewhere import (
    a_programme_s_title,
    a_year,
    dates_a_verb,
    in_what_is_referred_to,
    kind_of_programme,
)
from quotegraph.nlp.resolve.stated.stated_clauses import quoted
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import (
    TimePhrase,
    ends_a_stretch,
    point_in_time,
    says_that,
    time_phrase_of,
    topic_of_saying,
)
from quotegraph.nlp.resolve.stated.time_positions import dates_a_noun, fronted_alone
from quotegraph.nlp.resolve.stated.timeexpr import document_times, find_times, named_day, resolve_span
from quotegraph.nlp.syntax import WORD_CHARACTER

__all__ = [
    "BACK_SENTENCES",
    "CLOCK_TIME",
    "SentenceReader",
]

BACK_SENTENCES = 8  # sentences read back for the time "at the time" names, so the walk stays bounded

_AT_THE_TIME_THAT = re.compile(r"\bat\s+the\s+time(?=\s+that\b)", re.IGNORECASE)

CLOCK_TIME = r"(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m)"

# "said in a statement at 11.40am that": the tokenizer keeps a clock time written without a space ("11.40am",
# "11:40am") as one token the tagger calls a number (CARDINAL), while "10:15 a.m." and "6pm" are split and tagged TIME;
# such a token is read as the time it is, wherever a tagged time would be. Rule on against off (fast.py): train-d,
# train 0-59 and train-c byte-identical (their clock times are spaced, "9 p.m.", or stand in a tagline); news pages
# time and every field +2, no loss (light-plane-runway-crash.html, its two statements "in a statement at 11.40am"):
# a form of the pages alone, suspect of fitting by that, kept as a reading of one time expression (as CLOCK_MOMENTS).
CLOCK_TOKENS = True

# "The airport said at 6pm that": an hour with its "pm" unspaced is tagged TIME whole, but the moment pattern of
# ``stated_times.point_in_time`` wants a word boundary before "pm", so it was no time; read as ``CLOCK_TOKENS`` reads
# "11.40am". Rule on against off (fast.py): train-d, train 0-59 and train-c byte-identical, news pages unchanged (their
# "at 6pm" stand before a day, read by ``CLOCK_MOMENTS``): a repair of the time reader the brief asked to check, with
# no measured effect.
CLOCK_HOURS = True

_CLOCK_TOKEN = re.compile(CLOCK_TIME, re.IGNORECASE)


def _clock_token(entity: Span) -> bool:
    """ "11.40am": a clock time the tagger calls a number (``CLOCK_TOKENS``); "6pm", which it tags as a time but
    ``stated_times.point_in_time`` misses (no word boundary between "6" and "pm"), with ``CLOCK_HOURS``."""
    labels = ("CARDINAL", "TIME") if CLOCK_HOURS else ("CARDINAL",)
    return CLOCK_TOKENS and entity.label_ in labels and _CLOCK_TOKEN.fullmatch(entity.text) is not None


# A time inside the name of what a statement points to or answers ("pointing to a 2024 speech in which he praised
# toll-road leases", "referring to the Sept. 16 debate", "responded to Monday's tweet") dates that earlier thing, not
# the statement. Rule on against off (fast.py): train-d time -1 false fill ("last week"), 1 wrong carried time now none
# ("Sept. 16" of "referring to the Sept. 16 debate"); train-c no change.
REFERRED_TIMES = True


class SentenceReader:
    """The sentences, entities, channel words and times of one document, each read once a sentence, for the
    readers of a statement's occasion (``CircumstanceFinder`` and its parts)."""

    def __init__(
        self, doc: Doc, text: str, published: str | None, sentences: list[Span], sentence_of: list[int]
    ) -> None:
        """``text`` is ``doc.text``, read once by the caller: spaCy joins it from every token on each read."""
        self.doc = doc
        self.published = published
        self.text = text
        self.sentences = sentences
        self.sentence_of = sentence_of
        self._times: dict[int, list[TimePhrase]] = {}
        self._channels: dict[int, list[Token]] = {}
        self._programmes: dict[int, list[Stated]] = {}
        self._accordings: dict[int, list[tuple[int, Stated]]] = {}
        self._lines = document_lines(doc)
        self._quotes = document_quote_regions(doc)
        # Span.ents rebuilds every entity of the document on each read: per sentence, that was quadratic
        self._entities = list(doc.ents)
        self._entity_starts = [entity.start for entity in self._entities]

    def sentence(self, token: Token) -> Span:
        """``token.sent`` without its walk back to the sentence start."""
        return self.sentences[self.sentence_of[token.i]]

    def entities_in(self, sentence: Span) -> list[Span]:
        """The tagger's entities wholly inside ``sentence``, in text order (``sentence.ents`` without its walk
        over the whole document)."""
        found = []
        for entity in self._entities[bisect_left(self._entity_starts, sentence.start) :]:
            if entity.start >= sentence.end:
                break
            if entity.end <= sentence.end:
                found.append(entity)
        return found

    def channels_in(self, sentence: Span) -> list[Token]:
        """The channel words of ``sentence`` in a channel's position, read once a sentence."""
        if sentence.start not in self._channels:
            self._channels[sentence.start] = channel_words(sentence)
        return self._channels[sentence.start]

    def times_in(self, sentence: Span) -> list[TimePhrase]:
        """Dated expressions and the tagger's dates and times of ``sentence``, in text order."""
        if sentence.start not in self._times:
            found = []
            for match in document_times(self.doc, self.text, sentence.start_char, sentence.end_char, self.published):
                span = self.doc.char_span(match.start, match.end, alignment_mode="expand")
                if span is not None and len(span):
                    found.append(TimePhrase(span, match.date))
            taken = {t.i for phrase in found for t in phrase.span}
            for entity in map(time_phrase_of, self.entities_in(sentence)):
                if (
                    (point_in_time(entity) or _clock_token(entity))
                    and not topic_of_saying(entity)
                    and not any(t.i in taken for t in entity)
                    and not named_day(self.text, entity.start_char)
                ):
                    found.append(TimePhrase(entity, resolve_span(entity.text, self.published)))
            found.extend(self._at_the_time_that(sentence))
            found = [phrase for phrase in found if self._may_date_a_saying(phrase.span)]
            self._times[sentence.start] = sorted(found, key=lambda phrase: phrase.span.start)
        return self._times[sentence.start]

    def _at_the_time_that(self, sentence: Span) -> list[TimePhrase]:
        """ "wrote at the time that the cooking was fearless": "at the time" before the "that" that opens the words
        said (a conjunction on a clause the verb governs) is the saying's moment; ``find_times`` leaves out "at the
        time that", which in "at the time that the bill passed" dates what follows. (Train-d no change, train 0-59 +1
        right.)"""
        found = []
        for match in _AT_THE_TIME_THAT.finditer(self.text, sentence.start_char, sentence.end_char):
            span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            that = self.doc[span.end] if span is not None and span.end < len(self.doc) else None
            if span is not None and that is not None and says_that(span.root.head, that):
                found.append(TimePhrase(span))
        return found

    def _may_date_a_saying(self, span: Span) -> bool:
        return (
            not self._timestamp(span)
            and not self._this_year_or_later(span)
            and dates_a_verb(span)
            and not dates_a_noun(span)
            and not ends_a_stretch(span)
            and not (REFERRED_TIMES and in_what_is_referred_to(span))
            and not kind_of_programme(span)
            and not a_programme_s_title(span)
            and not quoted(span, self._quotes)
            and not in_dateline(self.text, self._lines, span.start_char, span.end_char)
        )

    def _this_year_or_later(self, span: Span) -> bool:
        """A year alone dates a saying of a past year ("In 2012"); the story's own year or a later one is when
        what is talked of happens ("the qualities necessary in a nominee in 2016"), a saying of this year being
        dated by its day. Not one that opens the sentence before its verb ("In 2016, Mrs. Schlafly endorsed Donald J.
        Trump", an obituary's; train-d +2 stated right, no false fill), which dates the verb (``fronted_alone``)."""
        year = re.search(r"\d{4}", span.text)
        published = (self.published or "")[:ISO_YEAR_CHARS]
        later = a_year(span) and year is not None and published.isdigit() and year.group() >= published
        return later and not fronted_alone(span)

    def _timestamp(self, span: Span) -> bool:
        """A time that is the whole of its line ("12:50 p.m.:" over a live blog's entry) dates the entry,
        not a statement."""
        line_start, line_end = self._lines.start(span.start_char), self._lines.end(span.end_char)
        return not (
            WORD_CHARACTER.search(self.text, line_start, span.start_char)
            or WORD_CHARACTER.search(self.text, span.end_char, line_end)
        )

    def date_within(self, clause: Span) -> str | None:
        """ "after a day of talks on Thursday": the date of a day named inside a phrase of time, which ``times_in``
        leaves out as the date of the noun it hangs on (``dates_a_noun``). The phrase places the saying on that day
        or just after it, as "After the debate in Miami last week" does with a date ``times_in`` keeps; with its
        date, the phrase is carried as a day is (``as_carried.MAX_UNDATED_GAP``)."""
        if quoted(clause, self._quotes):
            return None
        found = find_times(self.text, clause.start_char, clause.end_char, self.published)
        return next((match.date for match in found if match.date is not None), None)

    def _paragraph_reach(self, index: int, at: int) -> int:
        """Where the paragraph before the one holding character ``at`` of sentence ``index`` starts, looked for only
        as far back as the ``BACK_SENTENCES`` sentences before it (0 when no break is that near): a look-back over
        "this paragraph or the one before" stops there, and never scans the text back to its start for each cue."""
        bound = self.sentences[max(0, index - BACK_SENTENCES)].start_char
        previous = self.text.rfind("\n\n", bound, at)  # paragraph breaks within the reach
        return 0 if previous < 0 else self.text.rfind("\n\n", bound, previous) + 1
