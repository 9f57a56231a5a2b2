"""Channel, addressee and time of one attribution, read around its cue.

A channel or time belongs to the attribution when it sits in the cue's clause ("In an interview with
CNN en Español over the weekend, she reiterated"). When the cue's sentence has none, the sentences just
before are searched for a clause whose subject is the same speaker ("The nominee took to Instagram on
Friday ... 'Quote,' Gascón wrote"), since a quote often follows the sentence that sets its scene.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.resolve.channels import addressee_of, channel_phrase, channel_words, clause_verb, governs
from quotegraph.nlp.resolve.clusters import Cluster
from quotegraph.nlp.resolve.coref import Coreference
from quotegraph.nlp.resolve.timeexpr import TimeMatch, find_times

__all__ = ["CircumstanceFinder", "Circumstances"]

_CONTEXT_SENTENCES = 2  # sentences before the cue's searched for the speaker's channel and time
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Circumstances:
    channel: Span | None = None
    addressee: Span | None = None
    time: TimeMatch | None = None
    time_span: Span | None = None


def _outside(token: Token, blocked: list[tuple[int, int]]) -> bool:
    return not any(start <= token.idx < end for start, end in blocked)


def _belongs(verb: Token, token: Token, blocked: list[tuple[int, int]]) -> bool:
    """In the cue's clause and not part of the content or source, unless it hangs on the cue verb itself
    (a content span that overreaches, "told X earlier this week that...", must not hide the cue's time)."""
    governing = clause_verb(token)
    return governing == verb or (governs(verb, governing) and _outside(token, blocked))


def _subject_cluster(coref: Coreference, verb: Token) -> Cluster | None:
    for candidate in (verb, verb.head):
        for child in candidate.children:
            if child.dep_ in _SUBJECT_DEPS:
                return coref.cluster_at(child)
        if candidate.dep_ not in ("xcomp", "advcl", "conj"):
            break
    return None


def _time_spans(doc: Doc, text: str, sentence: Span, published: str | None) -> list[tuple[TimeMatch, Span]]:
    found = []
    for match in find_times(text, sentence.start_char, sentence.end_char, published):
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is not None and len(span):
            found.append((match, span))
    return found


class CircumstanceFinder:
    """Finds channel, addressee and time for cues of one document."""

    def __init__(self, doc: Doc, coref: Coreference, published: str | None) -> None:
        self.doc = doc
        self.coref = coref
        self.published = published
        self.sentences = list(doc.sents)
        self.text = doc.text  # Doc.text joins every token on each call: read it once
        self._times: dict[int, list[tuple[TimeMatch, Span]]] = {}

    def _times_in(self, number: int) -> list[tuple[TimeMatch, Span]]:
        if number not in self._times:
            self._times[number] = _time_spans(self.doc, self.text, self.sentences[number], self.published)
        return self._times[number]

    def _own_clause(self, verb: Token, number: int, blocked: list[tuple[int, int]]) -> tuple[Span | None, int | None]:
        sentence = self.sentences[number]
        channels = [w for w in channel_words(sentence) if _belongs(verb, w, blocked)]
        times = [i for i, (_, span) in enumerate(self._times_in(number)) if _belongs(verb, span.root, blocked)]
        channel = channel_phrase(min(channels, key=lambda w: abs(w.i - verb.i))) if channels else None
        return channel, (times[0] if times else None)

    def _context(self, speaker: Cluster, number: int) -> tuple[Span | None, tuple[int, int] | None]:
        """The nearest earlier clause whose subject is the speaker, with its channel and time."""
        for back in range(number - 1, max(-1, number - 1 - _CONTEXT_SENTENCES), -1):
            sentence = self.sentences[back]
            channels = [w for w in channel_words(sentence) if _subject_cluster(self.coref, clause_verb(w)) is speaker]
            times = [
                i
                for i, (_, span) in enumerate(self._times_in(back))
                if _subject_cluster(self.coref, clause_verb(span.root)) is speaker
            ]
            if channels or times:
                return (channel_phrase(channels[0]) if channels else None), ((back, times[0]) if times else None)
        return None, None

    def find(
        self, cue: Token, speaker: Cluster | None, blocked: list[tuple[int, int]], channel: Span | None
    ) -> Circumstances:
        verb = clause_verb(cue)
        number = self.coref.sentence_of[cue.i]
        own_channel, own_time = self._own_clause(verb, number, blocked)
        channel = channel or own_channel
        time = (number, own_time) if own_time is not None else None
        if speaker is not None and (channel is None or time is None):
            context_channel, context_time = self._context(speaker, number)
            channel = channel or context_channel
            time = time or context_time
        match, span = self._times_in(time[0])[time[1]] if time else (None, None)
        return Circumstances(channel=channel, addressee=addressee_of(verb), time=match, time_span=span)
