"""An inverted cue that ends its sentence after its source ("..., the board said on Wednesday."; "..., records show,
..."; "..., the county's registrar of voters, Lionel Park, said"): its content and source read off the word order,
whatever the parser made of them, for a cue the tagger gave no content."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.cues import document_shows, document_shows_between
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.syntax import holds_a_verb

# Tags of the words of a plain noun phrase ("the National Transport Safety Board", "the county's registrar")
_NOUN_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "PRP$", "CD", "HYPH"})
_INVERTED_SOURCE_LIMIT = 8  # words of the source between the comma and the cue: a name with its title
_INVERTED_CONTENT_MIN = 3  # words before the comma: a clause, not a name or an interjection
# Tags of what may follow the cue to the sentence's end: its time, place or manner ("on Wednesday", "in a statement")
_TRAILING_TAGS = _NOUN_PHRASE_TAGS | {"IN", "RB"}


def inverted_cue(
    parse: ParseIndex, window: Span, head: Token, in_quote: Sequence[bool]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """ "A faulty signal is the first thing investigators are examining after Sunday's derailment at Marlow Junction,
    the National Transport Safety Board said on Wednesday.": a verb of saying that ends its sentence after a plain
    noun phrase set off by a comma is an inverted cue, the phrase its source and the clause before the comma its
    content (returned as the content's runs and the source's), whatever the parser made of them (here the board an
    apposition of the junction and the verb a clause of "is"). Only for a cue the tagger gave no content, and an
    unquoted clause with a verb."""
    sentence = parse.sentence(head.i)  # ``head.sent`` walks back to the sentence start: once a cue, in a run-on one
    start = max(window.start, sentence.start)
    if (between := _document_shows_between(window, head, start, min(window.end, sentence.end), in_quote)) is not None:
        return between
    document = document_shows(head)  # "..., internal records obtained by the Herald show."
    source_end = head.i
    if document is not None and document >= start:
        comma = document
    elif not reports_words(head.lemma_.lower()) or head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    elif (titled := _titled_name_before(window.doc, head.i, start)) is not None:
        comma, source_end = titled
    else:
        comma = head.i - 1
        while comma > start and window.doc[comma].tag_ in _NOUN_PHRASE_TAGS:
            comma -= 1
        phrase = window.doc[comma + 1 : head.i]
        if window.doc[comma].text != "," or not 0 < len(phrase) <= _INVERTED_SOURCE_LIMIT:
            return None
        if phrase[-1].pos_ not in ("NOUN", "PROPN"):
            return None
    end = min(window.end, sentence.end)
    if any(t.tag_ not in _TRAILING_TAGS and not (t.is_punct or t.is_space) for t in window.doc[head.i + 1 : end]):
        return None
    clause = window.doc[start:comma]
    if len(clause) < _INVERTED_CONTENT_MIN or not holds_a_verb(clause):
        return None
    if any(in_quote[start - window.start : comma - window.start]):
        return None
    return [(start - window.start, comma - window.start)], [(comma + 1 - window.start, source_end - window.start)]


# Conjunctions that open a clause of its own after ", records show,": what was shown ends before them.
# ``_document_shows_between`` fires on train-d twice, both in nyt 2016-04-25 trump-s-aging-air-fleet (gold E18, two
# runs, and E27, before ", and"; both matched; E27 gets its channel "records", E18 none where gold has "F.A.A.
# records"); the third medial one there (E7, "and, records show, does not use") is left out by design. No fixture page
# and no train 0-59 or train-c article has the form: a rule from one article, general in news writing but unproven.
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas"})


def _document_shows_between(
    window: Span, head: Token, start: int, end: int, in_quote: Sequence[bool]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """ "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours.": a document's verb of
    showing set off by commas inside its sentence (``document_shows_between``) shows the sentence around it, in two
    runs; when a conjunction follows it ("..., records show, and aviation experts say ..."), only the words before
    it. The content's runs and the source's (as ``inverted_cue``), else None."""
    doc = window.doc
    comma = document_shows_between(head)
    if comma is None or comma < start or head.i + 2 >= end:
        return None
    content = [(start, comma)]
    if doc[head.i + 2].lower_ not in _CLAUSE_CONJUNCTIONS:
        after_end = end
        while after_end > head.i + 2 and doc[after_end - 1].is_punct:
            after_end -= 1
        if after_end > head.i + 2:
            content.append((head.i + 2, after_end))
    words = [doc[i] for a, b in content for i in range(a, b)]
    if len(words) < _INVERTED_CONTENT_MIN or not holds_a_verb(words):
        return None
    if any(in_quote[i - window.start] for a, b in content for i in range(a, b)):
        return None
    return [(a - window.start, b - window.start) for a, b in content], [
        (comma + 1 - window.start, head.i - window.start)
    ]


def _noun_phrase_start(doc: Doc, end: int, low: int, of: bool) -> int:
    """Where the run of noun-phrase words ending before ``end`` starts (not before ``low``), through "of" when
    ``of`` ("the county's registrar of voters")."""
    at = end
    while at > low and (doc[at - 1].tag_ in _NOUN_PHRASE_TAGS or (of and doc[at - 1].lower_ == "of")):
        at -= 1
    return at


def _titled_name_before(doc: Doc, cue: int, low: int) -> tuple[int, int] | None:
    """ "Turnout was 38 percent, the highest since 2009, the county's registrar of voters, Lionel Park, said ...": a
    source set off by commas before the cue as a title and a name in apposition (either first: "..., Lionel Park, the
    county's registrar, said"): the comma before it and the comma that closes it, else None. One of the two is a
    name, all proper nouns, so that a list of things ("..., the roads, the bridges, said") is no source."""
    closing = cue - 1
    if closing <= low or doc[closing].text != ",":
        return None
    second = _noun_phrase_start(doc, closing, low, of=True)
    inner = second - 1
    if not second < closing or inner <= low or doc[inner].text != ",":
        return None
    first = _noun_phrase_start(doc, inner, low, of=True)
    opening = first - 1
    if not first < inner or opening <= low or doc[opening].text != ",":
        return None
    parts = (doc[first:inner], doc[second:closing])
    if closing - first - 1 > _TITLED_SOURCE_LIMIT or not any(all(t.pos_ == "PROPN" for t in p) for p in parts):
        return None
    if not all(p[-1].pos_ in ("NOUN", "PROPN") for p in parts):
        return None
    return opening, closing


_TITLED_SOURCE_LIMIT = _INVERTED_SOURCE_LIMIT + 4  # a title of up to eight words and a name of up to four
