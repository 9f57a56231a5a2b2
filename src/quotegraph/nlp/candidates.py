"""The seam between finding attributions and resolving who they belong to.

The finding stage (quote marks, cues, learned spans) produces ``Candidate`` objects with character
offsets only; the resolving stage (entities, speaker, channel, addressee, time) turns them into
``quotegraph.model.Attribution``. Keeping this type small lets each stage be built and tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotegraph.model import AttributionKind

__all__ = ["CONFIDENCE_DIGITS", "Candidate", "CharSpan", "chars_overlap", "chars_within"]

CharSpan = tuple[int, int]
# Decimals a confidence keeps, found or resolved: the tagger's and the product's float noise past them would make one
# article's outputs differ from run to run and machine to machine where nothing a reader can use differs.
CONFIDENCE_DIGITS = 4


def chars_overlap(a: CharSpan, b: CharSpan) -> bool:
    """Whether two character spans share a character (``TextSpan.overlaps`` for the finder's plain pairs)."""
    return a[0] < b[1] and b[0] < a[1]


def chars_within(span: CharSpan, outer: CharSpan) -> bool:
    """Whether ``span`` lies wholly inside ``outer``."""
    return outer[0] <= span[0] and span[1] <= outer[1]


@dataclass
class Candidate:
    """An attribution found in the text, before its speaker is resolved.

    ``continues`` is the index (in the same list) of the attribution whose source this one inherits,
    for a quote paragraph with no cue of its own; its ``source`` spans are then copied from it.
    """

    content: list[CharSpan]
    cue: list[CharSpan] = field(default_factory=list)
    source: list[CharSpan] = field(default_factory=list)
    kind: AttributionKind = "indirect"
    confidence: float = 1.0
    continues: int | None = None
