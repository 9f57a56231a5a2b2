"""``quotegraph bench``: speed and memory of extraction against the bare spaCy pipeline."""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import click
from rich.console import Console

from quotegraph.cli.errors import fail, failing
from quotegraph.cli.output import plain_console
from quotegraph.errors import QuotegraphError
from quotegraph.settings import load_settings

if TYPE_CHECKING:
    from quotegraph.store import Store

__all__ = ["bench", "bench_adversarial", "bench_extract", "bench_statements_command", "bench_store_command"]


def _print_bench(report: dict[str, object], console: Console) -> None:
    lines = [
        f"articles {report['articles']}, words {report['words']}, batch size {report['batch_size']}",
        f"spaCy alone : {report['spacy_articles_per_s']:.2f} articles/s, {report['spacy_words_per_s']:.0f} words/s",
        f"extract     : {report['extract_articles_per_s']:.2f} articles/s, {report['extract_words_per_s']:.0f} words/s",
        f"ratio       : {report['ratio']:.2f} (extract / spaCy throughput; target >= 0.5)",
        f"peak RSS    : {report['peak_rss_mb']:.0f} MB (after loading the model: {report['rss_after_load_mb']:.0f} MB;"
        " target <= 1024)",
        "time by stage (one extra pass):",
    ]
    stages = report["stage_seconds"]
    assert isinstance(stages, dict)  # for mypy only: the bench builds the report
    total = sum(stages.values()) or 1.0
    lines += [f"  {name:24}{seconds:8.2f} s {100 * seconds / total:5.1f}%" for name, seconds in stages.items()]
    console.print("\n".join(lines), highlight=False)


