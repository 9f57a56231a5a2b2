"""Media the cue's sentence names outside the cue's clause, wherever the parser hangs them (``SentenceMedia``): a
medium phrase set off at the sentence's end ("..., in an interview with CNN on Sunday."), one closing the reported
words ("during a hearing last week."), a closing "according to" a medium or an outlet, and a broadcast named by its
title ("on Wednesday's “Sean Hannity Show”"). ``circumstances`` takes them when the clause names no channel.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word, outlet_noun
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.sentence_reader import SentenceReader
from quotegraph.nlp.resolve.stated.stated_channels import participle_after
from quotegraph.nlp.resolve.stated.stated_clauses import distance, outside, quoted
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.timeexpr import WEEKDAY, resolve_span

__all__ = [
    "SentenceMedia",
]

_CLOSING_PREPS = frozenset({"in", "on", "during", "via", "through"})  # ", in an interview with CNN."

# A title's quote marks: curly, straight, or two apostrophes, as some papers' text writes them ("on NBC's ''Meet the
# Press''"); a title's words run to the next mark, never across two apostrophes
_TITLE = r"(?:[“\"]|'')[A-Z](?:(?!'')[^”\"\n]){0,80}(?:[”\"]|'')"

# A broadcast named by its owner, a network or the day it aired, and its title in quotation marks: "on
# Wednesday's “Sean Hannity Show”", "on Fox News channel's “Sunday Morning Futures,”". The owner starts with
# a capital and runs at most four words, with no comma ("on Thursday, said on NBC's" is two phrases); a title at most 80
# characters on one line.
_PROGRAMME = re.compile(
    r"(?P<name>\b[Oo]n\s+(?P<owner>[A-Z][^\s“\"”,]*(?:\s+[^\s“\"”,]+){0,3}?)[’']s\s+" + _TITLE + ")"
    rf"(?:\s+(?P<aired>{WEEKDAY})\b)?"  # "On ABC's “Good Morning America” Tuesday"
)

_WEEKDAY_NAME = re.compile(WEEKDAY)

# The same title with no owner, right after a verb of saying or appearing ("said on “Meet the Press” that"):
# after other verbs "on" is a topic ("commented on “Obamacare”").
_TITLE_ONLY = re.compile(r"(?P<name>\b[Oo]n\s+" + _TITLE + ")" + rf"(?:\s+(?P<aired>{WEEKDAY})\b)?")

# A closing "according to" a medium or an outlet is the statement's channel (``SentenceMedia._closing_according``).
# Rule on against off (fast.py): on train-d it fires on 5 statements, all of which an "according to" statement over the
# same words already gives that channel or none annotated; no figure changes (one unannotated statement gains "an email
# from the president of the AFL-CIO ..."). A news page's form ("Russia's border service said ..., according to the
# Interfax news agency.", boat-seizure-translated.html).
CLOSING_ACCORDING = True

_CLOSING_IN_CONTENT_PREPS = frozenset({"in", "during"})  # "on" there is a topic's as often ("based on her statements")

# Occasions of speaking one reports words said in: not a document read later (a book, a report), a programme or a
# gathering (a convention, a rally), which inside the reported words name where the reported deed happened
_SPOKEN_IN = frozenset(
    {"statement", "interview", "hearing", "appearance", "conference", "speech", "remark", "briefing", "address"}
)

# The prepositions whose gerund names a deed laid on someone ("accused X of misrepresenting", "criticized for saying")
_DEED_PREPS = frozenset({"of", "for"})

_ON_AIR_VERBS = frozenset({"say", "speak", "appear", "talk", "argue", "add", "insist", "claim", "predict", "warn"})


def _under_a_deed_laid(prep: Token, verb: Token) -> bool:
    """Whether a gerund after "of" or "for" stands between ``prep`` and the cue's ``verb`` above it ("accused another
    reporter of misrepresenting herself in interviews"): the deed is another's; the phrase tells where it was done."""
    word = prep.head
    while word != verb and word.head != word:
        if word.dep_ == "pcomp" and word.head.lower_ in _DEED_PREPS:
            return True
        word = word.head
    return False


