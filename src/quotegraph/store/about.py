"""Whom an attribution's content talks about: the entities with a mention inside its content.

Stored at ingest so that "what has Audiard said about Gascón" is an index look-up. The speaker's
own mentions ("I" in their quote) are left out: a speaker is not what they talk about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container

from quotegraph.model import ArticleResult

__all__ = ["mentioned_entities"]


def mentioned_entities(result: ArticleResult, among: Container[str] | None = None) -> list[list[str]]:
    """For each attribution in order, the ids of the entities (of ``among``, when given) mentioned
    within its content."""
    mentions = sorted(
        (m.span.start, m.span.end, e.id) for e in result.entities if among is None or e.id in among for m in e.mentions
    )
    starts = [start for start, _, _ in mentions]
    found: list[list[str]] = []
    for attribution in result.attributions:
        speaker = attribution.speaker.entity if attribution.speaker else None
        inside: list[str] = []
        for span in attribution.content.spans if attribution.content and mentions else ():
            at = bisect_left(starts, span.start)
            while at < len(mentions) and mentions[at][0] < span.end:
                _, end, entity = mentions[at]
                if end <= span.end and entity != speaker and entity not in inside:
                    inside.append(entity)
                at += 1
        found.append(inside)
    return found
