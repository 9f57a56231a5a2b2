"""Channel ("on Instagram", "in an interview with CNN en Español") and addressee ("told Deadline Hollywood")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.resolve.lexicons import lexicons

__all__ = ["addressee_of", "channel_phrase", "channel_words", "clause_verb", "governs"]

_CHANNEL_PREPS = frozenset({"with", "by", "from", "on", "to", "for", "of"})
_TELL_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief", "advise", "promise", "email"})
_TO_VERBS = frozenset({"say", "write", "explain", "speak", "talk", "tweet", "add", "announce", "declare", "confirm"})
# not "ccomp": that is the reported clause, whose times and media belong to the content, not the saying
_CLAUSE_LINKS = frozenset({"xcomp", "advcl", "conj", "prep", "pcomp"})
_CHAIN_LIMIT = 8
_MEDIUM_PREPS = frozenset({"in", "on", "via", "through", "during", "at", "to", "from", "over", "by", "with"})


def clause_verb(token: Token) -> Token:
    """The verb whose clause ``token`` sits in (``token`` itself for a verb or the root)."""
    current = token
    for _ in range(_CHAIN_LIMIT):
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            return current
        current = current.head
    return current


def governs(verb: Token, other: Token) -> bool:
    """True when ``other`` is ``verb`` or joined to it in one statement ("took to Instagram to respond")."""
    if verb == other:
        return True
    return (other.head == verb and other.dep_ in _CLAUSE_LINKS) or (verb.head == other and verb.dep_ in _CLAUSE_LINKS)


def _is_channel_word(token: Token) -> bool:
    words = lexicons()
    if token.text in words.platforms:
        return True
    if token.text in words.platforms_after_on:
        return token.i > 0 and token.doc[token.i - 1].lower_ in ("on", "to", "via")
    return token.tag_ in ("NN", "NNS") and token.lemma_.lower() in words.media


def _in_channel_position(token: Token) -> bool:
    """ "in a statement", "took to Instagram", "the article says": not an object or a topic
    ("called Mr. Obama's remarks", "a discussion about leaked emails" speak of a medium, not through it)."""
    if token.dep_ in ("nsubj", "nsubjpass", "npadvmod"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _MEDIUM_PREPS


def channel_words(sentence: Span) -> list[Token]:
    return [t for t in sentence if _is_channel_word(t) and _in_channel_position(t)]


def _phrase_end(token: Token, depth: int = 0) -> int:
    end = token.i + 1
    if depth > 4:
        return end
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "ccomp") or child.ent_type_ in (
            "DATE",
            "TIME",
        ):
            break
        if child.dep_ == "prep" and depth == 0 and (child.lower_ not in _CHANNEL_PREPS or _is_time_phrase(child)):
            continue
        end = max(end, _phrase_end(child, depth + 1))
    return end


def _is_time_phrase(prep: Token) -> bool:
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def channel_phrase(word: Token) -> Span:
    """The channel noun phrase: determiners and modifiers on the left, "with/by X" on the right."""
    start = min((t.i for t in word.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "npadvmod")),
                default=word.i)  # fmt: skip
    start = min([start, *(t.left_edge.i for t in word.lefts if t.dep_ in ("amod", "compound", "poss"))])
    return word.doc[start : _phrase_end(word)]


def _noun_phrase(token: Token) -> Span:
    doc: Doc = token.doc
    start = min([token.i, *(t.left_edge.i for t in token.lefts if t.dep_ in ("det", "amod", "compound", "poss"))])
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat"):
            end = child.i + 1
    return doc[start:end]


def addressee_of(cue: Token) -> Span | None:
    """Whom it was said to: the object of "told", or "to X" after "said", "wrote"."""
    lemma = cue.lemma_.lower()
    for child in cue.children:
        if lemma in _TELL_VERBS and child.dep_ in ("dobj", "dative") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return _noun_phrase(child)
        if lemma in _TO_VERBS and child.dep_ in ("prep", "dative") and child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _noun_phrase(objects[0])
    return None
