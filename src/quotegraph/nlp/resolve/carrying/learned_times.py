"""A learned fallback for the time of a statement the rules leave with none: the time phrases read earlier in the
article are scored by a logistic regression over generic features (how far back, whether the phrase's sentence holds
a statement of the same speaker, the phrase's form, the verb it dates, other times or occasions between, the
article's days), and the best is carried when its probability reaches the shipped threshold.

The weights (``weights/times-v1.json``) are fitted by ``quotegraph.nlp.training.learned_times`` (``make
train-times``) on the blind-written news pages of the fixtures and on PolNeAR train 84-473's occasion gold; see
``experiments/learned_time/README.md`` for the figures. Every loop is bounded (a window of paragraphs and sentences,
capped candidates and statements between), so the step stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import msgspec
from spacy.tokens import Doc

from quotegraph.errors import PipelineError
from quotegraph.model import Attribution, Entity, TimeRef
from quotegraph.model.span import TextSpan
from quotegraph.nlp.extensions import published_of
from quotegraph.nlp.resolve.paragraphs import BlankLineParagraphs
from quotegraph.nlp.resolve.quoted_regions import in_regions, merged_regions
from quotegraph.nlp.resolve.stated.stated_channels import dates_an_interview_s_going_out
from quotegraph.nlp.resolve.stated.time_verbs import verb_class
from quotegraph.nlp.resolve.stated.timeexpr import WEEKDAY, TimeMatch, document_times, resolve_span

__all__ = [
    "WEIGHTS",
    "ArticleStatements",
    "TimeCandidate",
    "TimeModel",
    "crossed",
    "load_model",
    "time_candidates",
    "with_learned_times",
]

WEIGHTS = Path(__file__).resolve().parent / "weights" / "times-v1.json"
REACH_PARAGRAPHS = 4  # paragraphs back a phrase may lie: a scene is told once and its statements follow within a few
REACH_SENTENCES = 14  # and sentences back, so that one long paragraph does not hold the window open
MAX_CANDIDATES = 12  # phrases weighed a statement, nearest first: on the training sets a statement had 1.9 on average
_PHRASES_READ = 4 * 12  # phrases read back for the nearest candidates, those inside the statement's own words skipped
MAX_BETWEEN = 24  # statements read between a phrase and the statement (the window rarely holds more)
MAX_GAP_CHARS = 10_000  # chars between a phrase and the statement searched for an occasion's words
_CUE_LEMMAS = frozenset({"say", "tell", "add", "write", "ask", "according"})
_OCCASION_WORDS = re.compile(
    r"\b(?:in\s+a\s+statement|in\s+an?\s+(?:interview|email|e-mail|letter|post|tweet|video|op-ed|speech)|told|"
    r"at\s+a\s+(?:news|press)\s+conference|on\s+(?:Twitter|Facebook|Instagram|X)\b)",
    re.IGNORECASE,
)
# a phrase that names one day: the days an article tells of are counted by these
_DAY = re.compile(
    rf"\b{WEEKDAY}\b|\b(?:yesterday|today|tonight)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d",
    re.IGNORECASE,
)
_FORMS = {
    "weekday": re.compile(rf"\b{WEEKDAY}\b"),
    "clock": re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\bnoon\b|\bmidnight\b", re.IGNORECASE),
    "monthday": re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"),
    "deictic": re.compile(r"\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE),
    "period": re.compile(r"\b(?:week|month|year|weekend|days|weeks)\b", re.IGNORECASE),
    "relative": re.compile(r"\b(?:later|earlier|next|following|previous|before|after|same)\b", re.IGNORECASE),
    "clause": re.compile(r"^(?:when|after|before|as|while|during|since|until)\b", re.IGNORECASE),
    "part": re.compile(r"\b(?:morning|afternoon|evening|night)\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class TimeCandidate:
    """A phrase a statement may carry as its time, with its features."""

    start: int
    end: int
    text: str
    features: dict[str, float]


@dataclass(frozen=True)
class TimeModel:
    """A logistic regression over candidates' features; the best candidate is carried at ``threshold``."""

    threshold: float
    weights: Mapping[str, float]
    bias: float

    def probability(self, features: Mapping[str, float]) -> float:
        score = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in crossed(features).items())
        return 1.0 / (1.0 + math.exp(-score))


