"""``quotegraph spark``: the batch pipeline as a Spark job (local, or on a cluster via spark-submit)."""

from __future__ import annotations

import os

import click

from quotegraph.cli.errors import end_run, fail
from quotegraph.errors import QuotegraphError
from quotegraph.io import FORMATS
from quotegraph.settings import load_settings

__all__ = [
    "print_spark_bench",
    "spark",
    "spark_statements",
]


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="output directory (Parquet datasets)")
@click.option(
    "--master",
    help="Spark master URL; default: the one spark-submit passes, else local[PARTITIONS] on 127.0.0.1",
)
@click.option("--workers", type=click.IntRange(min=1), help="cores of a local run (default: one per CPU)")
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    help="extraction tasks, each loading the model at most once; default: a few per core",
)
@click.option(
    "--input-format",
    type=click.Choice(FORMATS),
    help="read every input as this format instead of guessing from its extension",
)
@click.option("--overwrite", is_flag=True, help="replace OUT's datasets if they exist")
def spark(
    inputs: tuple[str, ...],
    out: str,
    master: str | None,
    workers: int | None,
    partitions: int | None,
    input_format: str | None,
    overwrite: bool,
) -> None:
    """Extract attributions from INPUT files and directories with Spark.

    Writes OUT/articles (Parquet, partitioned by published date) and OUT/failures (Parquet).
    """
    from quotegraph.batch.spark import TASKS_PER_CORE, run_spark, spark_session

    try:
        settings = load_settings({"workers": workers})
        cores = settings.workers or os.cpu_count() or 1
        with spark_session(master, cores) as session:
            summary = run_spark(
                session,
                inputs,
                out,
                partitions=partitions or TASKS_PER_CORE * session.sparkContext.defaultParallelism,
                input_format=input_format,
                settings=settings,
                overwrite=overwrite,
            )
    except QuotegraphError as exc:
        fail(exc)
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"{summary.files} files, {summary.extracted} articles extracted, {summary.failed} failed "
        f"in {summary.seconds:.1f} s ({rate:.1f} articles/s) → {summary.out}"
    )
    end_run(summary.extracted, summary.failed)


def print_spark_bench(inputs: list[str], workers: int, batch_size: int | None) -> None:
    """The Spark lines of ``quotegraph bench --batch N --spark``: a local[n] run for n = 1..N."""
    from quotegraph.batch.spark import bench_spark

    try:
        settings = load_settings({"batch_size": batch_size})
        for n in range(1, workers + 1):
            report = bench_spark(inputs, n, settings)
            click.echo(
                f"spark local[{n}]: {report['articles_per_s']:.2f} articles/s ({report['seconds']:.1f} s, second job); "
                f"first job {report['first_job_articles_per_s']:.2f} articles/s ({report['first_job_seconds']:.1f} s); "
                f"session start-up {report['startup_seconds']:.1f} s"
            )
    except QuotegraphError as exc:
        fail(exc)


@click.command("spark-statements")
@click.argument("results", type=click.Path(exists=True, file_okay=False))
@click.option("--out", required=True, type=click.Path(file_okay=False), help="output directory (Parquet)")
@click.option("--master", help="Spark master URL; default: the one spark-submit passes, else local on 127.0.0.1")
@click.option("--workers", type=click.IntRange(min=1), help="cores of a local run (default: one per CPU)")
def spark_statements(results: str, out: str, master: str | None, workers: int | None) -> None:
    """Statements of a `quotegraph spark` output folder (RESULTS) with Spark: the same matching as
    ingest's, written to OUT as Parquet rows (statement, article, attribution, text)."""
    from quotegraph.batch.spark import spark_session
    from quotegraph.batch.statements_spark import run_statements_spark

    try:
        settings = load_settings({"workers": workers})
        with spark_session(master, settings.workers or os.cpu_count() or 1, app_name="quotegraph-statements") as s:
            summary = run_statements_spark(s, results, out)
    except QuotegraphError as exc:
        fail(exc)
    click.echo(
        f"{summary.quotes} quotes, {summary.forms} wordings, {summary.statements} statements "
        f"in {summary.seconds:.1f} s → {summary.out}"
    )
