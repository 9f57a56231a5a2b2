"""Model objects to SQL rows and back: the one place that knows how a result is laid out in tables.

Columns are derived from the model's fields (``quotegraph.model.fields.leaves``): a nested struct
becomes one column per leaf (``cue_head``), a sequence or mapping one JSON text column
(``content_spans``, ``mentions``, ``meta``). The migrations in ``schema.py`` must create every
column named here, which a test checks, so a field added to the model needs a migration to be stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import msgspec
import msgspec.inspect as mi

from quotegraph.errors import StoreError
from quotegraph.model import ArticleResult, Attribution, Entity, TextSpan
from quotegraph.model.fields import Leaf, is_optional, leaves

__all__ = [
    "ARTICLE_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "ENTITY_COLUMNS",
    "PLAIN",
    "Cells",
    "Columns",
    "article_row",
    "attribution_from_row",
    "attribution_rows",
    "entity_from_row",
    "entity_rows",
    "result_from_fields",
]

_json_encode = msgspec.json.Encoder().encode
_json_decode = msgspec.json.decode


def _is_json(info: mi.Type) -> bool:
    """Sequences and mappings are stored whole, as JSON text."""
    if isinstance(info, mi.UnionType):
        return any(_is_json(t) for t in info.types)
    return isinstance(info, mi.VarTupleType | mi.ListType | mi.DictType | mi.StructType)


def _is_bool(info: mi.Type) -> bool:
    if isinstance(info, mi.UnionType):
        return any(_is_bool(t) for t in info.types)
    return isinstance(info, mi.BoolType)


class Cells(NamedTuple):
    """How a driver is handed a row's cells: what stands for NULL, and whether booleans go as 0 and 1
    (``SqliteStore``: its driver binds None and bool ten times slower than an int or a string)."""

    null: object = None
    bools_as_ints: bool = False


PLAIN = Cells()
"""Cells as the model holds them: None for NULL, booleans as bool."""


class Columns:
    """The columns of one model type in one table, with the functions between objects and rows."""

    def __init__(self, cls: type[Any], renamed: dict[str, str], skipped: Sequence[str] = ()) -> None:
        self.cls = cls
        self.leaves = [leaf for leaf in leaves(cls, atomic=(TextSpan,)) if leaf.path[0] not in skipped]
        self.names = [renamed.get(leaf.name, leaf.name) for leaf in self.leaves]
        self.nullable = [leaf.nullable for leaf in self.leaves]
        """Whether each column may hold NULL."""
        self._cells: dict[Cells, Callable[[Any], list[Any]]] = {}
        self.values: Callable[[Any], list[Any]] = self.cells(PLAIN)
        """The object's row: its leaf values in column order, sequences and mappings as JSON text."""
        self.nested: Callable[[Sequence[Any]], dict[str, Any]] = _compile_nested(cls.__name__, self.leaves)
        """The object's fields as nested builtins, read from the row's values in column order; an
        optional struct whose columns are all null is None, and a null leaf is left out so that its
        default applies."""

    def cells(self, form: Cells) -> Callable[[Any], list[Any]]:
        """The object's row as ``values`` gives it, with its cells in ``form`` (compiled once a form)."""
        function = self._cells.get(form)
        if function is None:
            function = self._cells[form] = _compile_values(self.cls.__name__, self.leaves, form)
        return function


