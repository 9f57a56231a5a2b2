"""One speaker across the corpus: which names of a corpus are one person, on evidence only.

``group_names`` takes every name of the corpus (with what its entities say) and returns the people.
It is a function of the set of names, so the grouping does not depend on the order articles came
in. Joins are made in this order, each step seeing the classes the steps before it made:

1. the user's alias entries (``graph.aliases``): their names are one person;
2. the same name but for titles, honorifics, a possessive or a footnote number ("Sen. Elizabeth
   Warren" = "Elizabeth Warren", "Donald Trump's" = "Donald Trump", "President Obama" = "Obama");
3. middle names: "Donald Trump" joins "Donald J. Trump" when no other middle name is known with
   that given name and surname ("George Bush" stays apart from "George W. Bush" and "George H. W.
   Bush"); middle names agree when equal or one is the other's initial ("W." and "Walker");
4. spelling variants of a full name: one word differing by one edit (rapidfuzz's Damerau-Levenshtein
   distance: "Hilary Clinton", "Kristen Gillibrand"), when the variant is rare beside the other
   spelling, their articles' pronouns do not disagree, and no article names both as two entities;
5. a short name ("Obama", "President Obama", "Mrs. Clinton") joins the one person with that surname
   and a full name, when that person is named in full in two articles or more; never when there
   are two (two Clintons stay two), nor when the word is also someone's given name ("Warren":
   Elizabeth Warren or Warren Buffett); a gendered title keeps to the people whose pronouns do not
   say otherwise ("Mr. Obama" is not Michelle Obama).

Only names whose entities were mostly typed as people take part in steps 2 to 5; a first name alone
never joins anyone (it is not a surname of a full name, or it is a given name, and stays); the other
names (organisations, places, outlets) are one person each, as their normalized names make them,
unless an alias entry joins them. An alias entry's names never join the names it keeps apart nor
another entry's names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from quotegraph.graph.classes import Marks, NameClasses
from quotegraph.graph.names import ParsedName, parse_name
from quotegraph.model.identity import (
    AliasEntry,
    ApartPairs,
    NameRecord,
    PersonGroup,
    PronounCounts,
)
from quotegraph.store.keys import normalize_name

__all__ = [
    "MIN_FULL_NAME_ARTICLES",
    "SPELLING_DOMINANCE",
    "Join",
    "explain_grouping",
    "group_names",
    "is_personal",
]

SPELLING_DOMINANCE = 3  # a spelling variant joins a spelling at least this many times as frequent
MIN_SPELLING_LETTERS = 4  # shorter words differing by a letter are other names ("Dan", "Don")
MAX_SPELLING_EDITS = 1  # one letter added, dropped, changed, or two swapped
# A person named in full in one article only is weak evidence for a surname alone elsewhere: it is as
# likely someone no article named in full. Of the 32 surname merges on PolNeAR train labelled
# before this rule (data/merges), the 9 wrong ones all went to people named in full once.
MIN_FULL_NAME_ARTICLES = 2

Edge = tuple[str, str]


def is_personal(record: NameRecord, parsed: ParsedName) -> bool:
    """A person's name: shaped like one, spelled as a name (capitalised) by most of its articles, and
    its entities mostly typed as people (untyped ones do not count; a name never typed is a
    person's when a title goes with it, "Sen. Warren")."""
    types = record.types
    typed = types.person + types.org + types.outlet + types.gpe
    if not parsed.shaped or 2 * record.described > types.total:
        return False
    if typed == 0:
        return bool(parsed.titles)
    return 2 * types.person >= typed


def group_names(names: list[NameRecord], aliases: list[AliasEntry], apart: ApartPairs) -> list[PersonGroup]:
    """The people the names form (see the module's rules), each with its keys sorted, sorted by key."""
    return explain_grouping(names, aliases, apart)[0]


def explain_grouping(
    names: list[NameRecord], aliases: list[AliasEntry], apart: ApartPairs
) -> tuple[list[PersonGroup], list[Join]]:
    """The people, with the joins that made them (each rule's joins in the order they were made)."""
    records = {n.key: n for n in names}
    parsed = {key: parse_name(key) for key in records}
    people = {key for key in records if is_personal(records[key], parsed[key])}
    given_names = {parsed[key].given or "" for key in people if parsed[key].full}
    alias_keys = _alias_keys(aliases, records)
    classes = NameClasses(sorted(records), _marks(alias_keys, parsed, people))
    joins = _join_people(classes, "alias", _alias_edges(alias_keys))
    joins += _join_people(classes, "same name", _same_name_edges(parsed, people, given_names))
    joins += _join_people(classes, "middle name", _middle_name_edges(parsed, people, classes))
    joins += _join_people(classes, "spelling", _spelling_edges(records, parsed, people, classes, apart))
    joins += _join_people(classes, "surname", _surname_edges(records, parsed, people, classes, given_names))
    groups = [_person(keys, records, parsed, aliases, alias_keys) for keys in classes.classes().values()]
    return groups, joins


class Join(NamedTuple):
    """Two names found to be one person, and the rule that said so."""

    rule: str
    name: str
    other: str


def _join_people(classes: NameClasses, rule: str, edges: Iterable[Edge]) -> list[Join]:
    """Makes the joins the marks allow; returns those that put two people together."""
    made: list[Join] = []
    for a, b in sorted(edges):
        if classes.find(a) != classes.find(b) and classes.join(a, b):
            made.append(Join(rule, a, b))
    return made


# -- aliases ---------------------------------------------------------------------------------


def _alias_keys(aliases: list[AliasEntry], records: Mapping[str, NameRecord]) -> dict[int, tuple[set[str], set[str]]]:
    """For each entry (by position), the keys of the corpus it names and those it keeps apart."""
    found: dict[int, tuple[set[str], set[str]]] = {}
    for index, entry in enumerate(aliases):
        same = {normalize_name(n) for n in (entry.name, *entry.aliases)} & records.keys()
        apart = {normalize_name(n) for n in entry.apart} & records.keys()
        found[index] = (same, apart)
    return found


def _marks(
    alias_keys: Mapping[int, tuple[set[str], set[str]]], parsed: Mapping[str, ParsedName], people: set[str]
) -> dict[str, Marks]:
    marks: dict[str, Marks] = defaultdict(Marks)
    for index, (same, apart) in alias_keys.items():
        for key in same:
            marks[key] = marks[key] | Marks(entries=frozenset({index}))
        for key in apart:
            marks[key] = marks[key] | Marks(apart=frozenset({index}))
    for key in people:
        gender = parsed[key].gender
        if gender is not None:
            marks[key] = marks[key] | Marks(genders=frozenset({gender}))
    return marks


def _alias_edges(alias_keys: Mapping[int, tuple[set[str], set[str]]]) -> list[Edge]:
    edges: list[Edge] = []
    for same, _ in alias_keys.values():
        first, *others = sorted(same) or [""]
        edges.extend((first, other) for other in others)
    return edges


# -- the rules -------------------------------------------------------------------------------


def _same_name_edges(parsed: Mapping[str, ParsedName], people: set[str], given_names: set[str]) -> list[Edge]:
    """Names equal but for titles and noise; a short name keeps its gendered title apart ("Mrs.
    Clinton" is not "Clinton", who may be either). A given name alone ("Bill") joins nobody."""
    buckets: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for key in people:
        name = parsed[key]
        if name.short and name.surname in given_names:
            continue  # a first name alone ("Bill") is nobody in particular
        gender = None if name.full else name.gender
        buckets[(name.given, name.middles, name.surname, name.suffix, gender)].append(key)
    return _stars(buckets.values())


def _middle_name_edges(parsed: Mapping[str, ParsedName], people: set[str], classes: NameClasses) -> list[Edge]:
    """Middle names that agree are one person; a name without a middle name joins the one person
    with the same given name and surname and a middle name, when there is only one."""
    buckets: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for key in people:
        name = parsed[key]
        if name.full:
            buckets[(name.given, name.surname, name.suffix)].append(key)
    edges: list[Edge] = []
    for keys in buckets.values():
        with_middle = sorted(k for k in keys if parsed[k].middles)
        agreeing = [
            (a, b)
            for i, a in enumerate(with_middle)
            for b in with_middle[i + 1 :]
            if _middles_agree(parsed[a], parsed[b])
        ]
        edges.extend(agreeing)
        groups = _distinct_people(with_middle, agreeing, classes)
        if len(groups) == 1:
            target = min(with_middle)
            edges.extend((key, target) for key in keys if not parsed[key].middles)
    return edges


def _middles_agree(a: ParsedName, b: ParsedName) -> bool:
    if len(a.middles) != len(b.middles):
        return False
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a.middles, b.middles, strict=True))


