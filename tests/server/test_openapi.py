"""The spec describes every route with schemas generated from the model, and the docs work offline."""

from __future__ import annotations

import re

import msgspec
from fastapi.testclient import TestClient

from quotegraph.model.corpus import CorpusStats
from quotegraph.server.wire import ArticlePage, ErrorBody, schema_components

API_OPERATIONS = {
    ("get", "/api/attributions"),
    ("get", "/api/speakers"),
    ("get", "/api/speakers/{speaker_id}"),
    ("get", "/api/articles/{article_id}"),
    ("delete", "/api/articles/{article_id}"),
    ("get", "/api/outlets"),
    ("get", "/api/outlets/{name}"),
    ("get", "/api/stats"),
    ("get", "/api/statements"),
    ("get", "/api/statements/{statement_id}"),
    ("post", "/api/extract"),
    ("post", "/api/articles"),
    ("get", "/api/analytics"),
    ("get", "/api/analytics/quoted"),
    ("get", "/api/analytics/pair"),
    ("get", "/api/analytics/genders"),
}


def test_the_spec_is_openapi_3_1_with_every_api_operation(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    operations = {(method, path) for path, item in spec["paths"].items() for method in item}
    assert operations == API_OPERATIONS


def test_response_schemas_are_the_model_types(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    generated = schema_components()
    assert {name: schemas[name] for name in generated} == generated
    _, direct = msgspec.json.schema_components([CorpusStats], ref_template="#/components/schemas/{name}")
    assert schemas["CorpusStats"]["properties"].keys() == direct["CorpusStats"]["properties"].keys()
    search = spec["paths"]["/api/attributions"]["get"]["responses"]
    assert search["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ArticlePage"}
    assert ArticlePage.__name__ in schemas and "HTTPValidationError" not in schemas


def test_every_error_status_is_declared_with_the_error_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for item in spec["paths"].values():
        for operation in item.values():
            responses = operation["responses"]
            assert "422" not in responses and {"400", "500"} <= set(responses)
            for status, response in responses.items():
                if status.startswith(("4", "5")):
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": f"#/components/schemas/{ErrorBody.__name__}"}


def test_writes_declare_the_bearer_scheme(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert spec["paths"]["/api/articles"]["post"]["security"] == [{"HTTPBearer": []}]
    assert "security" not in spec["paths"]["/api/stats"]["get"]  # reads are public here


def test_the_docs_page_loads_nothing_from_another_host(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href|url)\s*[=:]\s*['"]([^'"]+)['"]""", page.text)
    assert urls and all(u.startswith("/") for u in urls), urls
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"):
        assert client.get(f"/docs/assets/{asset}").status_code == 200


def test_the_web_pages_and_their_static_files_are_mounted(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert client.get("/static/htmx.min.js").status_code == 200
