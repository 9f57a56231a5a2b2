"""The import direction of DEVELOPERS.md, checked on the source with ast (no import side effects)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "quotegraph"

# layer -> the quotegraph layers it may import (errors and settings are open to every layer)
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "nlp": {"model"},
    "io": {"model"},
    "store": {"model"},
    "graph": {"model", "store"},
    "batch": {"model", "nlp", "io", "store", "graph"},
    "evaluation": {"model", "nlp", "io"},
    "server": {"model", "nlp", "io", "store", "graph", "web"},
    "web": {"model", "store"},
    "cli": {"model", "nlp", "io", "store", "graph", "batch", "server", "web", "evaluation"},
}
OPEN = {"errors", "settings"}


def _layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported_names(path: Path) -> set[str]:
    """Every dotted name a module imports, with ``from m import x`` giving both ``m`` and ``m.x``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _imported_layers(path: Path) -> set[str]:
    layers = set()
    for name in _imported_names(path):
        parts = name.split(".")
        if parts[0] != "quotegraph" or len(parts) < 2:
            continue
        if (PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file():
            layers.add(parts[1])
    return layers


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if len(p.relative_to(PACKAGE).parts) > 1)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_lower_layers(path: Path) -> None:
    layer = _layer_of(path)
    assert layer in ALLOWED, f"{layer} is not a known layer: add it to ALLOWED and the README's picture"
    forbidden = _imported_layers(path) - ALLOWED[layer] - OPEN - {layer}
    assert not forbidden, f"{path.relative_to(PACKAGE)} ({layer}) imports {sorted(forbidden)}"


@pytest.mark.parametrize("name", sorted(OPEN))
def test_open_modules_import_nothing_else_from_quotegraph(name: str) -> None:
    imported = _imported_layers(PACKAGE / f"{name}.py") - {"errors"}
    assert not imported, f"{name}.py imports {sorted(imported)}"


def test_the_layer_check_sees_every_layer() -> None:
    """The parametrized check above passes on no module at all: it must see each layer's modules."""
    assert {_layer_of(p) for p in _modules()} == ALLOWED.keys()


def _relative_imports(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(tree))


