"""Which rule flags of ``src/quotegraph/nlp`` the tests set, and which ways.

    python experiments/flagtests/flags.py [--list never|one|both|unread|all] [--mirror] [--orphans] [--cited]
                                          [--imported]

A flag is a module-level ``NAME = True`` or ``NAME = False`` (upper-case name, bare bool value) in
``src/quotegraph/nlp``. A test sets it when it calls ``setattr`` (``monkeypatch.setattr(module, "NAME", value)`` or
``monkeypatch.setattr("quotegraph....NAME", value)``); the flag's name may come from a ``parametrize`` over names and
the value from one over values (``on`` in ``[True, False]``, ``not on``), which this script reads row by row. Each flag
is counted as set **both** ways (True and False somewhere in ``tests/``), **one** way, **unread** (set with a value
this script cannot read, such as a fixture's), or **never**. With ``--mirror`` a flag counts only where it is set in
its module's mirror test file (``src/quotegraph/nlp/a/b.py`` -> ``tests/nlp/a/test_b.py``). The counts are printed
first, then per module, then the flags of the chosen class. Names are matched to modules by name and, where two
modules hold a flag of the same name, by the module the ``setattr`` names.

It also counts the flags a test file names (a docstring, a comment) but never sets (``--cited`` lists them), the
test files that mirror no module (``--orphans``): ``tests/X/test_y.py`` with no ``src/quotegraph/X/y.py``
(``conftest.py`` and helpers that are not ``test_*`` are not counted), and the flags a module of the package imports by
name (``--imported``), whose reading there a ``setattr`` on the home module does not switch.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import re
import signal
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SOURCE = REPOSITORY / "src" / "quotegraph"
TESTS = REPOSITORY / "tests"
_ORIGIN = "<the test file>"  # a row's key for the file whose call bound it (no parameter has this name)


def flags() -> list[tuple[str, int, str, bool]]:
    """(module path under src/quotegraph, line, name, default) for each flag of src/quotegraph/nlp."""
    found = []
    for path in sorted((SOURCE / "nlp").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            else:
                continue
            if (
                isinstance(target, ast.Name)
                and target.id.isupper()
                and isinstance(value, ast.Constant)
                and isinstance(value.value, bool)
            ):
                found.append((str(path.relative_to(SOURCE)), node.lineno, target.id, value.value))
    return found


class _File:
    """One test file's module-level constants, functions and calls, to read a ``setattr``'s name and value."""

    def __init__(self, path: Path, calls: dict[str, list[tuple[_File, ast.Call]]]) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.constants: dict[str, ast.expr] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                self.constants[node.targets[0].id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                self.constants[node.target.id] = node.value
        functions = [n for n in ast.walk(self.tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        self.functions = {f.name: f for f in functions}
        self.owner: dict[int, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for function in functions:
            for inner in ast.walk(function):
                self.owner.setdefault(id(inner), function)  # the outermost function holds the parametrize rows
        self.calls = calls  # every test file's calls by the called name, shared: a helper may live in a conftest
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                calls[node.func.id].append((self, node))
        self.innermost: dict[int, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for function in functions:
            for inner in ast.walk(function):
                self.innermost[id(inner)] = function  # outer first: the last is innermost

    def value(self, node: ast.expr, row: dict[str, object], depth: int = 0) -> object:
        """The constant ``node`` stands for in ``row`` (``on``, ``not on``, an f-string, a literal); ``...`` if
        unknown."""
        if depth > 8:
            return ...
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in row:
                return row[node.id]
            if node.id in self.constants:
                return self.value(self.constants[node.id], row, depth + 1)
            return ...
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = self.value(node.operand, row, depth + 1)
            return ... if inner is ... else not inner
        if isinstance(node, ast.JoinedStr):
            parts = []
            for part in node.values:
                inner = self.value(part.value if isinstance(part, ast.FormattedValue) else part, row, depth + 1)
                if inner is ...:
                    return ...
                parts.append(str(inner))
            return "".join(parts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.value(node.left, row, depth + 1), self.value(node.right, row, depth + 1)
            return left + right if isinstance(left, str) and isinstance(right, str) else ...
        if isinstance(node, (ast.Tuple, ast.List)):
            items = [self.value(item, row, depth + 1) for item in node.elts]
            # a module named in a row (``(tagged_names, "FLAG")``, set by ``setattr(*rule, on)``): its name
            pairs = zip(node.elts, items, strict=True)
            items = [ast.unparse(e) if v is ... and isinstance(e, ast.Name) else v for e, v in pairs]
            return ... if ... in items else tuple(items)
        return ...

    def rows(self, function: ast.FunctionDef | ast.AsyncFunctionDef | None, depth: int = 0) -> list[dict[str, object]]:
        """Each binding of the function's parameters: its ``parametrize`` rows, or the arguments of its calls in the
        file (read in their callers' rows), or one empty row."""
        if function is None or depth > 3:
            return [{}]
        tables = []
        for decorator in function.decorator_list:
            if not (isinstance(decorator, ast.Call) and ast.unparse(decorator.func).endswith("parametrize")):
                continue
            if len(decorator.args) < 2:
                continue
            argnames = self.value(decorator.args[0], {})
            if isinstance(argnames, str):
                names = [n.strip() for n in argnames.split(",") if n.strip()]
            elif isinstance(argnames, tuple):
                names = [str(n) for n in argnames]
            else:
                continue
            values = decorator.args[1]
            if isinstance(values, ast.Name) and values.id in self.constants:
                values = self.constants[values.id]
            if not isinstance(values, (ast.List, ast.Tuple)):
                continue
            table = []
            for entry in values.elts:
                if isinstance(entry, ast.Call) and ast.unparse(entry.func).endswith("param"):
                    parts = list(entry.args)
                elif len(names) > 1 and isinstance(entry, (ast.Tuple, ast.List)):
                    parts = list(entry.elts)
                else:
                    parts = [entry]
                table.append({n: self.value(e, {}) for n, e in zip(names, parts, strict=False)})
            tables.append(table)
        if tables:
            rows = []
            for combination in itertools.product(*tables):
                merged: dict[str, object] = {}
                for part in combination:
                    merged |= part
                rows.append(merged)
            return rows
        parameters = [a.arg for a in function.args.posonlyargs + function.args.args]
        rows = []
        for file, call in self.calls.get(function.name, []):
            for caller_row in file.rows(file.owner.get(id(call)), depth + 1):
                row = {n: file.value(a, caller_row) for n, a in zip(parameters, call.args, strict=False)}
                row |= {k.arg: file.value(k.value, caller_row) for k in call.keywords if k.arg is not None}
                row[_ORIGIN] = caller_row.get(_ORIGIN, file.path)  # the test that calls the helper sets the flag
                rows.append(row)
        return rows or [{}]

    def unpacked(self, call: ast.Call, row: dict[str, object]) -> dict[str, object]:
        """``row`` with the names a tuple assignment in the call's function binds from a row's value (``text, ...,
        rule = case``, ``case`` a parametrized tuple)."""
        function = self.innermost.get(id(call))
        if function is None:
            return row
        bound = dict(row)
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple):
                value = self.value(node.value, bound)
                names = node.targets[0].elts
                if isinstance(value, tuple) and len(value) == len(names):
                    bound |= {n.id: v for n, v in zip(names, value, strict=True) if isinstance(n, ast.Name)}
        return bound

    def measured_before(self, call: ast.Call) -> bool:
        """Whether the function that makes the ``setattr`` call makes, before it, a call it makes again after it (``on =
        occasion_of(...); setattr(..., False); off = occasion_of(...)``): the default is measured too."""
        function = self.innermost.get(id(call))
        if function is None:
            return False
        at = next((i for i, s in enumerate(function.body) if any(n is call for n in ast.walk(s))), None)
        if at is None:
            return False

        def called(statements: list[ast.stmt]) -> set[str]:
            return {
                ast.unparse(n.func)
                for s in statements
                for n in ast.walk(s)
                if isinstance(n, ast.Call) and not ast.unparse(n.func).endswith("setattr")
            }

        return bool(called(function.body[:at]) & called(function.body[at + 1 :]))


