"""Time expressions ("on Friday", "earlier this week", "on Sept. 11") and their dates.

Conventions, relative to the publication date P (``doc._.published``):
- a weekday ("Friday", "on Friday") is the latest such day on or before P (a Friday article's "on
  Friday" is that day); "last Friday" is the latest one strictly before P;
- "yesterday" is P - 1; "today", "tonight", "this morning" are P;
- a month and day ("Sept. 11") is in P's year, or the year before when that would be after P;
- vaguer spans ("earlier this week", "over the weekend", "last month") keep their text and get no date.
Without a publication date only fully written dates ("Sept. 11, 2001") get one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["TimeMatch", "find_times", "resolve_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PATTERN = re.compile(
    "|".join(
        (
            rf"(?P<monthday>(?:\bon\s+)?\b(?-i:{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?)",
            rf"(?P<weekday>(?:\bon\s+)?(?:\b(?P<rel>last|this|next|early|late)\s+)?\b(?P<wd>(?-i:{_WEEKDAY})){_PART}(?-i:(?!\s+[A-Z])))",
            r"(?P<deictic>\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening))\b)",
            r"(?P<vague>\b(?:(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)|(?:over|during)\s+the\s+weekend"
            r"|(?:last|this|next)\s+(?:week|weekend|month|year|night)|(?:\w+|\d+)\s+(?:days|weeks|months|years)\s+ago)\b)",
        )
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    text: str
    date: str | None


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _weekday_date(match: re.Match[str], pub: date) -> date | None:
    if (match.group("rel") or "").lower() in ("next", "this"):
        return None  # future or ambiguous: keep the words only
    target = _WEEKDAYS.index(match.group("wd").lower())
    back = (pub.weekday() - target) % 7
    if back == 0 and (match.group("rel") or "").lower() == "last":
        back = 7
    return pub - timedelta(days=back)


def _month_day_date(match: re.Match[str], pub: date | None) -> date | None:
    word = re.sub(r"^on\s+", "", match.group("monthday").lower()).split()[0].rstrip(".")
    month = _MONTHS["sept" if word.startswith("sept") else word[:3]]
    day = int(match.group("day"))
    year = int(match.group("year")) if match.group("year") else (pub.year if pub else None)
    if year is None:
        return None
    try:
        found = date(year, month, day)
        if pub is not None and not match.group("year") and found > pub:
            found = date(year - 1, month, day)
    except ValueError:
        return None
    return found


def resolve_date(match: re.Match[str], published: str | None) -> str | None:
    pub = _published(published)
    found: date | None = None
    if match.group("monthday"):
        found = _month_day_date(match, pub)
    elif pub is None:
        found = None
    elif match.group("weekday"):
        found = _weekday_date(match, pub)
    elif match.group("deictic"):
        found = pub - timedelta(days=1) if match.group("deictic").lower() == "yesterday" else pub
    return found.isoformat() if found else None


def find_times(text: str, start: int, end: int, published: str | None) -> list[TimeMatch]:
    """Time expressions inside ``text[start:end]`` with offsets into ``text``."""
    return [
        TimeMatch(m.start(), m.end(), m.group(0), resolve_date(m, published))
        for m in _PATTERN.finditer(text, start, end)
    ]
