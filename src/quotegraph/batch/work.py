"""One chunk of records to one output part: the unit every engine runs."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.language import Language

from quotegraph.batch.engine import Chunk, Job, PartReport
from quotegraph.errors import QuotegraphError
from quotegraph.io import Record, resolve_html
from quotegraph.io.writers import write_part
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.nlp import extract_article, extract_many

__all__ = ["extract_records", "process_chunk"]


def process_chunk(nlp: Language, chunk: Chunk, job: Job) -> PartReport:
    results, failures = extract_records(nlp, chunk.records, job)
    write_part(job.out_dir, chunk.part, results, failures, job.output_format)
    return PartReport(chunk.part, len(results), len(failures), chunk.position)


def extract_records(nlp: Language, records: Sequence[Record], job: Job) -> tuple[list[ArticleResult], list[Failure]]:
    """Results and failures in input order; every record ends in exactly one of the two lists."""
    resolved = [resolve_html(r, job.settings) for r in records]
    articles = [(r.item, r.source) for r in resolved if isinstance(r.item, Article)]
    outcomes = _extract(nlp, [a for a, _ in articles], job)
    by_position = iter(outcomes)
    results: list[ArticleResult] = []
    failures: list[Failure] = []
    for record in resolved:
        item = next(by_position) if isinstance(record.item, Article) else record.item
        if isinstance(item, ArticleResult):
            results.append(item)
        else:
            assert isinstance(item, Failure)  # for mypy only: a record resolves to a result or a failure
            failures.append(msgspec.structs.replace(item, source=record.source))
    return results, failures


def _extract(nlp: Language, articles: list[Article], job: Job) -> list[ArticleResult | Failure]:
    try:
        outcomes = list(extract_many(nlp, articles, job.settings))
    except Exception:  # one bad document must not sink its chunk: retried one by one below
        outcomes = []
    if len(outcomes) == len(articles):
        return outcomes
    return [_extract_one(nlp, article, job) for article in articles]


def _extract_one(nlp: Language, article: Article, job: Job) -> ArticleResult | Failure:
    try:
        return extract_article(nlp, article, job.settings)
    except QuotegraphError as exc:
        return Failure(id=article.id, source=article.id, reason=str(exc), error=type(exc).__name__)
    except Exception as exc:  # a bug in a pipeline stage: recorded so the run and its other articles go on
        return Failure(id=article.id, source=article.id, reason=f"{type(exc).__name__}: {exc}", error="PipelineError")
