"""Look-ups over the names already clustered, built once per document so that each question coreference asks is cheap.

The entities by the sentence of their first name (``FirstNames``); how often each body is named before a point, as a
running count (``NameTally``); the people named with a title word or an honorific (``Titled``, which
``title_holders`` fills) and those named with a place's name before the title ("Florida Sen. Marco Rubio":
``Placed``, ``placed_titles``). It clusters no name (``clusters`` does) and links no description: the coreference
pass (``coref`` and its layers) asks these which entity a description is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.names import fold

# "Florida Sen. Marco Rubio", "Florida state Sen. Ana Ruiz": a place's name, at most two title words, the name
_PLACED_TITLE_WORDS = 2
_PLACE_NAME_WORDS = 3  # "New York", "Salt Lake City": the words a place's name before a title may take


class Titled(NamedTuple):
    """A person whose names are given with a noun as a title word or an honorific, and where they are named."""

    cluster: Cluster
    named_at: list[int]  # the names' first tokens, in text order
    by_title: bool  # a title word that is no honorific gives the noun, or shortens it ("Guitarist", "Sgt.")
    by_honorific: bool  # an honorific means the noun ("Minister", "Gov." for "governor")


class Placed(NamedTuple):
    """A person named with a place's name before the title: "Florida Sen. Marco Rubio", "Ohio Gov. John Kasich"."""

    cluster: Cluster
    named_at: int  # the name's first token
    titles: tuple[str, ...]  # the title words between the place and the name, lower-cased


def place_words(words: Span | Sequence[Token]) -> tuple[str, ...]:
    """The folded words of the one run of a place's name (the tagger's GPE) among ``words``, or () for none or two."""
    places = [t for t in words if t.ent_type_ == "GPE" and t.pos_ == "PROPN"]
    if not places or places[-1].i - places[0].i + 1 != len(places):
        return ()
    return tuple(fold(t.text) for t in places)


def placed_titles(doc: Doc, clusters: Sequence[Cluster]) -> dict[tuple[str, ...], list[Placed]]:
    """Each person's names given after a place and a title ("Florida Sen. Marco Rubio", "former Florida Gov. Jeb
    Bush"), by the place's folded words; the title may be inside the tagger's name or before it."""
    placed: dict[tuple[str, ...], list[Placed]] = {}
    seen: set[tuple[int, tuple[str, ...], tuple[str, ...]]] = set()  # a person's first name so, the one that counts
    for cluster in clusters:
        if cluster.type != "PERSON" or cluster.plural:
            continue
        for mention in (m for m in cluster.mentions if m.kind == "name"):
            first = next((t.i for t in doc[mention.start : mention.end] if t.ent_type_ == "PERSON"), mention.start)
            start = first
            while start > 0 and first - start < _PLACED_TITLE_WORDS and _title_word(doc[start - 1]):
                start -= 1
            titles = tuple(t.lower_ for t in doc[start:first])
            begin = start
            while begin > 0 and start - begin < _PLACE_NAME_WORDS and doc[begin - 1].ent_type_ == "GPE":
                begin -= 1
            place = place_words(doc[begin:start])
            if titles and place and (cluster.index, place, titles) not in seen:
                seen.add((cluster.index, place, titles))
                placed.setdefault(place, []).append(Placed(cluster, mention.start, titles))
    for held in placed.values():
        held.sort(key=lambda p: p.named_at)
    return placed


def _title_word(token: Token) -> bool:
    """A title word before a name: "Sen.", "Gov.", "senator" (a noun, no place's nor person's name)."""
    return token.tag_ in ("NNP", "NN") and token.ent_type_ not in ("GPE", "PERSON") and token.text[:1].isalpha()


