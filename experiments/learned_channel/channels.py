"""A learned fallback for the channel (and addressee) of a statement the rules leave with none: the channel phrases
read earlier in the article (other statements' stated and carried channels, channel phrases of narration sentences)
are scored by a logistic regression over generic features, and the best is carried when its probability reaches a
threshold chosen out of fold. An experiment (see README.md here): it reuses the time fallback's fitting
(``quotegraph.nlp.training.learned_times``) and its candidates' shape.

Every loop is bounded (a window of paragraphs and sentences, capped candidates and statements between), and the
narration phrases are read once an article, so the step stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import msgspec
from spacy.tokens import Doc

from quotegraph.model import Attribution, Entity
from quotegraph.model.attribution import Occasion
from quotegraph.model.span import TextSpan
from quotegraph.nlp.resolve.carrying.learned_times import ArticleStatements, _bucket
from quotegraph.nlp.resolve.carrying.learned_times import TimeCandidate as ChannelCandidate
from quotegraph.nlp.resolve.quoted_regions import in_regions
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import channel_words

REACH_PARAGRAPHS = 4  # paragraphs back a phrase may lie: an occasion is told once and its statements follow closely
REACH_SENTENCES = 14  # and sentences back, so that one long paragraph does not hold the window open
MAX_CANDIDATES = 8  # phrases weighed a statement, nearest first
MAX_BETWEEN = 24  # statements read between a phrase and the statement
_CUE_LEMMAS = frozenset({"say", "tell", "add", "write", "ask", "according", "continue", "note", "explain"})
# the forms a channel takes, read off its words (the first that matches names it)
FORMS = (
    ("interview", re.compile(r"\binterview", re.IGNORECASE)),
    ("conference", re.compile(r"\b(?:conference|briefing|news\s+event|press\s+event)", re.IGNORECASE)),
    ("statement", re.compile(r"\b(?:statement|release|communiqu)", re.IGNORECASE)),
    ("post", re.compile(r"\b(?:post|tweet|twitter|facebook|instagram|social\s+media|online|x)\b", re.IGNORECASE)),
    ("letter", re.compile(r"\b(?:letter|e-?mail|memo|message|note|text)", re.IGNORECASE)),
    ("scene", re.compile(
        r"\b(?:meeting|hearing|session|rally|speech|debate|address|assembly|event|ceremony|forum|summit|"
        r"vigil|gathering|protest|visit|tour|court|trial|inquiry|council|parliament|senate|house)", re.IGNORECASE)),
    ("broadcast", re.compile(
        r"\b(?:radio|television|tv|show|programme|program|podcast|broadcast|channel|news|video)", re.IGNORECASE)),
    ("document", re.compile(r"\b(?:report|filing|document|study|survey|poll|record|paper|book|article)",
                            re.IGNORECASE)),
)  # fmt: skip


@dataclass(frozen=True)
class ChannelModel:
    """A logistic regression over candidates' features; the best candidate is carried at ``threshold``."""

    threshold: float
    weights: Mapping[str, float]
    bias: float

    def probability(self, features: Mapping[str, float]) -> float:
        score = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def form_of(text: str) -> str:
    return next((name for name, pattern in FORMS if pattern.search(text)), "other")


def _speaker(a: Attribution) -> str | None:
    return a.speaker.entity if a.speaker is not None else None


