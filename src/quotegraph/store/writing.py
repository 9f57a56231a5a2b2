"""Writing a corpus: results in batches (new, changed or unchanged), failures, deletions.

A batch of results is one transaction: new and changed results are laid out as rows
(``rows.RowBatch``) and each table gets one insert; the corpus ids of outlets and speakers are
kept in memory between batches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from quotegraph.model import ArticleResult, Failure
from quotegraph.model.codec import encode_result
from quotegraph.model.corpus import IngestReport
from quotegraph.store.identity import IdentityStore
from quotegraph.store.keys import outlet_of, published_day
from quotegraph.store.query import check_page
from quotegraph.store.rows import ABOUT, ARTICLES, ATTRIBUTIONS, ENTITIES, RowBatch
from quotegraph.store.rows import now as now_stamp
from quotegraph.store.sqlbase import guarded, parameter_chunks, placeholders_in

__all__ = ["ADD_BATCH", "Writing"]

ADD_BATCH = 500  # articles per write transaction: fewer commits, yet short locks for other writers


class Writing(IdentityStore):
    @guarded
    def add(self, results: Iterable[ArticleResult]) -> IngestReport:
        report = IngestReport()
        batch: list[ArticleResult] = []
        for result in results:
            batch.append(result)
            if len(batch) == ADD_BATCH:
                report = report + self._add_batch(batch)
                batch = []
        if batch:
            report = report + self._add_batch(batch)
        self._refresh_statistics()
        return report

    def _add_batch(self, results: Sequence[ArticleResult]) -> IngestReport:
        try:
            with self._transaction() as cur:
                return self._write_batch(cur, results)
        except BaseException:
            self._speaker_ids.clear()  # ids handed out in the rolled-back transaction are gone
            self._outlet_ids.clear()
            raise

    def _write_batch(self, cur: Any, results: Sequence[ArticleResult]) -> IngestReport:
        """New and changed results of the batch in one insert per table; unchanged ones are skipped.
        The last of two results with one id in a batch wins, as if added one after the other."""
        report = IngestReport()
        self._begin_names(cur)
        stored = self._digests(cur, [r.id for r in results])
        latest: dict[str, tuple[ArticleResult, str]] = {}
        for result in results:
            digest = hashlib.sha256(encode_result(result)).hexdigest()
            if (latest[result.id][1] if result.id in latest else stored.get(result.id)) == digest:
                report.unchanged += 1
                continue
            if result.id in stored or result.id in latest:
                report.replaced += 1
            else:
                report.added += 1
            latest[result.id] = (result, digest)
        for article_id in latest.keys() & stored.keys():
            self._delete_rows(cur, article_id)
        batch = RowBatch(form=self.cells)
        self._meet_names(cur, (e for result, _ in latest.values() for e in result.entities))
        keys = self._article_keys(cur, len(latest))
        for key, (result, digest) in zip(keys, latest.values(), strict=True):
            outlet = outlet_of(result)
            outlet_id = None if outlet is None else self._outlet_id(cur, outlet)
            speakers, pronouns = self._entity_speakers(cur, result.entities)
            batch.add(result, key, digest, outlet_id, published_day(result.published) or "", speakers, pronouns)
        self._insert_rows(cur, batch, list(latest))
        self._count_names(cur)
        return report

    def _digests(self, cur: Any, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in parameter_chunks(ids):
            cur.execute(self._sql(f"SELECT id, digest FROM articles WHERE {placeholders_in('id', chunk)}"), chunk)
            found.update((str(i), str(d)) for i, d in cur.fetchall())
        return found

    def _insert_rows(self, cur: Any, batch: RowBatch, article_ids: list[str]) -> None:
        for chunk in parameter_chunks(article_ids):
            cur.execute(self._sql(f"DELETE FROM failures WHERE {placeholders_in('id', chunk)}"), chunk)
        cur.execute("SELECT COALESCE(MAX(id), 0) FROM attributions")
        newest = int(cur.fetchone()[0])
        for table, rows in ((ARTICLES, batch.articles), (ENTITIES, batch.entities), (ATTRIBUTIONS, batch.attributions)):
            if rows:
                cur.executemany(self._insert_many(table), rows)
        self._index_text_after(cur, newest)
        if batch.about:
            cur.executemany(self._insert_many(ABOUT, " ON CONFLICT DO NOTHING"), batch.about)
        self._add_counts(cur, batch.speaker_outlets, batch.kinds, 1)

    def _add_counts(
        self, cur: Any, speakers: dict[tuple[int, int], list[int]], kinds: dict[tuple[str, str], int], sign: int
    ) -> None:
        """Adds (``sign`` 1) or takes away (-1) statements and articles by speaker and outlet, and
        attributions by kind and type; rows counting nothing are dropped."""
        if speakers:
            cur.executemany(
                self._sql(
                    "INSERT INTO speaker_outlets (speaker_id, outlet_id, statements, articles) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (speaker_id, outlet_id) DO UPDATE SET statements = speaker_outlets.statements "
                    "+ excluded.statements, articles = speaker_outlets.articles + excluded.articles"
                ),
                [(s, o, sign * n, sign * a) for (s, o), (n, a) in speakers.items()],
            )
        if kinds:
            cur.executemany(
                self._sql(
                    "INSERT INTO attribution_counts (kind, type, n) VALUES (?, ?, ?) "
                    "ON CONFLICT (kind, type) DO UPDATE SET n = attribution_counts.n + excluded.n"
                ),
                [(k, t, sign * n) for (k, t), n in kinds.items()],
            )
        if sign < 0:
            cur.execute("DELETE FROM speaker_outlets WHERE statements <= 0")
            cur.execute("DELETE FROM attribution_counts WHERE n <= 0")

    @guarded
    def add_failures(self, failures: Iterable[Failure]) -> int:
        now = now_stamp()
        rows = [(f.id, f.source, f.reason, f.error, now) for f in failures]
        if rows:
            statement = (
                "INSERT INTO failures (id, source, reason, error, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id, source) DO UPDATE "
                "SET reason = excluded.reason, error = excluded.error, at = excluded.at"
            )
            with self._transaction() as cur:
                cur.executemany(self._sql(statement), rows)
        return len(rows)

    @guarded
    def failures(self, *, limit: int = 100) -> list[Failure]:
        check_page(limit)
        rows = self._rows("SELECT id, source, reason, error FROM failures ORDER BY at DESC, id LIMIT ?", (limit,))
        return [Failure(id=str(i), source=str(s), reason=str(r), error=str(e)) for i, s, r, e in rows]

    def _outlet_id(self, cur: Any, name: str) -> int:
        found = self._outlet_ids.get(name)
        if found is None:
            found = self._upsert_id(cur, "INSERT INTO outlets (name) VALUES (?)", (name,))
            self._outlet_ids[name] = found
        return found

    def _upsert_id(self, cur: Any, insert: str, params: Sequence[Any]) -> int:
        """The id of the row with that unique key, inserting it when new (the first column is the key)."""
        key_column = insert.split("(")[1].split(",")[0].split(")")[0].strip()
        statement = (
            f"{insert} ON CONFLICT ({key_column}) DO UPDATE SET {key_column} = excluded.{key_column} RETURNING id"
        )
        cur.execute(self._sql(statement), params)
        return int(cur.fetchone()[0])

    @guarded
    def delete(self, article_id: str) -> bool:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT 1 FROM articles WHERE id = ?"), (article_id,))
            if cur.fetchone() is None:
                return False
            self._begin_names(cur)
            self._delete_rows(cur, article_id)
            self._count_names(cur)
        return True

    def _delete_rows(self, cur: Any, article_id: str) -> None:
        cur.execute(self._sql("SELECT key FROM articles WHERE id = ?"), (article_id,))
        key = int(cur.fetchone()[0])
        cur.execute(
            self._sql(
                "SELECT speaker_id, COALESCE(outlet_id, 0), COUNT(*) FROM attributions "
                "WHERE article_key = ? AND speaker_id IS NOT NULL GROUP BY speaker_id, COALESCE(outlet_id, 0)"
            ),
            (key,),
        )
        speakers = {(int(s), int(o)): [int(n), 1] for s, o, n in cur.fetchall()}
        cur.execute(
            self._sql("SELECT kind, type, COUNT(*) FROM attributions WHERE article_key = ? GROUP BY kind, type"),
            (key,),
        )
        self._add_counts(cur, speakers, {(str(k), str(t)): int(n) for k, t, n in cur.fetchall()}, -1)
        self._unindex_text(cur, key)
        self._uncount_names(cur, key)
        self._delete_statement_rows(cur, key)
        for table in ("attribution_about", "attributions", "entities"):
            cur.execute(self._sql(f"DELETE FROM {table} WHERE article_key = ?"), (key,))
        cur.execute(self._sql("DELETE FROM articles WHERE key = ?"), (key,))
