"""A run's state on disk: the manifest that guards a resume and the parts counted as done."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.batch.state import check_manifest, done_parts
from quotegraph.errors import ConfigError
from quotegraph.settings import Settings


@pytest.mark.parametrize("manifest", ['{"inputs": ["a.txt"', "[1, 2]", "\udcff"])
def test_a_broken_manifest_is_a_config_error_naming_it(tmp_path: Path, manifest: str) -> None:
    (tmp_path / "run.json").write_bytes(manifest.encode("utf-8", "surrogateescape"))
    with pytest.raises(ConfigError, match=r"run\.json"):
        check_manifest(tmp_path, ["a.txt"], None, "jsonl", Settings())


def test_the_same_run_passes_its_own_manifest_and_another_does_not(tmp_path: Path) -> None:
    check_manifest(tmp_path, ["a.txt"], None, "jsonl", Settings())
    check_manifest(tmp_path, ["a.txt"], None, "jsonl", Settings())
    with pytest.raises(ConfigError, match="output_format"):
        check_manifest(tmp_path, ["a.txt"], None, "parquet", Settings())


def test_only_numbered_parts_of_the_format_are_done(tmp_path: Path) -> None:
    parts = tmp_path / "parts"
    parts.mkdir()
    for name in ("part-000000.jsonl", "part-000003.jsonl", "part-old.jsonl", "part-000001.parquet", "part-².jsonl"):
        (parts / name).touch()
    assert done_parts(tmp_path, "jsonl") == {0, 3}
