"""The resolved statements written out: the listed entities, each attribution with its cue, speaker and occasion."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotegraph.model import Attribution, Cue, Entity, Mention, Occasion, SpeakerRef, TextSpan, TimeRef, excerpt_of
from quotegraph.nlp.candidates import CONFIDENCE_DIGITS, Candidate
from quotegraph.nlp.resolve.carrying.occasion_records import Held
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.stated.cue_words import cue_head, cue_lemma
from quotegraph.nlp.resolving_records import Resolved
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS


def _occasion_of(text: str, span: Span | None, carried: bool) -> Occasion | None:
    excerpt = None if span is None else excerpt_of(text, [(span.start_char, span.end_char)])
    return None if excerpt is None else Occasion(spans=excerpt.spans, text=excerpt.text, carried=carried)


def _time(text: str, held: Held) -> TimeRef | None:
    time = held.stated.time
    excerpt = None if time is None else excerpt_of(text, [(time.span.start_char, time.span.end_char)])
    if time is None or excerpt is None:
        return None
    return TimeRef(spans=excerpt.spans, text=excerpt.text, date=time.date, carried="time" in held.carried)


def cue_of(doc: Doc, text: str, spans: list[tuple[int, int]]) -> Cue | None:
    """The cue with its head word and lemma, read from its first fragment by the convention of
    ``resolve.stated.cue_words`` ("stated" / "state" in "recently stated in an interview", "according" /
    "according to", "pointed" / "point out")."""
    excerpt = excerpt_of(text, spans)
    if excerpt is None:
        return None
    first = excerpt.spans[0]
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or not len(span):
        return Cue(spans=excerpt.spans, text=excerpt.text)
    head = cue_head(span)
    return Cue(spans=excerpt.spans, text=excerpt.text, head=head.text, lemma=cue_lemma(span, head))


def _worth_listing(cluster: Cluster, doc: Doc, speakers: set[int]) -> bool:
    """Named entities and speakers are listed; an unnamed description only when it is a subject somewhere."""
    if cluster.named or cluster.index in speakers:
        return True
    return any(doc[m.head].dep_ in NOMINAL_SUBJECTS for m in cluster.mentions)


def listed_entities(doc: Doc, clusters: ClusterSet, speakers: set[int]) -> dict[int, Entity]:
    """The listed entities by cluster index, numbered in order of first mention."""
    listed = (c for c in clusters.clusters if c.mentions and _worth_listing(c, doc, speakers))
    ordered = sorted(listed, key=lambda c: c.first_start)
    return {
        c.index: Entity(
            id=f"E{n + 1}",
            name=c.name,
            type=c.type,
            mentions=tuple(
                Mention(span=TextSpan(m.start_char, m.end_char), text=m.text)
                for m in sorted(c.mentions, key=lambda m: m.start_char)
            ),
        )
        for n, c in enumerate(ordered)
    }


def attribution_of(
    doc: Doc,
    text: str,
    number: int,
    candidate: Candidate,
    cue: Cue | None,
    resolved: tuple[Resolved, Held],
    entities: dict[int, Entity],
) -> Attribution:
    resolution, held = resolved
    speaker = None if resolution.speaker is None else entities[resolution.speaker.index]
    found = held.stated
    return Attribution(
        id=f"A{number}",
        kind=resolution.said_kind or candidate.kind,
        type=resolution.type,
        content=excerpt_of(text, candidate.content),
        cue=cue,
        source=excerpt_of(text, candidate.source),
        speaker=None if speaker is None else SpeakerRef(entity=speaker.id, name=speaker.name, type=speaker.type),
        channel=_occasion_of(text, found.channel, "channel" in held.carried),
        addressee=_occasion_of(text, found.addressee, "addressee" in held.carried),
        time=_time(text, held),
        confidence=round(max(0.0, min(1.0, candidate.confidence * resolution.confidence)), CONFIDENCE_DIGITS),
    )
