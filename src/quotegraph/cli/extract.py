"""``quotegraph extract``: attributions of articles, as JSON lines or a table."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click
import msgspec

from quotegraph.cli.errors import end_run, failing
from quotegraph.cli.output import chosen_listing, format_option, plain_console, print_failure
from quotegraph.errors import InputError
from quotegraph.io import read
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.model.periods import checked_day
from quotegraph.settings import Settings, load_settings
from quotegraph.store import Store

__all__ = ["extract"]


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return checked_day(value)
    except InputError as error:  # click reports a bad option itself, with the usage line
        raise click.BadParameter(str(error)) from error


def _gather(paths: tuple[str, ...], published: str | None, settings: Settings) -> Iterator[Article | Failure]:
    """The io layer's articles; ``--published`` overrides the date an input carries."""
    for item in read(paths, None, settings):
        yield msgspec.structs.replace(item, published=published) if published and isinstance(item, Article) else item


@contextlib.contextmanager
def _corpus(db: str | None) -> Iterator[Store | None]:
    if db is None:
        yield None
        return
    from quotegraph.graph.speakers import update_speakers
    from quotegraph.store import open_store

    store = open_store(db)
    try:
        yield store
        update_speakers(store)  # the names it added, grouped with the corpus's
    finally:
        store.close()


def _run(paths: tuple[str, ...], published: str | None, settings: Settings) -> Iterator[ArticleResult | Failure]:
    """Outcomes in input order: read failures pass straight through, articles go through the pipeline."""
    from quotegraph.nlp import extract_many, load_pipeline

    nlp = load_pipeline(settings)
    pending: list[Article] = []
    for item in _gather(paths, published, settings):
        if isinstance(item, Failure):
            yield from extract_many(nlp, pending, settings)
            pending = []
            yield item
        else:
            pending.append(item)
            if len(pending) >= settings.batch_size:
                yield from extract_many(nlp, pending, settings)
                pending = []
    yield from extract_many(nlp, pending, settings)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--published", metavar="YYYY-MM-DD", callback=_check_date, help="publication date used to resolve relative times."
)
@format_option(help="output format; default: table when stdout is a terminal, jsonl otherwise.")
@click.option("--no-text", is_flag=True, help="leave the article text out of JSON output.")
@click.option("--batch-size", type=int, help="documents per spaCy batch (setting batch_size).")
@click.option(
    "--type",
    "types",
    metavar="TYPE[,TYPE]",
    help="keep only attributions of these types: statement, thought, finding (setting types).",
)
@click.option("--db", help="also store each result in this corpus (an SQLite file or a postgresql:// URL).")
def extract(
    paths: tuple[str, ...],
    published: str | None,
    fmt: str | None,
    no_text: bool,
    batch_size: int | None,
    types: str | None,
    db: str | None,
) -> None:
    """Find the attributions in each article.

    PATHS are .txt files (one article each), .jsonl files (one {"id", "text", ...} object per line;
    "id" and the other fields are carried to the output), any other input `quotegraph batch` reads
    (HTML, WARC, directories), or - for standard input.

    Output goes to stdout: a readable table when stdout is a terminal, one JSON object per article
    (JSONL) otherwise. Unreadable inputs are reported on stderr and the rest go on; the exit status
    is 3 when some inputs failed and 1 when all did.
    """
    from quotegraph.batch.process import prepare_extracting_process

    prepare_extracting_process()
    listing = chosen_listing(fmt)
    with failing():
        settings = load_settings({"include_text": False if no_text else None, "batch_size": batch_size, "types": types})
    errors = plain_console(stderr=True)
    failed = succeeded = 0
    with failing(), _corpus(db) as store:
        for outcome in _run(paths, published, settings):
            if isinstance(outcome, Failure):
                failed += 1
                print_failure(outcome, errors)
                continue
            succeeded += 1
            if store is not None:
                store.add([outcome])
            listing.result(outcome)
    if failed:
        errors.print(f"{failed} input(s) failed", highlight=False)
    end_run(succeeded, failed)
