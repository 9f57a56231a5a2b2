"""A headline the text opens with, and the name a title-case headline opens with ("Okafor Defends
Budget Cuts", "Merkel Defends Refugee Policy"), which the tagger reads as one long organisation or not
at all: the person the body's "the mayor" and "she said" stand for."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from quotegraph.nlp.find.datelines import dateline_place
from quotegraph.nlp.find.quotes import OPENING_LINES
from quotegraph.nlp.lexicons import lexicon, lexicon_section
from quotegraph.nlp.lexicons.tables import lexicons

__all__ = [
    "headline_base_verb",
    "headline_line",
    "headline_name",
    "headline_verb",
    "opening_lines_end",
    "title_end",
]

_TITLE_CHARS = 200  # a first line this short is a headline
MAX_HEADLINE_NAME_WORDS = 3  # "Okafor", "Angela Merkel", "Sen. Elizabeth Warren"
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "as"})


def title_end(doc: Doc) -> int:
    """The token after a headline the text opens with (a short first line that reads as one, ``headline_line``, with
    a body under it), else 0. Reads only the first line's tokens: it is asked for each name of a document, and
    ``Doc.text`` joins every token of it anew on each call."""
    for token in doc:
        if token.idx > _TITLE_CHARS:
            return 0
        if "\n" in (piece := token.text_with_ws):
            first_line = token.idx + piece.index("\n")
            if not 0 < first_line <= _TITLE_CHARS:
                return 0
            end = next((t.i for t in doc[token.i :] if t.idx >= first_line), len(doc))
            return end if end < len(doc) and headline_line(doc[:end].text, _tells_as_a_body(doc[:end])) else 0
    return 0


_SENTENCE_ENDS = frozenset(".!?")

# A first paragraph in title case ("Okafor Defends Budget Cuts at Tense Council Meeting") is a headline: most of its
# longer words open with a capital, and there are enough of them to tell.
_HEADLINE_CAPITALS = 0.7  # share of a title's longer words that start with a capital
_HEADLINE_MIN_WORDS = 3  # fewer longer words in a first line tell nothing of title case
_LONGER_WORD = re.compile(r"[^\W\d_]{4,}")
# A headline in sentence case that ends with a full stop, as PolNeAR's titles do ("SEIU chief says Trump can win."):
# a short line that opens on its subject's name, not on an article ("The Senate voted ..." is a body's sentence).
# Of the 490 first paragraphs of the tuning slices, 99 in 100 hold at most 17 words (the thirty-eighth set's
# headlines round, docs/occasion-rounds.md); a body's first sentence is mostly longer (half of second paragraphs
# hold 27 words or more).
HEADLINE_WORDS = 17
_ARTICLE_OPENING = re.compile(r"\s*(?:The|A|An)\s")
_CLOSERS = "\"'”’)]» \t"
_INNER_STOP = re.compile(r"(\S+[a-z][.!?])\s+[A-Z]")  # "Lead. Two.": two sentences, a body's ("Rep. Welch" one)
# A kicker's label before a colon opens many a headline, an article among its words ("The Latest: Sanders wins
# Minnesota caucuses.", "AP-GfK Poll: Voters ..."); a body's sentence seldom opens so.
_QUOTE_OPENING = re.compile(r"\s*[\"“‘'][^\"“”‘’]+,[\"”’']")  # "“The plan is sound,” Moss tells ...": a body's
_LABEL_OPENING = re.compile(r"\s*(?:\S+\s+){0,2}\S+:\s")
_LABEL_MARKS = ("·", " | ")  # a kicker's labels run together: "Direct democracy · Graubünden", "Westerby | Breaking"


_AUXILIARIES = frozenset({"be", "have"})


def _tells_as_a_body(line: Span) -> bool:
    """Whether a line tells in the tenses of a body's sentence: a verb in the past tense ("Hale said"), or an
    auxiliary on its main verb ("Hale is thanking supporters", "has led"), which a headline drops ("Hale thanking
    supporters", "Moss leads")."""
    return any(
        t.tag_ == "VBD" or (t.dep_ in ("aux", "auxpass") and t.lemma_ in _AUXILIARIES and t.head.dep_ == "ROOT")
        for t in line
    )


def headline_line(line: str, body_tenses: bool = False) -> bool:
    """Whether a text's first line reads as a headline: at most ``_TITLE_CHARS`` long, opening on no dateline
    ("WASHINGTON (AP) — The Senate ..." is the body's first sentence), and in title case, or ending with no sentence
    stop (a page's title as the readers give it, "Helsinki council votes to ban rental e-scooters from April"), or a
    short line in the form a sentence-case headline takes (``HEADLINE_WORDS``, one sentence, no quote set off by a
    comma opening it, no article opening it, and not told in a body's tenses: ``body_tenses``, which the caller reads
    from the parse, ``_tells_as_a_body``). A headline tells a past event in the present and sets a quote off with a
    colon ("SEIU chief says Trump can win.", "Trump: 'We are going to win so much.'"); "Hale said the state would
    turn." and "“The plan is sound,” Moss tells the Herald." are a body's first sentences. A kicker's label before a
    colon ("The Latest: ...") tells a headline whatever its tenses. A headline's statement is told again below, and
    its day and place are not the body's scene (``carrying.occasions``)."""
    first = line.strip()
    if not first or len(first) > _TITLE_CHARS or _opens_on_a_dateline(first, 0):
        return False
    words = _LONGER_WORD.findall(first)
    if len(words) < _HEADLINE_MIN_WORDS or any(mark in first for mark in _LABEL_MARKS):
        return False  # a kicker's labels ("Health", "Local News", "Legal · United Kingdom"), not the title
    if sum(w[0].isupper() for w in words) >= _HEADLINE_CAPITALS * len(words):
        return True
    body = first.rstrip(_CLOSERS)
    if body[-1:] not in _SENTENCE_ENDS:
        return True
    honorifics = lexicons().honorifics
    one_sentence = all(m.group(1) in honorifics for m in _INNER_STOP.finditer(body[:-1]))
    if not one_sentence or len(first.split()) > HEADLINE_WORDS or _QUOTE_OPENING.match(first):
        return False
    if _LABEL_OPENING.match(first) is not None:
        return True
    return _ARTICLE_OPENING.match(first) is None and not body_tenses


def _opens_on_a_dateline(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens on a dateline ("WASHINGTON (AP) —"), not on a name a hyphen joins
    ("AFL-CIO to endorse Clinton", "AP-GfK Poll: ..."), which the dateline's pattern reads as a place and its dash."""
    place = dateline_place(text, start)
    return place is not None and text[place[1] : place[1] + 1] != "-"


def opening_lines_end(doc: Doc) -> int:
    """The token after the lines a news text opens with before its body: the headline, a kicker over it and a
    standfirst under it ("Widow says council “ignored every warning” after inquest"), ``OPENING_LINES`` at most, each
    short and with no full stop at its end (the body's sentences have one); 0 when there is none. Reads only the first
    lines' tokens."""
    end = 0
    lines = 0
    for token in doc:
        if token.idx - doc[end].idx > _TITLE_CHARS:
            return end  # a line this long is the body's
        if "\n" not in token.text_with_ws:
            continue
        last = next((t for t in reversed(doc[end : token.i + 1]) if not (t.is_space or t.is_quote)), None)
        if last is None or last.text[-1] in _SENTENCE_ENDS:
            return end
        end, lines = token.i + 1, lines + 1
        if lines == OPENING_LINES or end == len(doc):
            return end
    return end


_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")  # "pushes", "taxes", "goes" take "-es"; "Gaines" does not


def _stems(lower: str) -> set[str]:
    """The lemmas an inflected word may have: "apologizes" "apologize", "slammed" "slam", "leading" "lead",
    "denies" "deny"; none for a word without an ending of inflection."""
    stems: set[str] = set()
    if lower.endswith(("ies", "ied")):
        stems.add(lower[: -len("ies")] + "y")  # "ied" is as long
    if lower.endswith("es") and lower[:-2].endswith(_SIBILANT_ENDS):
        stems.add(lower[:-2])
    if lower.endswith("s") and not lower.endswith("ss"):
        stems.add(lower[:-1])
    for ending in ("ed", "ing"):
        if lower.endswith(ending):
            bare = lower[: -len(ending)]
            stems |= {bare, bare + "e"}
            if len(bare) > 1 and bare[-1] == bare[-2]:
                stems.add(bare[:-1])  # "slammed", "winning"
    return stems


def headline_verb(word: str) -> bool:
    """A title-cased verb a headline puts after a name, in an inflected form: one of saying ("Says", "Slammed") or of
    news ("Apologizes", "Questioned", "Leads", "Took"). The base form is never one ("Hope Hicks", "Rand Paul"), and
    the lexicon leaves out verbs whose inflected form is a common surname ("Burns", "Marks")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    if lower in lexicon_section("resolve_headline_verbs", "irregular past forms"):
        return True
    return bool(_stems(lower) & _headline_lemmas())


def headline_base_verb(word: str) -> bool:
    """A title-cased verb of saying or of news in its base form ("Address", "Slam", "Tell"), which a headline puts
    after a plural or coordinated subject ("Ted Cruz, Chris Christie Address Heroin Epidemic", "Bolton and Gorka Slam
    ..."). Many are names too ("Dana Bash", "Menachem Begin"): the caller says whether a subject of more than one
    stands before it."""
    return word[:1].isupper() and word.isalpha() and word.lower() in _headline_lemmas()


@cache
def _headline_lemmas() -> frozenset[str]:
    return lexicon("cue_verbs") | lexicon_section("resolve_headline_verbs", "lemmas")


def headline_name(doc: Doc) -> Span | None:
    """The capitalised words a title-case headline opens with, up to its verb of saying or of news ("Okafor" in
    "Okafor Defends Budget Cuts at Tense Council Meeting", "Okafor Wins Second Term")."""
    words = [t for t in doc[: title_end(doc)] if t.is_alpha]
    if not words or not all(t.text[:1].isupper() or t.lower_ in _SMALL_WORDS for t in words):
        return None
    verb = next((t for t in words[1 : MAX_HEADLINE_NAME_WORDS + 1] if headline_verb(t.text)), None)
    if verb is None or not all(t.is_alpha or t.text == "." for t in doc[words[0].i : verb.i]):
        return None
    name = doc[words[0].i : verb.i]
    if name[-1].lower_ in lexicons().role_nouns or name[-1].text in lexicons().honorifics:
        return None  # "Pastor Wants ...", "Governor Says ...": a role, whoever holds it
    # a name the tagger ended before the verb ("Pentagon", "House Democrats") is the tagger's to type
    tagged = any(name.start <= ent.start and ent.end <= name.end for ent in doc.ents if ent.start < name.end)
    return None if tagged else name
