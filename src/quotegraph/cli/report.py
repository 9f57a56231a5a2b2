"""``quotegraph report``: the corpus's analytics as an HTML report with plots, written offline."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import click

from quotegraph.cli.corpus import DB_HELP, open
from quotegraph.cli.errors import failing
from quotegraph.graph.analytics import MAX_TOP
from quotegraph.settings import load_settings

__all__ = ["report"]


@click.command()
@click.option("--db", help=DB_HELP)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="folder for index.html and the plots' SVG files (created when missing; an earlier report there is replaced)",
)
@click.option("--since", help="count statements published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")
@click.option("--until", help="count statements published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)")
@click.option(
    "--pair",
    "pairs",
    nargs=2,
    multiple=True,
    metavar="NAME NAME",
    help="compare how each outlet quotes these two speakers (again for more pairs; default: the two quoted most)",
)
@click.option("--period", type=click.Choice(["month", "week"]), default="month", show_default=True)
@click.option("--top", type=click.IntRange(1, MAX_TOP), default=10, show_default=True, help="speakers a ranking lists")
def report(
    db: str | None,
    out: Path,
    since: str | None,
    until: str | None,
    pairs: tuple[tuple[str, str], ...],
    period: str,
    top: int,
) -> None:
    """Write the corpus's analytics into OUT: who is quoted most (overall, per outlet, per period), how
    often each outlet quotes each side of a pair, and statements by speaker gender as the articles'
    pronouns say it; one index.html that reads offline, and each plot as an SVG file."""
    from quotegraph.graph.analytics import analytics, make_request
    from quotegraph.graph.charts import charts
    from quotegraph.web.report import write_report

    started = time.perf_counter()
    with failing():
        request = make_request(since=since, until=until, period=period, pairs=pairs, top=top)
        store = open(load_settings({"db": db}), create=False)
        try:
            found, stats = analytics(store, request), store.stats()
        finally:
            store.close()
        made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        written = write_report(out, found, charts(found), stats, made=made)
    click.echo(
        f"{written[0]}: {found.quoted.statements:,} statements, {len(written) - 1} plots "
        f"({time.perf_counter() - started:.1f} s)",
        err=True,
    )
