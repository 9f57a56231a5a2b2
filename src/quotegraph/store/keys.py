"""Keys that group rows across articles: a speaker's normalized name, an article's outlet.

Grouping by normalized canonical name is all the store does (one person with two spellings stays
two); identity across articles on evidence is the corpus-speaker work built on top of this.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import urlsplit

from quotegraph.model import ArticleResult
from quotegraph.model.periods import ISO_DAY_CHARS

__all__ = ["is_named", "normalize_name", "outlet_of", "published_day", "speaker_key"]

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"})
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Input fields that name the publication, most specific first (PolNeAR says "publisher", trafilatura "sitename").
OUTLET_FIELDS = ("outlet", "publisher", "sitename", "site", "source_name")


def normalize_name(name: str) -> str:
    """Case, accents, punctuation and a leading article do not tell two names apart:
    "Karla Sofía Gascón" and "karla sofia gascon" share a key, as "The White House" and "White House"."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _SPACES.sub(" ", _NOT_WORD.sub(" ", bare)).strip()
    return _LEADING_ARTICLE.sub("", words)


def is_named(name: str) -> bool:
    """A proper name ("Jacques Audiard", "The Hollywood Reporter") rather than a description ("the
    actress", "a source"): some word is capitalised and is not a determiner opening the phrase."""
    words = name.split()
    return any(w[:1].isupper() and not (i == 0 and w.lower() in _DETERMINERS) for i, w in enumerate(words))


@functools.lru_cache(maxsize=100_000)
def speaker_key(name: str) -> str | None:
    """A named entity's key; None for a description ("the actress"), which is nobody across articles.
    (Cached: the same names recur in every batch.)"""
    key = normalize_name(name)
    return key if key and is_named(name) else None


def outlet_of(result: ArticleResult) -> str | None:
    """The outlet an input field names, else the host of the article's URL (without "www.")."""
    meta: Mapping[str, object] = result.meta
    for field in OUTLET_FIELDS:
        value = meta.get(field)
        if isinstance(value, str) and value.strip():
            return value.strip()
    if result.url:
        host = urlsplit(result.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def published_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day of an ISO date or timestamp; None for anything else."""
    if value and _ISO_DAY.match(value):
        return value[:ISO_DAY_CHARS]
    return None
