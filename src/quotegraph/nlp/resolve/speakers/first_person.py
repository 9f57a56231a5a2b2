"""The speaker's own "I" inside a quote: "“I decided to let the work talk,” Gascón wrote" — "I" is Gascón.

Only the quoted words count: all of a direct quote, the double-quoted parts of a mixed one. A quote
within the quote (single marks inside double ones: “He told me, ‘I quit,’ and left”) is somebody
else's words, so its "I" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from quotegraph.model import AttributionKind
from quotegraph.nlp.find.quotes import QuoteRegion, document_quote_regions, regions_touching

__all__ = ["FIRST_PERSON", "speakers_first_person"]

FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
CharSpan = tuple[int, int]

# A nested quote opens with ‘, or with ' where a word starts; it closes with ’ or ' where a word ends
# (so the apostrophes of "don’t" and "I'm" neither open nor close one).
_NESTED_QUOTE = re.compile(r"(?:‘|(?<![\w'’])')(?=\w).*?[\w.,!?](?:’|')(?!\w)", re.DOTALL)


def _nested_quotes(text: str, start: int, end: int) -> list[CharSpan]:
    return [(start + m.start(), start + m.end()) for m in _NESTED_QUOTE.finditer(text[start:end])]


def _quoted_parts(content: Sequence[CharSpan], kind: AttributionKind, regions: Sequence[QuoteRegion]) -> list[CharSpan]:
    """The character ranges of ``content`` that are the speaker's own quoted words."""
    if kind == "direct":
        return list(content)
    if kind != "mixed":
        return []
    return [
        (max(start, region.start), min(end, region.end))
        for start, end in content
        for region in regions_touching(start, end, regions)
    ]


def _first_person(
    doc: Doc, text: str, content: Sequence[CharSpan], kind: AttributionKind, regions: Sequence[QuoteRegion]
) -> Iterator[Token]:
    """Every "I", "me", "my", "myself" in the speaker's quoted words, outside any quote nested in them.
    ``text`` is ``doc.text``, which spaCy joins anew from every token on each access."""
    for start, end in _quoted_parts(content, kind, regions):
        nested = _nested_quotes(text, start, end)
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        for token in span:
            if token.lower_ not in FIRST_PERSON or token.tag_ not in ("PRP", "PRP$"):
                continue
            if not any(s <= token.idx < e for s, e in nested):
                yield token


def speakers_first_person(
    doc: Doc, text: str, statements: Sequence[tuple[Sequence[CharSpan], AttributionKind]]
) -> list[list[Token]]:
    """For each statement (content and kind), the first-person words that refer to its speaker; ``text`` is
    ``doc.text``, read once by the caller.

    A word inside the quotes of two statements belongs to the shorter one: the quote reported inside
    the other ("X said that Y told him: “I quit.”" — "I" is Y).
    """
    regions = document_quote_regions(doc)
    owner: dict[int, tuple[int, int]] = {}  # token -> (content length, statement) of its narrowest statement
    for number, (content, kind) in enumerate(statements):
        length = sum(end - start for start, end in content)
        for token in _first_person(doc, text, content, kind, regions):
            if token.i not in owner or length < owner[token.i][0]:
                owner[token.i] = (length, number)
    found: list[list[Token]] = [[] for _ in statements]
    for i in sorted(owner):
        found[owner[i][1]].append(doc[i])
    return found