def test_relative_imports_are_not_used() -> None:
    """Relative imports would hide a layer crossing from the check above."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the scan looked at the package, not an empty folder
    assert [str(p.relative_to(PACKAGE)) for p in sources if _relative_imports(p)] == []


def test_the_relative_import_scan_sees_one(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from .speakers import resolve_speakers\n", encoding="utf-8")
    assert _relative_imports(module)


# nlp's stages, in the order a document meets them: a stage imports only the stages before it
NLP_STAGES: dict[str, set[str]] = {
    "lexicons": set(),
    "find": {"lexicons"},
    "resolve": {"lexicons", "find"},
}


def _nlp_stages_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    names |= {alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names}
    return {name.split(".")[2] for name in names if name.startswith("quotegraph.nlp.") and name.count(".") >= 2}


@pytest.mark.parametrize(
    "path",
    sorted(p for stage in NLP_STAGES for p in (PACKAGE / "nlp" / stage).rglob("*.py")),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_nlp_stage_imports_only_earlier_stages(path: Path) -> None:
    stage = path.relative_to(PACKAGE / "nlp").parts[0]
    # the stages' entry points: finding.py, and resolving.py with the modules split from it (resolving_*.py)
    entries = {"finding"} | {p.stem for p in (PACKAGE / "nlp").glob("resolving*.py")}
    forbidden = (_nlp_stages_imported(path) & (NLP_STAGES.keys() | entries)) - NLP_STAGES[stage] - {stage}
    assert not forbidden, f"{path.relative_to(PACKAGE)} ({stage}) imports {sorted(forbidden)}"


@pytest.mark.parametrize("stage", sorted(NLP_STAGES))
def test_the_stage_check_sees_each_stage(stage: str) -> None:
    """A stage renamed or moved would leave the parametrized check above with nothing to look at."""
    assert list((PACKAGE / "nlp" / stage).rglob("*.py")), f"nlp/{stage} holds no module"


def test_nlp_stage_check_sees_a_crossing(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from quotegraph.nlp.resolve.speakers.speakers import resolve_speakers\n", encoding="utf-8")
    assert _nlp_stages_imported(module) == {"resolve"}


# nlp/resolve's groups, lowest first: a group imports only the groups below it; the shared modules at
# nlp/resolve's top (key "") import no group (see quotegraph/nlp/resolve/__init__.py)
RESOLVE = PACKAGE / "nlp" / "resolve"
RESOLVE_GROUPS: dict[str, set[str]] = {
    "": set(),
    "stated": set(),
    "speakers": {"stated"},
    "carrying": {"stated", "speakers"},
}


def _resolve_group_of(path: Path) -> str:
    rel = path.relative_to(RESOLVE)
    return rel.parts[0] if len(rel.parts) > 1 else ""


def _resolve_groups_imported(path: Path) -> set[str]:
    prefix = "quotegraph.nlp.resolve."
    names = _imported_names(path)
    groups = {name.removeprefix(prefix).split(".")[0] for name in names if name.startswith(prefix)}
    return groups & (RESOLVE_GROUPS.keys() - {""})


@pytest.mark.parametrize("path", sorted(RESOLVE.rglob("*.py")), ids=lambda p: str(p.relative_to(RESOLVE)))
def test_resolve_group_imports_only_lower_groups(path: Path) -> None:
    group = _resolve_group_of(path)
    assert group in RESOLVE_GROUPS, f"nlp/resolve/{group} is not a known group: add it to RESOLVE_GROUPS"
    forbidden = _resolve_groups_imported(path) - RESOLVE_GROUPS[group] - {group}
    assert not forbidden, f"{path.relative_to(RESOLVE)} ({group or 'shared'}) imports {sorted(forbidden)}"


def test_the_resolve_group_check_sees_each_group() -> None:
    """A group renamed or added would leave the parametrized check above blind to it."""
    folders = {p.name for p in RESOLVE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == RESOLVE_GROUPS.keys() - {""}
    assert {_resolve_group_of(p) for p in RESOLVE.rglob("*.py")} == RESOLVE_GROUPS.keys()


def test_the_resolve_group_check_sees_a_crossing(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from quotegraph.nlp.resolve.carrying.occasions import carry_occasions\n"
        "from quotegraph.nlp.resolve import speakers\n"
        "import quotegraph.nlp.resolve.paragraphs\n",
        encoding="utf-8",
    )
    imported = _resolve_groups_imported(module)
    assert imported == {"carrying", "speakers"}
    assert imported - RESOLVE_GROUPS["stated"] - {"stated"} == {"carrying", "speakers"}


def _private_names_imported(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{node.module}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quotegraph")
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]


def test_no_module_imports_another_module_s_private_name() -> None:
    """What one module takes from another is part of that module's interface, so it is public there: a reader of a
    module sees by its names what the rest of the package relies on (tests may reach private names)."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the scan looked at the package, not an empty folder
    found = {str(p.relative_to(PACKAGE)): names for p in sources if (names := _private_names_imported(p))}
    assert found == {}


