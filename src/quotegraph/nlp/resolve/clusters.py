"""Entities under construction: clusters of mentions, and name-variant clustering ("Jacques Audiard" / "Audiard")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from quotegraph.model import EntityType
from quotegraph.nlp.resolve.lexicons import Gender
from quotegraph.nlp.resolve.mentions import MentionSpan
from quotegraph.nlp.resolve.names import name_key

__all__ = ["Cluster", "ClusterSet"]

_OUTLET_CONTEXT_NOUNS = frozenset(
    {"story", "report", "article", "interview", "piece", "column", "editorial", "op-ed", "broadcast", "podcast", "show"}
)
_OUTLET_VERBS = frozenset({"report", "learn", "reveal", "publish", "air", "broadcast", "obtain"})


@dataclass(eq=False)  # identity, not field equality: clusters are compared and looked up often
class Cluster:
    """One entity being assembled: its mentions in text order plus what they tell about it."""

    index: int
    type: EntityType
    key: frozenset[str] = frozenset()
    plural: bool = False
    mentions: list[MentionSpan] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    genders: Counter[Gender] = field(default_factory=Counter)

    @property
    def gender(self) -> Gender:
        known = [(count, g) for g, count in self.genders.items() if g != "unknown"]
        if not known:
            return "unknown"
        ranked = sorted(known, reverse=True)
        # conflicting evidence of equal weight: say "unknown" rather than guess
        return "unknown" if len(ranked) > 1 and ranked[0][0] == ranked[1][0] else ranked[0][1]

    @property
    def named(self) -> bool:
        return any(m.kind == "name" for m in self.mentions)

    @property
    def name(self) -> str:
        """The longest proper name used for it, or its first description for an unnamed source."""
        names = [m.text for m in self.mentions if m.kind == "name"]
        if names:
            return max(names, key=len)
        described = [m.text for m in self.mentions if m.kind == "description"]
        return described[0] if described else self.mentions[0].text

    def add(self, mention: MentionSpan) -> None:
        mention.cluster = self.index
        self.mentions.append(mention)
        if mention.role:
            self.roles.add(mention.role)
        if mention.kind != "pronoun":
            self.genders[mention.gender] += 1


class ClusterSet:
    """All clusters of one document, with name-variant matching for proper names."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._people_by_word: dict[str, list[Cluster]] = {}
        self._by_key: dict[frozenset[str], Cluster] = {}

    def new(self, mention: MentionSpan, key: frozenset[str] = frozenset()) -> Cluster:
        cluster = Cluster(index=len(self.clusters), type=mention.type, key=key, plural=mention.plural)
        cluster.add(mention)
        self.clusters.append(cluster)
        if key:
            self._by_key.setdefault(key, cluster)
            if cluster.type == "PERSON":
                for word in key:
                    self._people_by_word.setdefault(word, []).append(cluster)
        return cluster

    def match_name(self, key: frozenset[str], entity_type: EntityType = "OTHER") -> Cluster | None:
        """The entity a name with these words belongs to, if any (``entity_type`` is the name's own type)."""
        if not key:
            return None
        if entity_type != "OUTLET":
            # a part of a person's full name is that person: "Audiard", "Jacques" (busiest one if several)
            word = next(iter(key))
            people = [c for c in self._people_by_word.get(word, ()) if key <= c.key]
            if people:
                return max(people, key=lambda c: (len(c.mentions), -c.index))
        same = self._by_key.get(key)
        if same is not None and same.type == "PERSON" and entity_type == "OUTLET":
            return None
        return same

    def cluster_names(self, doc: Doc, names: list[MentionSpan]) -> None:
        """Longest names first, so every shorter variant finds the full name it belongs to."""
        keyed = [(name_key(doc[m.start : m.end]), m) for m in names]
        keyed = [(key, m) for key, m in keyed if key]
        for key, mention in sorted(keyed, key=lambda km: (-len(km[0]), km[1].start)):
            cluster = self.match_name(key, mention.type)
            if cluster is None:
                self.new(mention, key)
            else:
                cluster.add(mention)
                if mention.type == "OUTLET":
                    cluster.type = "OUTLET"
        for cluster in self.clusters:
            cluster.mentions.sort(key=lambda m: m.start)
            if cluster.type == "ORG" and any(_in_outlet_context(doc, m) for m in cluster.mentions):
                cluster.type = "OUTLET"


def _in_outlet_context(doc: Doc, mention: MentionSpan) -> bool:
    """ "a story by X", "an interview with X", "X reported", "told X in an interview": X is a news outlet."""
    head = doc[mention.head]
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in ("by", "with", "from", "to"):
        return verb.head.lemma_.lower() in _OUTLET_CONTEXT_NOUNS
    if head.dep_ in ("dobj", "dative") and verb.lemma_ == "tell":
        objects = (c for prep in verb.children if prep.dep_ == "prep" for c in prep.children if c.dep_ == "pobj")
        return any(c.lemma_.lower() in _OUTLET_CONTEXT_NOUNS for c in objects)
    return head.dep_ == "nsubj" and verb.lemma_.lower() in _OUTLET_VERBS
