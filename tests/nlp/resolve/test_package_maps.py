"""Each resolving package's docstring is its map: it names every module in it, so that a module can be found."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quotegraph.nlp.resolve

RESOLVE = Path(quotegraph.nlp.resolve.__file__).parent
PACKAGES = [RESOLVE, *(p.parent for p in sorted(RESOLVE.glob("*/__init__.py")))]


def _unnamed(package: Path) -> list[str]:
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
    return [p.stem for p in sorted(package.glob("*.py")) if p.stem != "__init__" and f"``{p.stem}``" not in doc]


def test_the_maps_cover_the_three_groups() -> None:
    assert {p.name for p in PACKAGES} >= {"resolve", "stated", "speakers", "carrying"}


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_a_package_s_docstring_names_each_of_its_modules(package: Path) -> None:
    assert _unnamed(package) == []


def test_a_module_left_out_of_the_map_is_found(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text('"""Holds ``kept``."""\n', encoding="utf-8")
    (tmp_path / "kept.py").write_text("", encoding="utf-8")
    (tmp_path / "forgotten.py").write_text("", encoding="utf-8")
    assert _unnamed(tmp_path) == ["forgotten"]
