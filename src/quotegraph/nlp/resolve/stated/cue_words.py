"""The word that carries a cue, and its lemma: the counting key for verbs of attribution.

Convention, for cues of one word and of many:

- The head is the syntactic root of the cue's first fragment ("stated" in "recently stated in an
  interview", "said" in "has said"), with four exceptions that look past a word carrying no meaning
  of its own: an aspectual or light verb followed by the verb that reports ("went on to *say*",
  "took to Twitter to *say*", "began by *saying*"), a passive verb of perceiving followed by the saying it
  holds ("can be heard *asking*"), a copula or "have" followed by the noun or
  adjective that does ("are *fears*", "has the *support* of", "is *eager*"), and a preposition
  followed by its object ("in a *statement*", "in *mind*"). A head that no cue lexicon knows gives
  way to the nearest known word under it ("smiled and *said*", "won the nomination by *promising*").
- The lemma is the head's lemma in lower case, with the verb's particle when the cue holds it
  ("point out", "weigh in", "lash out"), and the whole phrase for a fixed expression ("according to").
  spaCy's lemma is repaired where the cue lexicon knows a better one ("hoping" is "hope", not "hop";
  a headline's "Slams" is "slam").
- A cue of punctuation alone (a colon, a dash) has that mark as head and lemma.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.stated_clauses import perceived_saying
from quotegraph.nlp.syntax import VERB_POS

__all__ = ["FIXED_CUES", "cue_head", "cue_lemma", "known_lemmas", "lemma_of"]

# multiword cues counted as one word: the first word's lemma -> (the word after it, the lemma of the whole)
FIXED_CUES: dict[str, tuple[str, str]] = {"according": ("to", "according to"), "accord": ("to", "according to")}
# verbs that only carry the reporting verb after them ("went on to say", "continued to argue")
_ASPECTUAL = frozenset(
    [
        "go",
        "continue",
        "begin",
        "start",
        "proceed",
        "keep",
        "try",
        "attempt",
        "take",
        "come",
        "turn",
        "pivot",
        "resume",
        "move",
        "rush",
        "hasten",
        "return",
    ]
)
_COPULAS = frozenset(("be", "have", "get"))
_VERB_LINKS = frozenset(("xcomp", "pcomp", "advcl", "conj"))
_COMPLEMENTS = frozenset(("acomp", "attr", "dobj", "oprd", "nsubj", "prep"))
_CONTENT_POS = frozenset(("NOUN", "ADJ", "VERB", "PROPN", "ADV"))
# how a word that reports hangs under one that does not: "smiled and said", "issued a statement saying"
_CLAUSE_LINKS = frozenset(("conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "relcl", "ccomp"))
_MAX_STEPS = 4  # a cue is a few words; the walk from its root never needs more
# spaCy keeps a contraction as its own lemma ("’re", "’s"); the copula they stand for is the one to look past
_CONTRACTIONS = {"'re": "be", "'s": "be", "'m": "be", "'ve": "have", "'d": "would", "'ll": "will"}
_INFLECTIONS = (("", ""), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@cache
def known_lemmas() -> frozenset[str]:
    """Lemmas of cue words that repair spaCy's: the type lexicon and the finder's speech and quote verbs."""
    return frozenset(lexicons().type_cues) | lexicon("cue_verbs") | lexicon("quote_verbs")


def _span_holds(span: Span, token: Token) -> bool:
    return span.start <= token.i < span.end


def _first_child(span: Span, token: Token, deps: frozenset[str], pos: frozenset[str]) -> Token | None:
    return next((c for c in children_of(token) if _span_holds(span, c) and c.dep_ in deps and c.pos_ in pos), None)


def _object(span: Span, token: Token) -> Token | None:
    """The object of a preposition inside the cue: "statement" of "in a statement"."""
    obj = _first_child(span, token, frozenset(("pobj", "pcomp")), _CONTENT_POS)
    if obj is not None and obj.pos_ == "ADP":
        return _object(span, obj)
    return obj


# "can be heard asking", "was seen telling": a passive verb of perceiving carries no saying of its own, the participle
# it holds does (``stated_clauses.perceived_saying``), as "went on to say" carries "say": the head and lemma are the
# participle's, so the cue is no "thought" (the type lexicon's "hear") and the saying's time is kept (a thought's
# undated time is dropped, ``carried_times.as_said``). Rule on against off, with ``PERCEIVED_SAYINGS`` on (fast.py,
# cache11, pagestated): train-d time 0.6702 -> 0.6705 (stated 0.826 -> 0.827), +1 right, no false fill
# (huff-post_2015-11-20 trump-may-not-have-suggested E6 "a reporter can be heard asking Trump after an event in Iowa":
# "after an event in Iowa", the gold's; its type thought -> statement), nothing else moved; train 0-59, train-c and the
# news pages byte-identical (referee-audio-release's "can be heard asking ... before play restarted" has no time on the
# asking).
HEARD_SAYINGS = True


def _step(span: Span, head: Token) -> Token | None:
    """The next word to look at past ``head``, or None when ``head`` carries the cue."""
    base = lemma_of(head)
    heard = [p for p in perceived_saying(head) if _span_holds(span, p)] if HEARD_SAYINGS else []
    if heard:
        return heard[0]
    if head.pos_ == "ADP" and base not in FIXED_CUES:
        return _object(span, head)
    if head.pos_ in VERB_POS and base in _ASPECTUAL:
        follow = _first_child(span, head, _VERB_LINKS, frozenset(("VERB",)))
        prep = _first_child(span, head, frozenset(("prep",)), frozenset(("ADP",)))
        return follow or (None if prep is None else _object(span, prep))
    if head.pos_ in VERB_POS and base in _COPULAS:
        complement = _first_child(span, head, _COMPLEMENTS, _CONTENT_POS | frozenset(("ADP",)))
        return None if complement is None else (_object(span, complement) or complement)
    return None


def lemma_of(token: Token) -> str:
    """``token``'s lemma in lower case, repaired where the cue lexicons know better: a contraction is the
    verb it stands for ("’re" -> "be"), and a word whose spaCy lemma is no known cue word but whose regular
    inflection is ("hoping" -> "hope", not "hop"; a headline's "Slams" -> "slam"; "retweeted" -> "retweet")."""
    base = token.lemma_.lower()
    contraction = _CONTRACTIONS.get(token.lower_.replace("’", "'"))
    known = known_lemmas()
    if contraction is not None or base in known:
        return contraction or base
    word = token.lower_
    for suffix, ending in _INFLECTIONS:
        if word.endswith(suffix) and (candidate := word[: len(word) - len(suffix)] + ending) in known:
            return candidate
    return base


def _known_below(span: Span, head: Token) -> Token | None:
    """The nearest word under ``head`` in the cue that the cue lexicons know: "said" in "smiled and
    said", "promising" in "won his party's nomination by promising"."""
    below = [c for c in children_of(head) if _span_holds(span, c) and c.dep_ in _CLAUSE_LINKS]
    while below:
        token = below.pop(0)
        if token.pos_ in ("VERB", "NOUN") and lemma_of(token) in known_lemmas():
            return token
        below.extend(c for c in children_of(token) if _span_holds(span, c) and c.dep_ in _CLAUSE_LINKS)
    return None


def cue_head(span: Span) -> Token:
    """The word of ``span`` (one cue fragment) that carries the attribution; see the module's convention."""
    head = root_of(span)
    for _ in range(_MAX_STEPS):
        following = _step(span, head)
        if following is None or following.pos_ in ("PUNCT", "DET", "PRON"):
            break
        head = following
    if lemma_of(head) in known_lemmas() or lemma_of(head) in FIXED_CUES:
        return head
    return _known_below(span, head) or head


def cue_lemma(span: Span, head: Token) -> str:
    """The counting key of the cue: ``head``'s lemma, with its particle or as a fixed expression."""
    base = lemma_of(head)
    fixed = FIXED_CUES.get(base)
    if fixed is not None and head.i + 1 < span.end and span.doc[head.i + 1].lower_ == fixed[0]:
        return fixed[1]
    particles = [c.lower_ for c in children_of(head) if c.dep_ == "prt" and _span_holds(span, c)]
    return " ".join([base, *particles])
