"""Quotes the cue tagger left without an attribution, given to a speech verb beside them.

A quoted region of a few words or more that no candidate covers takes the nearest speech verb of its
sentence (outside the quote) as cue and that verb's subject as source: "“...,” she elaborated."
Short regions are left alone: they are mostly titles and scare quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import Candidate, CharSpan
from quotegraph.nlp.find.quotes import QuoteRegion
from quotegraph.nlp.lexicons import lexicon

__all__ = ["MIN_ORPHAN_WORDS", "attribute_orphan_quotes"]

MIN_ORPHAN_WORDS = 4
# The verb must sit right beside the quote, with at most its subject between ("”, the senator added").
MAX_GAP_WORDS = 4
_WORD = re.compile(r"\w+")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _sentence_before(doc: Doc, text: str, region: QuoteRegion, first_in_paragraph: bool) -> list[Token]:
    """The sentence just before a quote that opens its sentence and is the first quote of its paragraph
    ("X said in a statement. “...”"), when it is in the same paragraph."""
    start = doc.char_span(region.start, region.end, alignment_mode="expand")
    if start is None or not first_in_paragraph or start.sent.start == 0:
        return []
    opening = text[start.sent.start_char : region.start]
    if _WORD.search(opening):
        return []
    before = doc[start.sent.start - 1].sent
    return [] if "\n" in text[before.start_char : region.start] else list(before)


def _speech_verb(doc: Doc, text: str, region: QuoteRegion, first_in_paragraph: bool = False) -> Token | None:
    first = doc.char_span(region.start, region.end, alignment_mode="expand")
    if first is None:
        return None
    tokens = [t for t in first.sent if not region.start <= t.idx < region.end]
    tokens += [t for t in doc[first.end - 1].sent if not region.start <= t.idx < region.end and t not in tokens]
    tokens += [t for t in _sentence_before(doc, text, region, first_in_paragraph) if t not in tokens]
    verbs = [
        t
        for t in tokens
        if t.pos_ == "VERB"
        and t.lemma_.lower() in lexicon("cue_verbs") | lexicon("quote_verbs")
        and any(c.dep_ in _SUBJECTS for c in t.children)
    ]
    near = [t for t in verbs if _words_between(text, t, region) <= MAX_GAP_WORDS]
    return min(near, key=lambda t: min(abs(t.idx - region.start), abs(t.idx - region.end)), default=None)


def _words_between(text: str, verb: Token, region: QuoteRegion) -> int:
    start, end = (region.end, verb.idx) if verb.idx >= region.end else (verb.idx + len(verb.text), region.start)
    return len(_WORD.findall(text, start, end))


def _subject(verb: Token) -> list[CharSpan]:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return [(child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))]
    return []


def attribute_orphan_quotes(
    doc: Doc, text: str, regions: Sequence[QuoteRegion], found: list[Candidate]
) -> list[Candidate]:
    """Candidates for uncovered quotes with a speech verb beside them (confidence: a fixed, low 0.5).

    ``text`` is ``doc.text``, which spaCy builds anew on every access: the caller's copy is reused.
    """
    taken = [span for c in found for span in c.content]
    extra = []
    for i, region in enumerate(regions):
        first_in_paragraph = i == 0 or "\n" in text[regions[i - 1].end : region.start]
        if any(s < region.end and region.start < e for s, e in taken):
            continue
        if len(_WORD.findall(text, region.start, region.end)) < MIN_ORPHAN_WORDS:
            continue
        verb = _speech_verb(doc, text, region, first_in_paragraph)
        if verb is None:
            continue
        cue = [(verb.idx, verb.idx + len(verb.text))]
        extra.append(Candidate([(region.start, region.end)], cue, _subject(verb), "direct", 0.5))
        taken.append((region.start, region.end))
    return extra
