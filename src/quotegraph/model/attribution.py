"""One attribution: who said what, to whom, through which channel, when."""

from __future__ import annotations

from typing import Literal

import msgspec

from quotegraph.model.entity import SpeakerRef
from quotegraph.model.span import Excerpt, TextSpan

__all__ = [
    "KINDS",
    "TYPES",
    "Attribution",
    "AttributionKind",
    "AttributionType",
    "Cue",
    "Occasion",
    "TimeRef",
]

AttributionKind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[AttributionKind, ...] = ("direct", "indirect", "mixed")

AttributionType = Literal["statement", "thought", "finding"]
TYPES: tuple[AttributionType, ...] = ("statement", "thought", "finding")


class Cue(Excerpt, frozen=True):
    """The words that attribute ("told", "according to") with the head word and its lemma, so that
    verbs of attribution can be counted ("claimed" against "said")."""

    head: str | None = None
    lemma: str | None = None


class Occasion(Excerpt, frozen=True):
    """A channel or addressee. ``carried`` is true when the text sets it once for several statements
    (a scene, or a statement that continues another): the spans are then those of the phrase where it
    was set, which may lie far from the cue."""

    carried: bool = False


class TimeRef(msgspec.Struct, frozen=True, gc=False):
    """When it was said: the words of the text and, when they can be resolved, an ISO 8601 date
    ("2025-01-31") or, for a span of days, an interval "FIRST/LAST" ("2025-01-27/2025-02-01").
    ``carried`` as for ``Occasion``."""

    spans: tuple[TextSpan, ...]
    text: str
    date: str | None = None
    carried: bool = False


class Attribution(msgspec.Struct, frozen=True, gc=False):
    """Content, cue and source spans with the resolved speaker and circumstances.

    ``type`` says what is attributed: a ``statement`` (communicated in words), a ``thought`` (held:
    believed, hoped, expected) or a ``finding`` (shown by a document, study or data).
    ``speaker`` is None when the text names no source ("reportedly"); ``confidence`` is in [0, 1].
    """

    id: str
    kind: AttributionKind
    content: Excerpt | None
    cue: Cue | None
    source: Excerpt | None
    type: AttributionType = "statement"
    speaker: SpeakerRef | None = None
    channel: Occasion | None = None
    addressee: Occasion | None = None
    time: TimeRef | None = None
    confidence: float = 1.0
