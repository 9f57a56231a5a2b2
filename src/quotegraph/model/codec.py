"""The wire format: ArticleResult <-> JSON, and the JSON Schema that describes it.

This is the only module that knows how results are serialised. One result is one JSON object
(one line in JSONL output); its ``schema_version`` names the version of the format, and the JSON
Schema of that version ships in ``model/schema/article-result.v1.json``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import msgspec

from quotegraph.errors import InputError
from quotegraph.model.article import SCHEMA_VERSION, ArticleResult
from quotegraph.model.corpus import Hit
from quotegraph.model.jsonlines import NOT_JSON, json_lines

__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "decode_result",
    "encode_result",
    "generate_schema",
    "hit_builtins",
    "load_schema",
    "read_json_lines",
]

SCHEMA_FILE = "article-result.v1.json"
SCHEMA_ID = "https://github.com/quotegraph/quotegraph/schema/article-result.v1.json"

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(ArticleResult)


def encode_result(result: ArticleResult) -> bytes:
    """One result as compact JSON, without a trailing newline."""
    return _ENCODER.encode(result)


def hit_builtins(hit: Hit) -> dict[str, Any]:
    """A search hit as the API and ``search --format jsonl`` write it: the attribution as in the
    result schema, plus ``article`` (id, outlet, published, title, url), ``matches`` (offsets
    into the content's text) and ``speaker_id`` (the corpus speaker, or null)."""
    row: dict[str, Any] = msgspec.to_builtins(hit.attribution)
    row["article"] = msgspec.to_builtins(hit.article)
    row["matches"] = msgspec.to_builtins(hit.matches)
    row["speaker_id"] = hit.speaker_id
    return row


def decode_result(data: bytes | str) -> ArticleResult:
    """Reads back what ``encode_result`` wrote; raises ``InputError`` on anything else."""
    try:
        result = _DECODER.decode(data)
    except NOT_JSON as exc:
        raise InputError(f"not a quotegraph result: {exc}") from exc
    major = result.schema_version.split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise InputError(f"result has schema version {result.schema_version}; this reader knows {SCHEMA_VERSION}")
    return result


def generate_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one result, derived from the model types."""
    # through JSON and back, so it compares equal to the loaded file (msgspec gives tuples in places)
    schema: dict[str, Any] = json.loads(msgspec.json.encode(msgspec.json.schema(ArticleResult)))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"quotegraph article result, schema version {SCHEMA_VERSION}",
        **schema,
    }


def read_json_lines(path: Path, what: str) -> Iterator[tuple[str, Any]]:
    """Each non-blank line of a JSON Lines file (gzipped when its name ends in ``.gz``), decoded, with where it is
    (``path:line``) for the caller's own messages. A file that cannot be read, or a line that is not JSON, is an
    ``InputError`` saying which ``what`` (gold file, labels...) and which line."""

    def row(line: bytes, number: int) -> tuple[str, Any]:
        where = f"{path}:{number}"
        try:
            return where, json.loads(line)
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: cannot read {what}: line {number}: {exc}") from exc
        except (json.JSONDecodeError, RecursionError) as exc:  # RecursionError: nested deeper than Python recurses
            raise InputError(f"{where}: not a line of {what}: {exc}") from exc

    def broken(number: int, exc: Exception) -> tuple[str, Any]:
        raise InputError(f"{path}: cannot read {what} from line {number}: {exc}") from exc

    try:
        with gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb") as lines:
            yield from json_lines(lines, row, broken=broken)
    except OSError as exc:
        raise InputError(f"{path}: cannot read {what}: {exc}") from exc


def load_schema() -> dict[str, Any]:
    """The JSON Schema shipped with the package (kept equal to ``generate_schema()`` by a test)."""
    text = resources.files("quotegraph.model").joinpath("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


if __name__ == "__main__":  # regenerate the shipped schema: python -m quotegraph.model.codec > path
    print(json.dumps(generate_schema(), indent=2, ensure_ascii=False))
