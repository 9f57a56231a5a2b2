"""Resolving stage: Candidates plus the Doc become Entities and Attributions."""

from __future__ import annotations

from spacy.tokens import Doc

from quotegraph.model import Attribution, Entity, excerpt_of
from quotegraph.nlp.candidates import Candidate

__all__ = ["resolve"]


def resolve(doc: Doc, candidates: list[Candidate]) -> tuple[list[Entity], list[Attribution]]:
    """Placeholder until entity resolution lands: spans only, no speakers."""
    text = doc.text
    attributions = [
        Attribution(
            id=f"A{i + 1}",
            kind=c.kind,
            content=excerpt_of(text, c.content),
            cue=excerpt_of(text, c.cue),
            source=excerpt_of(text, c.source),
            confidence=c.confidence,
        )
        for i, c in enumerate(candidates)
    ]
    return [], attributions
