"""``quotegraph bench statements``: statement matching at 10^6 quotes, rate and peak memory.

The corpus is recombined from real extraction results as ``bench store`` does (each round adds every
source article again under a new id, a week later, with another outlet), keeping the direct and mixed
attributions, and each direct quote comes back edited as quotes travel: as printed, with its
punctuation changed (commas dropped, an ellipsis at the end), with a clause dropped, or with a word
changed. An article's edits are drawn at random among ``VARIANTS`` per quote, so the same few
wordings recur from round to round as an original and its copies do. Each batch is stored
(``store.add``, timed apart) and then placed in statements (``update_statements``, the rate reported).
"""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import msgspec

from quotegraph.batch.storebench import recombined
from quotegraph.graph.quotes import MIN_QUOTE_WORDS, normalized_words, quote_text
from quotegraph.graph.statements import update_statements
from quotegraph.model import ArticleResult, Attribution
from quotegraph.model.span import Excerpt
from quotegraph.store import Store

__all__ = ["StatementsBench", "bench_statements", "edited"]

VARIANTS = 6  # wordings of a quote: as printed, new punctuation, two dropped clauses, two changed words
BATCH = 500  # articles stored, then placed, at a time (as ingest does)
SEED = 20250201
_REPLACEMENTS = ("really", "truly", "never", "always", "certainly", "people", "country", "great")


@dataclass
class StatementsBench:
    quotes: int
    articles: int
    new_forms: int
    statements: int
    update_seconds: float
    update_cpu_seconds: float
    store_seconds: float
    peak_rss_mb: float
    db: str

    @property
    def quotes_per_s(self) -> float:
        return self.quotes / self.update_seconds if self.update_seconds else 0.0

    @property
    def quotes_per_cpu_s(self) -> float:
        return self.quotes / self.update_cpu_seconds if self.update_cpu_seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            **asdict(self),
            "quotes_per_s": round(self.quotes_per_s, 1),
            "quotes_per_cpu_s": round(self.quotes_per_cpu_s, 1),
        }

    def lines(self) -> list[str]:
        return [
            f"corpus     : {self.quotes:,} quotes in {self.articles:,} articles ({self.db})",
            f"statements : {self.statements:,}, from {self.new_forms:,} distinct wordings",
            f"matching   : {self.quotes_per_s:,.0f} quotes/s ({self.update_seconds:.1f} s; target >= 5,000), "
            f"{self.quotes_per_cpu_s:,.0f} a CPU second of this process",
            f"storing    : {self.store_seconds:.1f} s in store.add (not in the rate)",
            f"peak RSS   : {self.peak_rss_mb:,.0f} MB (target <= 2,048)",
        ]


def _edit(text: str, variant: int) -> str:
    words = text.split()
    if variant == 0 or len(words) < 2 * MIN_QUOTE_WORDS:
        return text
    if variant == 1:  # punctuation (not inside numbers: "200,000" is a word)
        return text.replace(", ", " ").rstrip(".!?") + "…"
    if variant in (2, 3):  # a dropped clause: one of the comma-separated parts, else the last third
        clauses = [c for c in text.split(",") if c.strip()]
        if len(clauses) >= 2:
            drop = (variant - 2) % len(clauses) if len(clauses) > 2 else len(clauses) - 1
            return ",".join(c for i, c in enumerate(clauses) if i != drop).strip()
        return " ".join(words[: len(words) * 2 // 3])
    at = (len(words) // 3) * (variant - 3)  # a changed word, at a third or two thirds in
    changed = _REPLACEMENTS[(len(words) + variant) % len(_REPLACEMENTS)]
    return " ".join([*words[:at], changed, *words[at + 1 :]])


def edited(sources: list[ArticleResult], rounds_seed: int = SEED) -> Iterator[ArticleResult]:
    """Recombined articles (without their text) with their quotes edited, endlessly."""
    chooser = random.Random(rounds_seed)
    for result in recombined(sources, 10**15):
        kept: list[Attribution] = []
        for a in result.attributions:
            if a.kind == "indirect" or a.content is None:
                continue
            if a.kind == "direct":
                text = _edit(a.content.text, chooser.randrange(VARIANTS))
                a = msgspec.structs.replace(a, content=Excerpt(spans=a.content.spans, text=text))
            kept.append(a)
        yield msgspec.structs.replace(result, attributions=tuple(kept), text=None)


def _quotes_in(result: ArticleResult) -> int:
    count = 0
    for a in result.attributions:
        text = quote_text(a.kind, a.content.text if a.content else None)
        count += text is not None and len(normalized_words(text)) >= MIN_QUOTE_WORDS
    return count


def bench_statements(store: Store, sources: list[ArticleResult], quotes: int) -> StatementsBench:
    placed, articles, new_forms = 0, 0, 0
    update_seconds = update_cpu = store_seconds = 0.0
    stream = edited(sources)
    while placed < quotes:
        batch: list[ArticleResult] = []
        planned = 0
        while len(batch) < BATCH and placed + planned < quotes:
            result = next(stream)
            batch.append(result)
            planned += _quotes_in(result)
        started = time.perf_counter()
        store.add(batch)
        store_seconds += time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        report = update_statements(store)
        update_seconds += time.perf_counter() - started
        update_cpu += time.process_time() - cpu
        placed += report.quotes
        new_forms += report.new_forms
        articles += len(batch)
    with store.statement_writer() as writer:
        statements = writer.count()
    return StatementsBench(
        quotes=placed,
        articles=articles,
        new_forms=new_forms,
        statements=statements,
        update_seconds=update_seconds,
        update_cpu_seconds=update_cpu,
        store_seconds=store_seconds,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        db=str(Path(store.url)),
    )
