"""``is_optional``: the one test of whether a field's type admits None, for the model's leaves and the store's rows."""

from __future__ import annotations

import msgspec
import msgspec.inspect as mi

from quotegraph.model.fields import is_optional


class _Fields(msgspec.Struct):
    maybe: int | None
    always: int
    either: int | str


def _types() -> dict[str, mi.Type]:
    info = mi.type_info(_Fields)
    assert isinstance(info, mi.StructType)
    return {f.name: f.type for f in info.fields}


def test_a_type_with_none_is_optional() -> None:
    assert is_optional(_types()["maybe"])


def test_a_plain_type_or_a_union_without_none_is_not_optional() -> None:
    types = _types()
    assert not is_optional(types["always"])
    assert not is_optional(types["either"])
