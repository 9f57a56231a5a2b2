"""Between character offsets and tokens: quote masks, cue windows, masks and runs of tokens."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import ParseIndex, children_of
from quotegraph.nlp.find.quotes import QuoteRegion, document_quote_regions, region_end
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.memo import per_document

__all__ = [
    "FRONTED_DEPS",
    "MAX_WINDOW_REACH",
    "Covered",
    "char_mask",
    "cue_window",
    "cut_before",
    "document_quote_mask",
    "ends_with_colon",
    "fronted_phrases",
    "opens_with_that",
    "past_cue_phrase",
    "quote_mask",
    "runs",
    "runs_to_chars",
    "words_after_cue",
]


class Covered:
    """Whether any of a set of spans overlaps a span, by bisection over their starts (a scan of every span
    for every question made rules over a text of thousands of quotes quadratic)."""

    def __init__(self, spans: Sequence[CharSpan]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # the furthest end of the first k

    def overlaps(self, span: CharSpan) -> bool:
        """``any(s[0] < span[1] and span[0] < s[1] for s in spans)``."""
        count = bisect_left(self._starts, span[1])  # the spans starting before ``span`` ends
        return count > 0 and self._reach[count - 1] > span[0]


def _coverage(lo: int, hi: int, spans: Sequence[CharSpan]) -> list[int]:
    """Prefix sums over the characters ``lo``..``hi``: entry ``i`` is how many characters of ``spans``
    (counted once per span that holds them) lie in ``lo``..``lo + i``."""
    depth = [0] * (hi - lo + 1)
    for s, e in spans:
        s, e = max(s, lo), min(e, hi)
        if s < e:
            depth[s - lo] += 1
            depth[e - lo] -= 1
    return [0, *accumulate(accumulate(depth))]


def char_mask(doc: Doc | Span, spans: Sequence[CharSpan]) -> list[bool]:
    """For each token, whether at least half of its characters lie inside ``spans``.

    One pass over the characters the tokens cover, not one over ``spans`` per token.
    """
    if len(doc) == 0:
        return []
    lo, hi = doc[0].idx, doc[-1].idx + len(doc[-1].text)
    inside = _coverage(lo, hi, spans)
    mask = []
    for token in doc:
        start = token.idx - lo
        end = start + len(token.text)
        covered = inside[end] - inside[start]
        mask.append(covered * 2 >= end - start and covered > 0)
    return mask


def words_after_cue(head: Token, content: Sequence[CharSpan]) -> list[Token]:
    """The words after the cue ``head`` that lie between the content's first and last characters, in text order.

    The walk stops at the content's end, so a cue costs its content's length, not the rest of the text's."""
    if not content:
        return []
    first, last = content[0][0], content[-1][1]
    words = []
    for token in head.doc[head.i + 1 :]:
        if token.idx >= last:
            break
        if token.idx >= first:
            words.append(token)
    return words


def cut_before(setting_off: Token, content: Sequence[CharSpan]) -> list[CharSpan]:
    """The content's pieces up to the end of the word before ``setting_off`` (a comma, a dash: callers check it is
    not the first word); empty when nothing of the content lies before it."""
    end = setting_off.doc[setting_off.i - 1]
    cut = end.idx + len(end.text)
    return [(s, min(e, cut)) for s, e in content if s < cut]


def quote_mask(doc: Doc, regions: Sequence[QuoteRegion]) -> list[bool]:
    """For each token of ``doc``, whether it lies inside a quoted region."""
    return char_mask(doc, [(r.start, r.end) for r in regions])


# Each document's mask of ``document_quote_regions``, worked out once: the occasion tagger and the clustering of names
# both read it (a pass over every token and character of the document each). Kept per document, as the regions are.
@per_document
def document_quote_mask(doc: Doc) -> tuple[bool, ...]:
    """``quote_mask(doc, document_quote_regions(doc))``, worked out on the first call for that document."""
    return tuple(quote_mask(doc, document_quote_regions(doc)))


# The window reaches at most this many tokens either side of the cue, so that a cue's cost is bounded
# whatever the text (a line of thousands of quotes, a sentence of thousands of words). The widest
# window of PolNeAR train reaches 280 tokens from its cue.
MAX_WINDOW_REACH = 300  # tokens


def ends_with_colon(sentence: Span) -> bool:
    """``sentence.text.rstrip().endswith(":")`` without joining the words of a sentence that may be long."""
    for token in reversed(sentence):
        if token.text.strip():
            return token.text.rstrip().endswith(":")
    return False


