"""The store for many writers and big corpora: PostgreSQL through psycopg 3 (the ``postgres`` extra).

Full-text search uses a generated ``tsvector`` column with a GIN index and ``websearch_to_tsquery``,
which parses the (already sanitised) search text safely. Each thread gets its own connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from quotegraph.errors import ConfigError, StoreError
from quotegraph.store.query import Query
from quotegraph.store.sql import HIGHLIGHT_END, HIGHLIGHT_START, SqlStore, TextMatch

__all__ = ["PostgresStore"]

# A band of ids is this many times as wide as the band of matches the other dialect ranks, so
# that a word in one attribution of ten fills about as large a band.
PG_IDS_PER_MATCH = 10
CONNECT_TIMEOUT = 10  # seconds: an unreachable server is reported, not waited on for minutes
_CONFIG = "quotegraph_english"  # schema.py: stemming as SQLite's porter tokenizer, accents folded


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise ConfigError("PostgreSQL needs the postgres extra: pip install 'quotegraph[postgres]'") from exc
    return psycopg


class PostgresStore(SqlStore):
    dialect = "postgresql"
    share_lock = " FOR SHARE"
    update_lock = " FOR UPDATE"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.psycopg = _psycopg()
        self.driver_errors = (self.psycopg.Error,)
        self.url = url
        with self.translated():
            self._migrate()

    def _connect(self) -> Any:
        return self.psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Any]:
        connection = self._connection()
        with connection.transaction(), connection.cursor() as cursor:
            yield cursor

    def _sql(self, statement: str) -> str:
        return statement.replace("?", "%s")

    def _monday_of(self, day: str) -> str:
        return f"to_char(date_trunc('week', CAST({day} AS date)), 'YYYY-MM-DD')"

    def _schema_version(self, cur: Any = None) -> int:
        cursor = cur or self._cursor()
        cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        tables = {row[0] for row in cursor.fetchall()}
        if not tables:
            return 0
        if "meta" not in tables:
            raise StoreError(
                f"{self._safe_url()} holds tables that are not a quotegraph corpus: {', '.join(sorted(tables))}"
            )
        cursor.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        row = cursor.fetchone()
        return int(row[0]) if row else 0

    def _lock_statements(self, cur: Any) -> None:
        # one statements writer at a time: ids are handed out in order, a new quote is clustered once
        cur.execute("LOCK TABLE statements IN EXCLUSIVE MODE")

    def _index_text_after(self, cur: Any, newest: int) -> None:
        pass  # content_tsv is a generated column: PostgreSQL indexes each row as it is written

    def _unindex_text(self, cur: Any, article_key: int) -> None:
        pass  # and drops it with the row

    def _article_keys(self, cur: Any, count: int) -> list[int]:
        # from the column's own sequence: other writers take theirs at the same time
        cur.execute("SELECT nextval(pg_get_serial_sequence('articles', 'key')) FROM generate_series(1, %s)", (count,))
        return [int(row[0]) for row in cur.fetchall()]

    def _text_match(self, query: Query) -> TextMatch:
        assert query.text is not None  # for mypy only: ``search`` asks for a text match when there is a text
        return TextMatch(
            source=f"attributions a CROSS JOIN websearch_to_tsquery('{_CONFIG}', ?) AS tsq",
            source_params=[query.text.websearch()],
            id="a.id",
            attributions_join="",
            condition="a.content_tsv @@ tsq",
            condition_params=[],
            score="ts_rank_cd(a.content_tsv, tsq)::float8",  # float4 would not survive a round trip in a cursor
        )

    def _refresh_statistics(self) -> None:
        pass  # autovacuum analyses a table once a tenth of it has changed

    def _band_floor(self, match: TextMatch, band: int, upto: int) -> int:
        """Bands of ids rather than of matches: counting matches in id order makes PostgreSQL read
        every matching row (the GIN index is not ordered by id). The first band is the newest
        rank_band * PG_IDS_PER_MATCH ids, and each band back is as wide as all the bands before it, so a rare word
        is found in a few bands and a common one is ranked a window at a time."""
        width = max(self.rank_band * PG_IDS_PER_MATCH, upto - band)
        return max(band - width, 0)

    def _highlight(self, rows: list[tuple[int, str]], query: Query) -> dict[int, str]:
        if not rows or query.text is None:
            return {}
        options = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, HighlightAll=true"
        marked = self._rows(
            f"SELECT a.id, ts_headline('{_CONFIG}', a.content_text, websearch_to_tsquery('{_CONFIG}', ?), ?) "
            "FROM attributions a WHERE a.id = ANY(?)",
            [query.text.websearch(), options, [row_id for row_id, _ in rows]],
        )
        texts = dict(rows)
        plain = {int(i): str(t) for i, t in marked}
        # ts_headline rebuilds the text from its parse: keep it only where it gave the text back unchanged
        return {i: t for i, t in plain.items() if t.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "") == texts[i]}

    def store_error(self, exc: Exception) -> StoreError:
        if isinstance(exc, self.psycopg.OperationalError) and "connect" in str(exc).lower():
            return StoreError(f"cannot reach PostgreSQL at {self._safe_url()}: {str(exc).strip().splitlines()[0]}")
        return StoreError(f"{self._safe_url()}: {str(exc).strip()}")

    def _safe_url(self) -> str:
        """The URL without its password, for messages."""
        parts = urlsplit(self.url)
        host = f"{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}"
        user = f"{parts.username}@" if parts.username else ""
        return f"{parts.scheme}://{user}{host}{parts.path}"
