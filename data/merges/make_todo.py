"""The speaker merges quotegraph makes on a corpus, with context for an annotator to judge them.

    python data/merges/make_todo.py CORPUS.db TODO.jsonl KEY.jsonl

Reads the corpus's entities straight from the SQLite file (what each name's entities say: type,
spelling, pronouns), groups the names with ``quotegraph.graph.identity`` and writes one item per
join the rules made (``TODO``, shuffled, without the rule), mixed with near misses the rules
refused (the same surname with several people, spellings one edit apart), so that an annotator
who only ever answered "same" would show. ``KEY`` holds each item's rule and whether quotegraph
merged it; the annotator does not see it.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

from quotegraph.graph.identity import explain_grouping
from quotegraph.graph.names import parse_name
from quotegraph.model import Entity, Mention, TextSpan
from quotegraph.model.identity import NameRecord, PronounCounts, TypeCounts
from quotegraph.store.evidence import entity_pronoun, spelled_as_description
from quotegraph.store.keys import is_named, normalize_name

SEED = 20161108
NEAR_MISSES = 30  # refused pairs mixed in with the merges
SENTENCE_CHARS = 400


def main(db: str, todo: Path, key_path: Path) -> None:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    places = _places(connection)
    names = _names(connection)
    articles_of = defaultdict(set)
    for (article, _), (key, _) in places.items():
        articles_of[key].add(article)

    def apart(pairs: object) -> set[tuple[str, str]]:
        found = set()
        for a, b in pairs:  # type: ignore[attr-defined]
            shared = articles_of[a] & articles_of[b]
            if any(_distinct(places, art, a, b) for art in shared):
                found.add((a, b))
        return found

    groups, joins = explain_grouping(names, [], apart)
    items = [(join.rule, join.name, join.other, True) for join in joins]
    items += _near_misses(names, groups)
    random.Random(SEED).shuffle(items)
    with open(todo, "w") as out, open(key_path, "w") as key_out:
        for number, (rule, a, b, merged) in enumerate(items, 1):
            item = f"merge-{number:03d}"
            first = _context(connection, places, a, avoid=None)
            second = _context(connection, places, b, avoid=first["article"])
            out.write(json.dumps({"id": item, "a": first, "b": second}, ensure_ascii=False) + "\n")
            key_out.write(json.dumps({"id": item, "a": a, "b": b, "rule": rule, "merged": merged}) + "\n")
    merged = sum(1 for *_, m in items if m)
    print(f"{len(names)} names, {merged} merges, {len(items) - merged} near misses -> {todo}", file=sys.stderr)


def _places(connection: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, list[dict[str, object]]]]:
    """(article, entity) -> (the name's key, the entity's mentions), for named entities."""
    places = {}
    for article, entity, name, mentions in connection.execute(
        "SELECT article_id, entity_id, name, mentions FROM entities"
    ):
        if is_named(name) and normalize_name(name):
            places[(article, entity)] = (normalize_name(name), json.loads(mentions))
    return places


def _names(connection: sqlite3.Connection) -> list[NameRecord]:
    types: dict[str, Counter[str]] = defaultdict(Counter)
    pronouns: dict[str, Counter[str]] = defaultdict(Counter)
    described: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    rows = connection.execute("SELECT entity_id, name, type, mentions FROM entities ORDER BY article_id, position")
    for entity_id, name, kind, mentions in rows:
        key = normalize_name(name)
        if not is_named(name) or not key:
            continue
        types[key][kind] += 1
        spelling.setdefault(key, name)
        described[key] += spelled_as_description(name)
        said = [Mention(TextSpan(*m["span"]), m["text"]) for m in json.loads(mentions)]
        pronouns[key][entity_pronoun(Entity(id=entity_id, name=name, type=kind, mentions=tuple(said)))] += 1
    return [
        NameRecord(
            key,
            spelling[key],
            None,
            TypeCounts(t["PERSON"], t["ORG"], t["OUTLET"], t["GPE"], t["OTHER"]),
            PronounCounts(pronouns[key]["he"], pronouns[key]["she"], pronouns[key]["they"]),
            described[key],
        )
        for key, t in types.items()
    ]


def _distinct(places: dict[tuple[str, str], tuple[str, object]], article: str, a: str, b: str) -> bool:
    keys = [key for (art, _), (key, _) in places.items() if art == article]
    return a in keys and b in keys


def _near_misses(names: list[NameRecord], groups: list[object]) -> list[tuple[str, str, str, bool]]:
    """Pairs of names of people kept apart that share a surname and are both people's names."""
    person_of = {key: index for index, group in enumerate(groups) for key in group.keys}  # type: ignore[attr-defined]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for record in names:
        parsed = parse_name(record.key)
        if parsed.shaped and parsed.surname and record.types.person > 0:
            by_surname[parsed.surname].append(record.key)
    pairs = [
        ("near miss", a, b, False)
        for keys in by_surname.values()
        for i, a in enumerate(sorted(keys))
        for b in sorted(keys)[i + 1 :]
        if person_of[a] != person_of[b] and (parse_name(a).short or parse_name(b).short)
    ]
    return random.Random(SEED).sample(pairs, min(NEAR_MISSES, len(pairs)))


def _context(
    connection: sqlite3.Connection,
    places: dict[tuple[str, str], tuple[str, list[dict[str, object]]]],
    key: str,
    avoid: str | None,
) -> dict[str, object]:
    """The name in one article (another than ``avoid`` when there is one): its spelling there and
    the sentence around its first mention."""
    found = sorted((art, entity) for (art, entity), (k, _) in places.items() if k == key)
    article, entity = next((p for p in found if p[0] != avoid), found[0])
    mentions = places[(article, entity)][1]
    name, title, published, outlet, text = connection.execute(
        "SELECT e.name, a.title, a.published, o.name, a.text FROM entities e JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE e.article_id = ? AND e.entity_id = ?",
        (article, entity),
    ).fetchone()
    first = min(mentions, key=lambda m: m["span"][0])  # type: ignore[index]
    return {
        "name": name,
        "article": article,
        "outlet": outlet,
        "published": published,
        "title": title,
        "sentence": _sentence(text or "", *first["span"]),  # type: ignore[misc]
        "mention": first["text"],
    }


def _sentence(text: str, start: int, end: int) -> str:
    before = max((m.end() for m in re.finditer(r"[.!?][\"”’]?\s|\n", text[:start])), default=0)
    after = re.search(r"[.!?][\"”’]?(\s|$)|\n", text[end:])
    stop = end + after.end() if after else len(text)
    return text[before:stop].strip()[:SENTENCE_CHARS]


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
