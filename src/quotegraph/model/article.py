"""Articles in, results and failures out."""

from __future__ import annotations

from typing import Any

import msgspec

from quotegraph.model.attribution import Attribution
from quotegraph.model.entity import Entity

__all__ = ["HTML_SUFFIXES", "SCHEMA_VERSION", "Article", "ArticleResult", "Failure"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""File names that hold a web page, whatever reads them: the ``html`` input reader of ``batch`` and
``extract`` and the web form's upload both read these, so a page is read as HTML everywhere or
nowhere. XHTML is HTML written as XML; trafilatura reads it as it reads any page."""

SCHEMA_VERSION = "1.1"
"""1.1 added ``title``, ``url`` and ``model_version`` to a result, ``type`` to an attribution, ``head``
and ``lemma`` to its cue and ``carried`` to its channel, addressee and time; 1.0 results still read."""


class Article(msgspec.Struct, frozen=True, gc=False):
    """One input document. ``published`` is an ISO date used to resolve "on Friday";
    ``meta`` holds the input's other fields, carried through to the output untouched."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    meta: dict[str, Any] = {}


class ArticleResult(msgspec.Struct, frozen=True, gc=False):
    """Everything found in one article. ``text`` is None when the caller asked to omit it;
    ``model_version`` names the code and weights that produced the attributions."""

    id: str
    entities: tuple[Entity, ...]
    attributions: tuple[Attribution, ...]
    text: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    meta: dict[str, Any] = {}
    schema_version: str = SCHEMA_VERSION
    model_version: str | None = None


class Failure(msgspec.Struct, frozen=True, gc=False):
    """A document that could not be processed: which one, where it came from, and why."""

    id: str
    source: str
    reason: str
    error: str = "InputError"
