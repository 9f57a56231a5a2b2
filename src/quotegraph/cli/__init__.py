"""The ``quotegraph`` command: thin click commands over the library."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import msgspec

from quotegraph.cli.spark import spark as spark_command
from quotegraph.errors import QuotegraphError
from quotegraph.model import Article

__all__ = ["main"]


@click.group()
@click.version_option(package_name="quotegraph")
def main() -> None:
    """Who said what, to whom, through which channel, when: attributions from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", help="publication date (YYYY-MM-DD) used to resolve relative times")
def extract(paths: tuple[str, ...], published: str | None) -> None:
    """Print the attributions of each article as one JSON object per line."""
    from quotegraph.nlp import extract_article, load_pipeline

    nlp = load_pipeline()
    failed = 0
    for path in paths:
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
            result = extract_article(nlp, Article(id=path, text=text, published=published))
        except (OSError, UnicodeDecodeError, QuotegraphError) as exc:
            click.echo(f"error: {path}: {exc}", err=True)
            failed += 1
            continue
        click.echo(msgspec.json.encode(result).decode())
    sys.exit(1 if failed else 0)


main.add_command(spark_command)