def _settings(file: _File) -> Iterator[tuple[str, str | None, object, Path]]:
    """(flag name, module named or None, value, the test file that sets it) for each ``setattr`` of an upper-case name
    in a test file; a flag set where the same call is made before and after is yielded with its other value too (the
    default measured). The setting file is the one whose test calls the helper that holds the ``setattr`` (a
    conftest's ``occasion_on_and_off``), or the file itself."""
    for call in ast.walk(file.tree):
        if not (isinstance(call, ast.Call) and ast.unparse(call.func).endswith("setattr")):
            continue
        for row in file.rows(file.owner.get(id(call))):
            row = file.unpacked(call, row)
            args: list[object] = []
            for arg in call.args:
                if isinstance(arg, ast.Starred):
                    inner = file.value(arg.value, row)
                    args.extend(inner if isinstance(inner, tuple) else [...])
                else:
                    args.append(file.value(arg, row) if not isinstance(arg, ast.Attribute) else ast.unparse(arg))
            module: object
            if len(args) >= 3:
                module = ast.unparse(call.args[0]) if not isinstance(call.args[0], ast.Starred) else ...
                name, value = args[1], args[2]
            elif len(args) == 2 and isinstance(args[0], str) and "." in args[0]:
                module, name = args[0].rsplit(".", 1)
                value = args[1]
            else:
                continue
            if isinstance(name, str) and name.isupper():
                named = module.rsplit(".", 1)[-1] if isinstance(module, str) else None
                origin = row.get(_ORIGIN, file.path)
                origin = origin if isinstance(origin, Path) else file.path
                yield name, named, value, origin
                if isinstance(value, bool) and file.measured_before(call):
                    yield name, named, not value, origin