def _compile_values(name: str, fields: list[Leaf], form: Cells) -> Callable[[Any], list[Any]]:
    """One function reading every leaf of an object, written out and compiled once per type, as
    ``dataclasses`` does: ingest runs it for every attribution, and a loop over per-leaf getters cost
    a fifth of ingest's time. A leaf under an optional struct is None (``form.null``) when the struct is."""
    lines = [f"def values_of_{name}(obj):"]
    parents: dict[tuple[str, ...], str] = {(): "obj"}
    cells = []
    for number, leaf in enumerate(fields):
        for depth in range(1, len(leaf.path)):
            prefix = leaf.path[:depth]
            if prefix not in parents:
                parents[prefix] = f"v{len(parents)}"
                outer = parents[prefix[:-1]]
                inner = (
                    f"{outer}.{prefix[-1]}"
                    if outer == "obj"
                    else f"(None if {outer} is None else {outer}.{prefix[-1]})"
                )
                lines.append(f"    {parents[prefix]} = {inner}")
        owner = parents[leaf.path[:-1]]
        value = f"{owner}.{leaf.path[-1]}"
        if _is_json(leaf.info):
            value = f"(NULL if (t{number} := {value}) is None else encode(t{number}).decode())"
        elif form.bools_as_ints and _is_bool(leaf.info):
            value = f"(NULL if (t{number} := {value}) is None else 1 if t{number} else 0)"
        elif form.null is not None and is_optional(leaf.info):  # a leaf only under an optional struct: its test below
            value = f"(NULL if (t{number} := {value}) is None else t{number})"
        if owner != "obj":
            value = f"(NULL if {owner} is None else {value})"
        cells.append(value)
    lines.append("    return [" + ", ".join(cells) + "]")
    namespace: dict[str, Any] = {"encode": _json_encode, "NULL": form.null}
    exec("\n".join(lines), namespace)  # the source is built above from the model's field names only
    function: Callable[[Any], list[Any]] = namespace[f"values_of_{name}"]
    return function


def _compile_nested(name: str, fields: list[Leaf]) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """``Columns.nested`` written out and compiled once per type, as ``_compile_values`` is: a search
    page reads each of its rows back this way, and a loop over the leaves with their decoding worked
    out per value cost a fifth of the Python time of a computed answer (December 2). Fields of one
    struct are gathered in a dict of their own, None when no column of it holds a value."""
    cells = [f"c{i}" for i in range(len(fields))]
    unpacked = ", ".join(cells) + ("," if len(cells) == 1 else "")  # a row of the wrong length raises
    lines = [f"def nested_{name}(row):", f"    {unpacked} = row", "    tree = {}"]
    groups: dict[str, list[int]] = {}
    for i, leaf in enumerate(fields):
        if len(leaf.path) > 2:
            raise StoreError(f"{name}.{leaf.name}: a row is read back into structs one level deep only")
        groups.setdefault(leaf.path[0], []).append(i)
    for top, members in groups.items():
        nested = len(fields[members[0]].path) == 2
        target = "node" if nested else "tree"
        if nested:
            lines.append("    node = {}")
        for i in members:
            leaf, cell = fields[i], cells[i]
            value = f"decode({cell})" if _is_json(leaf.info) else f"bool({cell})" if _is_bool(leaf.info) else cell
            lines.append(f"    if {cell} is not None: {target}[{leaf.path[-1]!r}] = {value}")
        if nested:
            lines.append(f"    tree[{top!r}] = node or None")
    lines.append("    return tree")
    namespace: dict[str, Any] = {"decode": _json_decode}
    exec("\n".join(lines), namespace)  # the source is built above from the model's field names only
    function: Callable[[Sequence[Any]], dict[str, Any]] = namespace[f"nested_{name}"]
    return function


ATTRIBUTION_COLUMNS = Columns(Attribution, {"id": "attribution_id"})
ENTITY_COLUMNS = Columns(Entity, {"id": "entity_id"})
ARTICLE_COLUMNS = Columns(ArticleResult, {}, skipped=("entities", "attributions"))


def attribution_rows(result: ArticleResult, form: Cells = PLAIN) -> list[list[Any]]:
    values = ATTRIBUTION_COLUMNS.cells(form)
    return [values(a) for a in result.attributions]


def entity_rows(result: ArticleResult, form: Cells = PLAIN) -> list[list[Any]]:
    values = ENTITY_COLUMNS.cells(form)
    return [values(e) for e in result.entities]


def article_row(result: ArticleResult, form: Cells = PLAIN) -> list[Any]:
    return ARTICLE_COLUMNS.cells(form)(result)


def attribution_from_row(row: Sequence[Any]) -> Attribution:
    return msgspec.convert(ATTRIBUTION_COLUMNS.nested(row), Attribution)


def entity_from_row(row: Sequence[Any]) -> Entity:
    return msgspec.convert(ENTITY_COLUMNS.nested(row), Entity)


def result_from_fields(fields: dict[str, Any]) -> ArticleResult:
    """A result from nested builtins (``Columns.nested`` of the article, entity and attribution rows)."""
    return msgspec.convert(fields, ArticleResult)
