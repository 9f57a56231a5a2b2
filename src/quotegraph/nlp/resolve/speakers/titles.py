"""Titles of works that look like a person's name: "Emilia Pérez" the film, not somebody.

The named-entity tagger calls such a title PERSON; the article itself usually says otherwise: "the film
X", "X, the movie", "the director of X", "X's distribution rights", or the tagger's own WORK_OF_ART label
on most of its uses. ("Her film", "whose book" is a work the name has: no sign the name is one.) A name
with such evidence is a work (type OTHER) unless the article also treats it as somebody: it says
something (it is a source, or the subject of a speech verb) or is "he"/"she".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Token

from quotegraph.nlp.find.parse import children_of, has_possessor, lefts_of
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.lexicons.tables import WorkNounKind, lexicons
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.mention_spans import PRONOUNS, MentionSpan
from quotegraph.nlp.resolve.speakers.names import name_key

__all__ = ["is_work_title", "work_titles"]


def _work_noun(token: Token) -> WorkNounKind | None:
    """The kind of work noun ``token`` heads, with its modifier when the list needs it ("box office")."""
    if token.tag_ not in ("NN", "NNS"):
        return None
    nouns = lexicons().work_nouns
    lemma = token.lemma_.lower()
    modifiers = [c for c in lefts_of(token) if c.dep_ == "compound"]
    if modifiers and (kind := nouns.get(f"{modifiers[-1].lemma_.lower()} {lemma}")) is not None:
        return kind
    return nouns.get(lemma)


def _names_a_work(noun: Token) -> bool:
    """ "the film", "a movie", but not "her film" or "whose book": a work someone has is not that someone."""
    return _work_noun(noun) == "work" and not has_possessor(noun)


def _called_a_work(root: Token, start: int) -> bool:
    """ "the film X" (X in apposition to the noun, or the noun just before it), "X, the movie"."""
    if root.dep_ == "appos" and _names_a_work(root.head):
        return True
    for child in children_of(root):
        if child.dep_ == "appos" and _names_a_work(child):
            return True
        if child.dep_ == "compound" and child.i == start - 1 and _names_a_work(child):
            return True
    return False


def _has_work_context(root: Token, start: int) -> bool:
    """ "the director of X", "the premiere of X", "X's box office", or "the film X"."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _work_noun(root.head.head) in ("maker", "part"):
        return True
    if root.dep_ == "poss" and _work_noun(root.head) == "part":
        return True
    return _called_a_work(root, start)


def _acts_as_somebody(doc: Doc, mention: MentionSpan, sources: set[int]) -> bool:
    """A source of some attribution, the subject of a speech verb, or "he"/"she"."""
    if mention.kind == "pronoun":
        return PRONOUNS.get(doc[mention.head].lower_, ("unknown", False, False))[0] != "unknown"
    if any(i in sources for i in range(mention.start, mention.end)):
        return True
    head = doc[mention.head]
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon("cue_verbs")


def _mostly_labelled_work(cluster: Cluster, labelled: Mapping[frozenset[str], int]) -> bool:
    """The tagger labels more uses of the name WORK_OF_ART than it found as names (one stray label is noise)."""
    return labelled.get(cluster.key, 0) > sum(1 for m in cluster.mentions if m.kind == "name")


def is_work_title(doc: Doc, cluster: Cluster, sources: set[int], labelled: Mapping[frozenset[str], int]) -> bool:
    """Whether a person-typed name is, on the article's own evidence, the title of a work (``labelled``: how
    many of the tagger's WORK_OF_ART entities have each name key)."""
    if cluster.type != "PERSON" or not cluster.key:
        return False
    if any(_acts_as_somebody(doc, m, sources) for m in cluster.mentions):
        return False
    names = [m for m in cluster.mentions if m.kind == "name"]
    return _mostly_labelled_work(cluster, labelled) or any(_has_work_context(doc[m.head], m.start) for m in names)


def work_titles(doc: Doc, clusters: Iterable[Cluster], sources: set[int]) -> list[Cluster]:
    """The person-typed names of ``clusters`` that are titles of works; ``sources`` are the tokens of
    attribution sources (a name that says something is somebody)."""
    # counted once: Doc.ents builds every entity of the text on each read
    labelled = Counter(name_key(ent) for ent in doc.ents if ent.label_ == "WORK_OF_ART")
    return [c for c in clusters if is_work_title(doc, c, sources, labelled)]
