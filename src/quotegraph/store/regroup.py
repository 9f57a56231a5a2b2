"""Writing a new grouping of names into people, changing only what changed.

Each group keeps the id of the person most of its names belonged to (the largest groups choose
first; a tie goes to the older id), so a speaker's id, and links to its page, survive a regrouping
that only adds names to it. A person whose names all move to one other person has its rows moved
with a few updates; a person split between several has its entities moved name by name and the
"about" rows of those articles read again from their mentions. The statements and articles kept by
speaker and outlet (``speaker_outlets``) are counted again for the people whose rows moved (two
people merged may share an article), and the quotes of those people take their attribution's
speaker again (statement listings read it there). People left without names go.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from quotegraph.model.identity import IdentityReport, NameRecord, PersonGroup
from quotegraph.store.about import mentioned_entities
from quotegraph.store.keys import speaker_key
from quotegraph.store.sqlbase import SqlBase, parameter_chunks, placeholders_in

if TYPE_CHECKING:
    from quotegraph.model.corpus import StoredArticle

__all__ = ["RegroupWriter", "choose_ids"]


def choose_ids(groups: Sequence[PersonGroup], current: dict[str, int | None]) -> list[int | None]:
    """For each group, the person id it keeps (None: a new person): the id most of its names have,
    not taken by a larger group."""
    chosen: list[int | None] = [None] * len(groups)
    taken: set[int] = set()
    for index in sorted(range(len(groups)), key=lambda i: (-len(groups[i].keys), groups[i].keys[0])):
        keys = groups[index].keys
        if len(keys) == 1:  # most people have one name: its person, unless a larger group took it
            person = current.get(keys[0])
            if person is not None and person not in taken:
                chosen[index] = person
                taken.add(person)
            continue
        votes = Counter(current[k] for k in keys if current.get(k) is not None)
        for person, _ in sorted(votes.items(), key=lambda vote: (-vote[1], vote[0])):
            if person is not None and person not in taken:
                chosen[index] = person
                taken.add(person)
                break
    return chosen


class RegroupWriter(SqlBase):
    if TYPE_CHECKING:

        def article(self, article_id: str) -> StoredArticle | None: ...  # store.listing

        def _resync_quote_speakers(self, cur: Any, people: Sequence[int]) -> None: ...  # store.statements

    def _write_groups(self, cur: Any, names: list[NameRecord], groups: list[PersonGroup]) -> IdentityReport:
        current = {n.key: n.speaker_id for n in names}
        ids = choose_ids(groups, current)
        created = 0
        for index, group in enumerate(groups):
            if ids[index] is None:
                ids[index] = self._new_person(cur, group)
                created += 1
        target = {key: person for group, person in zip(groups, ids, strict=True) for key in group.keys}
        moves: dict[int, dict[str, int]] = defaultdict(dict)
        for key, person in target.items():
            old = current[key]
            if old is not None and old != person:
                moves[old][key] = int(person)  # type: ignore[arg-type]  # every id is set above
        keys_of: dict[int, set[str]] = defaultdict(set)
        for key, person in current.items():
            if person is not None:
                keys_of[person].add(key)
        kept = {int(i) for i in ids if i is not None}
        for old, moved in sorted(moves.items()):
            people = set(moved.values())
            if old not in kept and len(people) == 1 and set(moved) == keys_of[old]:
                self._move_person(cur, old, people.pop())
            else:
                self._move_names(cur, old, moved)
        self._recount(cur, sorted({*moves, *(p for moved in moves.values() for p in moved.values())}))
        self._resync_quote_speakers(cur, sorted(moves))  # statements read their quotes' speakers
        changed = [(person, key) for key, person in sorted(target.items()) if current[key] != person]
        cur.executemany(self._sql("UPDATE speaker_names SET speaker_id = ? WHERE key = ?"), changed)
        removed = self._drop_orphans(cur)
        self._describe_people(cur, groups, [int(i) for i in ids if i is not None])
        return IdentityReport(
            names=len(names),
            people=len(groups),
            merged=sum(len(g.keys) - 1 for g in groups),
            moved=len(changed),
            created=created,
            removed=removed,
        )

    def _new_person(self, cur: Any, group: PersonGroup) -> int:
        statement = "INSERT INTO speakers (key, name, type, wikidata) VALUES (?, ?, ?, ?) RETURNING id"
        cur.execute(self._sql(statement), (f"#new {group.key}", group.name, group.type, group.wikidata))
        return int(cur.fetchone()[0])

    def _move_person(self, cur: Any, old: int, new: int) -> None:
        """Every row of ``old`` to ``new`` (an "about" row both already have is dropped)."""
        for table in ("entities", "attributions"):
            cur.execute(self._sql(f"UPDATE {table} SET speaker_id = ? WHERE speaker_id = ?"), (new, old))
        cur.execute(
            self._sql(
                "DELETE FROM attribution_about WHERE speaker_id = ? AND EXISTS (SELECT 1 FROM attribution_about b "
                "WHERE b.article_key = attribution_about.article_key AND b.position = attribution_about.position "
                "AND b.speaker_id = ?)"
            ),
            (old, new),
        )
        cur.execute(self._sql("UPDATE attribution_about SET speaker_id = ? WHERE speaker_id = ?"), (new, old))
        cur.execute(self._sql("UPDATE attribution_about SET by_speaker = ? WHERE by_speaker = ?"), (new, old))

    def _move_names(self, cur: Any, old: int, moved: dict[str, int]) -> None:
        """The entities of ``old`` whose names moved, each to its new person, with their attributions;
        the "about" rows of their articles are read again from the mentions."""
        cur.execute(self._sql("SELECT article_key, entity_id, name FROM entities WHERE speaker_id = ?"), (old,))
        places = [
            (moved[key], article, entity)
            for article, entity, name in cur.fetchall()
            if (key := speaker_key(name)) in moved
        ]
        cur.executemany(self._sql("UPDATE entities SET speaker_id = ? WHERE article_key = ? AND entity_id = ?"), places)
        cur.executemany(
            self._sql("UPDATE attributions SET speaker_id = ? WHERE article_key = ? AND speaker_entity = ?"), places
        )
        for article in sorted({article for _, article, _ in places}):
            self._rewrite_about(cur, article)

    def _rewrite_about(self, cur: Any, article_key: int) -> None:
        cur.execute(self._sql("SELECT id FROM articles WHERE key = ?"), (article_key,))
        found = cur.fetchone()
        stored = None if found is None else self.article(str(found[0]))
        if stored is None:
            return
        cur.execute(
            self._sql("SELECT entity_id, speaker_id FROM entities WHERE article_key = ? AND speaker_id IS NOT NULL"),
            (article_key,),
        )
        people = {str(entity): int(person) for entity, person in cur.fetchall()}
        cur.execute(self._sql("SELECT position, speaker_id FROM attributions WHERE article_key = ?"), (article_key,))
        speaking = {int(position): speaker for position, speaker in cur.fetchall()}
        cur.execute(self._sql("DELETE FROM attribution_about WHERE article_key = ?"), (article_key,))
        rows = {
            (article_key, position, people[entity], speaking.get(position))
            for position, entities in enumerate(mentioned_entities(stored.result, among=people))
            for entity in entities
        }
        statement = "INSERT INTO attribution_about (article_key, position, speaker_id, by_speaker) VALUES (?, ?, ?, ?)"
        cur.executemany(self._sql(statement), sorted(rows, key=lambda row: row[1:3]))

    def _recount(self, cur: Any, people: list[int]) -> None:
        """Statements and articles by speaker and outlet, counted again for ``people``."""
        for chunk in parameter_chunks(people):
            cur.execute(self._sql(f"DELETE FROM speaker_outlets WHERE {placeholders_in('speaker_id', chunk)}"), chunk)
            cur.execute(
                self._sql(
                    "INSERT INTO speaker_outlets (speaker_id, outlet_id, statements, articles) "
                    "SELECT speaker_id, COALESCE(outlet_id, 0), COUNT(*), COUNT(DISTINCT article_key) "
                    f"FROM attributions WHERE {placeholders_in('speaker_id', chunk)} "
                    "GROUP BY speaker_id, COALESCE(outlet_id, 0)"
                ),
                chunk,
            )

    def _drop_orphans(self, cur: Any) -> int:
        """Names no entity has any more belong to nobody; people without names go."""
        live = " + ".join(("persons", "orgs", "outlets", "gpes", "others"))
        cur.execute(f"UPDATE speaker_names SET speaker_id = NULL WHERE speaker_id IS NOT NULL AND {live} = 0")
        cur.execute(
            "DELETE FROM speakers WHERE NOT EXISTS (SELECT 1 FROM speaker_names n WHERE n.speaker_id = speakers.id) "
            "AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.speaker_id = speakers.id)"
        )
        return int(cur.rowcount)

    def _describe_people(self, cur: Any, groups: list[PersonGroup], ids: list[int]) -> None:
        """Each person's key, name, type and Wikidata id as its group says; keys change in two steps,
        as one person may take the key another gives up."""
        wanted = {person: (g.key, g.name, g.type, g.wikidata) for g, person in zip(groups, ids, strict=True)}
        cur.execute("SELECT id, key, name, type, wikidata FROM speakers")
        stale = {int(i): tuple(rest) for i, *rest in cur.fetchall() if int(i) in wanted}
        changed = {person: row for person, row in wanted.items() if stale.get(person) != row}
        rekeyed = [(f"#{person}", person) for person, row in changed.items() if stale.get(person, ("",))[0] != row[0]]
        cur.executemany(self._sql("UPDATE speakers SET key = ? WHERE id = ?"), rekeyed)
        statement = "UPDATE speakers SET key = ?, name = ?, type = ?, wikidata = ? WHERE id = ?"
        cur.executemany(self._sql(statement), [(*row, person) for person, row in sorted(changed.items())])
