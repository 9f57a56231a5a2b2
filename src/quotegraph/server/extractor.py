"""The server's extractor: the spaCy pipeline, loaded once on first use, run off the event loop.

Extraction takes a CPU for a fraction of a second per article, so it runs in a worker thread, one
extraction at a time (a capacity limiter of 1: the pipeline is not made for concurrent calls and
two would only share the same cores), while the event loop keeps answering reads. At most
``MAX_WAITING`` extractions may wait their turn; more are refused (503) rather than queued without
bound.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio
import anyio.to_thread
import msgspec

from quotegraph.errors import InputError, QuotegraphError, TooLargeError
from quotegraph.io.html import extract_html
from quotegraph.io.ids import article_id
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.model.periods import checked_day
from quotegraph.server.errors import Busy
from quotegraph.settings import Settings
from quotegraph.web.extractor import Extractor

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MAX_WAITING",
    "ArticleExtractor",
    "ArticleSource",
    "PipelineExtractor",
    "SerialWorker",
    "check_length",
    "to_article",
]

MAX_WAITING = 8  # extractions queued behind the running one; past this a client waits minutes

T = TypeVar("T")


@dataclass(frozen=True)
class ArticleSource:
    """An article as a client sends it: ``text`` or ``html`` (exactly one) and what is known of it."""

    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class ArticleExtractor(Extractor, Protocol):
    """The web pages' ``Extractor`` plus the batch the API's ``POST /api/articles`` needs."""

    async def extract_articles(self, sources: Sequence[ArticleSource]) -> list[ArticleResult | Failure]:
        """One outcome per source, in order: a result, or a Failure saying why it could not be used."""
        ...


def check_length(text: str, settings: Settings) -> None:
    if len(text) > settings.max_extract_chars:
        raise TooLargeError(
            f"the text has {len(text):,} characters; this server extracts at most {settings.max_extract_chars:,}"
            " (max_extract_chars)"
        )


def to_article(source: ArticleSource, settings: Settings) -> Article:
    """The article to extract; raises ``InputError`` (``TooLargeError`` for a long text) when unusable."""
    if (source.text is None) == (source.html is None):
        raise InputError("give the article as `text` or as `html` (exactly one of them)")
    checked_day(source.published)
    if source.html is not None:
        record = extract_html(
            source.html.encode("utf-8"),
            "html",
            settings,
            given_id=source.id,
            url=source.url,
            published=source.published,
            extra=source.meta,
        )
        if isinstance(record.item, Failure):
            raise InputError(record.item.reason)
        assert isinstance(record.item, Article)  # for mypy only: extract_html gives an Article or a Failure
        article = record.item if source.title is None else msgspec.structs.replace(record.item, title=source.title)
    else:
        assert source.text is not None  # for mypy only: the check above lets exactly one of text and html through
        article = Article(
            id=article_id(source.id, source.url, source.text),
            text=source.text,
            published=source.published,
            title=source.title,
            url=source.url,
            meta=source.meta,
        )
    check_length(article.text, settings)
    return article


class SerialWorker:
    """Runs blocking work in a worker thread, one piece at a time, with at most ``max_waiting``
    pieces waiting their turn (more raise ``Busy``)."""

    def __init__(self, max_waiting: int = MAX_WAITING) -> None:
        self.max_waiting = max_waiting
        self._pending = 0
        self._limiter: tuple[asyncio.AbstractEventLoop, anyio.CapacityLimiter] | None = None

    async def run(self, work: Callable[[], T]) -> T:
        if self._pending > self.max_waiting:
            raise Busy(f"{self._pending - 1} extractions are already waiting: try again in a few seconds")
        self._pending += 1  # only the event loop's thread counts, so no lock is needed
        try:
            return await anyio.to_thread.run_sync(work, limiter=self._current_limiter())
        finally:
            self._pending -= 1

    def _current_limiter(self) -> anyio.CapacityLimiter:
        """The limiter of the running event loop (a limiter belongs to the loop it was made in)."""
        loop = asyncio.get_running_loop()
        if self._limiter is None or self._limiter[0] is not loop:
            self._limiter = (loop, anyio.CapacityLimiter(1))
        return self._limiter[1]


class PipelineExtractor:
    """``ArticleExtractor`` over the installed spaCy pipeline (``settings.spacy_model``)."""

    def __init__(self, settings: Settings, pipeline: Language | None = None) -> None:
        self._settings = settings
        self._pipeline = pipeline
        self._worker = SerialWorker()

    async def extract(
        self, *, text: str | None = None, html: str | None = None, published: str | None = None
    ) -> ArticleResult:
        source = ArticleSource(text=text, html=html, published=published)
        if text is not None:
            check_length(text, self._settings)  # before waiting in line
        return await self._worker.run(lambda: self._extract_one(source))

    async def extract_articles(self, sources: Sequence[ArticleSource]) -> list[ArticleResult | Failure]:
        return await self._worker.run(lambda: self._extract_many(sources))

    # -- in the worker thread, one call at a time ------------------------------------------------

    def _nlp(self) -> Language:
        if self._pipeline is None:
            from quotegraph.nlp import load_pipeline

            self._pipeline = load_pipeline(self._settings)
        return self._pipeline

    def _extract_one(self, source: ArticleSource) -> ArticleResult:
        from quotegraph.nlp import extract_article

        return extract_article(self._nlp(), to_article(source, self._settings), self._settings)

    def _extract_many(self, sources: Sequence[ArticleSource]) -> list[ArticleResult | Failure]:
        from quotegraph.nlp import extract_many

        prepared: list[Article | Failure] = []
        for position, source in enumerate(sources):
            try:
                prepared.append(to_article(source, self._settings))
            except QuotegraphError as exc:
                where = f"articles[{position}]"
                prepared.append(Failure(id=source.id or where, source=where, reason=str(exc), error=type(exc).__name__))
        articles = [item for item in prepared if isinstance(item, Article)]
        outcomes = iter(extract_many(self._nlp(), articles, self._settings) if articles else ())
        placed = [item if isinstance(item, Failure) else next(outcomes) for item in prepared]
        # A failure of the extraction itself (a blank or binary text) names the article's id or URL as
        # its source; the API names every failure by its place in the request, as the README says.
        return [
            msgspec.structs.replace(item, source=f"articles[{position}]") if isinstance(item, Failure) else item
            for position, item in enumerate(placed)
        ]
