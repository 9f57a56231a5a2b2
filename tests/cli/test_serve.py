"""``quotegraph serve`` listens on 127.0.0.1 and answers; a corpus that cannot be opened ends it with 1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from quotegraph.cli import main

START_TIMEOUT = 60.0  # seconds: importing FastAPI and the store on a busy machine


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_on_the_loopback_interface(tmp_path: Path, workers: int) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", str(tmp_path / "c.db"), "--port", str(port)]
    command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["articles"] == 0
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5).json()["openapi"].startswith("3.1")
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_refuses_a_corpus_it_cannot_open(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing" / "c.db")])
    assert result.exit_code == 1 and "does not exist" in result.output
    not_a_corpus = tmp_path / "other.db"
    not_a_corpus.write_bytes(b"this is not an SQLite file at all" * 100)
    result = CliRunner().invoke(main, ["serve", "--db", str(not_a_corpus)])
    assert result.exit_code == 1 and "error:" in result.output


def test_serve_refuses_an_address_already_in_use(tmp_path: Path) -> None:
    """A usage error said before listening, exit status 2 (uvicorn's own came after 'serving ...', exit 3)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "c.db"), "--port", str(port)])
    assert result.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "serving" not in result.output
