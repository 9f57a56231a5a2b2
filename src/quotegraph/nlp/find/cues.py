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
        tagged = tagger.tag(cue_features(sentence, mask))
        is_cue = [label == CUE_LABEL for label in tagged.labels]
        for a, b in runs(is_cue):
            confidence = min(tagged.marginals[a:b])
            found.append(FoundCue(sentence.start + a, sentence.start + b, confidence))
    return found
