"""quotegraph: who said what, to whom, through which channel, when, and who reported it.

>>> import quotegraph
>>> result = quotegraph.extract('"We will win," the senator said.')  # doctest: +SKIP
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quotegraph.errors import ConfigError, InputError, PipelineError, QuotegraphError, StoreError
from quotegraph.model import (
    Article,
    ArticleResult,
    Attribution,
    Entity,
    Excerpt,
    Failure,
    Mention,
    SpeakerRef,
    TextSpan,
    TimeRef,
)
from quotegraph.settings import Settings, load_settings

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is needed: readers and writers stay light
    from spacy.language import Language

    from quotegraph.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleResult",
    "Attribution",
    "ConfigError",
    "Entity",
    "Excerpt",
    "Failure",
    "InputError",
    "Mention",
    "PipelineError",
    "QuotegraphError",
    "Settings",
    "SpeakerRef",
    "StoreError",
    "TextSpan",
    "TimeRef",
    "__version__",
    "extract",
    "load_pipeline",
    "load_settings",
    "open_store",
]


def open_store(url: str | None = None) -> Store:
    """The corpus at ``url`` (an SQLite path or a ``postgresql://`` URL; default: the ``db`` setting),
    created or migrated as needed. Raises ``StoreError`` when it cannot be opened."""
    from quotegraph.store import open_store as _open

    settings = load_settings()
    return _open(url or settings.db, busy_timeout=settings.db_timeout)


def load_pipeline(settings: Settings | None = None) -> Language:
    """The spaCy pipeline with quotegraph's component added (results on ``doc._.attributions``)."""
    from quotegraph.nlp import load_pipeline as _load

    return _load(settings)


@lru_cache(maxsize=1)
def _default_pipeline() -> Language:
    return load_pipeline(load_settings())


def extract(text: str, published: str | None = None, *, id: str = "article") -> ArticleResult:
    """Every attribution in ``text``. ``published`` (ISO date) resolves relative times like "on Friday".

    Raises ``InputError`` for empty or unusable text (or not a ``str``: bytes are decoded by the
    caller, who knows their encoding) and ``PipelineError`` when the model is missing.
    """
    from quotegraph.nlp import extract_article

    if not isinstance(text, str):
        raise InputError(f"the text must be a str, not {type(text).__name__}")

    return extract_article(_default_pipeline(), Article(id=id, text=text, published=published))
