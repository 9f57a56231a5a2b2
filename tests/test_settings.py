from __future__ import annotations

import pytest

from quotegraph.errors import ConfigError
from quotegraph.model import TYPES
from quotegraph.settings import ATTRIBUTION_TYPES, SETTINGS_DOC, Settings, load_settings


def test_environment_overrides_defaults_and_arguments_override_environment() -> None:
    env = {"QUOTEGRAPH_BATCH_SIZE": "4", "QUOTEGRAPH_INCLUDE_TEXT": "no"}
    assert load_settings(env=env) == Settings(batch_size=4, include_text=False)
    assert load_settings({"batch_size": 8}, env=env).batch_size == 8


def test_unreadable_values_and_unknown_names_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings(env={"QUOTEGRAPH_BATCH_SIZE": "many"})
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings({"colour": "red"}, env={})
    with pytest.raises(ConfigError):
        load_settings({"batch_size": 0}, env={})


def test_every_setting_is_documented() -> None:
    assert all(doc.strip() for doc in SETTINGS_DOC.values())


def test_types_are_checked_against_the_model_types() -> None:
    assert ATTRIBUTION_TYPES == TYPES
    assert load_settings({"types": "statement, finding"}, env={}).kept_types == {"statement", "finding"}
    assert load_settings(env={"QUOTEGRAPH_TYPES": "thought"}).kept_types == {"thought"}
    with pytest.raises(ConfigError, match="opinion"):
        load_settings({"types": "statement,opinion"}, env={})
    with pytest.raises(ConfigError, match="none"):
        load_settings({"types": " "}, env={})


@pytest.mark.parametrize("name", ["max_chars", "max_page_bytes"])
@pytest.mark.parametrize("value", ["0", "-5"])
def test_sizes_below_one_are_config_errors(name: str, value: str) -> None:
    """A chunk size of 0 made the text splitter loop for ever, filling memory (QUOTEGRAPH_MAX_CHARS=0)."""
    with pytest.raises(ConfigError, match=f"{name} must be at least 1"):
        load_settings(env={f"QUOTEGRAPH_{name.upper()}": value})


def test_empty_items_of_types_are_ignored() -> None:
    """ "statement,,thought" (or a trailing comma) keeps both types; it was refused as "none given"."""
    assert load_settings({"types": "statement,,thought,"}, env={}).kept_types == {"statement", "thought"}
