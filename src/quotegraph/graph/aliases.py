"""A user's alias file: which names are one person, which must be kept apart, and what to call them.

A UTF-8 text file of tab-separated columns; the first line that is not blank or a ``#`` comment
names the columns, the others are one person each::

    name            aliases                                 wikidata    apart
    Hillary Clinton Hillary Rodham Clinton; Mrs. Clinton    Q6294       Clinton
    Kanye West      Ye; Yeezy                               Q15935

``name`` (required) is the person's label and one of their names; ``aliases`` are their other
names, ``apart`` names that must never be grouped with them, both separated by ";"; ``wikidata`` is
an optional Wikidata item id (Q and digits; nothing is looked up). Columns may come in any order
and be left out, except ``name``; a row may stop before its last empty cells. Names are compared
as the corpus compares them (case, accents and punctuation aside).

The whole file is checked before anything is applied: an unknown column, a row with too many cells,
an empty name, a malformed Wikidata id, a name given twice, a name that is one person's and another's
too, a name both joined and kept apart, or one Wikidata id for two people is an ``InputError``
naming the line (every such line, not just the first).
"""

from __future__ import annotations

import re
from pathlib import Path

from quotegraph.errors import InputError
from quotegraph.model.identity import AliasEntry
from quotegraph.store.keys import normalize_name

__all__ = ["COLUMNS", "parse_aliases", "read_aliases"]

COLUMNS = ("name", "aliases", "wikidata", "apart")
SEPARATOR = ";"
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
MAX_ERRORS = 20  # lines reported at once; a file wrong on every line needs no longer list


def read_aliases(path: str | Path) -> list[AliasEntry]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # a byte order mark is no part of the header
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the alias file ({exc})") from exc
    return parse_aliases(text, str(path))


def parse_aliases(text: str, source: str = "aliases") -> list[AliasEntry]:
    """The entries of an alias file's text, or ``InputError`` listing each bad line."""
    errors: list[str] = []
    entries: list[AliasEntry] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            errors += [f"line {number}: {problem}" for problem in _header_problems(cells)]
            if errors:
                break
            continue
        entry, problem = _entry(number, header, cells)
        if problem:
            errors.append(f"line {number}: {problem}")
        elif entry is not None:
            entries.append(entry)
    if header is None:
        errors.append("no header line: the first line names the columns (name, aliases, wikidata, apart)")
    errors += _conflicts(entries)
    if errors:
        shown = errors[:MAX_ERRORS] + ([f"... and {len(errors) - MAX_ERRORS} more"] if len(errors) > MAX_ERRORS else [])
        raise InputError(f"{source}: nothing applied:\n  " + "\n  ".join(shown))
    return entries


def _header_problems(cells: list[str]) -> list[str]:
    problems = [f"unknown column {c!r} (the columns are {', '.join(COLUMNS)})" for c in cells if c not in COLUMNS]
    problems += [f"column {c!r} is named twice" for c in sorted(set(cells)) if cells.count(c) > 1]
    if "name" not in cells:
        problems.append("no name column")
    return problems


def _entry(number: int, header: list[str], cells: list[str]) -> tuple[AliasEntry | None, str | None]:
    if len(cells) > len(header):
        return None, f"{len(cells)} cells, but {len(header)} columns"
    row = dict(zip(header, cells, strict=False))
    name = row.get("name", "")
    if not normalize_name(name):
        return None, "no name"
    wikidata = row.get("wikidata") or None
    if wikidata is not None and not _WIKIDATA.match(wikidata):
        return None, f"{wikidata!r} is not a Wikidata item id (Q and digits, as Q6294)"
    return AliasEntry(number, name, _names(row.get("aliases", "")), wikidata, _names(row.get("apart", ""))), None


def _names(cell: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in cell.split(SEPARATOR) if normalize_name(name))


def _conflicts(entries: list[AliasEntry]) -> list[str]:
    """Names that two entries (or one entry twice) claim, names both joined and kept apart, and
    Wikidata ids given to two people."""
    problems: list[str] = []
    owner: dict[str, AliasEntry] = {}
    items: dict[str, AliasEntry] = {}
    for entry in entries:
        same = [normalize_name(n) for n in (entry.name, *entry.aliases)]
        for spelling, key in zip((entry.name, *entry.aliases), same, strict=True):
            if key in owner:
                other = owner[key]
                where = (
                    "twice on this line" if other is entry else f"already a name of {other.name!r} (line {other.line})"
                )
                problems.append(f"line {entry.line}: {spelling!r} is {where}")
            owner[key] = entry
        for spelling in entry.apart:
            if normalize_name(spelling) in same:
                problems.append(f"line {entry.line}: {spelling!r} is both one of its names and kept apart")
        if entry.wikidata is not None:
            if entry.wikidata in items:
                other = items[entry.wikidata]
                problems.append(f"line {entry.line}: {entry.wikidata} is already {other.name!r}'s (line {other.line})")
            items[entry.wikidata] = entry
    return problems
