"""Assembles the base spaCy pipeline and quotegraph's component, and runs it over articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language

from quotegraph.errors import InputError, PipelineError
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.nlp import factories
from quotegraph.nlp.extensions import register_extensions
from quotegraph.settings import Settings

__all__ = ["extract_article", "extract_many", "load_pipeline"]


def load_pipeline(settings: Settings | None = None) -> Language:
    settings = settings or Settings()
    try:
        nlp = spacy.load(settings.spacy_model)
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline {settings.spacy_model!r} is not installed: "
            "install it with `pip install --require-hashes -r requirements/model.txt`"
        ) from exc
    register_extensions()
    assert factories.make_quotegraph  # the import registers the factory
    nlp.add_pipe("quotegraph", last=True)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    return nlp


def _check_text(article: Article) -> None:
    if not article.text.strip():
        raise InputError(f"article {article.id!r} has no text")


def extract_article(nlp: Language, article: Article, settings: Settings | None = None) -> ArticleResult:
    _check_text(article)
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return _result(article, doc._.entities or [], doc._.attributions or [], settings or Settings())


def extract_many(
    nlp: Language, articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[ArticleResult | Failure]:
    settings = settings or Settings()
    for article in articles:
        try:
            yield extract_article(nlp, article, settings)
        except InputError as exc:
            yield Failure(id=article.id, source=article.url or article.id, reason=str(exc))


def _result(article: Article, entities: list, attributions: list, settings: Settings) -> ArticleResult:  # type: ignore[type-arg]
    return ArticleResult(
        id=article.id,
        entities=tuple(entities),
        attributions=tuple(attributions),
        text=article.text if settings.include_text else None,
        published=article.published,
        meta=dict(article.meta),
    )
