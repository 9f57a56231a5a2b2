"""One speaker across the corpus, as the store keeps it: each name (normalized key) maps to a person
(a ``speakers`` row) in ``speaker_names``, with what the name's entities say (types, their articles'
pronouns, spellings), counted as articles are added and deleted.

A new name becomes a person of its own when its article is stored; ``regroup_speakers`` then applies
a grouping that the graph layer computes from all the names (``graph.identity``), in one transaction,
writing only what changed (``store.regroup``). Rows keep pointing at people (``entities``,
``attributions`` and ``attribution_about`` ``.speaker_id``), so every query reads people.

Writers in other processes hold a cache of name -> person: a regrouping bumps
``meta.identity_generation`` and a writer that sees it changed forgets its cache. On PostgreSQL the
regrouping locks that row, and each write batch reads it with a shared lock, so neither runs while
the other is half done; SQLite's writers take turns anyway.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from quotegraph.model import Entity
from quotegraph.model.corpus import SpeakerSummary
from quotegraph.model.identity import (
    AliasEntry,
    ApartPairs,
    Grouper,
    IdentityReport,
    NameRecord,
    PronounCounts,
    TypeCounts,
)
from quotegraph.store import mapping
from quotegraph.store.evidence import entity_pronoun, spelled_as_description
from quotegraph.store.genders import GenderStore
from quotegraph.store.keys import speaker_key
from quotegraph.store.regroup import RegroupWriter
from quotegraph.store.sqlbase import parameter_chunks, placeholders_in

__all__ = ["IdentityStore", "with_identity"]

# speaker_names counters, in NameRecord order: TypeCounts, then PronounCounts, then described
_TYPE_COLUMNS = {"PERSON": "persons", "ORG": "orgs", "OUTLET": "outlets", "GPE": "gpes", "OTHER": "others"}
_COUNTERS = (*_TYPE_COLUMNS.values(), "he", "she", "they", "described")
_AT = {column: index for index, column in enumerate(_COUNTERS)}
_TYPE_AT = {kind: _AT[column] for kind, column in _TYPE_COLUMNS.items()}
_LIVE = " + ".join(_TYPE_COLUMNS.values()) + " > 0"  # a name some stored entity has
BACKFILL_CHUNK = 10_000  # entities read at a time when a corpus of schema 2 gets its pronouns


@functools.lru_cache(maxsize=100_000)
def _described(name: str) -> bool:
    return spelled_as_description(name)


class IdentityStore(RegroupWriter, GenderStore):
    """The ``Store`` methods and the write hooks of corpus speakers, under ``store.writing``."""

    if TYPE_CHECKING:

        def _upsert_id(self, cur: Any, insert: str, params: Sequence[Any]) -> int: ...  # store.writing

    _identity_generation: str | None = None
    _name_counts: dict[str, list[int]]

    # -- while adding and deleting articles ---------------------------------------------------

    def _begin_names(self, cur: Any) -> None:
        """At the start of a write batch: forget the name -> person cache when another writer regrouped."""
        cur.execute(f"SELECT value FROM meta WHERE key = 'identity_generation'{self.share_lock}")
        generation = str(cur.fetchone()[0])
        if generation != self._identity_generation:
            self._speaker_ids.clear()
            self._identity_generation = generation
        self._name_counts = {}

    def _entity_speakers(self, cur: Any, entities: Sequence[Entity]) -> tuple[list[int | None], list[str]]:
        """Each entity's person (None for a description; ``_meet_names`` has put every name's in the
        cache) and its article's pronouns for it; counts what each name's entities say, written by
        ``_count_names``."""
        speakers: list[int | None] = []
        pronouns: list[str] = []
        for entity in entities:
            pronoun = entity_pronoun(entity)
            pronouns.append(pronoun)
            key = speaker_key(entity.name)
            if key is None:
                speakers.append(None)
                continue
            speakers.append(self._speaker_ids[key])
            self._tally(key, entity.type, pronoun, entity.name, 1)
        return speakers, pronouns

    def _tally(self, key: str, kind: str, pronoun: str | None, name: str, step: int) -> None:
        counts = self._name_counts.get(key)
        if counts is None:
            counts = self._name_counts[key] = [0] * len(_COUNTERS)
        counts[_TYPE_AT.get(kind, _AT["others"])] += step
        if pronoun is not None:  # None: a row stored before schema 3, not counted yet
            if pronoun:
                counts[_AT[pronoun]] += step
            counts[_AT["described"]] += step * _described(name)

    def _count_names(self, cur: Any) -> None:
        """Writes the counts gathered since ``_begin_names`` (one update per name)."""
        if not self._name_counts:
            return
        changes = ", ".join(f"{column} = {column} + ?" for column in _COUNTERS)
        rows = [(*counts, key) for key, counts in sorted(self._name_counts.items())]
        cur.executemany(self._sql(f"UPDATE speaker_names SET {changes} WHERE key = ?"), rows)
        self._name_counts = {}

    def _uncount_names(self, cur: Any, article_key: int) -> None:
        """Before an article's entities are deleted: their names lose what they said."""
        cur.execute(self._sql("SELECT name, type, pronoun FROM entities WHERE article_key = ?"), (article_key,))
        for name, kind, pronoun in cur.fetchall():
            key = speaker_key(name)
            if key is not None:
                self._tally(key, kind, pronoun, name, -1)

    def _meet_names(self, cur: Any, entities: Iterable[Entity]) -> None:
        """Puts the person of every named entity of a batch in the cache: the names the corpus knows
        are read a few hundred at a time, a new one (or one no entity had left) becomes a person."""
        missing: dict[str, Entity] = {}
        for entity in entities:
            key = speaker_key(entity.name)
            if key is not None and key not in self._speaker_ids:
                missing.setdefault(key, entity)
        if not missing:
            return
        self._read_people(cur, sorted(missing))
        new = [key for key in missing if key not in self._speaker_ids]  # ids in the order names first appear
        rows = []
        for key in new:
            first = missing[key]  # the first entity of the batch with the name gives the person's
            insert = "INSERT INTO speakers (key, name, type) VALUES (?, ?, ?)"
            rows.append((key, first.name, self._upsert_id(cur, insert, (key, first.name, first.type))))
        statement = (
            "INSERT INTO speaker_names (key, name, speaker_id) VALUES (?, ?, ?) ON CONFLICT (key) "
            "DO UPDATE SET speaker_id = COALESCE(speaker_names.speaker_id, excluded.speaker_id)"
        )
        cur.executemany(self._sql(statement), rows)
        self._read_people(cur, new)  # another writer may have given one of them a person meanwhile

    def _read_people(self, cur: Any, keys: list[str]) -> None:
        for chunk in parameter_chunks(keys):
            cur.execute(
                self._sql(
                    "SELECT key, speaker_id FROM speaker_names "
                    f"WHERE speaker_id IS NOT NULL AND {placeholders_in('key', chunk)}"
                ),
                chunk,
            )
            self._speaker_ids.update((str(key), int(person)) for key, person in cur.fetchall())

    # -- regrouping ---------------------------------------------------------------------------

    def regroup_speakers(self, grouper: Grouper, *, aliases: Sequence[AliasEntry] | None = None) -> IdentityReport:
        """Groups every name of the corpus into people with ``grouper`` and writes what changed, in
        one transaction; ``aliases`` (when given) first replace the stored alias entries."""
        with self.translated(), self._transaction() as cur:
            self._lock_identity(cur)
            self._backfill(cur)
            if aliases is not None:
                self._store_aliases(cur, aliases)
            names = self._names(cur)
            persons = {n.key: n.speaker_id for n in names}
            groups = grouper(names, self._aliases(cur), self._apart(cur, persons))
            report = self._write_groups(cur, names, groups)
        self._speaker_ids.clear()
        return report

    def speaker_aliases(self) -> list[AliasEntry]:
        with self.translated():
            return self._aliases(self._cursor())

    def _lock_identity(self, cur: Any) -> None:
        cur.execute(f"SELECT value FROM meta WHERE key = 'identity_generation'{self.update_lock}")
        generation = str(int(cur.fetchone()[0]) + 1)
        cur.execute(self._sql("UPDATE meta SET value = ? WHERE key = 'identity_generation'"), (generation,))
        self._identity_generation = generation

    def _names(self, cur: Any) -> list[NameRecord]:
        cur.execute(f"SELECT key, name, speaker_id, {', '.join(_COUNTERS)} FROM speaker_names WHERE {_LIVE}")
        return [
            NameRecord(
                str(key),
                str(name),
                None if person is None else int(person),
                TypeCounts(*counts[:5]),
                PronounCounts(*counts[5:8]),
                int(counts[8]),
            )
            for key, name, person, *counts in cur.fetchall()
        ]

    def _apart(self, cur: Any, persons: dict[str, int | None]) -> ApartPairs:
        """Which pairs of names are two distinct entities of one article (read from their people's entities)."""

        def apart(pairs: Collection[tuple[str, str]]) -> set[tuple[str, str]]:
            found: set[tuple[str, str]] = set()
            for a, b in pairs:
                if persons.get(a) is None or persons.get(b) is None:
                    continue
                cur.execute(
                    self._sql(
                        "SELECT e1.name, e2.name FROM entities e1 JOIN entities e2 ON e2.article_key = e1.article_key "
                        "AND e2.entity_id <> e1.entity_id WHERE e1.speaker_id = ? AND e2.speaker_id = ?"
                    ),
                    (persons[a], persons[b]),
                )
                if any(speaker_key(x) == a and speaker_key(y) == b for x, y in cur.fetchall()):
                    found.add((a, b))
            return found

        return apart

    def _aliases(self, cur: Any) -> list[AliasEntry]:
        cur.execute("SELECT line, name, aliases, wikidata, apart FROM speaker_aliases ORDER BY position")
        return [
            AliasEntry(
                int(line), str(name), tuple(msgspec.json.decode(same)), wikidata, tuple(msgspec.json.decode(apart))
            )
            for line, name, same, wikidata, apart in cur.fetchall()
        ]

    def _store_aliases(self, cur: Any, aliases: Sequence[AliasEntry]) -> None:
        cur.execute("DELETE FROM speaker_aliases")
        rows = [
            (
                position,
                e.line,
                e.name,
                msgspec.json.encode(e.aliases).decode(),
                e.wikidata,
                msgspec.json.encode(e.apart).decode(),
            )
            for position, e in enumerate(aliases)
        ]
        if rows:
            statement = (
                "INSERT INTO speaker_aliases (position, line, name, aliases, wikidata, apart) VALUES (?, ?, ?, ?, ?, ?)"
            )
            cur.executemany(self._sql(statement), rows)

    def _backfill(self, cur: Any) -> None:
        """Once, for entities stored before schema 3: their pronouns, and what they say of their names."""
        cur.execute("SELECT value FROM meta WHERE key = 'identity_backfill'")
        if str(cur.fetchone()[0]) != "1":
            return
        columns = ", ".join(mapping.ENTITY_COLUMNS.names)
        self._name_counts = {}
        while True:
            cur.execute(
                self._sql(f"SELECT {columns}, article_key FROM entities WHERE pronoun IS NULL LIMIT ?"),
                (BACKFILL_CHUNK,),
            )
            rows = cur.fetchall()
            if not rows:
                break
            updates = []
            for *values, article_key in rows:
                entity = mapping.entity_from_row(values)
                pronoun = entity_pronoun(entity)
                updates.append((pronoun, article_key, entity.id))
                key = speaker_key(entity.name)
                if key is not None:
                    counts = self._name_counts.setdefault(key, [0] * len(_COUNTERS))
                    if pronoun:
                        counts[_AT[pronoun]] += 1
                    counts[_AT["described"]] += _described(entity.name)
            cur.executemany(
                self._sql("UPDATE entities SET pronoun = ? WHERE article_key = ? AND entity_id = ?"), updates
            )
        self._count_names(cur)
        cur.execute("UPDATE meta SET value = '0' WHERE key = 'identity_backfill'")


