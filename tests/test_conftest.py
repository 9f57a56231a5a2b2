"""The storage round trips rest on ``full_result`` filling every field and on ``unset_fields`` seeing
any field left at its default: if either fails, a field added to the model but to no storage form
passes every round trip. This checks the check, over every field of every struct the result holds."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from quotegraph.model import (
    ArticleResult,
    Attribution,
    Cue,
    Entity,
    Excerpt,
    Mention,
    Occasion,
    SpeakerRef,
    TextSpan,
    TimeRef,
)

from .conftest import full_result, skip_without_corpus, unset_fields

# schema_version defaults to the current version, which a result holds (``unset_fields`` passes over it)
_ALWAYS_DEFAULT = {"schema_version"}


def _has_default(field: msgspec.structs.FieldInfo) -> bool:
    return field.default is not msgspec.NODEFAULT or field.default_factory is not msgspec.NODEFAULT


def _default(field: msgspec.structs.FieldInfo) -> Any:
    if field.default_factory is not msgspec.NODEFAULT:
        return field.default_factory()
    return None if field.default is msgspec.NODEFAULT else field.default


def _optional(field: msgspec.structs.FieldInfo) -> bool:
    return type(None) in typing.get_args(field.type)


def _resettable(value: msgspec.Struct, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every field that may be left empty, in ``value`` and in every struct inside it (the
    first item of a tuple of structs standing for them all)."""
    for field in msgspec.structs.fields(value):
        item = getattr(value, field.name)
        if field.name not in _ALWAYS_DEFAULT and (_has_default(field) or _optional(field)):
            yield (*path, field.name)
        inner = item[0] if isinstance(item, tuple) and item else item
        if isinstance(inner, msgspec.Struct):
            yield from _resettable(inner, (*path, field.name))


def _reset(value: Any, path: tuple[str, ...]) -> Any:
    """``value`` with the field at ``path`` at its default (None for an optional field without one)."""
    name, *rest = path
    if not rest:
        field = next(f for f in msgspec.structs.fields(value) if f.name == name)
        return msgspec.structs.replace(value, **{name: _default(field)})
    item = getattr(value, name)
    if isinstance(item, tuple):
        return msgspec.structs.replace(value, **{name: (_reset(item[0], tuple(rest)), *item[1:])})
    return msgspec.structs.replace(value, **{name: _reset(item, tuple(rest))})


def _structs_in(value: Any) -> set[type]:
    if isinstance(value, tuple | list):
        return set().union(*(_structs_in(v) for v in value))
    if not isinstance(value, msgspec.Struct):
        return set()
    return {type(value)}.union(*(_structs_in(getattr(value, f)) for f in value.__struct_fields__))


def test_the_full_result_holds_every_model_struct() -> None:
    assert _structs_in(full_result()) == {
        ArticleResult, Entity, Mention, TextSpan, Attribution, Excerpt, Cue, Occasion, SpeakerRef, TimeRef,
    }  # fmt: skip


def test_the_walk_reaches_the_carried_flags_and_the_mapping_fields() -> None:
    paths = set(_resettable(full_result()))
    carried = {("attributions", field, "carried") for field in ("channel", "addressee", "time")}
    assert carried | {("meta",), ("attributions", "speaker"), ("attributions", "cue", "lemma")} <= paths


@pytest.mark.parametrize("path", sorted(_resettable(full_result())), ids=".".join)
def test_unset_fields_sees_any_field_left_at_its_default(path: tuple[str, ...]) -> None:
    assert "." + ".".join(path) in unset_fields(_reset(full_result(), path))


def _corpus_outcome(path: Path) -> str:
    """What ``skip_without_corpus`` did, caught here: a skip raised inside the test would skip the test itself."""
    try:
        skip_without_corpus(path, "no dev")
    except pytest.skip.Exception:
        return "skipped"
    except pytest.fail.Exception as failed:
        return f"failed: {failed}"
    return "ran"


def test_a_missing_corpus_skips_locally_and_fails_under_require_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "dev.jsonl"
    monkeypatch.delenv("REQUIRE_CORPUS", raising=False)
    assert _corpus_outcome(missing) == "skipped"
    monkeypatch.setenv("REQUIRE_CORPUS", "1")
    assert _corpus_outcome(missing).startswith("failed: no dev, and REQUIRE_CORPUS=1")
    missing.write_text("{}\n", "utf-8")
    assert _corpus_outcome(missing) == "ran"
