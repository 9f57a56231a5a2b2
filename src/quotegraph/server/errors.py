"""One JSON shape for every 4xx and 5xx: ``{"error": {"code", "message"}}``.

The exception tree maps to statuses here and nowhere else:

=====================================  ======  ===================
raised                                 status  code
=====================================  ======  ===================
request not JSON, wrong types, fields  400     invalid_request
``QueryError`` (search text, date...)  400     invalid_query
``InputError`` (empty or binary text)  400     invalid_input
no / wrong bearer token                401/403 unauthorized/forbidden
unknown id or route                    404     not_found
wrong method                           405     method_not_allowed
body or text over its limit            413     too_large
``StoreError``                         503     store_unavailable
extraction queue full                  503     busy
``PipelineError``, anything else       500     extraction_failed/internal_error
=====================================  ======  ===================

Messages of 5xx answers are fixed sentences: the store's own message may name a database URL
with its password, and a stack trace helps no client, so both go to the server's log only.

A request for a web page (any path outside ``/api``, the spec and its docs) gets the same status
and message as an HTML page instead: a person reads it in a browser.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.routing import Match

from quotegraph.errors import InputError, PipelineError, QueryError, QuotegraphError, StoreError, TooLargeError
from quotegraph.server.wire import ErrorBody, ErrorDetail, encode
from quotegraph.web import error_page

__all__ = ["ApiError", "Busy", "error_response", "install_error_handlers"]

log = logging.getLogger("quotegraph.server")

_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    503: "unavailable",
}


class ApiError(QuotegraphError):
    """An answer other than success decided by the HTTP layer itself (auth, unknown id, limits)."""

    def __init__(self, status: int, message: str, *, code: str | None = None, headers: Mapping[str, str] = {}):
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.headers = dict(headers)


class Busy(QuotegraphError):
    """Too many extractions are already waiting for the pipeline."""


_JSON_PATHS = ("/api/", "/api", "/openapi.json", "/docs")


def error_response(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None, *, path: str = "/api"
) -> Response:
    if not path.startswith(_JSON_PATHS):
        page = error_page(status, message)
        page.headers.update(headers or {})
        return page
    body = encode(ErrorBody(ErrorDetail(code=code, message=message)))
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def _describe(exc: QuotegraphError) -> tuple[int, str, str]:
    if isinstance(exc, ApiError):
        return exc.status, exc.code, str(exc)
    if isinstance(exc, TooLargeError):
        return 413, "too_large", str(exc)
    if isinstance(exc, QueryError):
        return 400, "invalid_query", str(exc)
    if isinstance(exc, InputError):
        return 400, "invalid_input", str(exc)
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc)
        return 503, "store_unavailable", "the corpus cannot be read or written at the moment; try again later"
    if isinstance(exc, Busy):
        return 503, "busy", str(exc)
    if isinstance(exc, PipelineError):
        log.error("extraction failed: %s", exc)
        return 500, "extraction_failed", "the extraction pipeline failed on this article"
    log.error("unexpected %s: %s", type(exc).__name__, exc)
    return 500, "internal_error", "an unexpected error occurred"


def _validation_message(exc: RequestValidationError) -> str:
    """Where and what, from pydantic's list of errors, without echoing the input back."""
    parts = []
    for error in exc.errors()[:5]:
        where = " ".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


async def _on_quotegraph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, QuotegraphError)  # for mypy only: Starlette calls it for this class alone
    status, code, message = _describe(exc)
    headers = exc.headers if isinstance(exc, ApiError) else None
    if isinstance(exc, Busy):
        headers = {"Retry-After": "5"}
    return error_response(status, code, message, headers, path=request.url.path)


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)  # for mypy only: Starlette calls it for this class alone
    phrase = HTTPStatus(exc.status_code).phrase if exc.status_code in HTTPStatus._value2member_map_ else "error"
    message = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else _default_message(request, exc)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(_allowed_methods(request)) or headers.get("Allow", "")
    return error_response(
        exc.status_code, _CODES.get(exc.status_code, "error"), message, headers, path=request.url.path
    )


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route answers on this path: starlette names only those of the first route
    that matches it, and reading and deleting an article are two routes (``app.state.method_routes``
    lists the routes of the included routers)."""
    methods: set[str] = set()
    for route in getattr(request.app.state, "method_routes", ()):
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods.update(route.methods or ())
    return sorted(methods)


def _default_message(request: Request, exc: HTTPException) -> str:
    if exc.status_code == 404:
        return f"no such resource: {request.url.path}"
    if exc.status_code == 405:
        return f"{request.method} is not allowed on {request.url.path}"
    return str(exc.detail)


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)  # for mypy only: Starlette calls it for this class alone
    return error_response(400, "invalid_request", _validation_message(exc), path=request.url.path)


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "an unexpected error occurred", path=request.url.path)


def install_error_handlers(app: FastAPI) -> None:
    handlers: dict[Any, Any] = {
        QuotegraphError: _on_quotegraph_error,
        HTTPException: _on_http_exception,
        RequestValidationError: _on_validation_error,
        Exception: _on_unexpected,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
