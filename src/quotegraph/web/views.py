"""The pages (work in progress: only the corpus overview exists yet)."""

from __future__ import annotations

import html

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from quotegraph.settings import Settings
from quotegraph.store import Store
from quotegraph.web.extractor import Extractor

__all__ = ["build_router"]


def build_router(store: Store, extractor: Extractor, settings: Settings) -> APIRouter:
    router = APIRouter()

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        stats = store.stats()
        return (
            "<!doctype html><html lang='en'><title>quotegraph</title><h1>quotegraph</h1>"
            f"<p>{stats.attributions:,} attributions in {stats.articles:,} articles "
            f"({html.escape(stats.first or '')} to {html.escape(stats.last or '')})</p></html>"
        )

    return router
