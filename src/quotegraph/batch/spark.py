"""The batch pipeline as a PySpark job: input files → articles → attributions → Parquet.

One Spark task reads each input file (JSONL, WARC, HTML, text: the readers of ``quotegraph.io``);
the articles are then spread evenly over ``partitions`` extraction tasks, each of which loads the
spaCy pipeline at most once (``mapPartitions``; a reused Python worker keeps it) and extracts its
share exactly as a local batch worker does. Results are written as Parquet partitioned by
publication date, failures (from reading or extraction) as a
dataset of their own::

    OUT/articles/published=2025-02-01/part-….parquet      (io.parquet.ARTICLE_SCHEMA)
    OUT/articles/published=__HIVE_DEFAULT_PARTITION__/…   (no or unreadable date)
    OUT/failures/part-….parquet

pyspark is imported lazily: it is an optional extra (``quotegraph[spark]``).
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from quotegraph.batch.engine import Job
from quotegraph.errors import InputError, StoreError
from quotegraph.io import InputFile, Record, read_file
from quotegraph.io.sources import walk
from quotegraph.model import ArticleResult, Failure
from quotegraph.settings import Settings

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType
    from spacy.language import Language

__all__ = [
    "RESULTS_DIR",
    "TASKS_PER_CORE",
    "SparkSummary",
    "bench_spark",
    "failure_schema",
    "list_inputs",
    "local_master",
    "result_schema",
    "run_spark",
    "spark_session",
]

LOOPBACK = "127.0.0.1"
RESULTS_DIR = "articles"
FAILURES_DIR = "failures"
PARTITION_COLUMN = "published"
"""io.parquet's date column; null (no or unreadable date) lands in ``__HIVE_DEFAULT_PARTITION__``."""

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


TASKS_PER_CORE = 4
"""Extraction tasks per core by default: small tasks balance uneven articles and busy cores, and
cost no extra model loads because each Python worker keeps its pipeline (``_pipeline``)."""


def local_master(cores: int) -> str:
    return f"local[{cores}]"


def _launched_by_spark_submit() -> bool:
    # spark-submit starts the JVM first and hands the Python driver its gateway port
    return "PYSPARK_GATEWAY_PORT" in os.environ


@contextmanager
def spark_session(master: str | None, cores: int, app_name: str = "quotegraph") -> Iterator[SparkSession]:
    """A Spark session, stopped on exit. ``master`` None means spark-submit's master, else local.

    A local master is bound to the loopback interface with the UI off, so nothing listens on or
    sends to another address, and its Python workers run this interpreter (this virtualenv).
    """
    from pyspark.sql import SparkSession

    if master is None and not _launched_by_spark_submit():
        master = local_master(cores)
    builder = SparkSession.builder.appName(app_name).config("spark.sql.shuffle.partitions", str(cores))
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", LOOPBACK)  # read by the JVM when it starts, just below
        # the SparkContext takes its workers' interpreter from here (not from spark.pyspark.python)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        for key, value in {
            "spark.driver.host": LOOPBACK,
            "spark.driver.bindAddress": LOOPBACK,
            "spark.ui.enabled": "false",
        }.items():
            builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        yield spark
    finally:
        spark.stop()


def list_inputs(inputs: Iterable[str], input_format: str | None) -> list[InputFile | Record]:
    """The input files under ``inputs`` as the local reader walks them, and a failure for each path
    that cannot be read at all (missing, unknown format, symlink loop). Paths are kept as given, so
    ids and sources match a local run; on a cluster, give paths every executor can open."""
    entries = list(walk(list(inputs), input_format))
    if not entries:
        raise InputError("no input files: directories hold no file with a known extension")
    return entries


def _read_entry(entry: InputFile | Record, settings: Settings) -> Iterator[Record]:
    if isinstance(entry, Record):
        yield entry
    else:
        yield from read_file(entry, settings)


def result_schema() -> StructType:
    """io.parquet's ARTICLE_SCHEMA in Spark terms, so Spark and local batch Parquet read alike."""
    from pyspark.sql.pandas.types import from_arrow_schema

    from quotegraph.io.parquet import ARTICLE_SCHEMA

    schema: StructType = from_arrow_schema(ARTICLE_SCHEMA)
    return schema


def failure_schema() -> StructType:
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType(), False) for name in Failure.__struct_fields__])


def _tagged(results: Sequence[ArticleResult], failures: Sequence[Failure]) -> Iterator[Tagged]:
    from quotegraph.io.parquet import row_of

    yield from (("result", row_of(r)) for r in results)
    yield from (("failure", msgspec.to_builtins(f)) for f in failures)


