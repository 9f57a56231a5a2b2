"""The HTTP application: the JSON API under ``/api``, the web pages, the spec and its docs page."""

from __future__ import annotations

import gc
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles

import quotegraph
from quotegraph.server.analytics import GraphAnalyst, analytics_router
from quotegraph.server.cache import ResponseCache, SharedCache, corpus_version
from quotegraph.server.errors import install_error_handlers
from quotegraph.server.extractor import ArticleExtractor, PipelineExtractor
from quotegraph.server.hits import CachedReads
from quotegraph.server.limits import BodyLimit
from quotegraph.server.openapi import install_docs, install_openapi
from quotegraph.server.reads import read_router
from quotegraph.server.statements import statement_router
from quotegraph.server.writes import write_router
from quotegraph.settings import Settings, load_settings
from quotegraph.store import Store, open_store
from quotegraph.web import STATIC_DIR, web_router

__all__ = ["SERVING_SWITCH_INTERVAL", "create_app", "create_app_from_env", "prepare_serving_process"]

SERVING_SWITCH_INTERVAL = 0.0005  # s; a tenth of the default, so the loop waits at most this on a busy thread

DESCRIPTION = """Who said what, to whom, through which channel, when: search a corpus of attributions
extracted from news articles, extract an article, store articles.

Every error answers `{"error": {"code", "message"}}`. Writes need `Authorization: Bearer TOKEN`."""


def create_app(settings: Settings, store: Store | None = None, extractor: ArticleExtractor | None = None) -> FastAPI:
    """The application over ``store`` (opened from ``settings.db`` when not given) with ``extractor``
    (by default the spaCy pipeline, loaded on the first extraction)."""
    owned = store is None
    store = store if store is not None else open_store(settings.db, busy_timeout=settings.db_timeout)
    extractor = extractor if extractor is not None else PipelineExtractor(settings)
    version = corpus_version(store)
    cache = (
        SharedCache(Path(settings.shared_cache), settings.query_cache_bytes, version)
        if settings.shared_cache and settings.query_cache_bytes
        else ResponseCache(settings.query_cache_bytes, version)
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if isinstance(cache, SharedCache):
            cache.close()
        if owned:  # a store given by the caller is the caller's to close
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="quotegraph",
        version=quotegraph.__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.public_reads and settings.query_cache_bytes:  # with the token, every read goes through its guard
        app.add_middleware(CachedReads, cache=cache)
    api = [
        read_router(store, settings, cache),
        analytics_router(store, settings, cache),
        statement_router(store, settings, cache),
        write_router(store, extractor, settings, cache),
    ]
    pages = web_router(store, extractor, settings, analyst=GraphAnalyst(store, version))
    for router in api:
        app.include_router(router)
    install_docs(app)
    install_openapi(app)
    app.include_router(pages)
    app.state.method_routes = [r for router in (*api, pages) for r in router.routes if isinstance(r, APIRoute)]
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.state.store = store
    app.state.cache = cache
    return app


def prepare_serving_process() -> None:
    """Lets the event loop take the interpreter back soon from a thread answering a search, and
    keeps the collector's full passes off what the process has built to serve.

    A search that misses the cache runs in a worker thread; with the interpreter's default switch
    interval the loop waits up to 5 ms for its turn each time that thread holds it, so every cached
    answer queued behind one uncached search waits too. The modules, the application and its routes
    live as long as the process: frozen out of the cyclic collector once the application is built,
    a full collection no longer walks them. Under ``quotegraph bench serve`` on a 10^6 corpus one
    ran every 6 to 9 s, freed nothing, and held the interpreter (every request waiting) for 124 to
    159 ms of CPU at a load of 5 to 7; frozen, 19 to 40 ms. Process-wide, hence called only where a
    process is made to serve (``quotegraph serve`` and its worker processes), after ``create_app``."""
    sys.setswitchinterval(SERVING_SWITCH_INTERVAL)
    gc.collect()  # what startup left as garbage is not kept for ever
    gc.freeze()


def create_app_from_env() -> FastAPI:
    """The application from the settings in the environment (uvicorn's factory for worker processes)."""
    app = create_app(load_settings())
    prepare_serving_process()
    return app
