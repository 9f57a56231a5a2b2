"""``quotegraph bench serve``: concurrent searches against a served corpus (requests/s, latency, errors)."""

from __future__ import annotations

import json

import click

from quotegraph.cli.errors import failing
from quotegraph.settings import load_settings
from quotegraph.store import open_store

__all__ = ["bench_serve"]

MAX_CLIENTS = 1_000
MAX_SECONDS = 3_600


def _print_serve_bench(report: dict[str, object]) -> None:
    load = report["load_average"]
    assert isinstance(load, list)  # for mypy only: the bench builds the report
    warmed = ", every search asked once before (--warm)" if report["warm"] else ""
    lines = [
        f"{report['clients']} clients for {report['seconds']} s on {report['attributions']:,} attributions{warmed}",
        f"requests {report['requests']:,} ({report['requests_per_s']}/s), errors {report['errors']}, "
        f"answered from the cache {report['cached']:,}",
        f"latency ms: p50 {report['p50_ms']}, p95 {report['p95_ms']} (target <= 100), p99 {report['p99_ms']}",
        f"answers computed (not from the cache), ms: p50 {report['computed_p50_ms']}, p95 {report['computed_p95_ms']}",
        f"CPU: server {report['server_cpu_s']} s ({report['server_cpu_ms_per_request']} ms a request), "
        f"clients {report['client_cpu_s']} s",
        f"load average (1 minute): {load[0]} at the start, {load[1]} at the end",
        "by kind:",
    ]
    by_kind = report["by_kind"]
    assert isinstance(by_kind, dict)  # for mypy only: the bench builds the report
    for kind, s in by_kind.items():
        lines.append(
            f"  {kind:9} {s['requests']:8,} requests, {s['errors']} errors, {s['cached']:,} cached, "
            f"p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, p99 {s['p99_ms']} ms, computed p95 {s['computed_p95_ms']} ms"
        )
    samples = report["error_samples"]
    assert isinstance(samples, list)  # for mypy only: the bench builds the report
    lines += [f"  error: {sample}" for sample in samples]
    click.echo("\n".join(lines))


@click.command("serve")
@click.option("--db", metavar="URL", help="the corpus to serve (setting db).")
@click.option(
    "--clients", default=50, show_default=True, type=click.IntRange(1, MAX_CLIENTS), help="concurrent clients."
)
@click.option(
    "--seconds", default=30.0, show_default=True, type=click.FloatRange(1, MAX_SECONDS), help="how long they search."
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="server processes (serve --workers)."
)
@click.option(
    "--warm",
    is_flag=True,
    help="ask every search once before the run, untimed: the server's CPU a request is then a cached answer's.",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object.")
def bench_serve(db: str | None, clients: int, seconds: float, workers: int, warm: bool, as_json: bool) -> None:
    """Serves the corpus on 127.0.0.1 in another process and has CLIENTS clients search it for
    SECONDS (text, speaker, dates, combined filters, second pages): requests/s, latency
    percentiles and errors."""
    from quotegraph.server.loadtest import run_load

    with failing():
        settings = load_settings({"db": db})
        open_store(settings.db, busy_timeout=settings.db_timeout).close()  # a corpus that cannot be opened ends here
        report = run_load(
            settings.db, clients=clients, seconds=seconds, server_args=("--workers", str(workers)), warm=warm
        ).as_dict()
    if as_json:
        click.echo(json.dumps(report))
    else:
        _print_serve_bench(report)
