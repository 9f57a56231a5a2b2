"""How the end-to-end statement tests (``test_news_pages``, ``test_news_passages``) judge a statement's occasion part
against the expected words: as whole words, case aside (``evaluation.occasion.speaker_named``'s reading, so that
"Reuters" is not found in "Reutersville" nor "May" in "Mayday"), with channel and addressee pooled as the spec scores
them."""

from __future__ import annotations

from quotegraph.evaluation.occasion import speaker_named
from quotegraph.model import Attribution

# occasion.md, "How it is scored": "for channel and addressee the system's channel or addressee may carry it" (an outlet
# is right as the channel, "a story by The Hollywood Reporter", or as the addressee, "told Deadline"), so an expected
# channel or addressee is looked for in both.
POOLED = ("channel", "addressee")


def _text(statement: Attribution, field: str) -> str:
    part = getattr(statement, field)
    return "" if part is None else str(part.text)


def part_holds(statement: Attribution, field: str, expected: str) -> bool:
    """Whether the statement's ``field`` ("channel", "addressee" or "time") holds ``expected`` as whole words; for a
    channel or an addressee, the statement's channel or addressee (``POOLED``)."""
    fields = POOLED if field in POOLED else (field,)
    return any(speaker_named(expected, _text(statement, each)) for each in fields)
