"""The public surface: ``quotegraph.__all__`` is complete, and the README documents every command,
option and setting a user can touch."""

from __future__ import annotations

import dataclasses
import types
from pathlib import Path

import click
import pytest

import quotegraph
from quotegraph.cli import main
from quotegraph.settings import SETTINGS_DOC, Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_all_lists_every_public_name_and_only_existing_ones() -> None:
    public = {
        name
        for name, value in vars(quotegraph).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert public - {"TYPE_CHECKING", "lru_cache"} <= set(quotegraph.__all__)
    assert all(hasattr(quotegraph, name) for name in quotegraph.__all__)


def _commands() -> dict[str, click.Command]:
    """Every command by its full name ("bench store"), groups walked into."""
    found: dict[str, click.Command] = {}
    pending: list[tuple[str, click.Command]] = list(main.commands.items())
    while pending:
        name, command = pending.pop()
        found[name] = command
        if isinstance(command, click.Group):
            pending += [(f"{name} {sub}", c) for sub, c in command.commands.items()]
    return found


def test_every_command_is_documented() -> None:
    for name in _commands():
        assert f"quotegraph {name}" in README, f"README does not show `quotegraph {name}`"


def test_every_option_is_documented() -> None:
    for name, command in _commands().items():
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in README, f"README does not document `{name} {opt}`"


def test_every_setting_is_documented() -> None:
    for name in SETTINGS_DOC:
        assert f"QUOTEGRAPH_{name.upper()}" in README, f"README does not document setting {name}"


def _settings_table() -> dict[str, str]:
    """The README's settings table: each variable's default column, backticks taken off."""
    section = README.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:3] for line in section.splitlines() if line.startswith("| `QUOTEGRAPH_")]
    return {variable.strip().strip("`"): default.strip().strip("`") for variable, default in rows}


def _as_written(default: object) -> str:
    """A default as the table writes it: none, true/false, integers without a decimal point."""
    if default is None:
        return "none"
    if isinstance(default, bool):
        return str(default).lower()
    if isinstance(default, float) and default.is_integer():
        return str(int(default))
    return str(default)


def test_the_settings_table_lists_every_setting_once_with_its_default() -> None:
    """The name test above passes for a setting the README names anywhere (the API section names
    several), so a row dropped from the table or a default left behind by a change went unseen."""
    table = _settings_table()
    defaults = {f"QUOTEGRAPH_{f.name.upper()}": _as_written(f.default) for f in dataclasses.fields(Settings)}
    assert set(table) == set(defaults)
    assert table == defaults


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "  \n", "\x00\x01binary"])
def test_extract_raises_input_error_on_unusable_text(text: str) -> None:
    with pytest.raises(quotegraph.InputError):
        quotegraph.extract(text)


@pytest.mark.parametrize("text", [None, b'"We will win," the senator said.', 42])
def test_extract_raises_input_error_on_text_that_is_not_a_string(text: object) -> None:
    with pytest.raises(quotegraph.InputError, match="a str"):
        quotegraph.extract(text)  # type: ignore[arg-type]  # the wrong type on purpose: the error path


@pytest.mark.slow
def test_extract_returns_a_result_with_the_publication_date() -> None:
    result = quotegraph.extract('"We will win," the senator said on Friday.', published="2025-02-07")
    assert isinstance(result, quotegraph.ArticleResult) and result.published == "2025-02-07"
