"""The serving process: what it sets for itself and what it leaves to the processes that only build an app."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.server import create_app
from quotegraph.server.app import SERVING_SWITCH_INTERVAL, prepare_serving_process
from quotegraph.settings import load_settings


@pytest.fixture
def switch_interval() -> Iterator[float]:
    before = sys.getswitchinterval()
    frozen = gc.get_freeze_count()
    yield before
    sys.setswitchinterval(before)
    if not frozen:  # the test process goes on collecting what it froze
        gc.unfreeze()


def test_a_serving_process_switches_threads_sooner(switch_interval: float) -> None:
    prepare_serving_process()
    assert sys.getswitchinterval() == pytest.approx(SERVING_SWITCH_INTERVAL)
    assert switch_interval > SERVING_SWITCH_INTERVAL


def test_a_serving_process_keeps_what_it_built_out_of_full_collections(switch_interval: float, tmp_path: Path) -> None:
    app = create_app(load_settings({"db": str(tmp_path / "c.db")}))
    prepare_serving_process()
    assert gc.get_freeze_count() > 0
    assert gc.is_tracked(app)
    assert not any(o is app for generation in range(3) for o in gc.get_objects(generation=generation))  # frozen


def test_building_an_app_leaves_the_process_as_it_was(switch_interval: float, tmp_path: Path) -> None:
    frozen = gc.get_freeze_count()
    create_app(load_settings({"db": str(tmp_path / "c.db")}))
    assert sys.getswitchinterval() == pytest.approx(switch_interval)
    assert gc.get_freeze_count() == frozen
