"""Reading statements: listings and one statement's page, a page of occurrences at a time.

A statement may be quoted thousands of times, so nothing here reads every occurrence in full. A
listing picks its statements from ``statements`` (counts kept as quotes are placed), then reads a
light row of each of their quotes (``quotes`` holds its attribution's day, corpus speaker and
outlet: no join with the large tables) to find their order, speaker, origin, reporting chain and
variant count; only the occurrences shown are read in full, with their attribution and article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from quotegraph.model.corpus import ArticleRef, PeriodCount
from quotegraph.model.statements import (
    Carrier,
    Occurrence,
    Statement,
    StatementDetail,
    StatementSpeaker,
    Variant,
    Wording,
)
from quotegraph.store.keys import normalize_name
from quotegraph.store.query import check_name, check_page, storable_id
from quotegraph.store.sqlbase import SqlBase, guarded, parameter_chunks, placeholders_in

__all__ = ["UNDATED", "StatementReads"]

UNDATED = "~"  # sorts after every YYYY-MM-DD: an undated quote comes after the dated ones


class _QuoteKey(NamedTuple):
    """What a listing reads of every quote of a statement (a tuple: a listing reads thousands)."""

    statement_id: int
    id: int
    day: str  # "" when undated
    speaker_id: int | None
    outlet_id: int | None
    cited_outlet: str | None
    form_id: int
    variant: int  # 1 when its form's words differ from the first wording


def _in_order(quote: _QuoteKey) -> tuple[str, int]:
    """Occurrences run by day (undated last), then in the order they were stored."""
    return quote.day or UNDATED, quote.id


@dataclass(frozen=True)
class _Summary:
    """A statement's quotes in order, with what they make of it."""

    statement_id: int
    quotes: list[_QuoteKey]

    def speaker(self) -> int | None:
        """The corpus speaker most quotes credit; of equals, the earliest's (Counter keeps first-seen order)."""
        counts = Counter(q.speaker_id for q in self.quotes if q.speaker_id is not None)
        return counts.most_common(1)[0][0] if counts else None

    def cited(self) -> str | None:
        return next((q.cited_outlet for q in self.quotes if q.cited_outlet), None)

    def outlets_in_order(self) -> list[int | None]:
        return list(dict.fromkeys(q.outlet_id for q in self.quotes))


_OCCURRENCE_SELECT = (
    "SELECT q.id, q.text, q.cited_outlet, f.diff, a.attribution_id, a.kind, a.speaker_name, a.channel_text, "
    "a.addressee_text, art.id, o.name, art.published, art.title, art.url FROM quotes q "
    "JOIN quote_forms f ON f.id = q.form_id "
    "JOIN attributions a ON a.article_key = q.article_key AND a.position = q.position "
    "JOIN articles art ON art.key = q.article_key LEFT JOIN outlets o ON o.id = art.outlet_id "
)


