"""What the resolving stage holds of one statement while it reads the document (``Resolved``, with the
report that passed another's words on, ``Relay``), and where a statement stands in the text (``stands_at``), by which
every reading of statements in text order goes."""

from __future__ import annotations

from dataclasses import dataclass

from quotegraph.model import AttributionKind, AttributionType
from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.resolve.carrying.scene_parts import SaidAt
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.stated.stated_occasion import Stated


@dataclass(frozen=True)
class Resolved:
    speaker: Cluster | None
    confidence: float
    stated: Stated  # the occasion the statement's own clause states
    said_at: SaidAt | None  # where it is said: its cue's clause verb, and its content and source
    type: AttributionType = "statement"
    polled: bool = False  # its source is a polled share or the polled public ("64 percent", "voters")
    relay: Relay | None = None
    said_kind: AttributionKind | None = None  # a nested report's kind, of the words it passes on (``inner_kind``)


@dataclass(frozen=True)
class Relay:
    """The person whose report passed another's earlier words on, and that report's own occasion (``_relays``)."""

    teller: Cluster
    stated: Stated


def stands_at(candidate: Candidate) -> int:
    """Where a statement stands in the text: the first character of its cue, or of its content when it has none
    (““We will win,” she said” stands at "said"). Every reading of statements in text order goes by it: where an
    occasion is stated and from where one is carried to it (``statement_occasions``), the body's statements after a
    headline (``headlines_restated``) and the statement a bare surname follows (``namesakes_continued``)."""
    spans = candidate.cue or candidate.content
    return spans[0][0] if spans else 0
