"""Cached answers given before routing: a read the ``ResponseCache`` holds is found again by its
request line (path and query string) and sent at once.

Matching the route and validating a dozen query parameters cost a cached answer most of its time
(FastAPI's dependency solving, on the event loop's thread, which every request shares). The first
time a request line is answered by a cached read route (``reads.cached_answers``), the route's cache
key is noted for that line; the next time, the line gives the key and the key the bytes, with the
same status and headers as the route's own cached answer. Only lines whose route reached the cache
are noted, so every refusal (a bad parameter, a NUL, a missing token) still goes through the route;
with reads behind the token this shortcut is not installed at all.
"""

from __future__ import annotations

from collections.abc import Hashable
from contextvars import ContextVar

from starlette.types import ASGIApp, Receive, Scope, Send

from quotegraph.server.cache import ResponseCache

__all__ = ["MAX_LINES", "CachedReads", "note_cache_key"]

MAX_LINES = 100_000  # request lines remembered (some MB); all forgotten at once when full
_HIT_HEADERS = [(b"x-cache", b"hit"), (b"content-type", b"application/json")]

_answered: ContextVar[list[Hashable] | None] = ContextVar("quotegraph_answered", default=None)


def note_cache_key(key: Hashable) -> None:
    """Called by a cached read route with its key: the request line being answered gets it."""
    keys = _answered.get()
    if keys is not None:
        keys.append(key)


class CachedReads:
    """ASGI middleware in front of the application (public reads only)."""

    def __init__(self, app: ASGIApp, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache
        self._keys: dict[tuple[str, bytes], Hashable] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        line = (scope["path"], scope["query_string"])
        key = self._keys.get(line)
        body = None if key is None else self.cache.get(key)
        if body is not None:
            headers = [(b"content-length", str(len(body)).encode()), *_HIT_HEADERS]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        keys: list[Hashable] = []
        token = _answered.set(keys)
        try:
            await self.app(scope, receive, send)
        finally:
            _answered.reset(token)
        if len(keys) == 1:
            if len(self._keys) >= MAX_LINES:
                self._keys.clear()
            self._keys[line] = keys[0]