class SentenceMedia(SentenceReader):
    """Media the cue's sentence names outside the cue's clause, wherever the parser hangs them: a closing phrase, a
    closing "according to", a broadcast named by its title."""

    def _closing(self, cue: Token) -> Stated | None:
        """A medium phrase set off by a comma at the end of the cue's sentence ("saying his campaign doesn't want
        “that crap,” in an interview with CNN on Sunday."): the parser hangs it on the reported clause, but
        the comma sets it apart, and it tells how the words went out, with the time inside it."""
        sentence = self.sentence(cue)
        for word in self.channels_in(sentence):
            prep = word.head
            if word.dep_ != "pobj" or prep.i <= cue.i or prep.lower_ not in _CLOSING_PREPS:
                continue
            before = [t for t in sentence.doc[sentence.start : prep.i] if t.tag_ != "''"]
            if before and before[-1].text == "," and (closing := self._ends_sentence(word, sentence)) is not None:
                return closing
        return self._closing_according(cue, sentence) if CLOSING_ACCORDING else None

    def _ends_sentence(self, medium: Token, sentence: Span) -> Stated | None:
        """The occasion the phrase of ``medium`` (its preposition's phrase, and a participle on it) tells when nothing
        but punctuation follows it in ``sentence``: the medium as the channel, with the time inside the phrase."""
        prep = medium.head
        end = participle_after(prep.right_edge, sentence)
        if not all(t.is_punct or t.is_space for t in sentence.doc[end : sentence.end]):
            return None
        times = [t for t in self.times_in(sentence) if prep.i <= t.span.start and t.span.end <= end]
        return Stated(channel=channel_phrase(medium), time=times[0] if times else None)

    def _closing_in_content(self, cue: Token, blocked: list[tuple[int, int]]) -> Stated | None:
        """An occasion of speaking (``_SPOKEN_IN``) in an "in" or "during" phrase that closes the cue's sentence inside
        the reported words, which the parser hangs on the reported clause ("said those statements were wrong during a
        hearing last week.", "called for a redoubling of efforts ... in a statement following the news."): where the
        words were said, with the time inside the phrase (``CLOSING_IN_CONTENT``); not in quoted words, nor under a
        deed laid on another ("accused another reporter of misrepresenting herself in interviews")."""
        sentence = self.sentence(cue)
        verb = clause_verb(cue)
        for word in self.channels_in(sentence):
            prep = word.head
            if word.dep_ != "pobj" or prep.i <= cue.i or prep.lower_ not in _CLOSING_IN_CONTENT_PREPS:
                continue
            if (
                word.lemma_.lower() not in _SPOKEN_IN
                or outside(word, blocked)
                or quoted(word.doc[word.i : word.i + 1], self._quotes)
            ):
                continue
            if verb not in prep.ancestors or _under_a_deed_laid(prep, verb):
                continue
            if (closing := self._ends_sentence(word, sentence)) is not None:
                return closing
        return None

    def _closing_according(self, cue: Token, sentence: Span) -> Stated | None:
        """ "Russia's border service said the vessel had been detained, according to the Interfax news agency.", "“...,”
        Obama said of the families, according to a White House pool report.": "according to" a medium or an outlet, set
        off by a comma at the end of the cue's sentence, after the cue, is what the words came through, as a closing
        "in an interview" is (``CLOSING_ACCORDING``); not a person ("according to an aide": who passed them on)."""
        return next((stated for at, stated in self._closing_accordings_in(sentence) if at > cue.i + 1), None)

    def _closing_accordings_in(self, sentence: Span) -> list[tuple[int, Stated]]:
        """Each closing "according to" a medium or an outlet in ``sentence`` (``_closing_according``) with the index of
        its "according", read once a sentence (a sentence of many cues would read it again for each)."""
        if sentence.start in self._accordings:
            return self._accordings[sentence.start]
        doc = sentence.doc
        found = []
        for according in (t for t in sentence if t.lower_ == "according"):
            to = doc[according.i + 1] if according.i + 1 < sentence.end else None
            if to is None or to.lower_ != "to" or according.i == 0 or doc[according.i - 1].text != ",":
                continue
            words = [c for c in children_of(to) if c.dep_ == "pobj" and (is_channel_word(c) or outlet_noun(c))]
            if not words:
                continue
            end = participle_after(words[0].right_edge, sentence)
            if all(t.is_punct or t.is_space for t in doc[end : sentence.end]):
                found.append((according.i, Stated(channel=channel_phrase(words[0]))))
        self._accordings[sentence.start] = found
        return found

    def _programme(self, cue: Token) -> Stated | None:
        """A broadcast named in the cue's sentence as "on Wednesday's “Sean Hannity Show”" or "On ABC's “Good
        Morning America”": the statement's channel, and a weekday that owns it its time, wherever the parser
        hangs the phrase (often on the reported clause it ends)."""
        found = self._programmes_in(self.sentence(cue))
        return min(found, key=lambda p: distance(p.channel, cue) if p.channel else 0, default=None)

    def _programmes_in(self, sentence: Span) -> list[Stated]:
        """The broadcasts named in ``sentence``, read once a sentence (a sentence of many cues would read them
        again for each)."""
        if sentence.start in self._programmes:
            return self._programmes[sentence.start]
        found = []
        titled = [m for m in _TITLE_ONLY.finditer(self.text, sentence.start_char, sentence.end_char) if self._on_air(m)]
        for match in [*_PROGRAMME.finditer(self.text, sentence.start_char, sentence.end_char), *titled]:
            channel = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
            aired = "aired" if match.group("aired") else "owner" if "owner" in match.groupdict() else "name"
            day = self.doc.char_span(match.start(aired), match.end(aired), alignment_mode="expand")
            if channel is None or day is None:
                continue
            dated = _WEEKDAY_NAME.fullmatch(day.text) is not None
            found.append(
                Stated(channel=channel, time=TimePhrase(day, resolve_span(day.text, self.published)) if dated else None)
            )
        self._programmes[sentence.start] = found
        return found

    def _on_air(self, match: re.Match[str]) -> bool:
        """Whether the word before a title-only match is a verb of saying or appearing."""
        on = self.doc.char_span(match.start("name"), match.start("name") + 2)
        return on is not None and on.start > 0 and self.doc[on.start - 1].lemma_.lower() in _ON_AIR_VERBS
