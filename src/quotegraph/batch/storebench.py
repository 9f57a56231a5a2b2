"""``quotegraph bench store``: ingest rate and search latency of a corpus of N attributions.

The corpus is recombined from real extraction results: each round adds every source article again
under a new id, a publication date moved on by a week a round and one of the source outlets, so
counts, texts and speakers are those of real output while the corpus grows to N. Searches are
drawn from the corpus itself: words and two-word phrases of its contents, its most quoted
speakers, and month-long date ranges; each kind is timed over many queries, first pages only.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import msgspec

from quotegraph.errors import InputError
from quotegraph.io.results import ResultFile, read_results
from quotegraph.model import ArticleResult
from quotegraph.model.periods import ISO_DAY_CHARS
from quotegraph.store import Store, make_query
from quotegraph.store.stopwords import STOP_WORDS

__all__ = [
    "StoreBench",
    "bench_ingest_file",
    "bench_store",
    "load_sources",
    "recombined",
]

QUERIES_PER_KIND = 200  # enough for a steady 95th percentile, a few seconds at most
DAYS_PER_ROUND = 7
SEED = 20250201  # the same queries on every run, so runs compare


@dataclass
class StoreBench:
    attributions: int
    articles: int
    ingest_seconds: float | None
    ingest_attributions_per_s: float | None
    ingest_articles_per_s: float | None
    search_p50_ms: dict[str, float]
    search_p95_ms: dict[str, float]
    db: str
    ingest_file_articles_per_s: float | None = None
    ingest_file_articles_per_cpu_s: float | None = None  # this process's CPU time, whatever the machine's load

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def lines(self) -> list[str]:
        lines = [f"corpus      : {self.attributions:,} attributions in {self.articles:,} articles ({self.db})"]
        if self.ingest_attributions_per_s is not None:
            lines.append(
                f"ingest      : {self.ingest_attributions_per_s:,.0f} attributions/s, "
                f"{self.ingest_articles_per_s:,.0f} articles/s ({self.ingest_seconds:.1f} s in the store)"
            )
        else:
            lines.append("ingest      : not measured (the corpus was there already)")
        if self.ingest_file_articles_per_s is not None:
            lines.append(
                f"ingest file : {self.ingest_file_articles_per_s:,.0f} articles/s, "
                f"{self.ingest_file_articles_per_cpu_s or 0:,.0f} a CPU second "
                "(`quotegraph ingest results.jsonl` into a new SQLite corpus; target >= 2,000 on one core)"
            )
        for kind, p95 in self.search_p95_ms.items():
            lines.append(f"search {kind:<7}: p50 {self.search_p50_ms[kind]:6.1f} ms, p95 {p95:6.1f} ms (target <= 50)")
        return lines


def load_sources(path: Path) -> list[ArticleResult]:
    results = [item for item, _ in read_results(ResultFile(str(path), "results")) if isinstance(item, ArticleResult)]
    if not results:
        raise InputError(f"{path}: no extraction results to recombine (make one with `quotegraph extract`)")
    return results


def recombined(sources: list[ArticleResult], attributions: int) -> Iterator[ArticleResult]:
    """Source results again and again with new ids, dates and outlets, until ``attributions``."""
    outlets = sorted({str(r.meta.get("publisher") or r.meta.get("outlet") or "outlet") for r in sources})
    total, round_number = 0, 0
    while total < attributions:
        for index, result in enumerate(sources):
            if total >= attributions:
                return
            published = _shifted(result.published, round_number * DAYS_PER_ROUND)
            meta = {**result.meta, "publisher": outlets[(index + round_number) % len(outlets)]}
            yield msgspec.structs.replace(result, id=f"{result.id}#{round_number}", published=published, meta=meta)
            total += len(result.attributions)
        round_number += 1


def _shifted(published: str | None, days: int) -> str:
    day = published[:ISO_DAY_CHARS] if published and len(published) >= ISO_DAY_CHARS else None
    start = dt.date.fromisoformat(day) if day else dt.date(2016, 1, 1)
    return (start + dt.timedelta(days=days)).isoformat()


def _fill(store: Store, sources: list[ArticleResult], attributions: int) -> tuple[float, int]:
    """Seconds spent in the store and articles added; the recombining itself is not timed."""
    spent, articles, batch = 0.0, 0, []
    for result in recombined(sources, attributions):
        batch.append(result)
        if len(batch) == 1000:
            started = time.perf_counter()
            store.add(batch)
            spent += time.perf_counter() - started
            articles += len(batch)
            batch = []
    if batch:
        started = time.perf_counter()
        store.add(batch)
        spent += time.perf_counter() - started
        articles += len(batch)
    return spent, articles


def _queries(store: Store, sources: list[ArticleResult]) -> dict[str, list[dict[str, str]]]:
    chooser = random.Random(SEED)
    words = [
        w
        for r in sources
        for a in r.attributions
        if a.content
        for w in a.content.text.split()
        if w.isalpha() and w.lower() not in STOP_WORDS
    ]
    phrases = [
        " ".join(pair)
        for r in sources
        for a in r.attributions
        if a.content
        for pair in _word_pairs(a.content.text)
        if not all(word.lower() in STOP_WORDS for word in pair)  # such a phrase searches nothing
    ]
    speakers = [s.name for s in store.speakers(limit=200)] or ["nobody"]
    stats = store.stats()
    first = dt.date.fromisoformat(stats.first or "2016-01-01")
    last = dt.date.fromisoformat(stats.last or "2016-12-31")
    span = max((last - first).days - 31, 1)

    def month() -> dict[str, str]:
        start = first + dt.timedelta(days=chooser.randrange(span))
        return {"since": start.isoformat(), "until": (start + dt.timedelta(days=30)).isoformat()}

    text = [{"text": chooser.choice(words)} for _ in range(QUERIES_PER_KIND // 2)]
    text += [{"text": f'"{chooser.choice(phrases)}"'} for _ in range(QUERIES_PER_KIND - len(text))]
    return {
        "text": text,
        "speaker": [{"speaker": chooser.choice(speakers)} for _ in range(QUERIES_PER_KIND)],
        "dates": [month() for _ in range(QUERIES_PER_KIND)],
    }


def _word_pairs(text: str) -> Iterator[tuple[str, str]]:
    words = [w for w in text.split() if w.isalpha()]
    return itertools.pairwise(words)


def _latencies(store: Store, queries: list[dict[str, str]]) -> list[float]:
    timings = []
    for filters in queries:
        query = make_query(
            filters.get("text"), speaker=filters.get("speaker"), since=filters.get("since"), until=filters.get("until")
        )
        started = time.perf_counter()
        store.search(query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_ingest_file(sources: list[ArticleResult], articles: int, folder: Path) -> tuple[float, float]:
    """Articles/s of ``ingest`` reading a JSONL file of ``articles`` results into a new SQLite corpus
    (the path of `quotegraph ingest results.jsonl`, decoding included), on the wall clock and per
    second of this process's CPU time."""
    from quotegraph.batch.ingest import ingest
    from quotegraph.model.codec import encode_result
    from quotegraph.settings import Settings
    from quotegraph.store import open_store

    source = folder / "results.jsonl"
    written = 0
    with open(source, "wb") as out:
        for result in recombined(sources, 10**12):
            out.write(encode_result(result) + b"\n")
            written += 1
            if written == articles:
                break
    store = open_store(folder / "ingest.db")
    try:
        started, cpu = time.perf_counter(), time.process_time()
        ingest([str(source)], store, Settings())
        return written / (time.perf_counter() - started), written / (time.process_time() - cpu)
    finally:
        store.close()


def bench_store(store: Store, sources: list[ArticleResult], attributions: int) -> StoreBench:
    held = store.stats().attributions
    ingest_seconds, added = (None, 0) if held >= attributions else _fill(store, sources, attributions - held)
    stats = store.stats()
    p50: dict[str, float] = {}
    p95: dict[str, float] = {}
    for kind, queries in _queries(store, sources).items():
        timings = _latencies(store, queries)
        p50[kind] = statistics.median(timings)
        p95[kind] = statistics.quantiles(timings, n=20)[-1]
    new_attributions = stats.attributions - held
    return StoreBench(
        attributions=stats.attributions,
        articles=stats.articles,
        ingest_seconds=ingest_seconds,
        ingest_attributions_per_s=new_attributions / ingest_seconds if ingest_seconds else None,
        ingest_articles_per_s=added / ingest_seconds if ingest_seconds else None,
        search_p50_ms=p50,
        search_p95_ms=p95,
        db=store.url,
    )
