"""Features for the two learned taggers, read off the spaCy parse.

The cue tagger sees each token of a sentence; the role tagger sees each token of a cue's window
(its sentence, widened over the quotes it touches) together with the token's relation to the cue in
the dependency tree. Features are plain strings, as python-crfsuite takes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.errors import PipelineError
from quotegraph.nlp.find.parse import (
    NO_TOKEN,
    DocumentWords,
    ParseIndex,
    children_of,
    document_tree,
    document_words,
)
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.lexicons.tables import lexicons

__all__ = ["CUE_FEATURE_SETS", "SHIPPED_CUE_FEATURES", "cue_features", "role_features", "word_features"]

# Named cue feature sets: a model is trained and read with one of them, and the name goes with the
# weights file (``cues-v1.crfsuite`` reads ``cues-v1``). ``cues-v2`` is an experiment
# (experiments/cue_features): the shipped features plus word-class and construction features meant to
# let the tagger reach cue words it saw in few articles; ``cues-v2g`` is its ablation without the word classes
# (``type_cues.tsv`` was read off all of train's cue heads, so under cross-validation the classes know the held-out
# fold's words). Neither is shipped.
SHIPPED_CUE_FEATURES = "cues-v1"
LONG_TAIL_CUE_FEATURES = "cues-v2"
GOVERNS_CUE_FEATURES = "cues-v2g"
CUE_FEATURE_SETS = (SHIPPED_CUE_FEATURES, LONG_TAIL_CUE_FEATURES, GOVERNS_CUE_FEATURES)

_CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "prep", "advcl", "mark", "dative"})


def _word(token: Token, prefix: str) -> list[str]:
    return [f"{prefix}l={token.lemma_.lower()}", f"{prefix}p={token.tag_}", f"{prefix}d={token.dep_}"]


def word_features(token: Token) -> list[str]:
    """What every tagger reads of a word: a bias, the word, its lemma, tag and dependency, its head's lemma and
    dependency."""
    doc = token.doc
    return _word_row(document_words(doc), document_tree(doc).head, token.i)


def _word_row(words: DocumentWords, head: list[int], i: int) -> list[str]:
    """``word_features`` of token ``i``, read from its document's strings (``document_words``) and tree: spaCy builds a
    Token and each of its strings anew on every read, and the cue tagger reads every word of every sentence."""
    up = head[i]
    return [
        "b",
        f"w={words.lower[i]}",
        f"l={words.lemma[i]}",
        f"t={words.tag[i]}",
        f"d={words.dep[i]}",
        f"hl={words.lemma[up]}",
        f"hd={words.dep[up]}",
    ]


def _token_basics(token: Token, in_quote: bool, words: DocumentWords, head: list[int]) -> list[str]:
    i = token.i
    lemma = words.lemma[i]
    feats = [*_word_row(words, head, i), f"dh={words.dep[i]}|{words.pos[head[i]]}", f"q={in_quote}"]
    if lemma in lexicon("cue_verbs"):
        feats.append(f"lexv|{words.pos[i]}")
    if lemma in lexicon("cue_phrases"):
        feats.append("lexp")
    feats.extend(f"m={m}" for m in token.morph if m.startswith(("Tense", "VerbForm")))
    return feats


def _children(kids: list[int], words: DocumentWords) -> list[str]:
    """The features of a word's children (``kids``, their indices in text order)."""
    feats = []
    for child in kids:
        dep = words.dep[child]
        if dep in _CHILD_DEPS:
            feats.append(f"c={dep}")
            if dep == "prep":
                feats.append(f"cp={words.lower[child]}")
        if dep == "nsubj":
            feats.append(f"cs={words.ent[child] or words.tag[child]}")
    return feats