@functools.lru_cache(maxsize=1)
def _pipeline(settings: Settings) -> Language:
    """Loaded at most once per partition, and once per Python worker: Spark reuses its workers
    across tasks (spark.python.worker.reuse), so later partitions find the pipeline here."""
    from quotegraph.batch.process import prepare_extracting_process
    from quotegraph.nlp import load_pipeline

    prepare_extracting_process()  # once per Python worker, which Spark makes to run these tasks
    return load_pipeline(settings)


def _extract_partition(records: Iterable[Record], settings: Settings) -> Iterator[Tagged]:
    """Runs on an executor: loads the pipeline once for the partition, then extracts it chunk by
    chunk exactly as a local batch worker does (HTML extraction, failures, per-article retries)."""
    iterator = iter(records)
    first = next(iterator, None)
    if first is None:
        return  # an empty partition does not pay for loading the model
    from quotegraph.batch.work import extract_records

    nlp = _pipeline(settings)
    job = Job(Path(), "parquet", settings)  # extract_records reads only the settings
    rest = itertools.chain([first], iterator)
    while chunk := list(itertools.islice(rest, settings.part_size)):
        yield from _tagged(*extract_records(nlp, chunk, job))


def _extracted(
    spark: SparkSession, entries: Sequence[InputFile | Record], partitions: int, settings: Settings
) -> RDD[Tagged]:
    def read_entry(entry: InputFile | Record) -> Iterator[Record]:
        return _read_entry(entry, settings)

    def extract_partition(records: Iterable[Record]) -> Iterator[Tagged]:
        return _extract_partition(records, settings)

    records = spark.sparkContext.parallelize(entries, len(entries)).flatMap(read_entry)
    # one reading task per file, then an even spread: a single large file still uses every core
    return records.repartition(partitions).mapPartitions(extract_partition)


def _check_out(out: Path, overwrite: bool) -> None:
    # Spark would find out only when writing, after the whole extraction has run
    existing = [str(out / name) for name in (RESULTS_DIR, FAILURES_DIR) if (out / name).exists()]
    if existing and not overwrite:
        raise StoreError(f"{', '.join(existing)} already exists: choose another output or overwrite it")


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
    started = time.perf_counter()
    _check_out(Path(out), overwrite)
    entries = list_inputs(inputs, input_format)
    tagged = _extracted(spark, entries, partitions, settings)
    # both datasets come from one extraction pass: keep it rather than run the NLP twice
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        results = tagged.filter(lambda t: t[0] == "result").map(lambda t: t[1])
        failures = tagged.filter(lambda t: t[0] == "failure").map(lambda t: t[1])
        writer = spark.createDataFrame(results, result_schema()).write.mode(mode).partitionBy(PARTITION_COLUMN)
        writer.parquet(str(Path(out) / RESULTS_DIR))
        spark.createDataFrame(failures, failure_schema()).write.mode(mode).parquet(str(Path(out) / FAILURES_DIR))
        counts = tagged.map(lambda t: t[0]).countByValue()
    finally:
        tagged.unpersist()
    return SparkSummary(
        files=sum(isinstance(e, InputFile) for e in entries),
        extracted=counts.get("result", 0),
        failed=counts.get("failure", 0),
        seconds=time.perf_counter() - started,
        out=str(out),
    )


def bench_spark(inputs: Sequence[str], workers: int, settings: Settings | None = None) -> dict[str, float | int | str]:
    """Articles/s of a local Spark run on ``workers`` cores (``TASKS_PER_CORE`` tasks each).

    The job runs twice on one session. ``first_job_seconds`` is the first run, which also pays the
    JVM's one-time warm-up (class loading of the Parquet writer, Python workers importing spaCy);
    ``seconds`` is the second, the steady cost of a job on a running session or of each share of a
    long job. Both include loading the model in every task. ``startup_seconds`` is the session's
    start-up (JVM launch), paid once per ``spark-submit``.
    """
    import tempfile

    started = time.perf_counter()
    with spark_session(local_master(workers), workers, app_name="quotegraph-bench") as session:
        startup = time.perf_counter() - started
        runs = []
        for attempt in ("first", "second"):
            with tempfile.TemporaryDirectory(prefix=f"quotegraph-spark-bench-{attempt}-") as tmp:
                out = Path(tmp) / "out"
                runs.append(run_spark(session, inputs, out, partitions=TASKS_PER_CORE * workers, settings=settings))
    first, second = runs
    return {
        "engine": "spark-local",
        "workers": workers,
        "articles": second.articles,
        "failed": second.failed,
        "seconds": round(second.seconds, 3),
        "articles_per_s": round(second.articles / second.seconds, 2),
        "first_job_seconds": round(first.seconds, 3),
        "first_job_articles_per_s": round(first.articles / first.seconds, 2),
        "startup_seconds": round(startup, 3),
    }