def with_identity(
    rows: Callable[[str, Sequence[Any]], list[tuple[Any, ...]]], summaries: list[SpeakerSummary]
) -> list[SpeakerSummary]:
    """The summaries with each person's names (most frequent first), Wikidata id and pronouns."""
    if not summaries:
        return summaries
    ids = [s.id for s in summaries]
    marks = ", ".join("?" * len(ids))
    found = rows(
        f"SELECT speaker_id, name, he, she, they FROM speaker_names WHERE speaker_id IN ({marks}) AND {_LIVE} "
        f"ORDER BY {' + '.join(_TYPE_COLUMNS.values())} DESC, key",
        ids,
    )
    names: dict[int, list[str]] = {i: [] for i in ids}
    pronouns: dict[int, PronounCounts] = {i: PronounCounts() for i in ids}
    for person, name, he, she, they in found:
        names[int(person)].append(str(name))
        pronouns[int(person)] = pronouns[int(person)] + PronounCounts(int(he), int(she), int(they))
    wikidata = dict(rows(f"SELECT id, wikidata FROM speakers WHERE id IN ({marks})", ids))
    return [
        msgspec.structs.replace(
            s,
            names=tuple(names[s.id]),
            wikidata=wikidata.get(s.id),
            gender=pronouns[s.id].gender,
            pronouns=pronouns[s.id],
        )
        for s in summaries
    ]
