"""Statements in the corpus: the SQL of quotes, their forms, LSH band keys and statements.

The graph layer decides (graph/statements.py: which quotes are one statement, how they differ); this
module keeps its decisions and answers queries. Writing goes through a ``StatementWriter``, one
transaction that holds the statements lock, so ids can be handed out in order and two writers never
cluster the same new quote twice. Deleting an article (``_delete_statement_rows``, called by
``SqlStore._delete_rows``) removes its quotes at once: a statement left without quotes goes with
them, one that only lost some is marked for re-clustering by the next update.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from quotegraph.errors import StoreError
from quotegraph.store.sqlbase import parameter_chunks, placeholders, placeholders_in
from quotegraph.store.statement_reads import UNDATED, StatementReads

__all__ = ["UNDATED", "FormRow", "QuoteRow", "QuoteSource", "StatementHead", "StatementStore", "StatementWriter"]

# The tables whose ids ``StatementWriter.next_ids`` hands out: their names go into its SQL as they are.
_ID_TABLES = ("quotes", "quote_forms", "statements")


class QuoteSource(NamedTuple):
    """A direct or mixed attribution of a pending article, as the update reads it (a tuple: one is
    made for each attribution placed)."""

    article_key: int
    position: int
    kind: str
    content: str | None
    day: str
    spans: dict[str, str | None]  # channel, addressee, source: JSON span lists, or None
    speaker_type: str | None
    speaker_name: str | None


@dataclass(frozen=True)
class FormRow:
    """A stored form: its id, statement, words (space-joined) and speaker's name key (None: no one named)."""

    id: int
    statement_id: int
    words: str
    speaker: str | None = None


class QuoteRow(NamedTuple):
    """A quote as stored, in the column order of ``quotes``."""

    id: int
    article_key: int
    position: int
    form_id: int
    text: str
    day: str
    cited_outlet: str | None


@dataclass(frozen=True)
class StatementHead:
    """A statement's first occurrence (its day, or UNDATED, and quote id) and that quote's form."""

    id: int
    first_day: str
    first_quote: int
    reference_form: int

    @property
    def order(self) -> tuple[str, int]:
        return self.first_day, self.first_quote


