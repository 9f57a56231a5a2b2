"""The OpenAPI 3.1 spec: FastAPI's description of the routes, with the bodies' schemas from msgspec.

Routes answer with bytes that msgspec encodes, so FastAPI knows nothing of their shape: each route
names its types through ``responses``/``body`` below, and the spec's components are generated
from those types (``wire.schema_components``). FastAPI's own 422 answers are replaced by the 400
the error handlers give, and the docs page loads Swagger UI from files shipped in the package.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from quotegraph.server.wire import ErrorBody, ref, schema_components

__all__ = ["SWAGGER_DIR", "body", "install_docs", "install_openapi", "responses"]

SWAGGER_DIR = Path(__file__).parent / "static"  # swagger-ui-dist, copied by `make vendor-swagger-ui`
DOCS_ASSETS = "/docs/assets"

_ERROR_MEANING = {
    400: "the request is malformed or a value is invalid",
    401: "no API token was sent",
    403: "the API token is wrong, or the server has none (writes are then disabled)",
    404: "no such item",
    413: "the body or the text is over the server's limit",
    500: "an unexpected error (the server's log has the details)",
    503: "the corpus cannot be reached, or too many extractions are waiting",
}


def responses(ok: type[Any] | None, *errors: int, status: int = 200) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` argument of a route answering ``ok`` (None: no body) or one of ``errors``."""
    described: dict[int | str, dict[str, Any]] = {
        status: {"description": HTTPStatus(status).phrase}
        if ok is None
        else {"description": HTTPStatus(status).phrase, "content": {"application/json": {"schema": ref(ok)}}}
    }
    for code in sorted({400, 500, *errors}):
        described[code] = {
            "description": _ERROR_MEANING[code],
            "content": {"application/json": {"schema": ref(ErrorBody)}},
        }
    return described


def body(cls: type[Any]) -> dict[str, Any]:
    """The ``openapi_extra`` of a route whose JSON body is a ``cls``."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref(cls)}}}}


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                openapi_version=app.openapi_version,
                description=app.description,
                routes=app.routes,
            )
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            for name in ("HTTPValidationError", "ValidationError"):
                schemas.pop(name, None)
            schemas.update(schema_components())
            for operations in spec.get("paths", {}).values():
                for operation in operations.values():
                    operation.get("responses", {}).pop("422", None)
                    for parameter in operation.get("parameters", []):
                        parameter["schema"] = _without_null(parameter["schema"])
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A parameter's schema without FastAPI's ``anyOf [X, null]``: a query string cannot hold a null,
    an absent parameter is how a client leaves it out."""
    choices = [c for c in schema.get("anyOf", ()) if c != {"type": "null"}]
    if len(choices) != 1 or len(schema["anyOf"]) != 2:
        return schema
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    return {**choices[0], **rest}


def install_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI from the package's own copy, so the page works offline."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},  # no call to swagger.io's validator
        )

    app.mount(DOCS_ASSETS, StaticFiles(directory=SWAGGER_DIR), name="docs-assets")