def cue_features(sentence: Span, in_quote: Sequence[bool], feature_set: str = SHIPPED_CUE_FEATURES) -> list[list[str]]:
    """One feature list per token of ``sentence``; ``in_quote`` is aligned with its tokens. ``feature_set``
    names one of ``CUE_FEATURE_SETS``; the default is the one the shipped weights were trained with."""
    if feature_set not in CUE_FEATURE_SETS:
        raise PipelineError(f"unknown cue feature set {feature_set!r} (known: {', '.join(CUE_FEATURE_SETS)})")
    # each word's strings and tree are read from the document's (``document_words``, ``document_tree``), once a
    # document: as its neighbours' features every word is read twice more, and spaCy builds a Token and its strings
    # anew on each read (over PolNeAR train 0-59 the cue features took 8% of the own stages' CPU, read from spaCy)
    words, tree = document_words(sentence.doc), document_tree(sentence.doc)
    lemmas, tags, offset = words.lemma, words.tag, sentence.start
    last = len(sentence) - 1
    rows = []
    for i, token in enumerate(sentence):
        at = offset + i
        feats = _token_basics(token, in_quote[i], words, tree.head) + _children(tree.children[at], words)
        feats.extend(["-1:edge"] if i == 0 else [f"-1:l={lemmas[at - 1]}", f"-1:t={tags[at - 1]}"])
        feats.extend(["+1:edge"] if i == last else [f"+1:l={lemmas[at + 1]}", f"+1:t={tags[at + 1]}"])
        if in_quote[i] != (in_quote[i - 1] if i else False):
            feats.append("qedge")
        if feature_set == LONG_TAIL_CUE_FEATURES:
            feats.extend(_word_class(token))
        if feature_set in {LONG_TAIL_CUE_FEATURES, GOVERNS_CUE_FEATURES}:
            feats.extend(_governs(sentence, token, in_quote))
        rows.append(feats)
    return rows


def _lemma_class(token: Token) -> str:
    """The class of a word's lemma in the cue lexicons: a speech verb, a class of ``type_cues.tsv`` (thought,
    evidential, raising, finding, statement), a cue phrase, or none. The lexicons name classes of cue words, so a
    word the tagger saw in few articles shares its weights with the other words of its class."""
    lemma = token.lemma_.lower()
    if lemma in lexicon("cue_verbs"):
        return "verb"
    typed = lexicons().type_cues.get(lemma)
    if typed is not None:
        return typed.cls
    if lemma in lexicon("cue_phrases") or lemma in lexicon("quote_verbs"):
        return "phrase"
    return "none"


def _word_class(token: Token) -> list[str]:
    """cues-v2: the word's lexicon class with its part of speech, and its head's class with the relation between
    them ("support" as the dobj of a thought verb, "plans" with an xcomp under it)."""
    own, head = _lemma_class(token), _lemma_class(token.head)
    return [f"cls={own}|{token.pos_}", f"hcls={head}|{token.dep_}", f"cls2={own}|{head}"]


