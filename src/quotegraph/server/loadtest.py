"""``quotegraph bench serve``: many clients searching a served corpus at once, and what they wait.

The server runs in a process of its own (``quotegraph serve`` on 127.0.0.1, a free port); the
clients are asyncio tasks in this process, each with one keep-alive connection, sending the next
request as soon as the previous answer is read. The searches are drawn from the corpus itself
(speaker names, words of the contents, its dates) by a seeded generator, so two runs on one corpus
send the same mix. A run is bounded in time (``seconds``) and in clients; a request that takes
longer than ``REQUEST_TIMEOUT`` counts as an error.

With ``warm``, the clients first ask each search once (and its second page where the mix follows
it), untimed: the run then measures a server whose cache holds the whole mix, so the server's CPU
time a request is what a cached answer costs, as with the cache off it is what a computed one does.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from quotegraph.errors import QuotegraphError
from quotegraph.server.httpclient import Connection, get_json
from quotegraph.server.querymix import Request, plan_requests

__all__ = ["LoadReport", "run_load", "served"]

REQUEST_TIMEOUT = 30.0  # seconds; a search slower than this has failed for any user
START_TIMEOUT = 180.0  # seconds for the server to open a large corpus and listen
MAX_ERROR_SAMPLES = 20  # enough to see every kind of failure in a report without a flood of one kind


@dataclass
class KindStats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    computed: list[float] = field(default_factory=list)  # latencies of answers the server's cache did not give

    @property
    def cached(self) -> int:
        return len(self.latencies) - len(self.computed)

    def add(self, other: KindStats) -> None:
        self.latencies += other.latencies
        self.errors += other.errors
        self.computed += other.computed

    def summary(self) -> dict[str, float | int]:
        ordered = sorted(self.latencies)
        computed = sorted(self.computed)
        return {
            "requests": len(ordered) + self.errors,
            "errors": self.errors,
            "cached": self.cached,
            "p50_ms": _percentile(ordered, 50),
            "p95_ms": _percentile(ordered, 95),
            "p99_ms": _percentile(ordered, 99),
            "computed_p50_ms": _percentile(computed, 50),
            "computed_p95_ms": _percentile(computed, 95),
        }


@dataclass
class LoadReport:
    clients: int
    seconds: float
    attributions: int
    by_kind: dict[str, KindStats]
    error_samples: list[str]
    server_cpu_seconds: float | None = None  # the server process's CPU time over the run
    client_cpu_seconds: float = 0.0  # this process's (the clients')
    warm: bool = False  # every search was asked once before the run
    # the machine's 1-minute load average at the start and the end: other processes move every figure
    load_average: tuple[float, float] = (0.0, 0.0)

    def as_dict(self) -> dict[str, object]:
        total = KindStats()
        for stats in self.by_kind.values():
            total.add(stats)
        overall = total.summary()
        return {
            "clients": self.clients,
            "seconds": round(self.seconds, 2),
            "attributions": self.attributions,
            "requests": overall["requests"],
            "requests_per_s": round(float(overall["requests"]) / self.seconds, 1) if self.seconds else 0.0,
            "errors": overall["errors"],
            "cached": overall["cached"],
            "p50_ms": overall["p50_ms"],
            "p95_ms": overall["p95_ms"],
            "p99_ms": overall["p99_ms"],
            "computed_p50_ms": overall["computed_p50_ms"],
            "computed_p95_ms": overall["computed_p95_ms"],
            "server_cpu_s": None if self.server_cpu_seconds is None else round(self.server_cpu_seconds, 2),
            "server_cpu_ms_per_request": None
            if self.server_cpu_seconds is None or not overall["requests"]
            else round(1000 * self.server_cpu_seconds / float(overall["requests"]), 2),
            "client_cpu_s": round(self.client_cpu_seconds, 2),
            "warm": self.warm,
            "load_average": [round(load, 2) for load in self.load_average],
            "by_kind": {kind: stats.summary() for kind, stats in sorted(self.by_kind.items())},
            "error_samples": self.error_samples[:5],
        }


def _percentile(ordered: list[float], percent: int) -> float:
    """Nearest rank, in milliseconds; 0 with no sample."""
    if not ordered:
        return 0.0
    rank = max(0, min(len(ordered) - 1, math.ceil(percent / 100 * len(ordered)) - 1))
    return round(ordered[rank] * 1000, 2)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def served(db: str, extra_args: tuple[str, ...] = ()) -> Iterator[tuple[str, int, int]]:
    """A ``quotegraph serve`` process on the corpus, on 127.0.0.1: yields its host, port and process
    id, and ends it (the process this started, by its id) on leaving."""
    port = _free_port()
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", db, "--port", str(port), *extra_args]
    # the server's log to a file, not a pipe: a pipe nobody reads would block the server once full
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True)
        try:
            _wait_until_listening(process, port, log)
            yield "127.0.0.1", port, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_listening(process: subprocess.Popen[str], port: int, log: IO[str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            message = log.read().strip().splitlines()
            raise QuotegraphError(f"the server did not start: {message[-1] if message else 'no message'}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.2)
    raise QuotegraphError(f"the server did not listen on port {port} within {START_TIMEOUT:.0f} s")


async def _client(host: str, port: int, plan: list[Request], seed: int, until: float, report: LoadReport) -> None:
    chooser = random.Random(seed)
    connection: Connection | None = None
    while time.monotonic() < until:
        request = chooser.choice(plan)
        path = request.path
        for page, kind in enumerate((request.kind, "pages")[: 2 if request.follow else 1]):
            started = time.perf_counter()
            try:
                if connection is None or connection.closed:
                    connection = await Connection.open(host, port)
                status, headers, body = await asyncio.wait_for(connection.get(path), REQUEST_TIMEOUT)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                if connection is not None:
                    connection.close()
                connection = None
                _failed(report, kind, f"{path}: {type(exc).__name__} {exc}")
                break
            elapsed = time.perf_counter() - started
            if status != 200:
                _failed(report, kind, f"{path}: HTTP {status} {body[:200]!r}")
                break
            stats = report.by_kind.setdefault(kind, KindStats())
            stats.latencies.append(elapsed)
            if headers.get("x-cache") != "hit":
                stats.computed.append(elapsed)
            following = request.next_path(body) if page == 0 and request.follow else None
            if following is None:
                break
            path = following
    if connection is not None:
        connection.close()


def _failed(report: LoadReport, kind: str, sample: str) -> None:
    report.by_kind.setdefault(kind, KindStats()).errors += 1
    if len(report.error_samples) < MAX_ERROR_SAMPLES:
        report.error_samples.append(sample)


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) the process and its children (a server's worker processes) have
    used so far; None where /proc cannot tell."""
    stats = _proc_stats()
    if pid not in stats:
        return None
    family = {pid} | {child for child, (parent, _) in stats.items() if parent == pid}
    return sum(stats[p][1] for p in family) / os.sysconf("SC_CLK_TCK")


