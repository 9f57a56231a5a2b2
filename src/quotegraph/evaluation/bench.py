"""Speed and memory of ``extract`` against the bare spaCy pipeline on the same texts, same run."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from quotegraph.errors import InputError
from quotegraph.model import Article
from quotegraph.model.codec import read_json_lines
from quotegraph.nlp import extract_many
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.pipeline import COMPONENT
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings

__all__ = ["BenchReport", "peak_rss_mb", "read_corpus", "run_bench"]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_corpus(path: Path, limit: int | None = None) -> list[Article]:
    """Articles from a JSONL corpus with ``id`` and ``text`` fields (``date`` is the publication date)."""
    articles: list[Article] = []
    for where, row in read_json_lines(path, "corpus"):
        if limit is not None and len(articles) >= limit:
            break
        try:
            articles.append(Article(id=str(row.get("id", where)), text=row["text"], published=row.get("date")))
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{where}: an article line needs a text ({exc!r})") from exc
    if not articles:  # figures of nothing (a throughput of 0, a ratio of noise) would read as measured
        raise InputError(f"{path}: no article to measure (one JSON object a line with a text)")
    return articles


@dataclass
class BenchReport:
    articles: int
    words: int
    batch_size: int
    spacy_seconds: float
    extract_seconds: float
    rss_after_load_mb: float
    peak_rss_mb: float
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def spacy_articles_per_s(self) -> float:
        return self.articles / self.spacy_seconds if self.spacy_seconds else 0.0

    @property
    def extract_articles_per_s(self) -> float:
        return self.articles / self.extract_seconds if self.extract_seconds else 0.0

    @property
    def ratio(self) -> float:
        """extract throughput / bare spaCy throughput (target at least 0.5)."""
        return self.spacy_seconds / self.extract_seconds if self.extract_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        words_per_s = {
            "spacy_words_per_s": self.words / self.spacy_seconds if self.spacy_seconds else 0.0,
            "extract_words_per_s": self.words / self.extract_seconds if self.extract_seconds else 0.0,
        }
        return {
            "articles": self.articles,
            "words": self.words,
            "batch_size": self.batch_size,
            "spacy_seconds": self.spacy_seconds,
            "extract_seconds": self.extract_seconds,
            "spacy_articles_per_s": self.spacy_articles_per_s,
            "extract_articles_per_s": self.extract_articles_per_s,
            **words_per_s,
            "ratio": self.ratio,
            "rss_after_load_mb": self.rss_after_load_mb,
            "peak_rss_mb": self.peak_rss_mb,
            "stage_seconds": self.stage_seconds,
        }


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _stage_seconds(nlp: Language, texts: list[str], batch_size: int) -> dict[str, float]:
    """Seconds per spaCy component over all texts, then quotegraph's finding and resolving stages."""
    seconds: dict[str, float] = {}
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name != COMPONENT:
            start = time.perf_counter()
            docs = _pipe(proc, docs, batch_size)
            seconds[f"spacy:{name}"] = time.perf_counter() - start
    candidates: list[Any] = []
    seconds["quotegraph:finding"] = _timed(lambda: candidates.extend(find_candidates(d) for d in docs))
    seconds["quotegraph:resolving"] = _timed(lambda: [resolve(d, c) for d, c in zip(docs, candidates, strict=True)])
    return seconds


def _pipe(proc: Any, docs: list[Any], batch_size: int) -> list[Any]:
    if hasattr(proc, "pipe"):
        return list(proc.pipe(docs, batch_size=batch_size))
    return [proc(d) for d in docs]


def run_bench(nlp: Language, articles: list[Article], settings: Settings) -> BenchReport:
    """Times bare spaCy and full extraction over the same articles, then each stage on its own."""
    rss_after_load = peak_rss_mb()
    texts = [a.text for a in articles]

    def bare() -> None:
        with nlp.select_pipes(disable=[COMPONENT]):
            for _ in nlp.pipe(texts, batch_size=settings.batch_size):
                pass

    list(extract_many(nlp, articles[:2], settings))  # warm-up: first calls pay one-off allocation costs
    first_bare = _timed(bare)
    extract_seconds = _timed(lambda: list(extract_many(nlp, articles, settings)))
    # bare spaCy runs before and after extraction and its faster run counts, so a busy machine
    # during one run cannot flatter the ratio
    spacy_seconds = min(first_bare, _timed(bare))
    return BenchReport(
        articles=len(articles),
        words=sum(len(t.split()) for t in texts),
        batch_size=settings.batch_size,
        spacy_seconds=spacy_seconds,
        extract_seconds=extract_seconds,
        rss_after_load_mb=rss_after_load,
        peak_rss_mb=peak_rss_mb(),
        stage_seconds=_stage_seconds(nlp, texts, settings.batch_size),
    )