def _declared(path: Path) -> tuple[set[str], set[str]] | None:
    """A module's ``__all__`` and its top-level names; None for a module with no ``__all__`` (a package's entry)."""
    declared: set[str] | None = None
    defined: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(node.name)
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in (t for t in targets if isinstance(t, ast.Name)):
            defined.add(target.id)
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            if target.id == "__all__" and isinstance(value, (ast.List, ast.Tuple)):
                declared = {e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return None if declared is None else (declared, defined)


def _undeclared_imports(sources: list[Path], package: Path) -> list[str]:
    """The names one module imports from another that the other defines and leaves out of its ``__all__``."""
    wanted: dict[str, set[str]] = {}
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("quotegraph."):
                wanted.setdefault(node.module or "", set()).update(a.name for a in node.names)
    found = []
    for module, names in sorted(wanted.items()):
        source = package.parent.joinpath(*module.split(".")).with_suffix(".py")
        if source.is_file() and (interface := _declared(source)) is not None:
            declared, defined = interface
            found += [f"{module}.{n}" for n in sorted(names & defined - declared) if not n.startswith("_")]
    return found


def test_what_a_module_takes_from_another_is_in_the_other_s_all() -> None:
    """``__all__`` lists a module's interface: every public name the rest of the package imports from it."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the scan looked at the package, not an empty folder
    assert _undeclared_imports(sources, PACKAGE) == []


def test_the_interface_scan_sees_a_name_left_out(tmp_path: Path) -> None:
    package = tmp_path / "quotegraph"
    package.mkdir()
    (package / "a.py").write_text('__all__ = ["kept"]\nkept = 1\nleft = 2\n', encoding="utf-8")
    (package / "b.py").write_text("from quotegraph.a import kept, left\n", encoding="utf-8")
    assert _undeclared_imports(sorted(package.glob("*.py")), package) == ["quotegraph.a.left"]


def test_the_private_import_scan_sees_one(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from quotegraph.nlp.resolve.paragraphs import Paragraphs, _first\nfrom os import _exit\n", encoding="utf-8"
    )
    assert _private_names_imported(module) == ["quotegraph.nlp.resolve.paragraphs._first"]


def _flags_of(path: Path) -> set[str]:
    """A module's rule flags: its module-level ``NAME = True`` or ``NAME = False`` (upper-case name, bare bool)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        target, value = (node.targets[0] if isinstance(node, ast.Assign) else node.target), node.value
        constant = isinstance(value, ast.Constant) and isinstance(value.value, bool)
        if isinstance(target, ast.Name) and target.id.isupper() and constant:
            found.add(target.id)
    return found


def _flags_imported_by_name(sources: list[Path], package: Path) -> list[str]:
    """``importer: module.FLAG`` for each rule flag a module takes by name (``from m import FLAG``): the importer holds
    its own binding, fixed at import, so a test that switches the flag on its home module leaves that reading be."""
    found = []
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("quotegraph.")
            ):
                continue
            home = package.parent.joinpath(*(node.module or "").split(".")).with_suffix(".py")
            flags = _flags_of(home) if home.is_file() else set()
            importer = path.relative_to(package)
            found += [f"{importer}: {node.module}.{a.name}" for a in node.names if a.name in flags]
    return found


def test_no_module_imports_a_rule_flag_by_name() -> None:
    """A rule flag is read through its home module (``module.FLAG``), so that one ``monkeypatch.setattr`` on
    that module switches every reading of the rule, wherever it is read (docs/occasion-rounds.md, the forty-second
    set: thirteen imports by name had left readings a test could not switch)."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the scan looked at the package, not an empty folder
    assert sum(len(_flags_of(p)) for p in sources) > 100  # and found the flags, not none
    assert _flags_imported_by_name(sources, PACKAGE) == []


def test_the_flag_import_scan_sees_one(tmp_path: Path) -> None:
    package = tmp_path / "quotegraph"
    package.mkdir()
    (package / "a.py").write_text("RULE = True\nOTHER: bool = False\nLIMIT = 3\n", encoding="utf-8")
    (package / "b.py").write_text("from quotegraph.a import LIMIT, OTHER, RULE, reading\n", encoding="utf-8")
    (package / "c.py").write_text("from quotegraph import a\n\nON = a.RULE\n", encoding="utf-8")
    assert _flags_imported_by_name(sorted(package.glob("*.py")), package) == [
        "b.py: quotegraph.a.OTHER",
        "b.py: quotegraph.a.RULE",
    ]