def _distinct_people(keys: list[str], edges: list[Edge], classes: NameClasses) -> set[str]:
    """The distinct people ``keys`` would form with ``edges`` on top of ``classes`` (by a root)."""
    roots = {k: classes.find(k) for k in keys}
    merged = NameClasses(sorted(set(roots.values())))
    for a, b in edges:
        merged.join(roots[a], roots[b])
    return {merged.find(root) for root in roots.values()}


def _spelling_edges(
    records: Mapping[str, NameRecord],
    parsed: Mapping[str, ParsedName],
    people: set[str],
    classes: NameClasses,
    apart: ApartPairs,
) -> list[Edge]:
    """A rare spelling of a full name joins its common spelling (one word, one edit apart)."""
    blocks: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for key in people:
        words = parsed[key].core.split()
        if parsed[key].full:
            for i, word in enumerate(words):
                if len(word) >= MIN_SPELLING_LETTERS:
                    blocks[(*words[:i], "*", *words[i + 1 :])].append((word, key))
    pairs: set[Edge] = set()
    for block in blocks.values():
        for i, (word, rare) in enumerate(block):
            for other, common in block[i + 1 :]:
                if (
                    word != other
                    and DamerauLevenshtein.distance(word, other, score_cutoff=MAX_SPELLING_EDITS) <= MAX_SPELLING_EDITS
                ):
                    pairs.update(p for p in ((rare, common), (common, rare)) if _may_respell(p, records))
    seen_apart = apart(sorted(pairs)) if pairs else set()
    targets: dict[str, set[str]] = defaultdict(set)
    for rare, common in sorted(pairs):
        if (rare, common) not in seen_apart and (common, rare) not in seen_apart:
            targets[rare].add(classes.find(common))
    return [(rare, next(iter(roots))) for rare, roots in targets.items() if len(roots) == 1]


