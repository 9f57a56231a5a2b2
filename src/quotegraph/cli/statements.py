"""``quotegraph statements``: quotes carried by several articles, their origin and their variants."""

from __future__ import annotations

import click

from quotegraph.cli.errors import failing
from quotegraph.cli.output import chosen_listing, format_option
from quotegraph.settings import load_settings

__all__ = ["statements"]


@click.command()
@click.option("--speaker", help="statements some occurrence credits to this speaker (a full name or a surname)")
@click.option("--min-occurrences", type=click.IntRange(1), default=1, show_default=True, help="quoted this often")
@click.option("--variants", is_flag=True, help="only statements with an occurrence whose words differ")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True, help="statements listed")
@format_option()
@click.option("--db", help="the corpus: an SQLite file or a postgresql:// URL (setting db).")
def statements(
    speaker: str | None, min_occurrences: int, variants: bool, limit: int, fmt: str | None, db: str | None
) -> None:
    """Statements of the corpus, the most often quoted first: each quote carried by one or more
    articles, with its occurrences, where it first appeared and the wordings that differ."""
    from quotegraph.graph.statements import update_statements
    from quotegraph.store import open_store

    listing = chosen_listing(fmt)
    with failing():
        settings = load_settings({"db": db})
        store = open_store(settings.db, busy_timeout=settings.db_timeout, create=False)
        try:
            update_statements(store)  # ingest does this; a corpus from before statements catches up here
            found = store.statements(speaker=speaker, min_occurrences=min_occurrences, variants=variants, limit=limit)
        finally:
            store.close()
    listing.statements(found, show_diffs=variants)