class StatementReads(SqlBase):
    """The statement queries of ``SqlStore`` (mixed into it)."""

    if TYPE_CHECKING:

        def _speaker_ids_for(self, name: str) -> list[int]: ...  # store.searching

    @guarded
    def statements(
        self,
        *,
        speaker: str | None = None,
        speaker_id: int | None = None,
        min_occurrences: int = 1,
        variants: bool = False,
        limit: int = 50,
        offset: int = 0,
        occurrence_limit: int | None = None,
        after: tuple[int, int] | None = None,
    ) -> list[Statement]:
        check_page(limit, offset)
        check_name(speaker, "speaker")
        ids = self._listed(speaker, speaker_id, min_occurrences, variants, (limit, offset, after))
        summaries = self._summaries(ids)
        return self._assembled([summaries[i] for i in ids if i in summaries], 0, occurrence_limit)

    @guarded
    def statement(self, statement_id: int, *, offset: int = 0, limit: int | None = None) -> Statement | None:
        if not storable_id(statement_id):
            return None
        summary = self._summaries([statement_id]).get(statement_id)
        found = self._assembled([summary], offset, limit) if summary else []
        return found[0] if found else None

    @guarded
    def statement_detail(self, statement_id: int, *, offset: int = 0, limit: int = 50) -> StatementDetail | None:
        summary = self._summaries([statement_id]).get(statement_id)
        found = self._assembled([summary], offset, limit) if summary else []
        if not summary or not found:
            return None
        outlets = self._outlet_names({q.outlet_id for q in summary.quotes})
        carriers: dict[int | None, list[_QuoteKey]] = {}
        for quote in summary.quotes:
            carriers.setdefault(quote.outlet_id, []).append(quote)
        days = Counter(q.day for q in summary.quotes if q.day)
        return StatementDetail(
            statement=found[0],
            wordings=self._wordings(summary),
            carriers=tuple(
                Carrier(outlets.get(o) if o is not None else None, len(qs), qs[0].day or None)
                for o, qs in carriers.items()
            ),
            days=tuple(PeriodCount(day, count) for day, count in sorted(days.items())),
        )

    # -- which statements -------------------------------------------------------------------------

    def _listed(
        self,
        speaker: str | None,
        speaker_id: int | None,
        min_occurrences: int,
        variants: bool,
        page: tuple[int, int, tuple[int, int] | None],
    ) -> list[int]:
        limit, offset, after = page
        conditions: list[str] = ["s.occurrences >= ?"]
        params: list[Any] = [min_occurrences]
        people = [] if speaker is None else self._speaker_ids_for(speaker)
        if speaker_id is not None:
            people = [speaker_id] if speaker is None or speaker_id in people else []
        if (speaker is not None or speaker_id is not None) and not people:
            return []
        if people:
            conditions.append(
                "s.id IN (SELECT f.statement_id FROM quotes q JOIN quote_forms f ON f.id = q.form_id "
                f"WHERE {placeholders_in('q.speaker_id', people)})"
            )
            params += people
        if after is not None:
            conditions.append("(s.occurrences < ? OR (s.occurrences = ? AND s.id > ?))")
            params += [after[0], after[0], after[1]]
        if variants:
            conditions.append("EXISTS (SELECT 1 FROM quote_forms f WHERE f.statement_id = s.id AND f.diff <> '')")
        rows = self._rows(
            f"SELECT s.id FROM statements s WHERE {' AND '.join(conditions)} "
            "ORDER BY s.occurrences DESC, s.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [int(r[0]) for r in rows]

    def _summaries(self, ids: Sequence[int]) -> dict[int, _Summary]:
        quotes: dict[int, list[_QuoteKey]] = {}
        for chunk in parameter_chunks(list(ids)):
            rows = self._rows(
                "SELECT f.statement_id, q.id, q.day, q.speaker_id, q.outlet_id, q.cited_outlet, q.form_id, "
                "CASE WHEN f.diff = '' THEN 0 ELSE 1 END FROM quote_forms f JOIN quotes q ON q.form_id = f.id "
                f"WHERE {placeholders_in('f.statement_id', chunk)}",
                chunk,
            )
            for row in rows:  # integers as both drivers give them: no conversion per row
                quotes.setdefault(row[0], []).append(_QuoteKey._make(row))
        for found in quotes.values():
            found.sort(key=_in_order)
        return {i: _Summary(i, found) for i, found in quotes.items()}

    # -- what they are --------------------------------------------------------------------------

    def _assembled(self, summaries: list[_Summary], offset: int, limit: int | None) -> list[Statement]:
        pages = {s.statement_id: s.quotes[offset : None if limit is None else offset + limit] for s in summaries}
        wanted = {q.id for page in pages.values() for q in page} | {s.quotes[0].id for s in summaries}
        occurrences = self._occurrences(sorted(wanted))
        speakers = self._speaker_names({p for s in summaries if (p := s.speaker()) is not None})
        outlets = self._outlet_names({o for s in summaries for o in s.outlets_in_order()})
        found = []
        for summary in summaries:
            if summary.quotes[0].id not in occurrences:  # its article went since the quotes were read
                continue
            page = [occurrences[q.id] for q in pages[summary.statement_id] if q.id in occurrences]
            found.append(_statement(summary, occurrences[summary.quotes[0].id][0], page, speakers, outlets))
        return found

    def _occurrences(self, quote_ids: Sequence[int]) -> dict[int, tuple[Occurrence, str]]:
        """Each quote as an occurrence, with its form's diff."""
        found: dict[int, tuple[Occurrence, str]] = {}
        for chunk in parameter_chunks(list(quote_ids)):
            rows = self._rows(f"{_OCCURRENCE_SELECT} WHERE {placeholders_in('q.id', chunk)}", chunk)
            for quote_id, text, cited, diff, attribution, kind, name, channel, addressee, *ref in rows:
                article = ArticleRef(*ref)
                occurrence = Occurrence(article, str(attribution), kind, str(text), name, channel, addressee, cited)
                found[int(quote_id)] = (occurrence, str(diff or ""))
        return found

    def _wordings(self, summary: _Summary) -> tuple[Wording, ...]:
        by_form: dict[int, list[_QuoteKey]] = {}
        for quote in summary.quotes:
            by_form.setdefault(quote.form_id, []).append(quote)
        forms = list(by_form)
        diffs: dict[int, str] = {}
        for chunk in parameter_chunks(forms):
            rows = self._rows(f"SELECT id, diff FROM quote_forms WHERE {placeholders_in('id', chunk)}", chunk)
            diffs.update((int(i), str(d or "")) for i, d in rows)
        firsts = self._occurrences([qs[0].id for qs in by_form.values()])
        return tuple(
            Wording(firsts[qs[0].id][0].text, diffs[form], len(qs), firsts[qs[0].id][0].article)
            for form, qs in by_form.items()
            if form in diffs and qs[0].id in firsts
        )

    def _speaker_names(self, ids: set[int]) -> dict[int, str]:
        return self._names_of("speakers", ids)

    def _outlet_names(self, ids: set[int | None]) -> dict[int, str]:
        return self._names_of("outlets", {i for i in ids if i is not None})

    def _names_of(self, table: str, ids: set[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for chunk in parameter_chunks(sorted(ids)):
            rows = self._rows(f"SELECT id, name FROM {table} WHERE {placeholders_in('id', chunk)}", chunk)
            found.update((int(i), str(n)) for i, n in rows)
        return found


def _statement(
    summary: _Summary,
    first: Occurrence,
    page: list[tuple[Occurrence, str]],
    speakers: dict[int, str],
    outlets: dict[int, str],
) -> Statement:
    origin = summary.cited() or first.article.outlet
    speaker = summary.speaker()
    return Statement(
        id=summary.statement_id,
        text=first.text,
        first=first,
        occurrences=tuple(o for o, _ in page),
        occurrence_count=len(summary.quotes),
        speaker=None if speaker is None else StatementSpeaker(speaker, speakers.get(speaker, "")),
        origin=origin,
        chain=_chain(origin, [outlets.get(o) for o in summary.outlets_in_order() if o is not None]),
        variants=tuple(Variant(article=o.article.id, attribution=o.attribution, diff=d) for o, d in page if d),
        variant_count=sum(q.variant for q in summary.quotes),
    )


def _chain(origin: str | None, outlets: list[str | None]) -> tuple[str, ...]:
    """The origin, then each outlet in order, each once (names compared as keys)."""
    chain: list[str] = []
    seen: set[str] = set()
    for outlet in [origin, *outlets]:
        if outlet and normalize_name(outlet) not in seen:
            seen.add(normalize_name(outlet))
            chain.append(outlet)
    return tuple(chain)