def mirror(module: str) -> Path:
    """The test file that mirrors ``module`` (a path under src/quotegraph)."""
    path = Path(module)
    return TESTS / path.parent / f"test_{path.stem}.py"


def classify(mirror_only: bool) -> dict[tuple[str, int, str, bool], str]:
    every = flags()
    by_name: dict[str, list[tuple[str, int, str, bool]]] = defaultdict(list)
    for flag in every:
        by_name[flag[2]].append(flag)
    values: dict[tuple[str, int, str, bool], set[object]] = defaultdict(set)
    calls: dict[str, list[tuple[_File, ast.Call]]] = defaultdict(list)
    files = {path: _File(path, calls) for path in sorted(TESTS.rglob("*.py"))}
    for file in files.values():
        for name, named, value, path in _settings(file):
            owners = by_name.get(name, [])
            if len(owners) > 1:
                owners = [f for f in owners if Path(f[0]).stem == named] or owners
            for flag in owners:
                if mirror_only and path != mirror(flag[0]):
                    continue
                values[flag].add(value)
    classes = {}
    for flag in every:
        seen = values.get(flag, set())
        if True in seen and False in seen:
            classes[flag] = "both"
        elif ... in seen:
            classes[flag] = "unread"
        elif seen:
            classes[flag] = "one"
        else:
            classes[flag] = "never"
    return classes


def cited_unset() -> list[tuple[Path, str]]:
    """(test file, flag name) for each flag a test file names (in a docstring, a comment or code) but never sets: the
    citation reads as if the rule were tested there."""
    names = {flag[2] for flag in flags()}
    calls: dict[str, list[tuple[_File, ast.Call]]] = defaultdict(list)
    files = {path: _File(path, calls) for path in sorted(TESTS.rglob("*.py"))}
    set_in: dict[Path, set[str]] = defaultdict(set)
    for file in files.values():
        for name, _, _, path in _settings(file):
            set_in[path].add(name)
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        named = {name for name in names if re.search(rf"\b{name}\b", text)}
        set_here = set_in[path]
        found.extend((path.relative_to(TESTS), name) for name in sorted(named - set_here))
    return found