CROSSES = (("source=", "sent_holds_same_speaker"), ("par_back=", "sent_holds_statement"), ("verb=", "form=weekday"))


def crossed(features: Mapping[str, float]) -> dict[str, float]:
    """The features with the pairs of ``CROSSES`` (a phrase's distance read with whether its sentence holds a
    statement, its source with the same speaker's, its verb with a weekday's form). Each right side is one feature
    and each left a family named by its prefix: one pass over the names (this runs for every candidate)."""
    out = dict(features)
    for name in features:
        family = name[: name.find("=") + 1]
        for left, right in CROSSES:
            if family == left and features.get(right):
                out[f"{name}&{right}"] = 1.0
    return out


@cache
def load_model(path: Path = WEIGHTS) -> TimeModel:
    """The shipped model (read once)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        names: dict[str, int] = raw["index"]
        weights: list[float] = raw["weights"]
        return TimeModel(
            threshold=float(raw["threshold"]),
            weights={name: float(weights[i]) for name, i in names.items()},
            bias=float(weights[-1]),
        )
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise PipelineError(f"the learned time model {path} cannot be read ({exc})") from exc


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _first_char(a: Attribution) -> int:
    for part in (a.cue, a.content, a.source):
        if part is not None and part.spans:
            return part.spans[0].start
    return 0


class ArticleStatements:
    """One article's sentences, blank-line paragraphs and statements, each read once: the window a learned fallback
    reads a statement's candidates in (this module's time phrases; the learned channel study of
    ``experiments/learned_channel`` reads channel phrases in the same one)."""

    def __init__(self, doc: Doc, text: str, attributions: Sequence[Attribution], entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.text = text
        self.attributions = attributions
        self.sentences = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sentences]
        self.sent_ends = [s.end_char for s in self.sentences]
        # the blocks a blank line parts, not ``Paragraphs``' lines: the weights were fitted on these
        self.paragraphs = BlankLineParagraphs(text)
        self.mentions = {e.id: sorted(m.span.start for m in e.mentions) for e in entities}
        self.firsts = [_first_char(a) for a in attributions]
        self.order = sorted(range(len(attributions)), key=lambda i: self.firsts[i])
        self.ordered_firsts = [self.firsts[i] for i in self.order]
        self.cue_sents = [self.sentence(f) for f in self.firsts]
        self.by_sentence: dict[int, list[int]] = {}
        for j, s in enumerate(self.cue_sents):
            self.by_sentence.setdefault(s, []).append(j)
        self.contents = merged_regions(
            [(s.start, s.end) for a in attributions if a.content is not None for s in a.content.spans]
        )

    def sentence(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def paragraph(self, char: int) -> int:
        return self.paragraphs.of(char)

    def between(self, start: int, end: int) -> list[int]:
        """Up to ``MAX_BETWEEN`` statements whose first word lies in ``[start, end)``, in text order."""
        k = bisect.bisect_left(self.ordered_firsts, start)
        found: list[int] = []
        while k < len(self.order) and self.ordered_firsts[k] < end and len(found) < MAX_BETWEEN:
            found.append(self.order[k])
            k += 1
        return found


class _Article(ArticleStatements):
    """One article's statements (``ArticleStatements``) with its time phrases and the times its speakers gave, each
    read once."""

    def __init__(self, doc: Doc, text: str, attributions: Sequence[Attribution], entities: Sequence[Entity]) -> None:
        super().__init__(doc, text, attributions, entities)
        self.token_starts = [t.idx for t in doc]
        published = published_of(doc)
        self.phrases: list[TimeMatch] = [
            m
            for s, e in zip(self.sent_starts, self.sent_ends, strict=True)
            for m in document_times(doc, text, s, e, published)
        ]
        self.phrase_starts = [m.start for m in self.phrases]
        self.days_upto = [0]  # day phrases before each phrase
        for m in self.phrases:
            self.days_upto.append(self.days_upto[-1] + bool(_DAY.search(m.text)))
        # days the article tells of, told apart by their words: a story of one day dates all its statements
        self.days = len({m.text.casefold().removeprefix("on ") for m in self.phrases if _DAY.search(m.text)})
        self.stated_occasion = [
            (a.channel is not None and not a.channel.carried) or (a.addressee is not None and not a.addressee.carried)
            for a in attributions
        ]
        self.earlier_of_speaker: list[bool] = []
        # by speaker, each time start their statements gave and the first statement that gave it
        self.speaker_times: dict[str, dict[int, int]] = {}
        for j, a in enumerate(attributions):
            speaker = a.speaker.entity if a.speaker is not None else None
            self.earlier_of_speaker.append(speaker in self.speaker_times)
            if speaker is not None:
                mine = self.speaker_times.setdefault(speaker, {})
                if a.time is not None and a.time.spans:
                    mine.setdefault(a.time.spans[0].start, j)

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def verb_class(self, char: int) -> str:
        if not len(self.doc):
            return "none"
        return verb_class(self.doc[self.token_at(char)])

    def cue_tense(self, a: Attribution) -> str:
        if a.cue is None or not a.cue.spans or not len(self.doc):
            return "none"
        first = self.token_at(a.cue.spans[0].start)
        tags = {t.tag_ for t in self.doc[first : first + 4] if t.idx < a.cue.spans[0].end}
        return "present" if tags & {"VBZ", "VBP"} else "past" if tags & {"VBD", "VBN"} else "other"

    def spans(self, index: int) -> list[tuple[int, int, str, str]]:
        """(start, end, text, source) of the phrases in reach of statement ``index``, nearest first."""
        a = self.attributions[index]
        at = self.firsts[index]
        sent = self.sentence(at)
        low_par = self.paragraphs.starts[max(0, self.paragraph(at) - REACH_PARAGRAPHS)]
        low = max(low_par, self.sent_starts[max(0, sent - REACH_SENTENCES)] if self.sent_starts else 0)
        high = self.sent_ends[sent] if self.sent_ends else len(self.text)
        own = [(s.start, s.end) for s in a.content.spans] if a.content is not None else []
        found: dict[tuple[int, int], tuple[str, str]] = {}
        lo = bisect.bisect_left(self.phrase_starts, low)
        hi = bisect.bisect_left(self.phrase_starts, high)
        for m in reversed(self.phrases[max(lo, hi - _PHRASES_READ) : hi]):
            if not any(s <= m.start < e for s, e in own) and len(found) < MAX_CANDIDATES:
                found[m.start, m.end] = (m.text, "phrase")
        for j in reversed(self.between(low, at)):
            t = self.attributions[j].time
            if j != index and t is not None and t.spans:
                found.setdefault((t.spans[0].start, t.spans[-1].end), (t.text, "carried" if t.carried else "stated"))
        nearest = sorted(found.items(), key=lambda item: -item[0][0])[:MAX_CANDIDATES]
        return [(s, e, text, source) for (s, e), (text, source) in nearest]

    def candidates(self, index: int) -> list[TimeCandidate]:
        a = self.attributions[index]
        at = self.firsts[index]
        sent = self.sentence(at)
        par = self.paragraph(at)
        speaker = a.speaker.entity if a.speaker is not None else None
        mentions = self.mentions.get(speaker or "", [])
        found = self.spans(index)
        statement: dict[str, float] = {
            "kind=" + a.kind: 1.0,
            "type=" + a.type: 1.0,
            "cue=" + (a.cue.lemma if a.cue is not None and a.cue.lemma in _CUE_LEMMAS else "other"): 1.0,
            "statement_lede": float(par <= 1),
            "first_of_speaker": float(not self.earlier_of_speaker[index]),
            "has_channel": float(a.channel is not None),
            "has_addressee": float(a.addressee is not None),
            "candidates=" + _bucket(len(found), (1, 2, 4)): 1.0,
            "cue_tense=" + self.cue_tense(a): 1.0,
            "no_speaker": float(speaker is None),
            "article_days=" + _bucket(self.days, (1, 2, 4)): 1.0,
            "article_paragraphs=" + _bucket(len(self.paragraphs.starts), (8, 16, 30)): 1.0,
        }
        out = []
        for rank, (start, end, text, source) in enumerate(found):
            csent = self.sentence(start)
            cpar = self.paragraph(start)
            f = dict(statement)
            f["par_back=" + _bucket(par - cpar, (0, 1, 2, 3))] = 1.0
            f["sent_back=" + _bucket(sent - csent, (0, 1, 2, 4, 8))] = 1.0
            f["rank=" + _bucket(rank, (0, 1, 2))] = 1.0
            f["source=" + source] = 1.0
            in_sent = [j for j in self.by_sentence.get(csent, ())[:MAX_BETWEEN] if j != index]
            f["sent_holds_statement"] = float(bool(in_sent))
            f["sent_holds_same_speaker"] = float(
                any(
                    speaker is not None and (s := self.attributions[j].speaker) is not None and s.entity == speaker
                    for j in in_sent
                )
            )
            f["in_content"] = float(in_regions(self.contents, start))
            sent_lo = self.sent_starts[csent] if self.sent_starts else 0
            sent_hi = self.sent_ends[csent] if self.sent_ends else len(self.text)
            k = bisect.bisect_left(mentions, sent_lo)
            f["speaker_named_in_sent"] = float(k < len(mentions) and mentions[k] < sent_hi)
            f["speaker_first_named_after"] = float(bool(mentions) and mentions[0] > end)
            p_end = bisect.bisect_right(self.phrase_starts, end)
            p_at = bisect.bisect_left(self.phrase_starts, at)
            f["phrases_between=" + _bucket(max(0, p_at - p_end), (0, 1, 2))] = 1.0
            between = self.between(end, at)
            f["statements_between=" + _bucket(len(between), (0, 1, 3))] = 1.0
            gap_end = min(at, end + MAX_GAP_CHARS)
            f["occasion_between"] = float(
                any(self.stated_occasion[j] for j in between) or bool(_OCCASION_WORDS.search(self.text, end, gap_end))
            )
            others = {s.entity for j in between if (s := self.attributions[j].speaker) is not None} - {speaker}
            f["other_speakers_between=" + _bucket(len(others), (0, 1))] = 1.0
            for name, pattern in _FORMS.items():
                if pattern.search(text):
                    f["form=" + name] = 1.0
            f["verb=" + self.verb_class(start)] = 1.0
            given = self.speaker_times.get(speaker or "", {}).get(start)
            f["speaker_earlier_had_it"] = float(given is not None and given < index)
            days_between = self.days_upto[max(p_end, p_at)] - self.days_upto[p_end]
            f["days_between=" + _bucket(days_between, (0, 1))] = 1.0
            days_before = self.days_upto[bisect.bisect_left(self.phrase_starts, start)]
            f["days_before=" + _bucket(days_before, (0, 1))] = 1.0
            f["phrase_lede"] = float(cpar <= 1)
            out.append(TimeCandidate(start, end, text, f))
        return out


def time_candidates(
    doc: Doc, text: str, attributions: Sequence[Attribution], entities: Sequence[Entity]
) -> dict[int, list[TimeCandidate]]:
    """The candidates of every statement with no time, by its index."""
    article = _Article(doc, text, attributions, entities)
    return {i: article.candidates(i) for i, a in enumerate(attributions) if a.time is None}


def _an_interview_going_out(doc: Doc, candidate: TimeCandidate) -> bool:
    """Whether ``candidate`` dates an interview's going out ("in an interview aired Monday"): when it was published or
    aired, not when it was given (``stated_channels.dates_an_interview_s_going_out``), which the stated rules leave out
    too."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and dates_an_interview_s_going_out(span)


def with_learned_times(
    doc: Doc, text: str, attributions: list[Attribution], entities: Sequence[Entity], model: TimeModel | None = None
) -> list[Attribution]:
    """The attributions, each with no time given its best candidate when the model is sure enough of it."""
    model = model or load_model()
    if all(a.time is not None for a in attributions):
        return attributions
    published = published_of(doc)
    out = list(attributions)
    for index, candidates in time_candidates(doc, text, attributions, entities).items():
        scored = [(model.probability(c.features), c) for c in candidates]
        if not scored:
            continue
        probability, best = max(scored, key=lambda pair: pair[0])
        if probability >= model.threshold and not _an_interview_going_out(doc, best):
            time = TimeRef(
                spans=(TextSpan(best.start, best.end),),
                text=best.text,
                date=resolve_span(best.text, published),
                carried=True,
            )
            out[index] = msgspec.structs.replace(out[index], time=time)
    return out