class _Article(ArticleStatements):
    """One article's sentences, paragraphs, narration channel phrases and statements, each read once. The time
    fallback's reader (``ArticleStatements``) gives the sentences, the blank-line paragraphs and the statements with
    ``sentence``, ``paragraph`` and ``between``; the channel values and phrases are read here."""

    def __init__(
        self, doc: Doc, text: str, attributions: Sequence[Attribution], entities: Sequence[Entity], field: str
    ) -> None:
        super().__init__(doc, text, attributions, entities)
        self.field = field
        self.values = [self._value(a) for a in attributions]
        # channel phrases of sentences (read once): the narration's occasions and those no statement took
        self.phrases: list[tuple[int, int, str]] = []
        if field == "channel":
            for sentence in self.sentences:
                for word in channel_words(sentence):
                    span = channel_phrase(word)
                    if len(span):
                        self.phrases.append((span.start_char, span.end_char, span.text))
        self.phrase_starts = [p[0] for p in self.phrases]
        self.kinds = len({v[2].casefold() for v in self.values if v is not None})
        self.prev_same: list[bool] = []
        for n, i in enumerate(self.order):
            before = self.order[n - 1] if n else None
            self.prev_same.append(
                before is not None
                and _speaker(attributions[i]) is not None
                and _speaker(attributions[before]) == _speaker(attributions[i])
            )
        self.continues = {i: self.prev_same[n] for n, i in enumerate(self.order)}

    def _value(self, a: Attribution) -> tuple[int, int, str, bool] | None:
        occasion: Occasion | None = getattr(a, self.field)
        if occasion is None or not occasion.spans:
            return None
        return occasion.spans[0].start, occasion.spans[-1].end, occasion.text, occasion.carried

    def spans(self, index: int) -> list[tuple[int, int, str, str, int | None]]:
        """(start, end, text, source, owner statement) of the phrases in reach of statement ``index``, nearest
        first."""
        a = self.attributions[index]
        at = self.firsts[index]
        sent = self.sentence(at)
        low_par = self.paragraphs.starts[max(0, self.paragraph(at) - REACH_PARAGRAPHS)]
        low = max(low_par, self.sent_starts[max(0, sent - REACH_SENTENCES)] if self.sent_starts else 0)
        high = self.sent_ends[sent] if self.sent_ends else len(self.text)
        own = [(s.start, s.end) for s in a.content.spans] if a.content is not None else []
        found: dict[tuple[int, int], tuple[str, str, int | None]] = {}
        for j in reversed(self.between(low, high)):
            value = self.values[j]
            if j != index and value is not None and value[0] < high:
                found.setdefault((value[0], value[1]), (value[2], "carried" if value[3] else "stated", j))
        lo = bisect.bisect_left(self.phrase_starts, low)
        hi = bisect.bisect_left(self.phrase_starts, high)
        for start, end, text in reversed(self.phrases[max(lo, hi - 4 * MAX_CANDIDATES) : hi]):
            if not any(s <= start < e for s, e in own):
                found.setdefault((start, end), (text, "phrase", None))
        nearest = sorted(found.items(), key=lambda item: -item[0][0])[:MAX_CANDIDATES]
        return [(s, e, text, source, owner) for (s, e), (text, source, owner) in nearest]

    def candidates(self, index: int) -> list[ChannelCandidate]:
        a = self.attributions[index]
        at = self.firsts[index]
        sent = self.sentence(at)
        par = self.paragraph(at)
        speaker = _speaker(a)
        mentions = self.mentions.get(speaker or "", [])
        found = self.spans(index)
        other = "addressee" if self.field == "channel" else "channel"
        statement: dict[str, float] = {
            "kind=" + a.kind: 1.0,
            "type=" + a.type: 1.0,
            "cue=" + (a.cue.lemma if a.cue is not None and a.cue.lemma in _CUE_LEMMAS else "other"): 1.0,
            "statement_lede": float(par <= 1),
            "has_other": float(getattr(a, other) is not None),
            "has_time": float(a.time is not None),
            "time_carried": float(a.time is not None and a.time.carried),
            "candidates=" + _bucket(len(found), (1, 2, 4)): 1.0,
            "no_speaker": float(speaker is None),
            "continues": float(self.continues.get(index, False)),
            "article_values=" + _bucket(self.kinds, (0, 1, 2, 4)): 1.0,
        }
        out = []
        for rank, (start, end, text, source, owner) in enumerate(found):
            csent = self.sentence(start)
            cpar = self.paragraph(start)
            f = dict(statement)
            f["par_back=" + _bucket(par - cpar, (0, 1, 2, 3))] = 1.0
            f["sent_back=" + _bucket(sent - csent, (0, 1, 2, 4, 8))] = 1.0
            f["rank=" + _bucket(rank, (0, 1, 2))] = 1.0
            f["source=" + source] = 1.0
            form = form_of(text)
            f["form=" + form] = 1.0
            f[f"form={form}&source={source}"] = 1.0
            owner_speaker = _speaker(self.attributions[owner]) if owner is not None else None
            same = speaker is not None and owner_speaker == speaker
            f["owner_same_speaker"] = float(same)
            f["owner_other_speaker"] = float(owner is not None and not same)
            in_sent = [j for j in self.by_sentence.get(csent, ())[:MAX_BETWEEN] if j != index]
            f["sent_holds_statement"] = float(bool(in_sent))
            f["sent_holds_same_speaker"] = float(
                any(speaker is not None and _speaker(self.attributions[j]) == speaker for j in in_sent)
            )
            f["in_content"] = float(in_regions(self.contents, start))
            sent_lo = self.sent_starts[csent] if self.sent_starts else 0
            sent_hi = self.sent_ends[csent] if self.sent_ends else len(self.text)
            k = bisect.bisect_left(mentions, sent_lo)
            f["speaker_named_in_sent"] = float(k < len(mentions) and mentions[k] < sent_hi)
            f["speaker_first_named_after"] = float(bool(mentions) and mentions[0] > end)
            between = [j for j in self.between(end, at) if j != index]
            f["statements_between=" + _bucket(len(between), (0, 1, 3))] = 1.0
            others = {_speaker(self.attributions[j]) for j in between} - {speaker}
            f["other_speakers_between=" + _bucket(len(others), (0, 1))] = 1.0
            differ = {v[2].casefold() for j in between if (v := self.values[j]) is not None} - {text.casefold()}
            f["other_values_between=" + _bucket(len(differ), (0, 1))] = 1.0
            empty = sum(self.values[j] is None for j in between)
            f["empty_between=" + _bucket(empty, (0, 1, 3))] = 1.0
            f["phrase_lede"] = float(cpar <= 1)
            if speaker is not None and same:
                f["same_speaker&par_back=" + _bucket(par - cpar, (0, 1, 2))] = 1.0
            out.append(ChannelCandidate(start, end, text, f))
        return out


def channel_candidates(
    doc: Doc, text: str, attributions: Sequence[Attribution], entities: Sequence[Entity], field: str = "channel"
) -> dict[int, list[ChannelCandidate]]:
    """The candidates of every statement with no ``field`` (channel or addressee), by its index."""
    article = _Article(doc, text, attributions, entities, field)
    return {i: article.candidates(i) for i, a in enumerate(attributions) if getattr(a, field) is None}


def with_learned(
    doc: Doc,
    text: str,
    attributions: list[Attribution],
    entities: Sequence[Entity],
    model: ChannelModel,
    field: str = "channel",
) -> list[Attribution]:
    """The attributions, each with no ``field`` given its best candidate when the model is sure enough of it."""
    if all(getattr(a, field) is not None for a in attributions):
        return attributions
    out = list(attributions)
    for index, candidates in channel_candidates(doc, text, attributions, entities, field).items():
        scored = [(model.probability(c.features), c) for c in candidates]
        if not scored:
            continue
        probability, best = max(scored, key=lambda pair: pair[0])
        if probability >= model.threshold:
            value = Occasion(spans=(TextSpan(best.start, best.end),), text=best.text, carried=True)
            out[index] = msgspec.structs.replace(out[index], **{field: value})
    return out
