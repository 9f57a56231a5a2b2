"""Reading PolNeAR-style JSONL and parsing it once, with the parsed Docs cached outside the repository."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin

from quotegraph.errors import InputError
from quotegraph.model.codec import read_json_lines
from quotegraph.nlp.candidates import CharSpan
from quotegraph.settings import Settings

__all__ = ["DEFAULT_CACHE", "WEIGHTS", "GoldArticle", "GoldAttribution", "article_range", "load_gold", "parsed_docs"]

# Parsed corpora live outside the repository; training and measuring take --cache to move them.
WEIGHTS = Path(__file__).resolve().parents[1] / "find" / "weights"  # where the shipped models live
DEFAULT_CACHE = Path.home() / ".cache" / "quotegraph" / "find"


@dataclass(frozen=True)
class GoldAttribution:
    content: list[CharSpan]
    cue: list[CharSpan]
    source: list[CharSpan]


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _char_spans(raw: Any) -> list[CharSpan]:
    return [(int(s), int(e)) for s, e in raw]


def _gold_article(row: dict[str, Any]) -> GoldArticle:
    attributions = [
        GoldAttribution(
            _char_spans(a.get("content", [])), _char_spans(a.get("cue", [])), _char_spans(a.get("source", []))
        )
        for a in row.get("attributions", [])
    ]
    return GoldArticle(id=str(row["id"]), text=str(row["text"]), attributions=attributions)


def load_gold(path: Path) -> list[GoldArticle]:
    """Every article of a JSONL file; a malformed line is an InputError naming the line."""
    articles = []
    for where, row in read_json_lines(path, "gold articles"):
        try:
            articles.append(_gold_article(row))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{where}: not a gold article ({exc})") from exc
    return articles


def article_range(skip: int = 0, limit: int = 0) -> slice:
    """The articles from number ``skip`` on, ``limit`` of them (all when 0): one cross-validation fold."""
    return slice(skip, skip + limit if limit else None)


# hex digits of the gold file's SHA-256 in a parse cache's name: enough to tell the versions of one file apart
_CACHE_DIGEST_HEX = 16


def _cache_file(path: Path, model: str, cache_dir: Path) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:_CACHE_DIGEST_HEX]
    return cache_dir / f"{path.stem}-{model}-{digest}.spacy"


def parsed_docs(
    path: Path, articles: list[GoldArticle], cache_dir: Path = DEFAULT_CACHE, settings: Settings | None = None
) -> Iterator[Doc]:
    """The articles parsed by the base spaCy pipeline, in order; parsed once, then read from the cache."""
    settings = settings or Settings()
    nlp = spacy.load(settings.spacy_model)
    cache = _cache_file(path, settings.spacy_model, cache_dir)
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(
            attrs=["ORTH", "NORM", "TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE", "SENT_START"]
        )
        for doc in nlp.pipe((a.text for a in articles), batch_size=settings.batch_size):
            bin_.add(doc)
        bin_.to_disk(cache)
    yield from DocBin().from_disk(cache).get_docs(nlp.vocab)
