"""The statement pages: ``/statements`` (the most quoted first, with filters and pages) and
``/statements/{id}`` (its occurrences on a timeline, the outlets that carried it, its wordings
with their word diffs, and its occurrences a page at a time).

Both are plain HTML forms and links, so they work without JavaScript. Pages of the listing follow
the store's keyset cursor; an occurrence page is an offset into one statement's occurrences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from quotegraph.errors import QueryError
from quotegraph.model.corpus import PeriodCount
from quotegraph.model.periods import period_name
from quotegraph.model.statements import parse_statement_cursor, statement_cursor
from quotegraph.store import Store
from quotegraph.web.pages import Pages
from quotegraph.web.params import link, whole_number
from quotegraph.web.timeline import MAX_BARS, fill_periods, timeline_svg

__all__ = ["OCCURRENCES_PAGE", "STATEMENTS_PAGE", "StatementPages", "diff_html", "occurrence_periods"]

STATEMENTS_PAGE = 25  # statements a listing page shows
OCCURRENCES_PAGE = 50  # occurrences a statement's page lists at a time
MAX_DAY_BARS = 92  # about a quarter: beyond that a statement's timeline counts weeks, then months

# git's word-diff notation, as the graph layer writes it: [-removed words-] and {+added words+}
_DIFF_PIECE = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def diff_html(diff: str) -> Markup:
    """A word diff as HTML: removed words in ``<del>``, added ones in ``<ins>``, every word escaped."""
    parts: list[Markup] = []
    position = 0
    for match in _DIFF_PIECE.finditer(diff):
        parts.append(Markup.escape(diff[position : match.start()]))
        removed, added = match.group(1), match.group(2)
        if removed is not None:
            parts.append(Markup('<del><span class="sr">removed: </span>{}</del>').format(removed))
        else:
            parts.append(Markup('<ins><span class="sr">added: </span>{}</ins>').format(added))
        position = match.end()
    parts.append(Markup.escape(diff[position:]))
    return Markup("").join(parts)


def occurrence_periods(days: Sequence[PeriodCount]) -> tuple[list[PeriodCount], str]:
    """Occurrences per day from the first dated one to the last, or per week or month when that
    would be too many bars; with the kind of period ("day", "week", "month")."""
    if not days:
        return [], "day"
    first, last = dt.date.fromisoformat(days[0].period), dt.date.fromisoformat(days[-1].period)
    span = (last - first).days + 1
    if span <= MAX_DAY_BARS:
        counts = {d.period: d.count for d in days}
        every = (first + dt.timedelta(days=n) for n in range(span))
        return [PeriodCount(day.isoformat(), counts.get(day.isoformat(), 0)) for day in every], "day"
    kind = "week" if span <= MAX_BARS * 7 else "month"
    by_period: Counter[str] = Counter()
    for day in days:
        by_period[period_name(dt.date.fromisoformat(day.period), kind)] += day.count
    return fill_periods([PeriodCount(p, n) for p, n in by_period.items()], kind), kind


class StatementPages:
    """The statement pages (blocking calls: FastAPI runs them in its thread pool)."""

    def __init__(self, store: Store, pages: Pages) -> None:
        self.store, self.pages = store, pages

    def listing(self, request: Request) -> HTMLResponse:
        params = request.query_params
        speaker = params.get("speaker", "").strip()
        speaker_id = whole_number(params.get("speaker_id", "").strip(), 0) or None  # a speaker page's link
        min_occurrences = max(whole_number(params.get("min_occurrences", "").strip(), 1), 1)  # typed in a form
        variants = params.get("variants") == "1"
        cursor = params.get("cursor", "")
        after = _cursor_position(cursor) if cursor else None
        found = self.store.statements(
            speaker=speaker or None,
            speaker_id=speaker_id,
            min_occurrences=min_occurrences,
            variants=variants,
            limit=STATEMENTS_PAGE + 1,
            after=after,
            occurrence_limit=1,
        )
        shown = found[:STATEMENTS_PAGE]
        filters: dict[str, str | int | None] = {"speaker": speaker, "speaker_id": speaker_id}
        filters["min_occurrences"] = min_occurrences if min_occurrences > 1 else None
        filters["variants"] = 1 if variants else None
        following = link("/statements", {**filters, "cursor": statement_cursor(shown[-1])}) if shown else None
        return self.pages.render(
            "statements.html",
            section="statements",
            speaker=speaker,
            speaker_id=speaker_id,
            min_occurrences=min_occurrences,
            variants=variants,
            statements=shown,
            next_url=following if len(found) > STATEMENTS_PAGE else None,
            first_url=link("/statements", filters) if after is not None else None,
        )

    def statement(self, request: Request, statement_id: str) -> HTMLResponse:
        offset = whole_number(request.query_params.get("offset", "").strip(), 0)
        number = whole_number(statement_id.strip(), 0)
        detail = self.store.statement_detail(number, offset=offset, limit=OCCURRENCES_PAGE) if number else None
        if detail is None:
            return self.pages.not_found(f"There is no statement {statement_id!r} in the corpus.")
        statement = detail.statement
        timeline, kind = occurrence_periods(detail.days)
        path = f"/statements/{statement.id}"
        shown_to = offset + len(statement.occurrences)
        label = f"Occurrences of statement {statement.id} per {kind}"
        earlier = link(path, {"offset": max(offset - OCCURRENCES_PAGE, 0) or None})
        later = link(path, {"offset": shown_to})
        return self.pages.render(
            "statement.html",
            section="statements",
            detail=detail,
            statement=statement,
            timeline=timeline,
            period=kind,
            svg=timeline_svg(timeline, kind, label=label, unit="occurrence"),
            diff_html=diff_html,
            offset=offset,
            shown_to=shown_to,
            next_url=f"{later}#occurrences" if shown_to < statement.occurrence_count else None,
            previous_url=f"{earlier}#occurrences" if offset else None,
        )


def _cursor_position(cursor: str) -> tuple[int, int] | None:
    """A cursor no page gave (a link edited by hand) shows the first page, as a form's bad number does."""
    try:
        return parse_statement_cursor(cursor)
    except QueryError:
        return None
