"""Candidates from cues and roles: contents widened over whole quotes, kinds, cue-less quote paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from quotegraph.model import AttributionKind
from quotegraph.nlp.candidates import Candidate, CharSpan
from quotegraph.nlp.find.cues import FoundCue, find_cues
from quotegraph.nlp.find.orphans import attribute_orphan_quotes
from quotegraph.nlp.find.quotes import QuoteRegion, quote_regions
from quotegraph.nlp.find.roles import tag_roles
from quotegraph.nlp.find.spans import quote_mask

__all__ = ["attribution_kind", "find_candidates", "widen_over_quotes"]

_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")


_MARKS = " \t\n\u00a0\"“”„«»‟`'‘’"


def _trim(text: str, spans: Sequence[CharSpan]) -> list[CharSpan]:
    """Fragments without the white space and quotation marks at their ends."""
    trimmed = []
    for start, end in spans:
        while start < end and text[start] in _MARKS:
            start += 1
        while end > start and text[end - 1] in _MARKS:
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def _overlaps(a: CharSpan, b: CharSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merge(spans: Sequence[CharSpan]) -> list[CharSpan]:
    merged: list[CharSpan] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _continued_regions(region: QuoteRegion, regions: Sequence[QuoteRegion], text: str) -> list[CharSpan]:
    """The paragraphs that reopen a quote left open at the end of ``region``'s paragraph."""
    following: list[CharSpan] = []
    later = [r for r in regions if r.start > region.end]
    current = region
    for nxt in later:
        between = text[current.end : nxt.start]
        if not current.open_end or not nxt.opens_paragraph or between.count("\n") == 0:
            break
        following.append((nxt.start, nxt.end))
        current = nxt
    return following


def widen_over_quotes(content: Sequence[CharSpan], regions: Sequence[QuoteRegion], text: str) -> list[CharSpan]:
    """A content touching a quoted region takes all of it, and the paragraphs a still-open quote runs on into."""
    widened = list(content)
    for region in regions:
        if any(_overlaps(span, (region.start, region.end)) for span in content):
            widened.append((region.start, region.end))
            widened.extend(_continued_regions(region, regions, text))
    return _merge(widened)


def _next_region(text: str, end: int, regions: Sequence[QuoteRegion]) -> QuoteRegion | None:
    """The first quoted region after ``end`` in the same paragraph."""
    for region in regions:
        if region.start >= end:
            return None if "\n" in text[end : region.start] else region
    return None


def _join_resumed_quotes(text: str, regions: Sequence[QuoteRegion], found: list[Candidate]) -> None:
    """A quote that resumes after its attribution ("X," he said. "Y.") joins the candidate it resumes.

    Only when nothing between the two quotes belongs to another candidate, and the resumed region is
    not already another candidate's content.
    """
    for candidate in found:
        if candidate.kind == "indirect":
            continue
        others = [s for c in found if c is not candidate for s in c.content + c.cue + c.source]
        while (region := _next_region(text, candidate.content[-1][1], regions)) is not None:
            gap = (candidate.content[-1][1], region.end)
            if any(_overlaps(gap, span) for span in others):
                break
            extra = [(region.start, region.end), *_continued_regions(region, regions, text)]
            candidate.content = _merge(candidate.content + extra)


def attribution_kind(text: str, content: Sequence[CharSpan], regions: Sequence[QuoteRegion]) -> AttributionKind:
    """direct when every word character of the content is quoted, mixed when some are, else indirect."""
    quoted = total = 0
    for start, end in content:
        for match in _WORD.finditer(text, start, end):
            total += 1
            quoted += any(r.start <= match.start() < r.end for r in regions)
    if total and quoted == total:
        return "direct"
    return "mixed" if quoted else "indirect"


def _paragraph_quote(text: str, region: QuoteRegion) -> bool:
    """A region that is its whole paragraph, but for marks and closing punctuation."""
    line_end = text.find("\n", region.end)
    rest = text[region.end : len(text) if line_end < 0 else line_end]
    return region.opens_paragraph and not _WORD.search(rest)


def _continuations(text: str, regions: Sequence[QuoteRegion], found: list[Candidate]) -> list[Candidate]:
    """Cue-less quote paragraphs, each taking the source of the attribution just before it."""
    extra: list[Candidate] = []
    for region in regions:
        span = (region.start, region.end)
        taken = [c for c in found + extra if any(_overlaps(s, span) for s in c.content + c.cue)]
        before = [i for i, c in enumerate(found) if c.content and c.content[-1][1] <= region.start]
        if taken or not before or not _paragraph_quote(text, region):
            continue
        parent = found[max(before, key=lambda i: found[i].content[-1][1])]
        index = found.index(parent)
        extra.append(Candidate([span], [], list(parent.source), "direct", parent.confidence, continues=index))
    return extra


def _adjacent_quote(doc: Doc, cue: FoundCue, regions: Sequence[QuoteRegion]) -> list[CharSpan]:
    """For a cue whose window holds no content ("he said." after a quote): the quote just before its
    sentence in the same paragraph, or, after a colon, the quote that follows."""
    sentence = doc[cue.start].sent
    text = doc.text
    for region in regions:
        before = text[region.end : sentence.start_char]
        if region.end <= sentence.start_char and not _WORD.search(before) and "\n" not in before:
            return [(region.start, region.end)]
        after = text[sentence.end_char : region.start]
        if sentence.text.rstrip().endswith(":") and region.start >= sentence.end_char and not _WORD.search(after):
            return [(region.start, region.end)]
    return []


def _words(text: str, spans: Sequence[CharSpan]) -> set[int]:
    return {m.start() for start, end in spans for m in _WORDS.finditer(text, start, end)}


def _drop_near_duplicates(text: str, found: list[Candidate]) -> list[Candidate]:
    """Of two candidates sharing most of their content words (two cues of one attribution, or a cue
    inside another's quote), only the more confident is kept: one content is one attribution."""
    kept: list[tuple[Candidate, set[int]]] = []
    for candidate in sorted(found, key=lambda c: -c.confidence):
        words = _words(text, candidate.content)
        if not any(len(words & other) * 2 >= len(words | other) for _, other in kept):
            kept.append((candidate, words))
    survivors = {id(c) for c, _ in kept}
    return [c for c in found if id(c) in survivors]


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every attribution the learned taggers find in ``doc``, then cue-less quote paragraphs."""
    text = doc.text
    regions = quote_regions(text)
    in_quote = quote_mask(doc, regions)
    found: list[Candidate] = []
    for cue in find_cues(doc, in_quote):
        roles = tag_roles(doc, cue, regions, in_quote)
        content = widen_over_quotes(roles.content or _adjacent_quote(doc, cue, regions), regions, text)
        if not content:
            continue
        if any(c.content == content for c in found):
            continue
        cue_chars = [(doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1].text))]
        kind = attribution_kind(text, content, regions)
        found.append(Candidate(content, cue_chars, roles.source, kind, round(cue.confidence, 4)))
    found.extend(attribute_orphan_quotes(doc, regions, found))
    found = _drop_near_duplicates(text, found)
    _join_resumed_quotes(text, regions, found)
    for candidate in found:
        candidate.content = _trim(text, candidate.content)
    return found + _continuations(text, regions, found)
