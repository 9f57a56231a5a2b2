"""Results read back from a file are checked against their own text before anything uses them: a
span past the end of the text, or one whose words are not the text it carries, would be stored and
shown as if it were right (a highlight on the wrong words, a quote no article holds).

The check runs on every result ingest reads, so a span is compared in place (``str.startswith`` at
its offset) rather than sliced out of the text.
"""

from __future__ import annotations

from quotegraph.model import ArticleResult
from quotegraph.model.span import FRAGMENT_SEPARATOR, TextSpan

__all__ = ["offsets_problem"]

_PARTS = ("content", "cue", "source", "channel", "addressee", "time")  # the spans of an attribution


def offsets_problem(result: ArticleResult) -> str | None:
    """Why the spans of ``result`` do not fit its text, or None when they all do (or when the
    result carries no text to check them against: ``extract --no-text``)."""
    text = result.text
    if text is None:
        return None
    size = len(text)
    for entity in result.entities:
        for mention in entity.mentions:  # half the spans of a result: _fits's test for one span, written out here
            span, words = mention.span, mention.text
            if span.end > size or span.end - span.start != len(words) or not text.startswith(words, span.start):
                return _problem(text, f"entity {entity.id}'s mention", (span,), words)
    for attribution in result.attributions:
        for name in _PARTS:
            part = getattr(attribution, name)
            if part is not None and not _fits(text, part.spans, part.text):
                return _problem(text, f"attribution {attribution.id}'s {name}", part.spans, part.text)
    return None


def _fits(text: str, spans: tuple[TextSpan, ...], words: str) -> bool:
    """Whether ``words`` is the text of ``spans`` (fragments joined as ``join_fragments`` joins them)."""
    if len(spans) == 1:  # nearly every span: compared in place, with no copy of the text
        span = spans[0]
        return span.end <= len(text) and span.end - span.start == len(words) and text.startswith(words, span.start)
    at = 0
    for number, span in enumerate(spans):
        if number:
            if not words.startswith(FRAGMENT_SEPARATOR, at):
                return False
            at += len(FRAGMENT_SEPARATOR)
        if span.end > len(text) or not words.startswith(text[span.start : span.end], at):
            return False
        at += span.end - span.start
    return at == len(words)


def _problem(text: str, where: str, spans: tuple[TextSpan, ...], words: str) -> str:
    past = next((s for s in spans if s.end > len(text)), None)
    if past is not None:
        return f"{where} [{past.start}, {past.end}] does not fit the text: it ends past its {len(text)} characters"
    places = ", ".join(f"[{s.start}, {s.end}]" for s in spans)
    return f"{where} at {places} does not fit the text: the text there is not {words!r}"
