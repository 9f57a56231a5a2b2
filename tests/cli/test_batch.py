"""``quotegraph batch`` end to end, in real worker processes: the same output for 1 and 2 workers,
and after a SIGKILL midway, the same output again once the command is rerun."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# the module-scoped clean run is made once: its tests in one test process
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("batch-cli")]

PARTS = 30
PARTIAL = 3  # the corpus's one broken line fails; the exit status says so (errors.run_exit_code)


def _batch(inputs: Path, out: Path, workers: int) -> list[str]:
    command = [sys.executable, "-m", "quotegraph", "batch", str(inputs), "--out", str(out), "--quiet"]
    return [*command, "--workers", str(workers), "--part-size", "4"]


def _outputs(out: Path) -> dict[str, bytes]:
    names = ["failures.jsonl", "summary.json", *[f"parts/{p.name}" for p in (out / "parts").iterdir()]]
    return {name: (out / name).read_bytes() for name in sorted(names)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for n in range(PARTS * 4 // 2):
        text = f'Story {n}. The coach said the team was ready.\n\n"We will win," he told reporters on Monday.'
        (root / f"{n:03d}.txt").write_text(text)
    lines = [json.dumps({"id": f"j{n}", "text": f"Line {n}: officials said {n} people were hurt."}) for n in range(59)]
    (root / "lines.jsonl").write_text("\n".join([*lines, "not json"]) + "\n")
    return root


@pytest.fixture(scope="module")
def clean_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("clean") / "out"
    done = subprocess.run(_batch(corpus, out, workers=1), capture_output=True)
    assert done.returncode == PARTIAL, done.stderr
    return _outputs(out)


def test_output_is_the_same_for_one_and_two_workers(corpus: Path, clean_run: dict[str, bytes], tmp_path: Path) -> None:
    done = subprocess.run(_batch(corpus, tmp_path / "out", workers=2), capture_output=True, text=True)
    assert done.returncode == PARTIAL and "extracted 119 · failed 1" in done.stderr
    assert _outputs(tmp_path / "out") == clean_run
    assert json.loads(clean_run["summary.json"]) == {"articles": 120, "extracted": 119, "failed": 1, "parts": PARTS}


def test_sigkill_midway_then_rerun_gives_the_clean_output(
    corpus: Path, clean_run: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    # A new session, so the kill reaches the workers too, as a machine failure would.
    proc = subprocess.Popen(_batch(corpus, out, workers=2), start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob("parts/part-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    parts_before = len(list(out.glob("parts/part-*")))
    assert 0 < parts_before < PARTS, "the kill must land midway for this test to mean anything"
    assert not (out / "summary.json").exists()
    rerun = subprocess.run(_batch(corpus, out, workers=2), capture_output=True, text=True)
    assert rerun.returncode == PARTIAL, rerun.stderr  # the recorded failure still counts after a resume
    assert "skipped (done before) 0 " not in rerun.stderr
    assert _outputs(out) == clean_run