def _governs(sentence: Span, token: Token, in_quote: Sequence[bool]) -> list[str]:
    """cues-v2: whether the word governs what a cue governs: a clause opened by "that", a quotation (a child whose
    words are quoted), a colon, a possessor ("his support"), an infinitive ("plans to")."""
    feats = []
    for child in children_of(token):
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if child.dep_ in {"ccomp", "acl", "advcl"} and "that" in marks:
            feats.append("gthat")
        if child.dep_ == "punct" and child.text == ":":
            feats.append("gcolon")
        if child.dep_ == "poss":
            feats.append("gposs")
        if child.dep_ in {"xcomp", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            feats.append("ginf")
        if child.dep_ not in {"punct", "det"} and _quoted_child(sentence, child, in_quote):
            feats.append(f"gq={child.dep_}")
    return sorted(set(feats))


def _quoted_child(sentence: Span, child: Token, in_quote: Sequence[bool]) -> bool:
    """Whether most words of ``child``'s subtree inside the sentence are quoted."""
    inside = [in_quote[t.i - sentence.start] for t in child.subtree if sentence.start <= t.i < sentence.end]
    return bool(inside) and sum(inside) * 2 > len(inside)


class _CueRelations:
    """How each token of a window hangs from one cue, read from the document's ``ParseIndex``.
    Tokens are indices into the document; ``NO_TOKEN`` stands for none."""

    def __init__(self, cue: Token, parse: ParseIndex) -> None:
        self.cue = cue.i
        self.head = cue.head.i
        self.parse = parse

    def child_at(self, at: int) -> int:
        """The cue's first child whose subtree edges span token ``at``."""
        return self.parse.spanning_child(self.cue, at)

    def relation(self, at: int, child: int) -> str:
        """Which child subtree of the cue (or of its head) holds token ``at``."""
        cue, head, words = self.cue, self.head, self.parse.words
        if at == cue:
            return "cue"
        if child != NO_TOKEN:
            return f"sub:{words[child].dep}:{words[child].lower if words[child].dep == 'prep' else ''}"
        if head != cue:
            if at == head:
                return f"head:{words[cue].dep}"
            other = self.parse.spanning_child(head, at, skip=cue)
            if other != NO_TOKEN:
                return f"hsub:{words[cue].dep}:{words[other].dep}"
        return "out"

    def lineage(self, at: int) -> str:
        """Whether the cue governs the token (directly or further down), the token governs the cue, or neither."""
        if self.parse.head[at] == self.cue and at != self.cue:
            return "child"
        if self.parse.above(self.cue, at):
            return "desc"
        if self.parse.above(at, self.cue):
            return "anc"
        return "none"

    def inner(self, at: int, child: int) -> str:
        """Within the cue's child subtree holding the token, the dependency under that child (nsubj of a ccomp)."""
        if child == NO_TOKEN:
            return "-"
        words = self.parse.words
        below = self.parse.spanning_child(child, at)
        return f"{words[child].dep}>{'self' if below == NO_TOKEN else words[below].dep}"


# The role tagger's distance feature: tokens from the cue, in buckets that widen with the distance (the next word, a
# short phrase, a clause, a sentence; farther is "far"). The shipped weights were trained on these labels: a change
# here needs the taggers retrained.
DISTANCE_BUCKETS = (1, 3, 8, 20)  # tokens


def _distance(at: int, cue: int) -> str:
    gap = abs(at - cue)
    bucket = next((str(most) for most in DISTANCE_BUCKETS if gap <= most), "far")
    return f"{'L' if at < cue else 'R'}{bucket}"


def role_features(
    window: Span, cue: Token, in_quote: Sequence[bool], cue_mask: Sequence[bool], parse: ParseIndex
) -> list[list[str]]:
    """One feature list per token of ``window``, relative to the cue whose head token is ``cue``;
    ``parse`` indexes the cue's document (its words are read from there, not from spaCy's tokens)."""
    cue_key = f"{cue.lemma_.lower()}|{cue.dep_}"
    same_sentence = parse.sentence_of[cue.i]
    relations = _CueRelations(cue, parse)
    words = parse.words
    first, last = window.start, window.end - 1
    rows = []
    for i, at in enumerate(range(window.start, window.end)):
        word = words[at]
        child = relations.child_at(at)
        relation = relations.relation(at, child)
        side = _distance(at, cue.i)
        feats = [
            "b",
            f"w={word.lower}",
            f"t={word.tag}",
            f"d={word.dep}",
            f"q={in_quote[i]}",
            f"r={relation}",
            f"s={side}",
            f"rs={relation}|{side[0]}",
            f"rq={relation}|{in_quote[i]}",
            f"rc={relation}|{cue_key}",
            f"cm={cue_mask[i]}",
            f"ss={parse.sentence_of[at] == same_sentence}",
            f"e={word.ent}",
            f"dq={word.dep}|{relation}",
            f"li={relations.lineage(at)}",
            f"ir={relations.inner(at, child)}",
            f"er={word.ent}|{relation}",
            f"cl={cue_key}|{side[0]}",
        ]
        for step, name in ((-1, "-1"), (1, "+1"), (-2, "-2"), (2, "+2")):
            j = at + step
            near = words[j] if first <= j <= last else None
            feats.extend([f"{name}:edge"] if near is None else [f"{name}:l={near.lemma}", f"{name}:t={near.tag}"])
        feats.extend(_boundaries(at, child, relation, parse) + _quote_edge(in_quote, i))
        rows.append(feats)
    return rows


def _boundaries(at: int, child: int, relation: str, parse: ParseIndex) -> list[str]:
    """Whether token ``at`` opens or closes the cue's child subtree that holds it: content ends where the
    clause ends."""
    if child == NO_TOKEN:
        return []
    first, last = at == parse.left[child], at == parse.right[child]
    return [f"sedge={first}|{last}", f"sedger={relation}|{first}|{last}"]


def _quote_edge(in_quote: Sequence[bool], i: int) -> list[str]:
    """Where a quote opens or closes next to the token: quoted content runs to the closing mark."""
    before = in_quote[i - 1] if i else None
    after = in_quote[i + 1] if i + 1 < len(in_quote) else None
    return [f"qe={before}|{in_quote[i]}|{after}"]
