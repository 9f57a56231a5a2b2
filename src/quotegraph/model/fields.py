"""The fields of the model types as paths, walked from their type annotations.

Storage forms that flatten the model (SQL rows) are derived from these paths, and the tests check
that every path reaches every storage form, so a field added to the model cannot be lost on the way.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import msgspec.inspect as mi

__all__ = ["Leaf", "is_optional", "leaves", "struct_of"]


class Leaf(NamedTuple):
    """One stored value: ``path`` of field names from the root type, ``info`` its type, and whether
    it may be null (it or a struct on its path is optional)."""

    path: tuple[str, ...]
    info: mi.Type
    nullable: bool

    @property
    def name(self) -> str:
        return "_".join(self.path)


def struct_of(info: mi.Type) -> mi.StructType | None:
    """The struct an (optional) field holds, or None for anything else."""
    if isinstance(info, mi.UnionType):
        structs = [t for t in info.types if isinstance(t, mi.StructType)]
        return structs[0] if len(structs) == 1 else None
    return info if isinstance(info, mi.StructType) else None


def is_optional(info: mi.Type) -> bool:
    """Whether a field's type admits None (``X | None``)."""
    return isinstance(info, mi.UnionType) and any(isinstance(t, mi.NoneType) for t in info.types)


def leaves(cls: type[Any], *, atomic: tuple[type[Any], ...] = ()) -> list[Leaf]:
    """Every leaf field of the struct ``cls``, nested structs walked into; a struct of an ``atomic``
    type, a sequence or a mapping is one leaf (stored whole)."""
    info = mi.type_info(cls)
    assert isinstance(info, mi.StructType), cls  # for mypy only: callers pass the model's structs (store, parquet)
    return list(_walk(info, (), False, atomic))


def _walk(info: mi.StructType, prefix: tuple[str, ...], nullable: bool, atomic: tuple[type[Any], ...]) -> Any:
    for field in info.fields:
        path = (*prefix, field.name)
        inner = struct_of(field.type)
        optional = nullable or is_optional(field.type)
        if inner is not None and not inner.array_like and inner.cls not in atomic:
            yield from _walk(inner, path, optional, atomic)
        else:
            yield Leaf(path, field.type, optional)
