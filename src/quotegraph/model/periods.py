"""Days, months and ISO weeks as the corpus names them: "2016-03-01", "2016-03" and "2016-W09"."""

from __future__ import annotations

import datetime as dt
import re

from quotegraph.errors import InputError

__all__ = [
    "ISO_DAY_CHARS",
    "ISO_YEAR_CHARS",
    "checked_day",
    "day_of",
    "following_start",
    "is_iso_day",
    "period_name",
    "period_start",
    "periods_between",
]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The day and the year an ISO date or date-time opens with ("2016-05-14T09:30", a WARC-Date, a published field):
# its first characters, so the day of a date-time is read without parsing the rest.
ISO_DAY_CHARS = len("YYYY-MM-DD")
ISO_YEAR_CHARS = len("YYYY")


def is_iso_day(value: str) -> bool:
    """``value`` is a day written YYYY-MM-DD that the calendar has (not 2025-02-30). The shape is
    checked first: ``date.fromisoformat`` alone also takes "20250201" and "2025-W05-1" (Python
    3.11), which would then be stored and printed as an article's publication day."""
    if _ISO_DAY.fullmatch(value) is None:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def checked_day(value: str | None) -> str | None:
    """``value`` when it is a publication day (``is_iso_day``) or None; an ``InputError`` otherwise, with the one
    message every front end (command line, HTTP API, web form) gives for it."""
    if value is not None and not is_iso_day(value):
        raise InputError(f"published: {value!r} is not a date in the form YYYY-MM-DD that the calendar has")
    return value


def day_of(value: str) -> str | None:
    """The YYYY-MM-DD day of a publication date, the one reading of ``published`` wherever it comes
    in (a JSONL field, a WARC header, the store): an ISO day the calendar has ("2016-05-14"), or an
    ISO date-time on one ("2016-05-14T09:30:00Z", which feeds often give); None for anything else
    ("yesterday", "2020-02-31", "99999-01-01", "20160514")."""
    day = value[:ISO_DAY_CHARS]
    if not is_iso_day(day):
        return None
    if len(value) > len(day):
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return day


def period_start(period: str, kind: str) -> dt.date:
    """The first day of ``period``, a month ("YYYY-MM") or, for ``kind`` "week", an ISO week ("YYYY-Www")."""
    try:
        if kind == "week":
            year, week = period.split("-W")
            return dt.date.fromisocalendar(int(year), int(week), 1)
        return dt.date.fromisoformat(f"{period}-01")
    except ValueError:
        raise InputError(f"{period!r} is not a {kind} (YYYY-MM or YYYY-Www)") from None


def following_start(day: dt.date, kind: str) -> dt.date:
    """The first day of the period after the one that begins on ``day``."""
    if kind == "week":
        return day + dt.timedelta(weeks=1)
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _periods_before(day: dt.date, kind: str, count: int) -> dt.date:
    """The start of the period ``count`` periods before the one that begins on ``day`` (the calendar's
    first day when that is before it)."""
    if kind == "week":
        return day - dt.timedelta(weeks=count) if (day - dt.date.min).days >= count * 7 else dt.date.min
    year, month = divmod(day.year * 12 + day.month - 1 - count, 12)
    return dt.date(year, month + 1, 1) if year >= dt.MINYEAR else dt.date.min


def period_name(day: dt.date, kind: str) -> str:
    """The month or ISO week ``day`` falls in."""
    if kind == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"  # as ISO writes it: year 1 is 0001
    return day.isoformat()[:7]


def periods_between(first: str, last: str, kind: str, most: int | None = None) -> list[str]:
    """Every period from ``first`` to ``last``, both included; with ``most``, the latest ``most`` of them,
    counted back from ``last`` rather than walked from ``first`` (days the API takes as published run from
    0001-01-01 to 9999-12-31: 520,000 weeks)."""
    day, end = period_start(first, kind), period_start(last, kind)
    if most is not None:
        day = max(day, _periods_before(end, kind, most - 1))
    found = []
    while day <= end:
        found.append(period_name(day, kind))
        try:
            day = following_start(day, kind)
        except OverflowError:  # the calendar ends in this period (9999-12): a day the API takes as published
            break
    return found
