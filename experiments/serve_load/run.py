"""What a search of ``quotegraph bench serve``'s mix costs in CPU, in process, layer by layer.

    .venv/bin/python experiments/serve_load/run.py plan DB PLAN.json      # the mix, from a served DB
    .venv/bin/python experiments/serve_load/run.py cost DB PLAN.json [--searches N] [--concurrent C]

``plan`` serves DB as the benchmark does and writes the benchmark's 5,000 searches (its seeded
generator) to PLAN.json. ``cost`` takes the first N of them (and the second page of those the
benchmark follows) and times, in CPU seconds of this process (every thread):

* ``store``: ``store.search`` alone, one at a time;
* ``route``: the whole application (middleware, routing, parameter validation, the search in a
  worker thread, encoding) called as ASGI without a socket, the cache off, one request at a time;
* ``route xC``: the same with C requests in flight at once (as many clients wait on a server);
* ``cached``: the application answering each request line again from its cache.

Each figure is CPU milliseconds per answer. Load average is printed beside it: on a shared machine
CPU time per answer moves with what the other processes do to the caches and the scheduler.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from quotegraph.server import create_app
from quotegraph.server.loadtest import served
from quotegraph.server.querymix import plan_requests
from quotegraph.settings import load_settings
from quotegraph.store import make_query, open_store

QUERY_NAMES = {"type": "types"}


async def _plan(db: str, out: Path) -> None:
    with served(db) as (host, port, _pid):
        plan = await plan_requests(host, port, random.Random(0))
    out.write_text(json.dumps([[r.kind, r.path, r.follow] for r in plan]))


def _scope(path: str) -> dict[str, Any]:
    route, _, query = path.partition("?")
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": route,
        "raw_path": route.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 8000),
    }


async def _call(app: Any, path: str) -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(_scope(path), receive, send)
    status = sent[0]["status"]
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return status, body


class _Next(msgspec.Struct):
    next: str | None = None


def _paths(app: Any, plan: list[list[Any]], count: int) -> list[str]:
    """The first ``count`` searches with the second page of those followed, as the clients send them."""

    async def gather() -> list[str]:
        paths = []
        for _kind, path, follow in plan[:count]:
            paths.append(path)
            if follow:
                status, body = await _call(app, path)
                cursor = msgspec.json.decode(body, type=_Next).next if status == 200 else None
                if cursor is not None:
                    paths.append(f"{path}&cursor={urllib.parse.quote(cursor)}")
        return paths

    return asyncio.run(gather())


def _cpu_ms_each(run: Callable[[], None], answers: int) -> float:
    started = time.process_time()
    run()
    return 1000 * (time.process_time() - started) / answers


def _store_search(db: str, paths: list[str]) -> Callable[[], None]:
    store = open_store(db)

    def run() -> None:
        for path in paths:
            params = dict(urllib.parse.parse_qsl(path.partition("?")[2]))
            text = params.pop("q", None)
            limit = int(params.pop("limit", "20"))
            fields: dict[str, Any] = {QUERY_NAMES.get(k, k): v for k, v in params.items()}
            store.search(make_query(text, limit=limit, **fields))

    return run


def _through_app(app: Any, paths: list[str], concurrent: int) -> Callable[[], None]:
    async def each() -> None:
        gate = asyncio.Semaphore(concurrent)

        async def one(path: str) -> None:
            async with gate:
                status, _ = await _call(app, path)
                assert status == 200, (status, path)

        await asyncio.gather(*(one(path) for path in paths))

    return lambda: asyncio.run(each())


def _cost(db: str, plan_file: Path, searches: int, concurrent: int) -> None:
    plan = json.loads(plan_file.read_text())
    uncached = create_app(load_settings({"db": db, "query_cache_bytes": 0}))
    paths = _paths(uncached, plan, searches)
    figures: dict[str, float] = {"load_1min": os.getloadavg()[0], "answers": len(paths)}
    _store_search(db, paths)()  # the pages the searches read, into the OS cache
    figures["store_ms"] = _cpu_ms_each(_store_search(db, paths), len(paths))
    figures["route_ms"] = _cpu_ms_each(_through_app(uncached, paths, 1), len(paths))
    figures[f"route_x{concurrent}_ms"] = _cpu_ms_each(_through_app(uncached, paths, concurrent), len(paths))
    cached = create_app(load_settings({"db": db}))
    _through_app(cached, paths, 1)()
    figures["cached_ms"] = _cpu_ms_each(_through_app(cached, paths, 1), len(paths))
    figures["load_1min_after"] = os.getloadavg()[0]
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    plan = sub.add_parser("plan")
    plan.add_argument("db")
    plan.add_argument("out", type=Path)
    cost = sub.add_parser("cost")
    cost.add_argument("db")
    cost.add_argument("plan", type=Path)
    cost.add_argument("--searches", type=int, default=1000)
    cost.add_argument("--concurrent", type=int, default=50)
    args = parser.parse_args()
    if args.command == "plan":
        asyncio.run(_plan(args.db, args.out))
    else:
        _cost(args.db, args.plan, args.searches, args.concurrent)


if __name__ == "__main__":
    main()
