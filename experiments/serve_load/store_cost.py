"""What the store's search costs in CPU on ``quotegraph bench serve``'s mix, by kind of search.

    .venv/bin/python experiments/serve_load/store_cost.py kinds DB PLAN.json [--searches N] [--rounds R]
    .venv/bin/python experiments/serve_load/store_cost.py connections DB PLAN.json [--searches N]

``PLAN.json`` is written by ``run.py plan``. ``kinds`` times the first N searches and the second
pages the benchmark follows, each the best of R rounds on one connection (the least disturbed of
its runs on a shared machine), and prints the mean CPU ms by kind (count, mean, slowest).
``connections`` runs the first N searches once, in turn over 40 connections as the server's 40
threads do, each connection starting cold, and prints the CPU ms a search with its system share
(reads of pages outside the memory map are system calls).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path
from typing import Any

from quotegraph.store import Query, Store, make_query, open_store

QUERY_NAMES = {"type": "types"}
SERVER_THREADS = 40  # anyio's worker threads, each with its own connection


def _query(path: str, cursor: str | None = None) -> Query:
    params = dict(urllib.parse.parse_qsl(path.partition("?")[2]))
    text = params.pop("q", None)
    limit = int(params.pop("limit", "20"))
    fields: dict[str, Any] = {QUERY_NAMES.get(k, k): v for k, v in params.items()}
    return make_query(text, limit=limit, cursor=cursor, **fields)


def _kinds(store: Store, plan: list[list[Any]], rounds: int) -> dict[str, Any]:
    searches: list[tuple[str, Query]] = []
    for kind, path, follow in plan:
        searches.append((kind, _query(path)))
        cursor = store.search(_query(path)).next if follow else None
        if cursor is not None:
            searches.append((kind, _query(path, cursor)))
    best = [float("inf")] * len(searches)
    for _ in range(rounds):
        for i, (_kind, query) in enumerate(searches):
            started = time.process_time()
            store.search(query)
            best[i] = min(best[i], time.process_time() - started)
    by_kind: dict[str, list[float]] = defaultdict(list)
    for (kind, _), spent in zip(searches, best, strict=True):
        by_kind[kind].append(spent)
    figures: dict[str, Any] = {"answers": len(searches), "mean_ms": round(1000 * sum(best) / len(best), 3)}
    for kind, times in sorted(by_kind.items()):
        figures[kind] = [len(times), round(1000 * sum(times) / len(times), 3), round(1000 * max(times), 1)]
    return figures


def _connections(db: str, plan: list[list[Any]]) -> dict[str, Any]:
    stores = [open_store(db) for _ in range(SERVER_THREADS)]
    queries = [_query(path) for _kind, path, _follow in plan]
    before, started = resource.getrusage(resource.RUSAGE_SELF), time.process_time()
    for i, query in enumerate(queries):
        stores[i % SERVER_THREADS].search(query)
    spent, after = time.process_time() - started, resource.getrusage(resource.RUSAGE_SELF)
    return {
        "searches": len(queries),
        "cpu_ms": round(1000 * spent / len(queries), 3),
        "system_ms": round(1000 * (after.ru_stime - before.ru_stime) / len(queries), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("mode", choices=["kinds", "connections"])
    parser.add_argument("db")
    parser.add_argument("plan", type=Path)
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    plan = json.loads(args.plan.read_text())[: args.searches]
    load = os.getloadavg()[0]
    figures = _kinds(open_store(args.db), plan, args.rounds) if args.mode == "kinds" else _connections(args.db, plan)
    print(json.dumps({"load_1min": round(load, 2), **figures, "load_1min_after": round(os.getloadavg()[0], 2)}))


if __name__ == "__main__":
    main()
