"""``quotegraph bench --batch``: articles/s of a batch run for 1..N workers on the same input, and
the share of the time spent reading (WARC/JSONL parsing) and extracting HTML."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotegraph.batch.runner import run_batch
from quotegraph.io import PendingHtml, read_records, resolve_html
from quotegraph.settings import Settings

__all__ = ["BatchBench", "WorkerRun", "bench_batch"]


@dataclass(frozen=True)
class WorkerRun:
    workers: int
    articles: int
    seconds: float  # wall clock, worker start-up included
    warm_articles_per_s: float | None  # from the first finished part to the last

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass
class BatchBench:
    records: int
    pages: int
    read_seconds: float  # walking, decompressing and parsing the inputs (WARC records included)
    html_seconds: float  # trafilatura on every page
    runs: list[WorkerRun] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"input: {self.records} records, {self.pages} HTML pages"]
        for run in self.runs:
            warm = f"{run.warm_articles_per_s:.2f}" if run.warm_articles_per_s else "n/a"
            out.append(
                f"workers {run.workers}: {run.articles_per_s:.2f} articles/s wall ({run.seconds:.1f} s), "
                f"{warm} articles/s after start-up"
            )
        if len(self.runs) > 1 and self.runs[0].articles_per_s:
            first, last = self.runs[0], self.runs[-1]
            out.append(f"speed-up {first.workers}→{last.workers} workers: {first.seconds / last.seconds:.2f}× wall")
            if first.warm_articles_per_s and last.warm_articles_per_s:
                out.append(f"speed-up after start-up: {last.warm_articles_per_s / first.warm_articles_per_s:.2f}×")
        if self.runs:
            total = self.runs[0].seconds
            out.append(
                f"reading {self.read_seconds:.2f} s ({100 * self.read_seconds / total:.1f}% of the 1-worker run), "
                f"HTML extraction {self.html_seconds:.2f} s ({100 * self.html_seconds / total:.1f}%)"
            )
        return out


def bench_batch(
    inputs: list[str], settings: Settings, workers: Sequence[int] = (1, 2), input_format: str | None = None
) -> BatchBench:
    report = _reading_cost(inputs, settings, input_format)
    # Enough parts for every worker to stay busy to the end, whatever part_size the user runs with.
    settings = dataclasses.replace(
        settings, part_size=max(1, min(settings.part_size, report.records // (8 * max(workers))))
    )
    for n in workers:
        with tempfile.TemporaryDirectory(prefix="quotegraph-bench-") as tmp:
            start = time.perf_counter()
            run_settings = dataclasses.replace(settings, workers=n)
            outcome = run_batch(inputs, Path(tmp) / "out", run_settings, input_format=input_format)
            seconds = time.perf_counter() - start
        report.runs.append(WorkerRun(n, outcome.counts.read, seconds, outcome.counts.warm_rate()))
    return report


def _reading_cost(inputs: list[str], settings: Settings, input_format: str | None) -> BatchBench:
    start = time.perf_counter()
    records = list(read_records(inputs, input_format, settings, extract_html=False))
    read_seconds = time.perf_counter() - start
    pages = [r for r in records if isinstance(r.item, PendingHtml)]
    start = time.perf_counter()
    for record in pages:
        resolve_html(record, settings)
    return BatchBench(len(records), len(pages), read_seconds, time.perf_counter() - start)
