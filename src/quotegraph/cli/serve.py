"""``quotegraph serve``: the HTTP API and the web pages over a corpus, under uvicorn."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import click

from quotegraph.cli.errors import failing
from quotegraph.errors import ConfigError
from quotegraph.settings import load_settings

__all__ = ["serve"]

MAX_WORKERS = 64


def _check_address(host: str, port: int) -> None:
    """Binds the address once, as uvicorn will, so that a port in use or an address this machine
    does not have is a usage error of this command (exit 2) before it says it serves."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind(address)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


@click.command()
@click.option("--db", metavar="URL", help="the corpus: an SQLite file path or a postgresql:// URL (setting db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="port to listen on.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, MAX_WORKERS),
    help="server processes (one per core answers the most searches at once).",
)
def serve(db: str | None, host: str, port: int, workers: int) -> None:
    """Serve the JSON API (/api, spec at /openapi.json, docs at /docs) and the web pages."""
    import uvicorn

    from quotegraph.server import create_app
    from quotegraph.server.app import prepare_serving_process
    from quotegraph.server.cache import SharedCache

    with failing():
        settings = load_settings({"db": db})
        app = create_app(settings)  # opens the corpus now, so a bad one fails before listening
        _check_address(host, port)
    click.echo(f"serving {settings.db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    if workers == 1:
        prepare_serving_process()
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    # worker processes build their own application from the environment's settings, and keep their
    # answers in one file, so that what one computed the others need not compute again
    os.environ["QUOTEGRAPH_DB"] = settings.db
    with tempfile.TemporaryDirectory(prefix="quotegraph-answers-") as folder:
        if settings.query_cache_bytes:
            answers = Path(folder) / "answers.db"
            SharedCache(answers, settings.query_cache_bytes, lambda: None).close()  # made before any worker opens it
            os.environ["QUOTEGRAPH_SHARED_CACHE"] = str(answers)
        uvicorn.run(
            "quotegraph.server.app:create_app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
        )
