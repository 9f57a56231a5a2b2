from __future__ import annotations

import pytest

from quotegraph.errors import ConfigError
from quotegraph.settings import SETTINGS_DOC, Settings, load_settings


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