class StatementWriter:
    """The statement tables inside one write transaction (``StatementStore.statement_writer``)."""

    def __init__(self, store: StatementStore, cur: Any) -> None:
        self.store, self.cur = store, cur
        # (article, position) -> the attribution's corpus speaker and outlet, as ``quote_sources``
        # read them: ``add_quotes`` copies them into its quotes without looking each one up again
        self._owners: dict[tuple[int, int], tuple[int | None, int | None]] = {}

    def _all(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self.cur.execute(self.store._sql(statement), params)
        return [tuple(row) for row in self.cur.fetchall()]

    def _many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.cur.executemany(self.store._sql(statement), rows)

    def next_ids(self, table: str, count: int) -> list[int]:
        """``count`` fresh ids of ``quotes``, ``quote_forms`` or ``statements`` (the lock is held)."""
        if table not in _ID_TABLES:  # the name is spelled into the SQL: only these three, whatever calls it
            raise StoreError(f"no fresh ids for the table {table!r}: only {', '.join(_ID_TABLES)} take them")
        top = int(self._all(f"SELECT COALESCE(MAX(id), 0) FROM {table}")[0][0])
        return list(range(top + 1, top + 1 + count))

    # -- reading what is pending ------------------------------------------------------------------

    def pending_articles(self, limit: int) -> list[int]:
        """The keys of pending articles, in the order of their ids."""
        rows = self._all("SELECT key FROM articles WHERE statements_pending = 1 ORDER BY id LIMIT ?", (limit,))
        return [int(row[0]) for row in rows]

    def quote_sources(self, article_keys: Sequence[int]) -> list[QuoteSource]:
        """The direct and mixed attributions of the articles, in the articles' order, then by position."""
        found: list[QuoteSource] = []
        for chunk in parameter_chunks(article_keys):
            rows = self._all(
                "SELECT a.article_key, a.position, a.kind, a.content_text, a.day, a.channel_spans, "
                "a.addressee_spans, a.source_spans, a.speaker_type, a.speaker_name, a.speaker_id, a.outlet_id "
                f"FROM attributions a WHERE a.article_key IN ({placeholders(chunk)}) AND a.kind IN ('direct', 'mixed')",
                chunk,
            )
            found += [
                QuoteSource(
                    int(art), int(pos), str(kind), content, str(day or ""),
                    {"channel": ch, "addressee": ad, "source": so}, stype, sname,
                )
                for art, pos, kind, content, day, ch, ad, so, stype, sname, _, _ in rows
            ]  # fmt: skip
            self._owners.update(((int(row[0]), int(row[1])), (row[10], row[11])) for row in rows)
        order = {key: rank for rank, key in enumerate(article_keys)}
        return sorted(found, key=lambda source: (order[source.article_key], source.position))

    def outlet_mentions(self, article_keys: Sequence[int]) -> list[tuple[int, str, str]]:
        """(article key, outlet name, mentions JSON) of the articles' entities that are outlets."""
        found: list[tuple[int, str, str]] = []
        for chunk in parameter_chunks(article_keys):
            found += [
                (int(a), str(n), str(m))
                for a, n, m in self._all(
                    f"SELECT article_key, name, mentions FROM entities WHERE article_key IN ({placeholders(chunk)}) "
                    "AND type = 'OUTLET'",
                    chunk,
                )
            ]
        return found

    def known_forms(self, digests: Sequence[int]) -> dict[int, tuple[int, int]]:
        """digest -> (form id, statement id) for the digests already stored."""
        found: dict[int, tuple[int, int]] = {}
        for chunk in parameter_chunks(list(digests)):
            rows = self._all(
                f"SELECT digest, id, statement_id FROM quote_forms WHERE digest IN ({placeholders(chunk)})", chunk
            )
            found.update((int(d), (int(f), int(s))) for d, f, s in rows)
        return found

    def candidates(self, keys: Sequence[int]) -> list[tuple[int, int, int]]:
        """(band key, form id, statement id) for every stored form with one of these band keys."""
        found: list[tuple[int, int, int]] = []
        for chunk in parameter_chunks(sorted(set(keys))):
            rows = self._all(
                "SELECT b.band_key, f.id, f.statement_id FROM quote_bands b "
                f"JOIN quote_forms f ON f.id = b.form_id WHERE b.band_key IN ({placeholders(chunk)})",
                chunk,
            )
            found += [(int(k), int(f), int(s)) for k, f, s in rows]
        return found

    def form_rows(self, form_ids: Iterable[int]) -> dict[int, FormRow]:
        found: dict[int, FormRow] = {}
        for chunk in parameter_chunks(sorted(set(form_ids))):
            rows = self._all(
                f"SELECT id, statement_id, words, speaker FROM quote_forms WHERE id IN ({placeholders(chunk)})", chunk
            )
            found.update((int(i), FormRow(int(i), int(s), str(w), sp)) for i, s, w, sp in rows)
        return found

    def heads(self, statement_ids: Iterable[int]) -> dict[int, StatementHead]:
        found: dict[int, StatementHead] = {}
        for chunk in parameter_chunks(sorted(set(statement_ids))):
            rows = self._all(
                "SELECT id, first_day, first_quote, reference_form FROM statements "
                f"WHERE {placeholders_in('id', chunk)}",
                chunk,
            )
            found.update((int(i), StatementHead(int(i), str(d), int(q), int(f))) for i, d, q, f in rows)
        return found

    def forms_of(self, statement_ids: Iterable[int]) -> list[tuple[FormRow, str]]:
        """The forms of these statements with their printed text."""
        found: list[tuple[FormRow, str]] = []
        for chunk in parameter_chunks(sorted(set(statement_ids))):
            rows = self._all(
                "SELECT id, statement_id, words, text, speaker FROM quote_forms "
                f"WHERE statement_id IN ({placeholders(chunk)}) ORDER BY id",
                chunk,
            )
            found += [(FormRow(int(f), int(s), str(w), sp), str(t)) for f, s, w, t, sp in rows]
        return found

    def bands_of(self, form_ids: Sequence[int]) -> list[tuple[int, int]]:
        """(band key, form id) of these forms."""
        found: list[tuple[int, int]] = []
        for chunk in parameter_chunks(list(form_ids)):
            found += [
                (int(k), int(f))
                for k, f in self._all(
                    f"SELECT band_key, form_id FROM quote_bands WHERE form_id IN ({placeholders(chunk)})", chunk
                )
            ]
        return found

    def count(self) -> int:
        return int(self._all("SELECT COUNT(*) FROM statements")[0][0])

    def dirty(self, limit: int) -> list[int]:
        return [int(r[0]) for r in self._all("SELECT statement_id FROM statements_dirty ORDER BY 1 LIMIT ?", (limit,))]

    # -- writing ----------------------------------------------------------------------------------

    def add_forms(
        self, forms: Sequence[tuple[int, int, str, str, int, str | None]], bands: Sequence[tuple[int, int]]
    ) -> None:
        """forms: (id, digest, words, text, statement id, speaker); bands: (band key, form id)."""
        self._many(
            "INSERT INTO quote_forms (id, digest, words, text, statement_id, speaker) VALUES (?, ?, ?, ?, ?, ?)", forms
        )
        self._many("INSERT INTO quote_bands (band_key, form_id) VALUES (?, ?) ON CONFLICT DO NOTHING", bands)

    def add_quotes(self, quotes: Sequence[QuoteRow]) -> None:
        """Each quote with its attribution's corpus speaker and outlet, which listings read (as
        ``quote_sources`` read them in this transaction, else looked up)."""
        owners = self._owners
        known = [q for q in quotes if (q.article_key, q.position) in owners]
        self._many(
            "INSERT INTO quotes (id, article_key, position, form_id, text, day, cited_outlet, speaker_id, outlet_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*q, *owners[q.article_key, q.position]) for q in known],
        )
        quotes = [q for q in quotes if (q.article_key, q.position) not in owners]
        self._many(
            "INSERT INTO quotes (id, article_key, position, form_id, text, day, cited_outlet, speaker_id, outlet_id) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, a.speaker_id, a.outlet_id FROM attributions a "
            "WHERE a.article_key = ? AND a.position = ?",
            [(q.id, q.article_key, q.position, q.form_id, q.text, q.day, q.cited_outlet, q.article_key, q.position)
             for q in quotes],
        )  # fmt: skip

    def move_forms(self, moves: Sequence[tuple[int, int]]) -> None:
        """(from statement, to statement): every form of the first joins the second, which is gone
        (and the second is to be re-clustered if the first was)."""
        self._many("UPDATE quote_forms SET statement_id = ? WHERE statement_id = ?", [(t, f) for f, t in moves])
        self._many(
            "INSERT INTO statements_dirty (statement_id) SELECT ? WHERE EXISTS "
            "(SELECT 1 FROM statements_dirty WHERE statement_id = ?) ON CONFLICT DO NOTHING",
            [(t, f) for f, t in moves],
        )
        self._many("DELETE FROM statements_dirty WHERE statement_id = ?", [(f,) for f, _ in moves])
        self._many("DELETE FROM statements WHERE id = ?", [(f,) for f, _ in moves])

    def form_texts(self, form_ids: Iterable[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for chunk in parameter_chunks(sorted(set(form_ids))):
            rows = self._all(f"SELECT id, text FROM quote_forms WHERE id IN ({placeholders(chunk)})", chunk)
            found.update((int(i), str(t)) for i, t in rows)
        return found

    def assign_forms(self, assignments: Sequence[tuple[int, int]]) -> None:
        """(form id, statement id)."""
        self._many("UPDATE quote_forms SET statement_id = ? WHERE id = ?", [(s, f) for f, s in assignments])

    def put_heads(self, heads: Sequence[StatementHead]) -> None:
        """Creates each statement (with no occurrences counted yet) or sets its head."""
        self._many(
            "INSERT INTO statements (id, occurrences, first_day, first_quote, reference_form) VALUES (?, 0, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET first_day = excluded.first_day, first_quote = excluded.first_quote, "
            "reference_form = excluded.reference_form",
            [(h.id, h.first_day, h.first_quote, h.reference_form) for h in heads],
        )

    def recount(self, statement_ids: Sequence[int]) -> None:
        self._many(
            "UPDATE statements SET occurrences = (SELECT COUNT(*) FROM quotes q JOIN quote_forms f ON f.id = q.form_id "
            "WHERE f.statement_id = statements.id) WHERE id = ?",
            [(i,) for i in statement_ids],
        )

    def add_occurrences(self, counts: dict[int, int]) -> None:
        self._many(
            "UPDATE statements SET occurrences = occurrences + ? WHERE id = ?", [(n, i) for i, n in counts.items()]
        )

    def set_diffs(self, diffs: Sequence[tuple[int, str]]) -> None:
        self._many("UPDATE quote_forms SET diff = ? WHERE id = ?", [(d, f) for f, d in diffs])

    def first_quotes(self, statement_ids: Sequence[int]) -> list[StatementHead]:
        """Each statement's earliest quote, found again from its quotes (after a re-clustering)."""
        heads: list[StatementHead] = []
        for statement_id in statement_ids:
            rows = self._all(
                "SELECT CASE WHEN q.day = '' THEN ? ELSE q.day END AS d, q.id, q.form_id FROM quotes q "
                "JOIN quote_forms f ON f.id = q.form_id WHERE f.statement_id = ? ORDER BY d, q.id LIMIT 1",
                (UNDATED, statement_id),
            )
            if rows:
                day, quote, form = rows[0]
                heads.append(StatementHead(statement_id, str(day), int(quote), int(form)))
        return heads

    def clean(self, statement_ids: Sequence[int]) -> None:
        self._many("DELETE FROM statements_dirty WHERE statement_id = ?", [(i,) for i in statement_ids])

    def mark_done(self, article_keys: Sequence[int]) -> None:
        self._many("UPDATE articles SET statements_pending = 0 WHERE key = ?", [(k,) for k in article_keys])


class StatementStore(StatementReads):
    """The statement methods of ``SqlStore`` (mixed into it): writing here, reading in ``statement_reads``."""

    def _lock_statements(self, cur: Any) -> None:
        """Makes the transaction the only writer of statements (SQLite's BEGIN IMMEDIATE already does)."""

    @contextlib.contextmanager
    def statement_writer(self) -> Iterator[StatementWriter]:
        """One write transaction over the statement tables, the only one at a time."""
        with self.translated(), self._transaction() as cur:
            self._lock_statements(cur)
            yield StatementWriter(self, cur)

    def _delete_statement_rows(self, cur: Any, article_key: int) -> None:
        """An article's quotes go; forms left without quotes go with their band keys; a statement left
        without quotes goes, the others are counted again and marked dirty (the next update finds
        their components and first occurrences again)."""
        cur.execute(self._sql("SELECT 1 FROM quotes WHERE article_key = ? LIMIT 1"), (article_key,))
        if cur.fetchone() is None:
            return
        self._lock_statements(cur)  # a statements update must not place a quote in a form going now
        cur.execute(
            self._sql("SELECT DISTINCT f.id, f.statement_id FROM quotes q JOIN quote_forms f ON f.id = q.form_id "
                      "WHERE q.article_key = ?"),
            (article_key,),
        )  # fmt: skip
        forms = [(int(f), int(s)) for f, s in cur.fetchall()]
        if not forms:
            return
        cur.execute(self._sql("DELETE FROM quotes WHERE article_key = ?"), (article_key,))
        emptied = []
        for form_id, statement_id in forms:
            cur.execute(self._sql("SELECT 1 FROM quotes WHERE form_id = ? LIMIT 1"), (form_id,))
            if cur.fetchone() is None:
                emptied.append((form_id, statement_id))
        for form_id, _ in emptied:
            cur.execute(self._sql("DELETE FROM quote_bands WHERE form_id = ?"), (form_id,))
            cur.execute(self._sql("DELETE FROM quote_forms WHERE id = ?"), (form_id,))
        for statement_id in sorted({s for _, s in forms}):
            cur.execute(self._sql("SELECT 1 FROM quote_forms WHERE statement_id = ? LIMIT 1"), (statement_id,))
            if cur.fetchone() is None:
                cur.execute(self._sql("DELETE FROM statements WHERE id = ?"), (statement_id,))
                cur.execute(self._sql("DELETE FROM statements_dirty WHERE statement_id = ?"), (statement_id,))
                continue
            cur.execute(
                self._sql(
                    "UPDATE statements SET occurrences = (SELECT COUNT(*) FROM quotes q JOIN quote_forms f "
                    "ON f.id = q.form_id WHERE f.statement_id = ?) WHERE id = ?"
                ),
                (statement_id, statement_id),
            )
            # its first quote or a form may have gone: the next update finds its components and head again
            cur.execute(
                self._sql("INSERT INTO statements_dirty (statement_id) VALUES (?) ON CONFLICT DO NOTHING"),
                (statement_id,),
            )

    def _resync_quote_speakers(self, cur: Any, people: Sequence[int]) -> None:
        """The quotes of these people take their attribution's speaker again (a regrouping moved
        attributions from them: ``store.regroup``)."""
        for chunk in parameter_chunks(people):
            cur.execute(
                self._sql(
                    "UPDATE quotes SET speaker_id = (SELECT a.speaker_id FROM attributions a "
                    "WHERE a.article_key = quotes.article_key AND a.position = quotes.position) "
                    f"WHERE {placeholders_in('speaker_id', chunk)}"
                ),
                chunk,
            )
