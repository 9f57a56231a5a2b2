"""Finding stage: every attribution in a parsed Doc, as Candidates with character offsets."""

from __future__ import annotations

from spacy.tokens import Doc

from quotegraph.nlp.candidates import Candidate

__all__ = ["find_candidates"]


def find_candidates(doc: Doc) -> list[Candidate]:
    """Placeholder until the attribution finder lands: finds nothing."""
    return []
