"""``quotegraph batch``: many inputs to a directory of output parts, in parallel, resumable."""

from __future__ import annotations

from pathlib import Path

import click

from quotegraph.cli.errors import end_run, fail
from quotegraph.errors import QuotegraphError
from quotegraph.io.readers import FORMATS
from quotegraph.io.writers import JSONL, OUTPUT_FORMATS
from quotegraph.settings import load_settings

__all__ = ["batch", "print_batch_bench"]


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="output directory")
@click.option("--workers", type=int, help="worker processes (default: one per CPU)")
@click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS), default=JSONL, show_default=True)
@click.option("--input-format", type=click.Choice(FORMATS), help="override the file extension")
@click.option("--text-field", help="JSONL field holding the text (default: text)")
@click.option("--id-field", help="JSONL field holding the id (default: id)")
@click.option("--html-field", help="JSONL field holding raw HTML")
@click.option("--part-size", type=int, help="articles per output part (default: 100)")
@click.option(
    "--type", "types", metavar="TYPE[,TYPE]", help="keep only attributions of these types (statement, thought, finding)"
)
@click.option("--engine", default="local", show_default=True, help="where the work runs")
@click.option("--quiet", is_flag=True, help="no progress bar; only the final summary")
def batch(
    inputs: tuple[str, ...], out_dir: str, output_format: str, input_format: str | None, **options: object
) -> None:
    """Extract attributions from every article in INPUTS (files, directories, or - for stdin) into OUT.

    Run the same command again after an interruption: finished parts are kept, the rest is done.
    Failed articles go to OUT/failures.jsonl with their source and reason. Exit status: 0 when none
    failed, 3 when some failed and the others were extracted, 1 when none was extracted."""
    from quotegraph.batch import run_batch
    from quotegraph.batch.progress import BarProgress, QuietProgress

    quiet = bool(options.pop("quiet"))
    engine = str(options.pop("engine"))
    try:
        settings = load_settings(options)
        outcome = run_batch(
            list(inputs),
            Path(out_dir),
            settings,
            output_format=output_format,
            input_format=input_format,
            engine=engine,
            progress=QuietProgress() if quiet else BarProgress(),
        )
    except QuotegraphError as exc:
        fail(exc)
    click.echo(outcome.counts.line(), err=True)
    totals = outcome.totals
    click.echo(
        f"{out_dir}: {totals['extracted']:,} extracted, {totals['failed']:,} failed in {totals['parts']} parts",
        err=True,
    )
    end_run(totals["extracted"], totals["failed"])


def print_batch_bench(corpus: Path, workers: int, batch_size: int | None) -> None:
    """The figures of ``quotegraph bench --batch N``; ``bench`` calls this so its own code stays apart."""
    from quotegraph.batch.bench import bench_batch

    try:
        report = bench_batch([str(corpus)], load_settings({"batch_size": batch_size}), range(1, workers + 1))
    except QuotegraphError as exc:
        fail(exc)
    click.echo("\n".join(report.lines()))