def _proc_stats() -> dict[int, tuple[int, int]]:
    """Every process's parent and CPU ticks (utime + stime), from /proc."""
    found: dict[int, tuple[int, int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        found[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    return found


async def _warm(host: str, port: int, plan: list[Request], clients: int) -> None:
    """Asks every search of ``plan`` once, and its second page where it is followed, ``clients`` at a time."""
    waiting = list(reversed(plan))

    async def client() -> None:
        connection = await Connection.open(host, port)
        try:
            while waiting:
                request = waiting.pop()
                _, _, body = await asyncio.wait_for(connection.get(request.path), REQUEST_TIMEOUT)
                following = request.next_path(body) if request.follow else None
                if following is not None:
                    await asyncio.wait_for(connection.get(following), REQUEST_TIMEOUT)
        finally:
            connection.close()

    await asyncio.gather(*(client() for _ in range(clients)))


async def _load(
    host: str, port: int, pid: int, clients: int, seconds: float, seed: int, warm: bool = False
) -> LoadReport:
    stats = await get_json(host, port, "/api/stats")
    plan = await plan_requests(host, port, random.Random(seed))
    report = LoadReport(
        clients=clients,
        seconds=seconds,
        attributions=int(stats["attributions"]),
        by_kind={},
        error_samples=[],
        warm=warm,
    )
    if warm:
        await _warm(host, port, plan, clients)
    server_before, client_before = cpu_seconds(pid), time.process_time()
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_client(host, port, plan, seed + n, until, report) for n in range(clients)))
    report.seconds = time.monotonic() - started
    server_after = cpu_seconds(pid)
    if server_before is not None and server_after is not None:
        report.server_cpu_seconds = server_after - server_before
    report.client_cpu_seconds = time.process_time() - client_before
    report.load_average = (load_before, os.getloadavg()[0])
    return report


def run_load(
    db: str,
    clients: int = 50,
    seconds: float = 30.0,
    seed: int = 0,
    server_args: tuple[str, ...] = (),
    warm: bool = False,
) -> LoadReport:
    """Serves ``db`` in another process and runs ``clients`` searching clients against it for
    ``seconds`` (after asking each search once, untimed, with ``warm``)."""
    with served(db, server_args) as (host, port, pid):
        return asyncio.run(_load(host, port, pid, clients, seconds, seed, warm))
