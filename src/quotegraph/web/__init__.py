"""The web interface: server-rendered pages over a corpus, mounted by the HTTP server.

``web_router`` gives the pages as a FastAPI router; the server mounts it with ``STATIC_DIR`` at
``/static``. Pages read the corpus through the ``Store`` protocol and extract pasted articles through
the ``Extractor`` the server supplies (this layer never imports the NLP layer).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quotegraph.settings import Settings
from quotegraph.store import Store
from quotegraph.web.extractor import Extractor

if TYPE_CHECKING:
    from fastapi import APIRouter
    from fastapi.responses import HTMLResponse

__all__ = ["STATIC_DIR", "Extractor", "error_page", "web_router"]

STATIC_DIR = Path(__file__).parent / "static"


def error_page(status: int, message: str) -> HTMLResponse:
    """The page a browser gets when a request to a page fails (the API answers JSON instead)."""
    from quotegraph.web.pages import error_page as render

    return render(status, message)


def web_router(store: Store, extractor: Extractor, settings: Settings) -> APIRouter:
    from quotegraph.web.views import build_router

    return build_router(store, extractor, settings)
