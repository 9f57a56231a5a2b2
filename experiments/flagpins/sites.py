"""Whether each reading of a flag, place by place, is pinned: a test fails when that one read is flipped.

    PYTHONPATH=src python experiments/flagpins/sites.py NAME [TEST ...] [--site FILE:LINE ...] [--list]

A flag read in more than one place (``carried_times.DAY_OUTLASTS_ITS_MOMENT`` in ``carrier`` and ``as_carried`` as well
as in its home) is switched whole by ``monkeypatch.setattr``, so a test that fails with the flag off may pin one of
its readings and leave another free. For each place the package reads ``NAME`` (a bare ``NAME`` in its home module,
``module.NAME`` elsewhere; found by AST), this copies ``src`` to a scratch directory, replaces that one read by
``(not NAME)`` and runs the given test files (default: the files naming the flag and its home's mirror, as
``pinned.py`` chooses them, and the mirror test file of the module that reads it there) against the copy, in a
fresh interpreter. A place is pinned when some test fails. ``--list`` prints the places only.
Nothing under ``tests/nlp/test_news_pages.py`` is run (the held-out pages).
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
SOURCE = REPOSITORY / "src"
sys.path.insert(0, str(HERE))
from pinned import _test_files, flagtests, selected  # noqa: E402  (the flag finder, the file chooser)


def places(name: str) -> list[tuple[Path, int, int, int]]:
    """(file, line, start column, end column) of each load of ``name`` in ``src/quotegraph/nlp``."""
    found = []
    for path in sorted((SOURCE / "quotegraph" / "nlp").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            read = (isinstance(node, ast.Name) and node.id == name) or (
                isinstance(node, ast.Attribute) and node.attr == name
            )
            if read and isinstance(getattr(node, "ctx", None), ast.Load) and node.end_col_offset is not None:
                found.append((path, node.lineno, node.col_offset, node.end_col_offset))
    return found


def flipped(copy: Path, place: tuple[Path, int, int, int]) -> None:
    """Rewrite the copy's file of ``place`` with that one read negated."""
    path, line, start, end = place
    target = copy / path.relative_to(SOURCE)
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    text = lines[line - 1]
    lines[line - 1] = f"{text[:start]}(not {text[start:end]}){text[end:]}"
    target.write_text("".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("tests", nargs="*")
    parser.add_argument("--site", action="append", default=[], help="only these places (path under src:line)")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    found = places(args.name)
    if args.site:
        found = [p for p in found if f"{p[0].relative_to(SOURCE)}:{p[1]}" in args.site]
    if args.list:
        for path, line, _, _ in found:
            print(f"{path.relative_to(SOURCE)}:{line}")
        return
    files = _test_files()
    homes = {module for module, _, flag, _ in flagtests.flags() if flag == args.name}
    named = {str(t) for module in homes for t in selected(module, args.name, files)}
    for place in found:
        mirror = flagtests.mirror(str(place[0].relative_to(SOURCE / "quotegraph")))
        tests = args.tests or sorted(named | ({str(mirror)} if mirror in files else set()))
        with tempfile.TemporaryDirectory(prefix="flagpins-") as scratch:
            copy = Path(scratch) / "src"
            shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__"))
            flipped(copy, place)
            run = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--tb=no", "-rN", *tests],
                cwd=REPOSITORY,
                env={**os.environ, "PYTHONPATH": str(copy)},
                capture_output=True,
                text=True,
            )
            last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-200:]
            verdict = "pinned" if run.returncode == 1 else "FREE" if run.returncode == 0 else f"exit {run.returncode}"
            print(f"{place[0].relative_to(SOURCE)}:{place[1]}  {verdict}  ({last})", flush=True)


if __name__ == "__main__":
    main()
