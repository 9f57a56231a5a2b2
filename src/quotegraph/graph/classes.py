"""Classes of names joined step by step (union-find), where some names must never end up together:
the names of two alias entries (two people by the user's word), an entry's names and the names it
keeps apart, and names whose gendered titles disagree ("Mr. Clinton", "Mrs. Clinton").

A join that would bring such names together is refused, so the classes are the same whatever joins
came before, as long as the joins are offered in the same order (the rules sort them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = ["Marks", "NameClasses"]


@dataclass(frozen=True)
class Marks:
    """What a name forbids: ``entries`` it belongs to, ``apart`` entries it must stay out of, and
    the ``genders`` its titles give."""

    entries: frozenset[int] = frozenset()
    apart: frozenset[int] = frozenset()
    genders: frozenset[str] = frozenset()

    def __or__(self, other: Marks) -> Marks:
        return Marks(self.entries | other.entries, self.apart | other.apart, self.genders | other.genders)

    def clashes(self, other: Marks) -> bool:
        return bool(
            self.entries & other.apart
            or other.entries & self.apart
            or len(self.entries | other.entries) > 1
            or len(self.genders | other.genders) > 1
        )


@dataclass
class NameClasses:
    keys: Iterable[str]
    marks: Mapping[str, Marks] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._parent = {key: key for key in self.keys}
        self._marks = {key: self.marks.get(key, Marks()) for key in self._parent}

    def find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def join(self, a: str, b: str) -> bool:
        """Puts ``a`` and ``b`` in one class unless their marks clash; True when they are in one now.
        The smaller key becomes the root, so roots do not depend on the order of joins."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if self._marks[root_a].clashes(self._marks[root_b]):
            return False
        low, high = sorted((root_a, root_b))
        self._parent[high] = low
        self._marks[low] = self._marks[low] | self._marks.pop(high)
        return True

    def classes(self) -> dict[str, list[str]]:
        """Each class's keys, sorted, by its root."""
        found: dict[str, list[str]] = {}
        for key in sorted(self._parent):
            found.setdefault(self.find(key), []).append(key)
        return found

    def marks_of(self, key: str) -> Marks:
        return self._marks[self.find(key)]
