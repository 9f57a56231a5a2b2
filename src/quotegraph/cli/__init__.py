"""The ``quotegraph`` command: thin click commands over the library."""

from __future__ import annotations

import click

from quotegraph.cli.batch import batch
from quotegraph.cli.bench import bench
from quotegraph.cli.bench_serve import bench_serve
from quotegraph.cli.corpus import aliases, ingest, search, speakers
from quotegraph.cli.evaluate import evaluate
from quotegraph.cli.extract import extract
from quotegraph.cli.serve import serve
from quotegraph.cli.spark import spark, spark_statements
from quotegraph.cli.statements import statements

__all__ = ["main"]


@click.group()
@click.version_option(package_name="quotegraph")
def main() -> None:
    """Who said what, to whom, through which channel, when: attributions from news articles."""


main.add_command(extract)
main.add_command(evaluate, name="eval")
main.add_command(bench)
main.add_command(batch)
main.add_command(spark)
main.add_command(spark_statements)
main.add_command(serve)
bench.add_command(bench_serve)
main.add_command(ingest)
main.add_command(search)
main.add_command(speakers)
main.add_command(aliases)
main.add_command(statements)