class _BenchGroup(click.Group):
    """``quotegraph bench CORPUS`` stays the extraction benchmark: a first word that names no
    benchmark is taken as extract's CORPUS."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["extract", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_BenchGroup)
def bench() -> None:
    """Speed and memory benchmarks: `quotegraph bench [extract] CORPUS`, `quotegraph bench store`,
    `quotegraph bench serve`. No test asserts a time: these print the figures."""


@bench.command("extract")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="use only the first N articles.")
@click.option("--batch-size", type=click.IntRange(min=1), help="documents per spaCy batch (setting batch_size).")
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object.")
@click.option(
    "--batch",
    "batch_workers",
    type=int,
    help="instead: time `quotegraph batch` on CORPUS (any input format) with 1 to N workers.",
)
@click.option("--spark", "with_spark", is_flag=True, help="with --batch: also time the Spark job in local mode.")
def bench_extract(
    corpus: Path, limit: int | None, batch_size: int | None, as_json: bool, batch_workers: int | None, with_spark: bool
) -> None:
    """Articles/s and words/s of extract and of the bare spaCy pipeline on the same CORPUS texts
    (JSONL with a "text" field), their ratio, peak RSS and the time spent in each stage."""
    if batch_workers:
        from quotegraph.cli.batch import print_batch_bench

        print_batch_bench(corpus, batch_workers, batch_size)
        if with_spark:
            from quotegraph.cli.spark import print_spark_bench

            print_spark_bench([str(corpus)], batch_workers, batch_size)
        return
    from quotegraph.batch.process import prepare_extracting_process
    from quotegraph.evaluation.bench import read_corpus, run_bench
    from quotegraph.nlp import load_pipeline

    prepare_extracting_process()  # as `quotegraph extract` runs (the batch workers above set it themselves)
    try:
        settings = load_settings({"batch_size": batch_size})
        articles = read_corpus(corpus, limit)
        report = run_bench(load_pipeline(settings), articles, settings).as_dict()
    except QuotegraphError as exc:
        fail(exc)
    if as_json:
        click.echo(json.dumps(report))
    else:
        _print_bench(report, plain_console())


def _sizes(option: str) -> list[int]:
    try:
        sizes = [int(part) for part in option.split(",") if part.strip()]
    except ValueError as exc:
        raise click.BadParameter(f"not a list of sizes: {option!r}", param_hint="--hostile-chars") from exc
    if not sizes or min(sizes) < 1:
        raise click.BadParameter("sizes must be positive", param_hint="--hostile-chars")
    return sizes


def _print_adversarial(report: dict[str, object]) -> None:
    ordinary = report["ordinary"]
    hostile = report["hostile"]
    assert isinstance(ordinary, dict) and isinstance(hostile, list)  # for mypy only: the bench builds the report
    lines = [
        f"{'text':28}{'chars':>10}{'attributions':>14}{'CPU s':>9}{'us/char':>9}{'x ordinary':>12}",
        f"{ordinary['name']:28}{ordinary['chars']:>10}{ordinary['attributions']:>14}"
        f"{ordinary['cpu_seconds']:>9.2f}{ordinary['us_per_char']:>9.1f}{1.0:>12.2f}",
    ]
    lines += [
        f"{row['name']:28}{row['chars']:>10}{row['attributions']:>14}{row['cpu_seconds']:>9.2f}"
        f"{row['us_per_char']:>9.1f}{row['ratio']:>12.2f}"
        for row in hostile
    ]
    lines.append(f"target: at most {report['target_ratio']:.0f}x ordinary; peak RSS {report['peak_rss_mb']:.0f} MB")
    pages = report.get("pages")
    if isinstance(pages, dict):
        base, rows = pages["ordinary"], pages["hostile"]
        lines += [
            "read as HTML (no extraction):",
            f"{'page':28}{'chars':>10}{'articles':>14}{'CPU s':>9}{'us/char':>9}{'x ordinary':>12}",
            f"{base['name']:28}{base['chars']:>10}{base['attributions']:>14}"
            f"{base['cpu_seconds']:>9.2f}{base['us_per_char']:>9.1f}{1.0:>12.2f}",
        ]
        lines += [
            f"{row['name']:28}{row['chars']:>10}{row['attributions']:>14}{row['cpu_seconds']:>9.2f}"
            f"{row['us_per_char']:>9.1f}{row['ratio']:>12.2f}"
            for row in rows
        ]
    plain_console().print("\n".join(lines), highlight=False)


@bench.command("adversarial")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="use only the first N articles as ordinary news.")
@click.option("--batch-size", type=click.IntRange(min=1), help="documents per spaCy batch (setting batch_size).")
@click.option(
    "--hostile-chars",
    help="the sizes of each hostile text, comma-separated (default: 30000,300000).",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object.")
def bench_adversarial(
    corpus: Path, limit: int | None, batch_size: int | None, hostile_chars: str | None, as_json: bool
) -> None:
    """CPU seconds per character of extract on hostile texts (a line of opening quote marks, a line of
    quotes and speech verbs, quote paragraphs, nested reports, biddings with days nested in reports, speakers told
    only by a description, a sentence of verbs of saying joined by "and", words of one letter, participle cues set
    off after a cue ("he said, adding that"), documents put out and named again as sources, and CORPUS run together
    into one long text) against CORPUS as ordinary news; then of reading a hostile page (breadcrumbs over thousands
    of links) against CORPUS set as pages."""
    from quotegraph.batch.process import prepare_extracting_process
    from quotegraph.evaluation.adversarial import DEFAULT_SIZES, run_adversarial
    from quotegraph.evaluation.bench import read_corpus
    from quotegraph.nlp import load_pipeline

    prepare_extracting_process()  # hostile texts cost what `quotegraph extract` would spend on them
    sizes = _sizes(hostile_chars) if hostile_chars is not None else list(DEFAULT_SIZES)
    try:
        settings = load_settings({"batch_size": batch_size})
        nlp, articles = load_pipeline(settings), read_corpus(corpus, limit)
        report = run_adversarial(nlp, articles, settings, sizes).as_dict()
    except QuotegraphError as exc:
        fail(exc)
    if as_json:
        click.echo(json.dumps(report))
    else:
        _print_adversarial(report)


@bench.command("store")
@click.option(
    "--attributions",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="size of the corpus to build and search",
)
@click.option("--db", help="the corpus to build (kept) or reuse; default: a temporary SQLite file")
@click.option(
    "--source",
    "source",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=Path(".cache/bench/polnear-dev-results.jsonl"),
    show_default=True,
    help="extraction results (JSONL) to recombine",
)
@click.option(
    "--ingest-articles",
    type=click.IntRange(min=0),
    default=10_000,
    show_default=True,
    help="also time `ingest` of a results file of this many articles into a new SQLite corpus; 0: skip",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object.")
def bench_store_command(attributions: int, db: str | None, source: Path, ingest_articles: int, as_json: bool) -> None:
    """Ingest rate and search latency (p50, p95 of text, speaker and date searches) of a corpus of
    --attributions recombined from real extraction results. A --db that already holds them is
    searched as it is."""
    from quotegraph.batch.storebench import bench_ingest_file, bench_store, load_sources

    with failing(), _corpus_to_build(db, "bench.db") as (store, folder):
        sources = load_sources(source)
        report = bench_store(store, sources, attributions)
        store.close()  # before the file ingest: one corpus measured at a time
        if ingest_articles:
            rates = bench_ingest_file(sources, ingest_articles, folder)
            report.ingest_file_articles_per_s, report.ingest_file_articles_per_cpu_s = rates
    _echo_figures(report, as_json)


@bench.command("statements")
@click.option(
    "--quotes", type=click.IntRange(min=1), default=1_000_000, show_default=True, help="quotes to place in statements"
)
@click.option("--db", help="the corpus to build (kept); default: a temporary SQLite file")
@click.option(
    "--source",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=Path(".cache/bench/polnear-dev-results.jsonl"),
    show_default=True,
    help="extraction results (JSONL) to recombine, with their quotes edited",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object.")
def bench_statements_command(quotes: int, db: str | None, source: Path, as_json: bool) -> None:
    """Statement matching of --quotes quotes recombined from real results with edits (punctuation,
    a dropped clause, a changed word): quotes/s of the incremental update and peak RSS."""
    from quotegraph.batch.statementsbench import bench_statements
    from quotegraph.batch.storebench import load_sources

    with failing(), _corpus_to_build(db, "statements.db") as (store, _):
        report = bench_statements(store, load_sources(source), quotes)
    _echo_figures(report, as_json)


class _Figures(Protocol):
    def as_dict(self) -> dict[str, object]: ...

    def lines(self) -> list[str]: ...


@contextlib.contextmanager
def _corpus_to_build(db: str | None, name: str) -> Iterator[tuple[Store, Path]]:
    """The corpus a benchmark builds (``db``, else a file ``name`` in a temporary folder, removed
    after) and that folder, for other files the benchmark writes; the corpus is closed on leaving."""
    from quotegraph.store import open_store

    with tempfile.TemporaryDirectory(prefix="quotegraph-bench-") as folder:
        store = open_store(db or str(Path(folder) / name))
        try:
            yield store, Path(folder)
        finally:
            store.close()


def _echo_figures(report: _Figures, as_json: bool) -> None:
    click.echo(json.dumps(report.as_dict()) if as_json else "\n".join(report.lines()))
