"""What a statement's own sentence states of its occasion (``Stated``): channel, addressee and time, each may be
missing. ``circumstances`` reads it; the carrying (``resolve.carrying``) takes it on from there."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

__all__ = [
    "Stated",
]


@dataclass(frozen=True)
class Stated:
    """Channel, addressee and time as one sentence states them (each may be missing)."""

    channel: Span | None = None
    addressee: Span | None = None
    time: TimePhrase | None = None

    @property
    def empty(self) -> bool:
        return self.channel is None and self.addressee is None and self.time is None
