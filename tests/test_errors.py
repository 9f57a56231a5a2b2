"""Every error quotegraph raises on purpose comes from its one exception tree (quotegraph.errors)."""

from __future__ import annotations

import ast
import builtins
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

import quotegraph
import quotegraph.errors
from quotegraph.errors import (
    EXIT_FAILED,
    EXIT_USAGE,
    ConfigError,
    InputError,
    PipelineError,
    QueryError,
    QuotegraphError,
    StoreError,
    TooLargeError,
    error_line,
    exit_code,
    main_status,
)
from quotegraph.model import TextSpan

PACKAGE = Path(quotegraph.__file__).parent
# Raised by design and never meant for a caller to handle: an unfinished protocol method, the
# end of an iterator, the process exit of the command line.
ALLOWED_BUILTINS = {"NotImplementedError", "StopIteration", "StopAsyncIteration", "SystemExit"}
BUILTIN_ERRORS = {
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException) and name not in ALLOWED_BUILTINS
}


def _raised_builtins(path: Path) -> list[str]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Raise) or node.exc is None:
            continue
        target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        if isinstance(target, ast.Name) and target.id in BUILTIN_ERRORS:
            found.append((node.lineno, f"{path.name}:{node.lineno} raises {target.id}"))
    return [line for _, line in sorted(found)]


def test_the_package_raises_no_builtin_error_of_its_own() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the scan looked at the package, not an empty folder
    offenders = [line for path in sources for line in _raised_builtins(path)]
    assert offenders == []


def test_the_scan_finds_a_builtin_error_raised_with_or_without_a_message(tmp_path: Path) -> None:
    sample = tmp_path / "probe.py"
    sample.write_text("def f(x):\n    if x:\n        raise ValueError('x')\n    raise KeyError\n")
    assert _raised_builtins(sample) == ["probe.py:3 raises ValueError", "probe.py:4 raises KeyError"]


def test_a_bad_span_is_an_input_error_and_a_validation_error_when_decoded() -> None:
    with pytest.raises(InputError):
        TextSpan(5, 2)
    assert issubclass(InputError, QuotegraphError)
    with pytest.raises(msgspec.ValidationError, match="invalid span"):
        msgspec.json.decode(b"[5, 2]", type=TextSpan)


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (ConfigError, EXIT_USAGE),
        (InputError, EXIT_FAILED),
        (TooLargeError, EXIT_FAILED),
        (QueryError, EXIT_FAILED),
        (PipelineError, EXIT_FAILED),
        (StoreError, EXIT_FAILED),
    ],
)
def test_each_error_class_has_one_exit_status_for_every_program(error: type[QuotegraphError], status: int) -> None:
    assert exit_code(error("x")) == status
    assert error_line(error("the corpus is locked")) == "error: the corpus is locked"


# The comment an ``assert`` in the package carries: it only narrows a type for mypy. One that guards input or a
# state a user can reach must raise from quotegraph.errors instead, as ``python -O`` drops asserts.
NARROWING_ONLY = "# for mypy only:"


def _unmarked_asserts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        f"{path.name}:{node.lineno}"
        for node in ast.walk(ast.parse("\n".join(lines)))
        if isinstance(node, ast.Assert) and NARROWING_ONLY not in lines[node.lineno - 1]
    ]


def test_every_assert_in_the_package_only_narrows_a_type() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the scan looked at the package, not an empty folder
    assert [line for path in sources for line in _unmarked_asserts(path)] == []


def test_the_scan_finds_an_assert_without_the_narrowing_comment(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(f"def f(x):\n    assert x is not None  {NARROWING_ONLY} typed\n    assert x > 0\n")
    assert _unmarked_asserts(sample) == ["sample.py:3"]


def _tree_classes(path: Path, tree: set[str]) -> list[str]:
    """The classes of ``path`` whose base is a class of the tree (one level: the tree is flat enough)."""
    return [
        node.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and any(isinstance(base, ast.Name) and base.id in tree for base in node.bases)
    ]


def test_every_class_of_the_tree_is_drawn_in_its_docstring() -> None:
    tree = {name for name in quotegraph.errors.__all__ if name.endswith("Error")}
    defined = {name for path in sorted(PACKAGE.rglob("*.py")) for name in _tree_classes(path, tree)}
    assert {"InputError", "ApiError", "Busy"} <= defined  # the scan saw the tree and the server's two
    assert quotegraph.errors.__doc__ is not None
    assert sorted(name for name in defined if f" {name} " not in quotegraph.errors.__doc__.replace(".", " ")) == []


def test_a_main_ends_on_an_error_of_the_tree_with_its_line_and_status(capsys: pytest.CaptureFixture[str]) -> None:
    def wrong_call() -> None:
        raise ConfigError("give two files")

    assert main_status(wrong_call) == EXIT_USAGE
    assert capsys.readouterr().err == "error: give two files\n"
    assert main_status(lambda: None) == 0


def test_a_training_main_called_wrongly_prints_its_usage_and_exits_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotegraph.nlp.training.learned_times", "nonsense"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == EXIT_USAGE
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
