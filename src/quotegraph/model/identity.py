"""One speaker across the corpus: the names a corpus holds, the people they are grouped into, the
alias entries a user gives, and the pronouns articles use for a speaker.

A name is a normalized key ("hillary clinton", see ``store.keys.normalize_name``); a person is a
group of names (``speakers`` rows are people). These types cross between the store, which counts
and persists, and the graph layer, which decides the grouping.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Literal, TypeAlias

import msgspec

from quotegraph.model.entity import EntityType

__all__ = [
    "GENDERS",
    "PRONOUN_AGREEMENT",
    "AliasEntry",
    "ApartPairs",
    "Gender",
    "GenderShare",
    "Grouper",
    "IdentityReport",
    "NameRecord",
    "PersonGroup",
    "PronounCounts",
    "TypeCounts",
]

Gender = Literal["he", "she", "they", "unknown"]
GENDERS: tuple[Gender, ...] = ("he", "she", "they", "unknown")
# Share of pronouns that must agree for them to say something: of an entity's pronoun mentions (one
# article's coreference errs now and then), and of a speaker's articles that use one.
PRONOUN_AGREEMENT = 0.75


class PronounCounts(msgspec.Struct, frozen=True):
    """Entities (about one an article) whose own pronouns say "he", "she" or "they"."""

    he: int = 0
    she: int = 0
    they: int = 0

    def __add__(self, other: PronounCounts) -> PronounCounts:
        return PronounCounts(self.he + other.he, self.she + other.she, self.they + other.they)

    @property
    def gender(self) -> Gender:
        """What the articles say: the pronoun that at least ``PRONOUN_AGREEMENT`` of those using one
        use; "unknown" when none does, or none uses one. Nothing is guessed from a name."""
        total = self.he + self.she + self.they
        said: list[tuple[Gender, int]] = [("he", self.he), ("she", self.she), ("they", self.they)]
        return next((g for g, count in said if total and count >= PRONOUN_AGREEMENT * total), "unknown")


class TypeCounts(msgspec.Struct, frozen=True):
    """Entities with a name, by the type the article's analysis gave them (OTHER: none known)."""

    person: int = 0
    org: int = 0
    outlet: int = 0
    gpe: int = 0
    other: int = 0

    def __add__(self, other: TypeCounts) -> TypeCounts:
        return TypeCounts(
            self.person + other.person,
            self.org + other.org,
            self.outlet + other.outlet,
            self.gpe + other.gpe,
            self.other + other.other,
        )

    @property
    def total(self) -> int:
        return self.person + self.org + self.outlet + self.gpe + self.other

    @property
    def majority(self) -> EntityType:
        """The most frequent known type (the first of PERSON, ORG, OUTLET, GPE on a tie); OTHER when
        no entity had one."""
        ranked: tuple[tuple[EntityType, int], ...] = (
            ("PERSON", self.person),
            ("ORG", self.org),
            ("OUTLET", self.outlet),
            ("GPE", self.gpe),
        )
        best: EntityType = "OTHER"
        count = 0
        for kind, n in ranked:
            if n > count:
                best, count = kind, n
        return best


class NameRecord(msgspec.Struct, frozen=True):
    """A name of the corpus with what its entities say: their types, their own pronouns, and how
    many spelled it as a description ("Sanders supporters"). ``speaker_id`` is the person it
    belongs to now (None for a name not grouped yet)."""

    key: str
    name: str
    speaker_id: int | None = None
    types: TypeCounts = TypeCounts()
    pronouns: PronounCounts = PronounCounts()
    described: int = 0


class AliasEntry(msgspec.Struct, frozen=True):
    """One line of a user's alias file: ``name`` and ``aliases`` are one person, labelled ``name``
    (and ``wikidata``); the names in ``apart`` must never be grouped with them."""

    line: int
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    apart: tuple[str, ...] = ()


class PersonGroup(msgspec.Struct, frozen=True):
    """One person as the grouping decides it: its names (keys, sorted), the key it is known by and
    its display name, type and Wikidata id."""

    keys: tuple[str, ...]
    key: str
    name: str
    type: EntityType
    wikidata: str | None = None


class GenderShare(msgspec.Struct, frozen=True):
    """Statements (attributions of type statement whose speaker is a person of the corpus) by their
    speaker's gender, in one outlet (None: the whole corpus). The gender is the article's own
    pronouns for the speaker, or the person's across the corpus, as asked."""

    outlet: str | None
    he: int = 0
    she: int = 0
    they: int = 0
    unknown: int = 0


class IdentityReport(msgspec.Struct, frozen=True):
    """What a regrouping did: names considered, people they form, names grouped with another name,
    names whose person changed, people created and removed."""

    names: int = 0
    people: int = 0
    merged: int = 0
    moved: int = 0
    created: int = 0
    removed: int = 0


# Which of the given pairs of keys name two distinct entities in one article (evidence of two people).
ApartPairs: TypeAlias = Callable[[Collection[tuple[str, str]]], set[tuple[str, str]]]
# The grouping rule the store applies: every live name, the alias entries, and the apart evidence.
Grouper: TypeAlias = Callable[[list[NameRecord], list[AliasEntry], ApartPairs], list[PersonGroup]]