class FirstNames:
    """Each named entity by the sentence of its first name: names are all clustered before coreference adds
    pronouns and descriptions, so this holds for the whole of resolving."""

    def __init__(self, clusters: list[Cluster], sentence_of: list[int]) -> None:
        firsts = []
        for cluster in clusters:
            names = [m for m in cluster.mentions if m.kind == "name"]
            if names:
                first = min(names, key=lambda m: m.start)
                firsts.append((sentence_of[first.head], cluster.index, cluster, first))
        firsts.sort(key=lambda item: (item[0], item[1]))
        self._sentences = [sentence for sentence, _, _, _ in firsts]
        self._firsts = [(cluster, first) for _, _, cluster, first in firsts]

    def within(self, first: int, last: int) -> list[tuple[Cluster, MentionSpan]]:
        """The entities first named in sentences ``first`` to ``last``, with that first name."""
        return self._firsts[bisect_left(self._sentences, first) : bisect_right(self._sentences, last)]

    def in_roles(self, role_of: Callable[[MentionSpan], str | None]) -> NamesInRoles:
        """These first names grouped by the role noun ``role_of`` gives each (none for most)."""
        return NamesInRoles(zip(self._sentences, self._firsts, strict=True), role_of)


class NamesInRoles:
    """First names grouped by the role noun each is given in ("The steward ..., Jess Hartigan,": "steward"), each
    group in text order: a description's name far on is looked up in its noun's group, not by reading every name
    after every description (``named_after.NAMED_IN_ROLE_ANY_DISTANCE``, quadratic on a text of many people, some
    named and some described)."""

    def __init__(
        self, firsts: Iterable[tuple[int, tuple[Cluster, MentionSpan]]], role_of: Callable[[MentionSpan], str | None]
    ) -> None:
        self._groups: dict[str, tuple[list[int], list[tuple[Cluster, MentionSpan]]]] = {}
        for sentence, (cluster, name) in firsts:
            role = role_of(name)
            if role is not None:
                sentences, names = self._groups.setdefault(role, ([], []))
                sentences.append(sentence)
                names.append((cluster, name))

    def from_sentence(self, role: str, first: int) -> list[tuple[Cluster, MentionSpan]]:
        """The entities first named in ``role`` in sentence ``first`` or later, with that first name."""
        sentences, names = self._groups.get(role, ([], []))
        return names[bisect_left(sentences, first) :]


class NameTally:
    """How often each of some bodies is named before a point of the text, kept as a running count: coreference
    asks in text order, so the whole walk reads each name once (it starts again if asked about an earlier point)."""

    def __init__(self, bodies: list[Cluster]) -> None:
        self._names = sorted(
            ((m.start, body.index) for body in bodies for m in body.mentions if m.kind == "name"),
        )
        self._bodies = {body.index: body for body in bodies}
        self._reset()

    def _reset(self) -> None:
        self._read = 0  # names counted so far
        self._counts = dict.fromkeys(self._bodies, 0)
        self._best = 0
        self._at_best = set(self._bodies)

    def leader_before(self, start: int, allowed: Callable[[Cluster], bool]) -> tuple[Cluster | None, int]:
        """The one body named most often before token ``start`` among those ``allowed`` still (a body once not
        allowed never is again), and how often; no body when two tie."""
        if self._read and self._names[self._read - 1][0] >= start:
            self._reset()
        while self._read < len(self._names) and self._names[self._read][0] < start:
            index = self._names[self._read][1]
            self._read += 1
            if index not in self._counts:
                continue
            self._counts[index] += 1
            if self._counts[index] > self._best:
                self._best, self._at_best = self._counts[index], {index}
            elif self._counts[index] == self._best:
                self._at_best.add(index)
        dropped = [i for i in self._at_best if not allowed(self._bodies[i])]
        if dropped:
            for index in (i for i in list(self._counts) if not allowed(self._bodies[i])):
                del self._counts[index]
            self._best = max(self._counts.values(), default=0)
            self._at_best = {i for i, count in self._counts.items() if count == self._best}
        if len(self._at_best) != 1:
            return None, self._best
        return self._bodies[next(iter(self._at_best))], self._best