def orphans() -> list[Path]:
    """Test files ``tests/X/test_y.py`` with no ``src/quotegraph/X/y.py`` nor ``src/quotegraph/X/y/`` package (a
    package's own ``tests/X/y/test_y.py`` mirrors ``src/quotegraph/X/y/__init__.py``)."""
    lonely = []
    for path in sorted(TESTS.rglob("test_*.py")):
        relative = path.relative_to(TESTS)
        stem = relative.stem.removeprefix("test_")
        target = SOURCE / relative.parent / stem
        own_package = relative.parent.name == stem and (SOURCE / relative.parent / "__init__.py").exists()
        if not (target.with_suffix(".py").exists() or (target / "__init__.py").exists() or own_package):
            lonely.append(relative)
    return lonely


def imported_by_name() -> list[tuple[str, int, str, str]]:
    """(importer under src/quotegraph, line, home module, flag) for each flag of ``src/quotegraph/nlp`` a module of the
    package imports by name (``from quotegraph.nlp.x import FLAG``): the importer's binding is fixed at import, so a
    ``setattr`` on the home module does not switch the importer's reading. ``tests/test_layers.py`` fails on any."""
    homes = {
        (str(Path("quotegraph", module).with_suffix("")).replace("/", "."), name) for module, _, name, _ in flags()
    }
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module is not None:
                for alias in node.names:
                    if (node.module, alias.name) in homes:
                        found.append((str(path.relative_to(SOURCE)), node.lineno, node.module, alias.name))
    return found


def main() -> None:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # read through ``head`` without a traceback
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", choices=("never", "one", "both", "unread", "all"), default=None)
    parser.add_argument("--mirror", action="store_true", help="count a flag only where its mirror test file sets it")
    parser.add_argument("--orphans", action="store_true", help="list the test files that mirror no module")
    parser.add_argument("--cited", action="store_true", help="list the flags a test file names but never sets")
    parser.add_argument("--imported", action="store_true", help="list the flags a module imports by name")
    args = parser.parse_args()
    classes = classify(args.mirror)
    counts = Counter(classes.values())
    print(f"flags {len(classes)}: " + ", ".join(f"{k} {counts[k]}" for k in ("both", "one", "unread", "never")))
    per_module: dict[str, Counter[str]] = defaultdict(Counter)
    for flag, kind in classes.items():
        per_module[flag[0]][kind] += 1
    lonely = orphans()
    print(f"test files that mirror no module: {len(lonely)}")
    if args.orphans:
        for path in lonely:
            print(f"  {path}")
    cited = cited_unset()
    print(f"flags a test file names but never sets: {len(cited)} (file, flag)")
    if args.cited:
        for path, name in cited:
            print(f"  {path}: {name}")
    imported = imported_by_name()
    print(f"flags imported by name into another module: {len(imported)} (importer, flag)")
    if args.imported:
        for importer, line, module, name in imported:
            print(f"  {importer}:{line} from {module} import {name}")
    if args.list is None:
        ranked = sorted(per_module.items(), key=lambda item: (-(item[1]["never"] + item[1]["one"]), item[0]))
        for module, kinds in ranked:
            if kinds["never"] or kinds["one"]:
                print(f"  {module}: never {kinds['never']}, one {kinds['one']}, both {kinds['both']}")
        return
    for flag, kind in sorted(classes.items()):
        if args.list in (kind, "all"):
            module, line, name, default = flag
            print(f"{kind:6} {module}:{line} {name}={default}")


if __name__ == "__main__":
    main()