def _may_respell(pair: Edge, records: Mapping[str, NameRecord]) -> bool:
    """``rare`` may be a misspelling of ``common``: far less frequent, and not of another gender."""
    rare, common = records[pair[0]], records[pair[1]]
    if common.types.total < SPELLING_DOMINANCE * rare.types.total:
        return False
    genders = {rare.pronouns.gender, common.pronouns.gender} - {"unknown", "they"}
    return len(genders) < 2


def _surname_edges(
    records: Mapping[str, NameRecord],
    parsed: Mapping[str, ParsedName],
    people: set[str],
    classes: NameClasses,
    given_names: set[str],
) -> list[Edge]:
    """A short name joins the one person with that surname and a full name (of the gender its title
    says, when it has one), if that person is named in full in ``MIN_FULL_NAME_ARTICLES`` articles;
    never when the word is also a given name."""
    by_surname: dict[str | None, set[tuple[str, str | None]]] = defaultdict(set)
    in_full: dict[str, int] = defaultdict(int)
    for key in people:
        name = parsed[key]
        if name.full:
            by_surname[name.surname].add((classes.find(key), name.suffix))
            in_full[classes.find(key)] += records[key].types.total
    pronouns: dict[str, PronounCounts] = defaultdict(PronounCounts)
    for key in people:
        root = classes.find(key)
        pronouns[root] = pronouns[root] + records[key].pronouns
    edges: list[Edge] = []
    for key in sorted(people):
        name = parsed[key]
        if not name.short or name.surname in given_names:
            continue
        # "Jordan III" is only a Jordan III; "Trump" may be Donald Trump Jr. as well as his father
        candidates = {root for root, suffix in by_surname[name.surname] if name.suffix in (None, suffix)}
        if name.gender is not None:
            candidates = {c for c in candidates if pronouns[c].gender in (name.gender, "unknown", "they")}
        if len(candidates) == 1 and in_full[next(iter(candidates))] >= MIN_FULL_NAME_ARTICLES:
            edges.append((key, next(iter(candidates))))
    return edges


def _stars(groups: Iterable[list[str]]) -> list[Edge]:
    edges: list[Edge] = []
    for keys in groups:
        first, *others = sorted(keys)
        edges.extend((first, other) for other in others)
    return edges


# -- the people ------------------------------------------------------------------------------


def _person(
    keys: list[str],
    records: Mapping[str, NameRecord],
    parsed: Mapping[str, ParsedName],
    aliases: list[AliasEntry],
    alias_keys: Mapping[int, tuple[set[str], set[str]]],
) -> PersonGroup:
    entry = next((aliases[i] for i, (same, _) in alias_keys.items() if same & set(keys)), None)
    types = records[keys[0]].types
    for key in keys[1:]:
        types = types + records[key].types
    kind = types.majority
    best = min(keys, key=lambda k: (not parsed[k].full or bool(parsed[k].titles), -records[k].types.total, k))
    if entry is not None:
        labelled = normalize_name(entry.name)
        return PersonGroup(tuple(keys), labelled if labelled in keys else best, entry.name, kind, entry.wikidata)
    return PersonGroup(tuple(keys), best, records[best].name, kind)
