"""One attribution: who said what, to whom, through which channel, when."""

from __future__ import annotations

from typing import Literal

import msgspec

from quotegraph.model.entity import SpeakerRef
from quotegraph.model.span import Excerpt, TextSpan

__all__ = ["KINDS", "Attribution", "AttributionKind", "TimeRef"]

AttributionKind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[AttributionKind, ...] = ("direct", "indirect", "mixed")


class TimeRef(msgspec.Struct, frozen=True):
    """When it was said: the words of the text and, when they can be resolved, an ISO 8601 date
    ("2025-01-31") or, for a span of days, an interval "FIRST/LAST" ("2025-01-27/2025-02-01")."""

    spans: tuple[TextSpan, ...]
    text: str
    date: str | None = None


class Attribution(msgspec.Struct, frozen=True):
    """Content, cue and source spans with the resolved speaker and circumstances.

    ``speaker`` is None when the text names no source ("reportedly"); ``confidence`` is in [0, 1].
    """

    id: str
    kind: AttributionKind
    content: Excerpt | None
    cue: Excerpt | None
    source: Excerpt | None
    speaker: SpeakerRef | None = None
    channel: Excerpt | None = None
    addressee: Excerpt | None = None
    time: TimeRef | None = None
    confidence: float = 1.0
