"""Statements as a Spark job over ``quotegraph spark`` output: the local matching, distributed.

The job reads OUT/articles (Parquet), takes each article's quotes with the local code
(``graph.statements.quotes_of``), keeps each distinct form (words and speaker) once, gives it the local band keys
(``graph.matching.form_keys``: the same shingles, MinHash and speaker keys), pairs the forms that share a
key (LSH on Spark: a shuffle by key), verifies each pair with ``same_statement`` and its speakers on the executors,
and joins the verified pairs into connected components on the driver (union-find over the edges,
which are far fewer than the quotes). The statements are then those of a local ingest of the same
results.

Output, Parquet: ``statement`` (the component's smallest form digest), ``article``, ``attribution``,
``text`` — one row per quote.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotegraph.batch.spark import RESULTS_DIR
from quotegraph.graph.matching import form_keys, same_statement, speaker_relation
from quotegraph.graph.statements import quotes_of
from quotegraph.io.parquet import result_of
from quotegraph.store.keys import published_day
from quotegraph.store.statements import QuoteSource

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["SparkStatements", "run_statements_spark"]

Quoted = tuple[int, tuple[str, str, str]]  # form digest, (article, attribution id, quoted text)
Form = tuple[tuple[str, ...], str | None]  # words, speaker's name key


@dataclass(frozen=True)
class SparkStatements:
    quotes: int
    forms: int
    statements: int
    seconds: float
    out: str


def _quotes(row: Any) -> Iterator[tuple[int, tuple[str, str, str], Form]]:
    """(digest, (article, attribution, text), (words, speaker)) of an article row's quotes."""
    result = result_of(row.asDict(recursive=True))
    day = published_day(result.published) or ""
    sources = [
        QuoteSource(
            0,  # one article at a time, named by its id below
            i,
            a.kind,
            a.content.text if a.content else None,
            day,
            {},
            a.speaker.type if a.speaker else None,
            a.speaker.name if a.speaker else None,
        )
        for i, a in enumerate(result.attributions)
    ]
    ids = [a.id for a in result.attributions]
    for quote in quotes_of(sources, []):
        yield quote.digest, (result.id, ids[quote.position], quote.text), (quote.words, quote.speaker)


def _keyed(forms: Iterable[tuple[int, Form]]) -> Iterator[tuple[int, int]]:
    """(band key, digest) of a partition's forms, their signatures computed together."""
    batch = list(forms)
    keyed = form_keys([words for _, (words, _) in batch], [speaker for _, (_, speaker) in batch])
    for (digest, _), keys in zip(batch, keyed, strict=True):
        yield from ((key, digest) for key in keys)


def _digest_pairs(digests: Iterable[int]) -> Iterator[tuple[int, int]]:
    yield from itertools.combinations(sorted(set(digests)), 2)


def _verified(a: Form, b: Form) -> bool:
    return same_statement(a[0], b[0], speaker_relation(a[1], b[1]))


def _component_labels(edges: list[tuple[int, int]]) -> dict[int, int]:
    """Each linked digest's label: the smallest digest of its connected component (union-find on the
    driver, which holds the verified edges only: far fewer than the quotes)."""
    parent: dict[int, int] = {}

    def find(node: int) -> int:
        root = parent.setdefault(node, node)
        while root != parent[root]:
            root = parent[root]
        parent[node] = root
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: find(node) for node in parent}


def run_statements_spark(spark: SparkSession, results: str | Path, out: str | Path) -> SparkStatements:
    """Statements of the results under RESULTS (a ``quotegraph spark`` output folder) into OUT."""
    started = time.perf_counter()
    source = Path(results) / RESULTS_DIR if (Path(results) / RESULTS_DIR).is_dir() else Path(results)
    rows = spark.read.parquet(str(source)).rdd
    quoted = rows.flatMap(_quotes).cache()
    forms = quoted.map(lambda q: (q[0], q[2])).reduceByKey(lambda a, _: a).cache()
    buckets = forms.mapPartitions(_keyed).groupByKey()
    candidates = buckets.flatMap(lambda kv: _digest_pairs(kv[1])).distinct()
    words = forms
    edges = (
        candidates.join(words)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
        .join(words)
        .filter(lambda kv: _verified(kv[1][0][1], kv[1][1]))
        .map(lambda kv: (kv[1][0][0], kv[0]))
    )
    labels = spark.sparkContext.broadcast(_component_labels(edges.collect()))
    table = quoted.map(lambda q: (labels.value.get(q[0], q[0]), *q[1]))
    frame = spark.createDataFrame(table, "statement long, article string, attribution string, text string")
    frame.write.mode("overwrite").parquet(str(out))
    counts = table.map(lambda row: row[0]).distinct().count()
    return SparkStatements(
        quotes=quoted.count(),
        forms=forms.count(),
        statements=counts,
        seconds=time.perf_counter() - started,
        out=str(out),
    )
