"""The batch pipeline as a PySpark job: input files → articles → attributions → Parquet.

One Spark task reads each input file (JSONL, WARC, HTML, text: whatever ``quotegraph.io.read``
takes); the articles are then spread evenly over ``partitions`` extraction tasks, each of which
loads the spaCy pipeline once (``mapPartitions``) and runs ``extract_many`` over its share. Results
are written as Parquet partitioned by publication date, failures (from reading or extraction) as a
dataset of their own::

    OUT/articles/published_date=2025-02-01/part-….parquet
    OUT/articles/published_date=__HIVE_DEFAULT_PARTITION__/…   (no or unreadable date)
    OUT/failures/part-….parquet

pyspark is imported lazily: it is an optional extra (``quotegraph[spark]``).
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotegraph.batch.spark_rows import DATE_COLUMN, failure_row, failure_schema, result_row, result_schema
from quotegraph.errors import InputError, QuotegraphError
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.settings import Settings

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

__all__ = ["SparkSummary", "list_input_files", "local_master", "run_spark", "spark_session"]

LOOPBACK = "127.0.0.1"
RESULTS_DIR = "articles"
FAILURES_DIR = "failures"

Tagged = tuple[str, dict[str, Any]]
"""("result" | "failure", row): what the extraction tasks emit, split into two datasets at write time."""


@dataclass(frozen=True)
class SparkSummary:
    files: int
    extracted: int
    failed: int
    seconds: float
    out: str

    @property
    def articles(self) -> int:
        return self.extracted + self.failed


def local_master(partitions: int) -> str:
    return f"local[{partitions}]"


def _launched_by_spark_submit() -> bool:
    # spark-submit starts the JVM first and hands the Python driver its gateway port
    return "PYSPARK_GATEWAY_PORT" in os.environ


@contextmanager
def spark_session(master: str | None, partitions: int, app_name: str = "quotegraph") -> Iterator[SparkSession]:
    """A Spark session, stopped on exit. ``master`` None means spark-submit's master, else local.

    A local master is bound to the loopback interface with the UI off, so nothing listens on or
    sends to another address, and its Python workers run this interpreter (this virtualenv).
    """
    from pyspark.sql import SparkSession

    if master is None and not _launched_by_spark_submit():
        master = local_master(partitions)
    builder = SparkSession.builder.appName(app_name).config("spark.sql.shuffle.partitions", str(partitions))
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", LOOPBACK)  # read by the JVM when it starts, just below
        for key, value in {
            "spark.driver.host": LOOPBACK,
            "spark.driver.bindAddress": LOOPBACK,
            "spark.ui.enabled": "false",
            "spark.pyspark.python": sys.executable,
        }.items():
            builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        yield spark
    finally:
        spark.stop()


def list_input_files(inputs: Iterable[str]) -> list[str]:
    """Every file under ``inputs`` (directories walked without following links), as absolute paths
    so that executors started elsewhere find them on the shared filesystem."""
    files: list[str] = []
    for name in inputs:
        if not os.path.isdir(name):
            files.append(os.path.abspath(name))
            continue
        for root, dirs, names in os.walk(name):
            dirs.sort()
            files.extend(os.path.abspath(os.path.join(root, n)) for n in sorted(names))
    return files


def _read_file(path: str, input_format: str | None, settings: Settings) -> Iterator[Article | Failure]:
    from quotegraph.io import read

    try:
        yield from read([path], input_format=input_format, settings=settings)
    except (OSError, QuotegraphError) as exc:
        # readers record bad documents themselves; this catches a file that cannot be opened at all
        yield Failure(id=path, source=path, reason=str(exc), error=type(exc).__name__)


def _tag(outcome: ArticleResult | Failure) -> Tagged:
    if isinstance(outcome, Failure):
        return ("failure", failure_row(outcome))
    return ("result", result_row(outcome))


def _extract_partition(items: Iterable[Article | Failure], settings: Settings) -> Iterator[Tagged]:
    """Runs on an executor: loads the pipeline once for the whole partition, passes failures through."""
    iterator = iter(items)
    first = next(iterator, None)
    if first is None:
        return  # an empty partition does not pay for loading the model
    from quotegraph.nlp import extract_many, load_pipeline

    nlp = load_pipeline(settings)
    read_failures: list[Failure] = []

    def articles() -> Iterator[Article]:
        for item in itertools.chain([first], iterator):
            if isinstance(item, Failure):
                read_failures.append(item)
            else:
                yield item

    for outcome in extract_many(nlp, articles(), settings):
        yield from (_tag(f) for f in read_failures)
        read_failures.clear()
        yield _tag(outcome)
    yield from (_tag(f) for f in read_failures)


def _extracted(
    spark: SparkSession, paths: Sequence[str], partitions: int, input_format: str | None, settings: Settings
) -> RDD[Tagged]:
    def read_file(path: str) -> Iterator[Article | Failure]:
        return _read_file(path, input_format, settings)

    def extract_partition(items: Iterable[Article | Failure]) -> Iterator[Tagged]:
        return _extract_partition(items, settings)

    articles = spark.sparkContext.parallelize(paths, len(paths)).flatMap(read_file)
    # one reading task per file, then an even spread: a single large file still uses every core
    return articles.repartition(partitions).mapPartitions(extract_partition)


def run_spark(
    spark: SparkSession,
    inputs: Iterable[str],
    out: str | Path,
    *,
    partitions: int,
    input_format: str | None = None,
    settings: Settings | None = None,
    overwrite: bool = False,
) -> SparkSummary:
    """Extracts every article under ``inputs`` and writes OUT/articles and OUT/failures as Parquet."""
    from pyspark import StorageLevel

    settings = settings or Settings()
    paths = list_input_files(inputs)
    if not paths:
        raise InputError("no input files")
    started = time.perf_counter()
    tagged = _extracted(spark, paths, partitions, input_format, settings)
    # both datasets come from one extraction pass: keep it rather than run the NLP twice
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        results = tagged.filter(lambda t: t[0] == "result").map(lambda t: t[1])
        failures = tagged.filter(lambda t: t[0] == "failure").map(lambda t: t[1])
        writer = spark.createDataFrame(results, result_schema()).write.mode(mode).partitionBy(DATE_COLUMN)
        writer.parquet(str(Path(out) / RESULTS_DIR))
        spark.createDataFrame(failures, failure_schema()).write.mode(mode).parquet(str(Path(out) / FAILURES_DIR))
        counts = tagged.map(lambda t: t[0]).countByValue()
    finally:
        tagged.unpersist()
    return SparkSummary(
        files=len(paths),
        extracted=counts.get("result", 0),
        failed=counts.get("failure", 0),
        seconds=time.perf_counter() - started,
        out=str(out),
    )
