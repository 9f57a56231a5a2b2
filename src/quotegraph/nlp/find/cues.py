"""Cue finding: the learned cue tagger over each sentence, and the head token of each cue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotegraph.nlp.find.features import cue_features
from quotegraph.nlp.find.model import CUE_MODEL, load_tagger
from quotegraph.nlp.find.spans import runs

__all__ = ["CUE_LABEL", "FoundCue", "cue_head", "find_cues"]

CUE_LABEL = "CUE"
# A token is a cue when the tagger gives it even odds; lower thresholds trade as much precision
# as they gain recall.
CUE_THRESHOLD = 0.5


@dataclass(frozen=True)
class FoundCue:
    start: int  # token indices into the doc, end exclusive
    end: int
    confidence: float


def cue_head(doc: Doc, start: int, end: int) -> Token:
    """The cue token the rest hangs from: the first whose head lies outside the cue, verbs first."""
    tokens = list(doc[start:end])
    outside = [t for t in tokens if not start <= t.head.i < end or t.head.i == t.i]
    for token in outside or tokens:
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return (outside or tokens)[0]


def find_cues(doc: Doc, in_quote: Sequence[bool]) -> list[FoundCue]:
    """Every cue the tagger finds, sentence by sentence."""
    tagger = load_tagger(CUE_MODEL)
    found = []
    for sentence in doc.sents:
        mask = in_quote[sentence.start : sentence.end]
        odds = tagger.probability(cue_features(sentence, mask), CUE_LABEL)
        for a, b in runs([p >= CUE_THRESHOLD for p in odds]):
            confidence = min(odds[a:b])
            found.append(FoundCue(sentence.start + a, sentence.start + b, confidence))
    return found
