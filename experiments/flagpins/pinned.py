"""Which rule flags of ``src/quotegraph/nlp`` some test pins: a test fails when the flag is switched off.

    PYTHONPATH=src python experiments/flagpins/pinned.py OUT.jsonl [--only never,one,unread,both] [--flag NAME ...]
                                                          [--resume] [--also TEST_FILE ...]

For each flag (``experiments/flagtests/flags.py`` finds them: a module-level ``NAME = True`` / ``NAME = False``) it
runs, in this one process, the test files that name the flag (a word match anywhere in the file) and the flag's
module's mirror test file, with the flag switched to the other value than its default for the whole run. A test's
own ``monkeypatch.setattr`` of the flag (object or dotted-string form) is ignored while the flag is held, so a test
that compares the reading on and off sees it off both times: its "on" assertion fails, which is what pinning means.
``--also`` adds test files run for every flag (an article suite that names no flag:
``tests/nlp/resolve/carrying/test_occasions.py``). The first failing test's id is recorded (``-x``: the run stops
there) and one JSON line is written per flag: ``{"module", "line", "flag", "default", "class", "files", "pinned",
"failed", "ran", "exit", "seconds"}``.

``pinned`` is True when some test failed with the flag held, False when every selected test passed, None when no test
file names the flag and its module has no mirror file (nothing to run). ``class`` is flags.py's count of how the tests
set it (never, one, unread, both).

Never run: ``tests/nlp/test_news_pages.py`` (it holds the held-out pages) and anything under ``tests/fixtures``.
The pipeline and its parses are loaded once for the whole run (``pytest.main`` is called once a flag in this
process), which is what makes a few hundred narrow runs affordable on a shared machine.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
TESTS = REPOSITORY / "tests"
sys.path.insert(0, str(REPOSITORY / "experiments" / "flagtests"))
import flags as flagtests  # noqa: E402  (the flag finder and counter of the forty-first set)

NEVER_RUN = {TESTS / "nlp" / "test_news_pages.py"}  # the held-out pages live there: never scored, never run


def _test_files() -> dict[Path, str]:
    files = {}
    for path in sorted(TESTS.rglob("test_*.py")):
        if "fixtures" in path.parts or path in NEVER_RUN:
            continue
        files[path] = path.read_text(encoding="utf-8")
    return files


def selected(module: str, name: str, files: dict[Path, str]) -> list[Path]:
    """The test files naming ``name`` as a word, and the mirror test file of ``module``, if it exists."""
    word = re.compile(rf"\b{re.escape(name)}\b")
    chosen = [path for path, text in files.items() if word.search(text)]
    mirror = flagtests.mirror(module)
    if mirror.exists() and mirror not in chosen and mirror not in NEVER_RUN:
        chosen.append(mirror)
    return chosen


class _Held:
    """Holds ``module.name`` at ``value`` for one ``pytest.main``: tests' setattr of it are ignored."""

    def __init__(self, module: Any, name: str, value: bool) -> None:
        self.module, self.name, self.value = module, name, value
        self.failed: list[str] = []
        self.ran = 0
        self._setattr = pytest.MonkeyPatch.setattr

    def _is_flag(self, target: object, name: object) -> bool:
        if isinstance(target, str):  # monkeypatch.setattr("quotegraph.nlp.x.NAME", value)
            home, _, attr = target.rpartition(".")
            return attr == self.name and home == self.module.__name__
        return target is self.module and name == self.name

    def __enter__(self) -> _Held:
        held, original = self, self._setattr

        def setattr_but_the_flag(
            patch: pytest.MonkeyPatch, target: Any, name: Any = None, *args: Any, **kw: Any
        ) -> None:
            if held._is_flag(target, name):
                return None
            if name is None:
                return original(patch, target, *args, **kw)
            return original(patch, target, name, *args, **kw)

        pytest.MonkeyPatch.setattr = setattr_but_the_flag  # type: ignore[method-assign]
        self._before = getattr(self.module, self.name)
        setattr(self.module, self.name, self.value)
        return self

    def __exit__(self, *exc: object) -> None:
        pytest.MonkeyPatch.setattr = self._setattr  # type: ignore[method-assign]
        setattr(self.module, self.name, self._before)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call":
            self.ran += 1
        if report.failed:
            self.failed.append(report.nodeid)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--only", default="never,one,unread,both", help="flags.py classes to probe, in this order")
    parser.add_argument("--flag", action="append", default=[], help="probe only these flag names")
    parser.add_argument("--resume", action="store_true", help="skip the flags already in OUTPUT")
    parser.add_argument("--also", action="append", default=[], help="a test file run for every flag too")
    args = parser.parse_args()
    classes = flagtests.classify(mirror_only=False)
    order = args.only.split(",")
    chosen = [(flag, kind) for flag, kind in classes.items() if kind in order]
    chosen.sort(key=lambda item: (order.index(item[1]), item[0]))
    if args.flag:
        chosen = [(flag, kind) for flag, kind in chosen if flag[2] in args.flag]
    done = set()
    if args.resume and args.output.exists():
        for line in args.output.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            done.add((row["module"], row["flag"]))
    files = _test_files()
    with args.output.open("a", encoding="utf-8") as out:
        for (module, line, name, default), kind in chosen:
            if (module, name) in done:
                continue
            tests = selected(module, name, files)
            tests += [extra for extra in (Path(a).resolve() for a in args.also) if extra not in tests]
            row: dict[str, Any] = {"module": module, "line": line, "flag": name, "default": default, "class": kind}
            row["files"] = [str(path.relative_to(REPOSITORY)) for path in tests]
            if not tests:
                row.update(pinned=None, failed=None, ran=0, exit=None)
            else:
                home = importlib.import_module("quotegraph." + module.removesuffix(".py").replace("/", "."))
                start = time.monotonic()
                with _Held(home, name, not default) as held:
                    code = pytest.main(
                        ["-q", "-x", "-p", "no:cacheprovider", "--tb=no", "-rN", "--no-header", *map(str, tests)],
                        plugins=[held],
                    )
                row.update(
                    pinned=bool(held.failed),
                    failed=held.failed[0] if held.failed else None,
                    ran=held.ran,
                    exit=int(code),
                    seconds=round(time.monotonic() - start, 1),
                )
            out.write(json.dumps(row) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