def cue_window(
    parse: ParseIndex, cue_start: int, regions: Sequence[QuoteRegion], within: tuple[int, int] | None = None
) -> Span:
    """The cue's sentence, widened over every quoted region of its paragraph that it touches, at most
    ``MAX_WINDOW_REACH`` tokens either side of the cue and inside the tokens ``within`` when given.

    A cue after a colon also takes the next sentence of its paragraph, where its content starts.
    """
    doc = parse.doc
    sentence = parse.sentence(cue_start)
    first, last = sentence.start_char, sentence.end_char
    if sentence.end < len(doc) and ends_with_colon(sentence):
        last = parse.sentence(sentence.end).end_char
    # Regions are in order and apart: none before the first ending after ``first`` can touch the
    # window, and none after the first starting at or past ``last``.
    at = bisect_right(regions, first, key=region_end)
    while at < len(regions) and regions[at].start < last:
        first, last = min(first, regions[at].start), max(last, regions[at].end)
        at += 1
    span = doc.char_span(first, last, alignment_mode="expand")
    window = span if span is not None else sentence
    low, high = within if within is not None else (0, len(doc))
    start = max(window.start, cue_start - MAX_WINDOW_REACH, min(low, cue_start))
    end = min(window.end, cue_start + MAX_WINDOW_REACH + 1, max(high, cue_start + 1))
    return doc[start:end]


def runs(mask: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal runs of True as (start, end) index pairs, end exclusive."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for i, value in enumerate([*mask, False]):
        if value and start is None:
            start = i
        elif not value and start is not None:
            found.append((start, i))
            start = None
    return found


def runs_to_chars(span: Span | Doc, index_runs: Sequence[tuple[int, int]]) -> list[CharSpan]:
    """Token runs (indices into ``span``) as character offsets into the document."""
    return [(span[a].idx, span[b - 1].idx + len(span[b - 1].text)) for a, b in index_runs]


# A word of the cue's phrase is at most this many heads below the cue ("the" in "said in an interview
# with the Portland Herald that ..." is five below "said").
MAX_CUE_PHRASE_DEPTH = 6


def _below(token: Token, cue: Token, clause: Token) -> bool:
    """Whether ``token`` hangs from ``cue`` without passing through the reported ``clause``."""
    for _ in range(MAX_CUE_PHRASE_DEPTH):
        if token == clause:
            return False
        token = token.head
        if token == cue:
            return True
    return False


def past_cue_phrase(doc: Doc, cue: Token, content: list[CharSpan]) -> list[CharSpan]:
    """A content that opens with the cue's own object or phrase before the "that" of its reported clause
    ("emailed [parents] that the building ...", "said [after the match] that ..."): it starts at "that"."""
    first = doc.char_span(*content[0], alignment_mode="expand") if content else None
    if first is None:
        return content
    that = next((t for t in first if t.lower_ == "that" and t.dep_ == "mark"), None)
    if that is None or that.i == first.start or not _reported_by_cue(that.head, cue):
        return content
    fronted = {t.i for phrase in fronted_phrases(cue) for t in phrase.subtree}
    if all(_below(t, cue, that.head) or t.i in fronted for t in doc[first.start : that.i]):
        return [(that.idx, content[0][1]), *content[1:]]
    return content


def _reported_by_cue(clause: Token, cue: Token) -> bool:
    """The cue's reported clause: its clausal complement, or a clause opened by "that" that the parser hung on the
    noun of the cue's own phrase of what the words went out in ("said in a communiqué that Morel would be fined",
    read as the noun's complement, as in "the news that"). Only on a verb of saying and after "in", "on", "via" or
    "through": after other cues and prepositions the noun is what the words were about ("responded to accusations
    that", "apologized for his suggestion that", "focused on the fact that": on train-d these lost their noun)."""
    if clause.dep_ == "ccomp":
        return clause.head == cue
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _GONE_OUT_IN
        and noun.head.head == cue
        and cue.i < noun.i < clause.i
        and reports_words(cue.lemma_.lower())
    )


# Prepositions of what the words went out in or through ("said in a communiqué", "posted on its website")
_GONE_OUT_IN = frozenset({"in", "on", "via", "through"})


def opens_with_that(clause: Token) -> bool:
    """A clause opened by the conjunction "that" (a complement, not a relative clause)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))


# What the parser may hang on a reported clause before its "that" while it is the saying's: a clause ("after the
# results came in"), a prepositional phrase ("at the hearing"), a time noun or an adverb
FRONTED_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})


def fronted_phrases(cue: Token) -> list[Token]:
    """The heads of phrases the parser hung on ``cue``'s reported clause although all of each comes between the
    cue and the clause's "that" ("said [after the results came in] that X reflected ..."): nothing before "that"
    is inside a that-clause, so they are the saying's."""
    found: list[Token] = []
    for clause in (c for c in children_of(cue) if c.dep_ == "ccomp"):
        that = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "that"), None)
        if that is not None and that.i > cue.i:
            found.extend(
                c
                for c in children_of(clause)
                if c.dep_ in FRONTED_DEPS and cue.i < c.left_edge.i and c.right_edge.i < that.i
            )
    return found
