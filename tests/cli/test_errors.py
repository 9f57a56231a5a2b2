"""The one exit policy of runs over documents: 0 when none failed, 1 when none went through, 3 when
some failed and the others went through (each failure still reported and recorded)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.cli.errors import NOTHING_READ, end_run, exit_with, fail
from quotegraph.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_PARTIAL,
    EXIT_USAGE,
    ConfigError,
    InputError,
    QuotegraphError,
    run_exit_code,
)
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result


@pytest.mark.parametrize(
    ("succeeded", "failed", "status"),
    [(5, 0, 0), (0, 0, 0), (0, 3, EXIT_FAILED), (4, 1, EXIT_PARTIAL)],
)
def test_the_status_of_a_run_says_whether_nothing_some_or_all_went_through(
    succeeded: int, failed: int, status: int
) -> None:
    assert run_exit_code(succeeded, failed) == status


def test_a_batch_where_every_document_failed_exits_1_and_keeps_its_failures(tmp_path: Path) -> None:
    source = tmp_path / "broken.jsonl"
    source.write_text("not json\n[1, 2]\n")
    out = tmp_path / "out"
    outcome = CliRunner().invoke(main, ["batch", str(source), "--out", str(out), "--workers", "1", "--quiet"])
    assert outcome.exit_code == EXIT_FAILED, outcome.output
    assert "0 extracted, 2 failed" in outcome.stderr
    recorded = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [r["source"] for r in recorded] == [f"{source}:line 1", f"{source}:line 2"]


def test_an_ingest_where_some_results_failed_exits_3_and_stores_the_others(
    tmp_path: Path, populated_result: ArticleResult
) -> None:
    source = tmp_path / "results.jsonl"
    source.write_bytes(encode_result(populated_result) + b"\n" + b'{"id": "x", "attributions": [{}]}\n')
    db = tmp_path / "corpus.db"
    outcome = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--quiet"])
    assert outcome.exit_code == EXIT_PARTIAL, outcome.output
    assert "1 added" in outcome.stderr and "1 failed" in outcome.stderr and f"{source}:line 2" in outcome.stderr


def test_a_batch_holding_a_navigation_only_page_records_it_and_extracts_the_others(tmp_path: Path) -> None:
    pages = Path(__file__).parents[1] / "fixtures" / "html-pages"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("nav-only.html", "wire-story.html"):
        (inputs / name).write_bytes((pages / name).read_bytes())
    out = tmp_path / "out"
    outcome = CliRunner().invoke(main, ["batch", str(inputs), "--out", str(out), "--workers", "1", "--quiet"])
    assert outcome.exit_code == EXIT_PARTIAL, outcome.output
    assert "1 extracted, 1 failed" in outcome.stderr
    [recorded] = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert recorded["source"].endswith("nav-only.html")
    assert recorded["reason"] == "no article text: the page's text is only links (navigation or an index page)"


@pytest.mark.parametrize("status", [EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED])
def test_the_cli_s_one_exit_ends_with_the_status_it_is_given(status: int) -> None:
    with pytest.raises(SystemExit) as ended:
        exit_with(status)
    assert ended.value.code == status


@pytest.mark.parametrize(("succeeded", "failed", "status"), [(0, 3, EXIT_FAILED), (4, 1, EXIT_PARTIAL)])
def test_a_run_with_failures_ends_through_the_one_exit(succeeded: int, failed: int, status: int) -> None:
    with pytest.raises(SystemExit) as ended:
        end_run(succeeded, failed)
    assert ended.value.code == status


def test_a_run_where_nothing_failed_returns_and_says_when_it_read_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    end_run(5, 0)
    assert capsys.readouterr().err == ""
    end_run(0, 0)
    assert capsys.readouterr().err == NOTHING_READ + "\n"


@pytest.mark.parametrize(
    ("error", "status"), [(InputError("no such file"), EXIT_FAILED), (ConfigError("bad x"), EXIT_USAGE)]
)
def test_an_error_ends_the_command_with_its_kind_s_status(
    error: QuotegraphError, status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        fail(error)
    assert ended.value.code == status and str(error) in capsys.readouterr().err


def test_no_cli_module_but_the_errors_one_calls_sys_exit() -> None:
    """Every exit with a status goes through ``cli.errors.exit_with``: a direct ``sys.exit`` elsewhere would be a
    second place the statuses are chosen."""
    import quotegraph.cli as cli

    folder = Path(cli.__file__).parent
    callers = []
    modules = sorted(folder.glob("*.py"))
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in {"sys.exit", "exit", "SystemExit"}:
                callers.append(module.name)
    assert len(modules) > 10  # the scan read the CLI's modules
    assert callers == ["errors.py"]
