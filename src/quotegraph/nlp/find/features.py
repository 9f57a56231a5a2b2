"""Features for the two learned taggers, read off the spaCy parse.

The cue tagger sees each token of a sentence; the role tagger sees each token of a cue's window
(its sentence, widened over the quotes it touches) together with the token's relation to the cue in
the dependency tree. Features are plain strings, as python-crfsuite takes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.lexicons import lexicon

__all__ = ["cue_features", "role_features", "tree_relation"]

_CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "prep", "advcl", "mark", "dative"})


def _word(token: Token, prefix: str) -> list[str]:
    return [f"{prefix}l={token.lemma_.lower()}", f"{prefix}p={token.tag_}", f"{prefix}d={token.dep_}"]


def _token_basics(token: Token, in_quote: bool) -> list[str]:
    lemma = token.lemma_.lower()
    feats = [
        "b",
        f"w={token.lower_}",
        f"l={lemma}",
        f"t={token.tag_}",
        f"d={token.dep_}",
        f"hl={token.head.lemma_.lower()}",
        f"hd={token.head.dep_}",
        f"dh={token.dep_}|{token.head.pos_}",
        f"q={in_quote}",
    ]
    if lemma in lexicon("cue_verbs"):
        feats.append(f"lexv|{token.pos_}")
    if lemma in lexicon("cue_phrases"):
        feats.append("lexp")
    feats.extend(f"m={m}" for m in token.morph if m.startswith(("Tense", "VerbForm")))
    return feats


def _children(token: Token) -> list[str]:
    feats = []
    for child in token.children:
        if child.dep_ in _CHILD_DEPS:
            feats.append(f"c={child.dep_}")
            if child.dep_ == "prep":
                feats.append(f"cp={child.lower_}")
        if child.dep_ == "nsubj":
            feats.append(f"cs={child.ent_type_ or child.tag_}")
    return feats


def cue_features(sentence: Span, in_quote: Sequence[bool]) -> list[list[str]]:
    """One feature list per token of ``sentence``; ``in_quote`` is aligned with its tokens."""
    rows = []
    for i, token in enumerate(sentence):
        feats = _token_basics(token, in_quote[i]) + _children(token)
        feats.extend(_neighbour(sentence, i, -1, "-1") + _neighbour(sentence, i, 1, "+1"))
        if in_quote[i] != (in_quote[i - 1] if i else False):
            feats.append("qedge")
        rows.append(feats)
    return rows


def _neighbour(sentence: Span, i: int, step: int, name: str) -> list[str]:
    j = i + step
    if not 0 <= j < len(sentence):
        return [f"{name}:edge"]
    token = sentence[j]
    return [f"{name}:l={token.lemma_.lower()}", f"{name}:t={token.tag_}"]


def tree_relation(token: Token, cue: Token) -> str:
    """How ``token`` hangs from the cue's head: which child subtree of the cue (or of its head) holds it."""
    if token.i == cue.i:
        return "cue"
    for child in cue.children:
        if child.left_edge.i <= token.i <= child.right_edge.i:
            return f"sub:{child.dep_}:{child.lower_ if child.dep_ == 'prep' else ''}"
    head = cue.head
    if head.i != cue.i:
        if token.i == head.i:
            return f"head:{cue.dep_}"
        for child in head.children:
            if child.i != cue.i and child.left_edge.i <= token.i <= child.right_edge.i:
                return f"hsub:{cue.dep_}:{child.dep_}"
    return "out"


def _lineage(token: Token, cue: Token) -> str:
    """Whether the cue governs the token (directly or further down), the token governs the cue, or neither."""
    if token.head.i == cue.i and token.i != cue.i:
        return "child"
    if cue in token.ancestors:
        return "desc"
    if token in cue.ancestors:
        return "anc"
    return "none"


def _inner_relation(token: Token, cue: Token) -> str:
    """Within the cue's child subtree holding the token, the dependency under that child (nsubj of a ccomp)."""
    for child in cue.children:
        if child.left_edge.i <= token.i <= child.right_edge.i:
            for grandchild in child.children:
                if grandchild.left_edge.i <= token.i <= grandchild.right_edge.i:
                    return f"{child.dep_}>{grandchild.dep_}"
            return f"{child.dep_}>self"
    return "-"


def _distance(token: Token, cue: Token) -> str:
    gap = abs(token.i - cue.i)
    bucket = "1" if gap <= 1 else "3" if gap <= 3 else "8" if gap <= 8 else "20" if gap <= 20 else "far"
    return f"{'L' if token.i < cue.i else 'R'}{bucket}"


def role_features(window: Span, cue: Token, in_quote: Sequence[bool], cue_mask: Sequence[bool]) -> list[list[str]]:
    """One feature list per token of ``window``, relative to the cue whose head token is ``cue``."""
    cue_key = f"{cue.lemma_.lower()}|{cue.dep_}"
    same_sentence = cue.sent
    rows = []
    for i, token in enumerate(window):
        relation = tree_relation(token, cue)
        side = _distance(token, cue)
        feats = [
            "b",
            f"w={token.lower_}",
            f"t={token.tag_}",
            f"d={token.dep_}",
            f"q={in_quote[i]}",
            f"r={relation}",
            f"s={side}",
            f"rs={relation}|{side[0]}",
            f"rq={relation}|{in_quote[i]}",
            f"rc={relation}|{cue_key}",
            f"cm={cue_mask[i]}",
            f"ss={token.sent == same_sentence}",
            f"e={token.ent_type_}",
            f"dq={token.dep_}|{relation}",
            f"li={_lineage(token, cue)}",
            f"ir={_inner_relation(token, cue)}",
            f"er={token.ent_type_}|{relation}",
            f"cl={cue_key}|{side[0]}",
        ]
        feats.extend(_neighbour(window, i, -1, "-1") + _neighbour(window, i, 1, "+1"))
        feats.extend(_neighbour(window, i, -2, "-2") + _neighbour(window, i, 2, "+2"))
        feats.extend(_boundaries(token, cue, relation) + _quote_edge(in_quote, i))
        rows.append(feats)
    return rows


def _boundaries(token: Token, cue: Token, relation: str) -> list[str]:
    """Whether the token opens or closes the cue's child subtree that holds it: content ends where the clause ends."""
    for child in cue.children:
        if child.left_edge.i <= token.i <= child.right_edge.i:
            first, last = token.i == child.left_edge.i, token.i == child.right_edge.i
            return [f"sedge={first}|{last}", f"sedger={relation}|{first}|{last}"]
    return []


def _quote_edge(in_quote: Sequence[bool], i: int) -> list[str]:
    """Where a quote opens or closes next to the token: quoted content runs to the closing mark."""
    before = in_quote[i - 1] if i else None
    after = in_quote[i + 1] if i + 1 < len(in_quote) else None
    return [f"qe={before}|{in_quote[i]}|{after}"]
