"""Time expressions ("on Friday", "earlier this week", "on Sept. 11") and their dates.

Conventions, relative to the publication date P (``doc._.published``):
- a weekday ("Friday", "on Friday") is the latest such day on or before P (a Friday article's "on
  Friday" is that day); "last Friday" is the latest one strictly before P;
- "yesterday" and "last night" are P - 1; "today", "tonight", "this morning" are P; "two days ago"
  and "a week ago" count back from P;
- a month and day ("Sept. 11") is in P's year, or the year before when that would be after P;
- a span of days is an ISO 8601 interval FIRST/LAST: weeks run Monday to Sunday, so for a Saturday
  P "earlier this week" is Monday to P, "this week" Monday to Sunday, "last week" the week before;
  "last month", "this year", "three months ago" are the whole calendar month or year; "over the
  weekend" is the latest Saturday and Sunday starting on or before P, "this weekend" said on a
  weekday is the coming one;
- "this Friday", "next Monday" keep their words only (which week they mean is a guess), and so do
  "recently", "earlier", "later", "now", "immediately", "at the time", "at one point", "a while back".
Without a publication date only fully written dates ("Sept. 11, 2001") get one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc

from quotegraph.model.periods import ISO_DAY_CHARS
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.memo import per_document

__all__ = [
    "DURATION",
    "TIME_ADVERBS",
    "WEEKDAY",
    "TimeMatch",
    "document_times",
    "find_times",
    "iso_day",
    "named_day",
    "names_a_weekday",
    "resolve_date",
    "resolve_span",
]

# Adverbs that place a statement in time without a date: its own, never carried to another statement.
# "once" as in "once praised" (not "once again", nor the conjunction of "once he was president": see
# ``dated_elsewhere.dates_a_verb``).
TIME_ADVERBS = (
    "recently", "earlier", "later", "previously", "immediately", "lately", "now", "once", "subsequently", "afterward",
    "afterwards",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_ABBREVIATION = 3  # letters: a month is looked up by its first three ("Sept." apart), as _MONTHS keys it
_MONTH_NAMES = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # a day's name, capitalised
# "for months", "for several weeks", "for six years", "for a year", "over the years"; not "for the past eight years"
# nor "for 20 years" (a number: how long a state lasted, "has served for 20 years"), which tell of the content
DURATION = (
    r"\b(?:for\s+(?:(?:several|many|a\s+few|a\s+couple\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:week|month|year)s|for\s+a\s+(?:week|month|year)|over\s+the\s+years)\b"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# A moment of the day named before "today" or "yesterday" ("rang the phone-in at lunchtime today"): one time with the
# day, as "yesterday evening" is; read alone, "at lunchtime" went into the programme's name ("Terrace Talk phone-in at
# lunchtime") and the day lost its hour. Against without it (fast.py, cache12; pages8occasion): train-d, train 0-59 and
# train-c byte-identical (no such moment before a day there: a form of one page, a suspect of fitting); news pages
# cup-tie-away-end-crush time +3 (Ashdown's three statements on the phone-in).
_MEAL_TIME = r"(?:at\s+(?:lunchtime|midday|noon|teatime)\s+)?"
# "told delegates at the weekend's party conference", "said at the weekend": the weekend "at" and a weekend's event
# (its possessive) are the latest weekend, as "over the weekend" is; the event's day is the statement's time, as
# "Tuesday's briefing" gives Tuesday. Read as a general form of British and Commonwealth news, none on a tuning slice
# or a tuned page (docs/occasion-rounds.md, the fortieth set, eventphrases). Read at each search (``_pattern``), so
# that a test may switch it: the pattern is compiled once for each value (the forty-third set, flagpins).
WEEKEND_EVENTS = True
_AT_THE_WEEKEND = r"|at\s+the\s+weekend(?!['’])|the\s+weekend(?=['’]s\s)"
# Where ``_AT_THE_WEEKEND`` goes in the branches' source: a regex comment, replaced when the pattern is compiled.
_WEEKEND_SLOT = "(?#weekend events)"
# Words that make a weekday the name of a day of events ("Super Tuesday", "Black Friday", "Cyber Monday",
# "Super Bowl Sunday"): read with them, as one day whose week the weekday does not tell.
_DAY_NAME = r"(?:Super(?:\s+Bowl)?|Black|Cyber|Giving|Small\s+Business|Ash|Good|Holy|Maundy|Easter|Palm|Mini|Bloody)"
# Counts that may open a sentence capitalised ("Two days later", "Several hours later")
_COUNT_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|many|some"
    r"|few|a|an|the)"
)
_BRANCH_SOURCE = "|".join(
    (
        rf"(?P<monthday>(?:\bon\s+)?\b(?-i:{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?)",
        # the day before the month, as British, Commonwealth and European papers write it ("on 14 November", "on
        # Tuesday 3 March 2026"): one day as "November 14" is; read before the weekday, whose name it may open.
        # Before, the tagger's "14 November" was a time with no date, so no gathering dated by it was joined
        # (``gatherings.ANY_ONE_DAY`` asks for one day). On against off (fast.py, cache31; gatherfire): train-d,
        # train 0-59 and train-c byte-identical; the 177 tuned pages: no scored change, two unscored times read
        # whole ("Wednesday 30 July 2025", "29 November"); the round's written articles: 9 later statements of 4
        # articles take their hearing's or briefing's day
        rf"(?P<daymonth>(?:\bon\s+)?(?:\b(?-i:{WEEKDAY}),?\s+)?\b(?P<dmday>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?P<dmmonth>(?-i:{_MONTH_NAMES}))(?!\w)(?:,?\s+(?P<dmyear>\d{{4}})\b)?)",
        # "later on Monday", "late on Tuesday", "earlier Monday": a hedge before the day is part of its time
        rf"(?P<weekday>(?:\b(?:later|earlier|late|early)\s+(?=on\s|(?-i:{WEEKDAY})))?"
        rf"(?:\bon\s+)?(?:\b(?P<rel>last|this|next|early|late)\s+)?(?:\b(?P<dayname>(?-i:{_DAY_NAME}))\s+)?"
        rf"\b(?P<wd>(?-i:{WEEKDAY})){_PART}(?-i:(?!\s+[A-Z])))",
        # "yesterday evening" is one time: the tagger makes "yesterday" a compound on "evening", a noun it dates
        rf"(?P<deictic>\b{_MEAL_TIME}(?:yesterday{_PART}|today|tonight|this\s+(?:morning|afternoon|evening))\b)",
        r"(?P<vague>\b(?:(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)|(?:over|during)\s+the\s+weekend"
        # "at the weekend" (British and Commonwealth news for the last weekend) and the day of a weekend's event
        # ("at the weekend's party conference", as "Tuesday's briefing" is Tuesday's): ``WEEKEND_EVENTS``
        rf"{_WEEKEND_SLOT}"
        r"|(?:last|this|next)\s+(?:week|weekend|month|year|night)|\w+\s+(?:day|week|month|year)s?\s+ago"
        # a moment told without a date ("At one point, Clinton said"; "Trump at the time said"), not "at
        # the time of the attack", which dates what follows
        r"|at\s+(?:one|that|this|the|some)\s+(?:point|time|moment)(?!\s+(?:of|when|that)\b)|a\s+while\s+back"
        # "A few minutes later", "two days earlier", "A short time later", "just a few years earlier"
        # the count is a number or a lower-case word, not a capitalised name the phrase follows ("at the
        # University of Edinburgh hours later": "hours later"), save a count opening the sentence ("Two days later")
        rf"|(?:just\s+)?(?:a\s+)?(?:few\s+|short\s+|couple\s+of\s+|(?:(?-i:[a-z\d][\w,]*)|{_COUNT_WORDS})\s+)?"
        r"(?:minute|hour|day|week|month|year|time)s?\s+(?:later|earlier)"
        # "Later in the day", "later that day", "earlier that week"
        r"|(?:later|earlier)\s+(?:in\s+the|that)\s+(?:day|week|month|year|morning|afternoon|evening|night)"
        # a time naming one the story told before ("said in his victory speech that night", "the next day",
        # "the day before"): no date of its own
        r"|(?:that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+(?:day|night|morning|afternoon|evening)"
        r"|the\s+(?:day|night)\s+(?:before|after)(?!\s+(?:the|a|an|his|her|their|its)\b)"
        # "Soon after, she agreed": the adverb pair set off by a comma (with an object it is a clause or phrase
        # of ``stated_times.time_clause``)
        r"|(?:soon|shortly|not\s+long)\s+after(?=\s*,)"
        # a short distance into an event ("30 minutes into the debate", "six minutes into the event") or a short
        # stretch from one ("posted on X within the hour", "within minutes"): no date; not years or months, which
        # tell of the content ("within a year") as "in recent years" does (train-d +1 right, no false fill)
        r"|(?:\w+\s+)?(?:second|minute|hour)s?\s+into\s+(?:the|his|her|their|its)\s+\w+"
        r"|within\s+(?:the\s+hour|an\s+hour|a\s+day|(?:a\s+few\s+)?(?:seconds|minutes|hours|days))"
        # a few days up to now, without a date ("in recent days", "over the last couple of weeks"); not months
        # or years ("in recent years", "over the past eight years"), which on train told of the content's times
        r"|in\s+recent\s+(?:days|weeks)"
        # a part of the day with no date of its own ("said in the evening that", "In the morning, she tweeted"),
        # as "that night" is; not "in the morning of the vote", which names an event's day
        r"|in\s+the\s+(?:morning|afternoon|evening)(?!\s+(?:of|after|before)\b)"
        r"|(?:in|over)\s+the\s+(?:past|last)(?:\s+(?:few|several|couple\s+of|\w+))?\s+(?:day|week)s?)\b)",
        # a stretch of time a saying went on over ("has said for months", "have been discussing for several
        # weeks", "over the years"): no date; ``circumstances`` takes it on a perfect or progressive verb only
        rf"(?P<duration>{DURATION})",
        # adverbs that place a statement in time without a date ("recently stated", "later told")
        rf"(?P<adverb>\b(?:{'|'.join(TIME_ADVERBS)})\b)",
    )
)
# Every branch of ``_branches`` opens with ``\b`` before a letter or a digit (a branch's optional lead-ins open so too:
# "on", "later", "last", "at lunchtime", "just", a count), and no branch matches nothing, so a match can only start
# where a word starts. Said first (``_WORD_START``), that lets the engine pass over every other position without trying
# the branches one by one: the same matches in half the time (PolNeAR train-d's first 150 articles, 0.41 s against
# 0.19 s; ``test_timeexpr.test_word_start_keeps_every_match`` holds the two to the same matches). A branch added that
# may open otherwise (a quote mark, "'90s") must be read without it.
_WORD_START = r"\b(?=\w)"


@cache
def _branches(weekend_events: bool) -> re.Pattern[str]:
    """Every branch, with or without the weekend's events (``WEEKEND_EVENTS``), unanchored."""
    return re.compile(_BRANCH_SOURCE.replace(_WEEKEND_SLOT, _AT_THE_WEEKEND if weekend_events else ""), re.IGNORECASE)


@cache
def _pattern(weekend_events: bool) -> re.Pattern[str]:
    """``_branches`` said to start where a word starts (``_WORD_START``): the pattern every search uses."""
    branches = _branches(weekend_events)
    return re.compile(rf"{_WORD_START}(?:{branches.pattern})", branches.flags)


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    text: str
    date: str | None


def iso_day(text: str | None) -> date | None:
    """The day an ISO date or date-time ("2016-05-14", "2016-05-14T09:30") names, else None."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:ISO_DAY_CHARS])
    except ValueError:
        return None


def _weekday_date(match: re.Match[str], pub: date) -> date | None:
    if (match.group("rel") or "").lower() in ("next", "this") or match.group("dayname"):
        return None  # future or ambiguous, or a named day of any week: keep the words only
    target = _WEEKDAYS.index(match.group("wd").lower())
    back = (pub.weekday() - target) % 7
    if back == 0 and (match.group("rel") or "").lower() == "last":
        back = 7
    return pub - timedelta(days=back)


def _month_day_date(match: re.Match[str], pub: date | None) -> date | None:
    word = re.sub(r"^on\s+", "", match.group("monthday").lower()).split()[0]
    return _calendar_day(word, match.group("day"), match.group("year"), pub)


def _day_month_date(match: re.Match[str], pub: date | None) -> date | None:
    return _calendar_day(match.group("dmmonth").lower(), match.group("dmday"), match.group("dmyear"), pub)


def _calendar_day(word: str, day_text: str, year_text: str | None, pub: date | None) -> date | None:
    """The day a month's name (``word``), a day's number and maybe a year name: in P's year, or the year before when
    that would be after P."""
    word = word.rstrip(".")
    month = _MONTHS["sept" if word.startswith("sept") else word[:_MONTH_ABBREVIATION]]
    day = int(day_text)
    year = int(year_text) if year_text else (pub.year if pub else None)
    if year is None:
        return None
    try:
        found = date(year, month, day)
        if pub is not None and not year_text and found > pub:
            found = date(year - 1, month, day)
    except ValueError:
        return None
    return found


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGO = re.compile(r"(\w+) (day|week|month|year)s? ago")
_RELATIVE_SPAN = re.compile(r"(?:(earlier|later) )?(this|last|next) (week|month|year)")
_OFFSETS = {"this": 0, "last": -1, "next": 1}
Days = tuple[date, date]


def _week(pub: date, offset: int) -> Days:
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def _month(pub: date, offset: int) -> Days:
    index = pub.year * 12 + pub.month - 1 + offset
    first = date(index // 12, index % 12 + 1, 1)
    following = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _year(pub: date, offset: int) -> Days:
    return date(pub.year + offset, 1, 1), date(pub.year + offset, 12, 31)


_UNITS = {"week": _week, "month": _month, "year": _year}


def _weekend(pub: date, words: str) -> Days:
    """The latest weekend starting on or before P; "this weekend" said on a weekday is the coming one,
    "last weekend" said at a weekend the one before, "next weekend" the one after the latest."""
    saturday = pub - timedelta(days=(pub.weekday() - calendar.SATURDAY) % 7)
    at_weekend = pub.weekday() >= calendar.SATURDAY
    if words.startswith("next") or (words.startswith("this") and not at_weekend):
        saturday += timedelta(weeks=1)
    elif words.startswith("last") and at_weekend:
        saturday -= timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1)


def _ago(count: str, unit: str, pub: date) -> Days | None:
    n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
    if n is None:
        return None  # "a few days ago", "several weeks ago"
    if unit in ("day", "week"):
        day = pub - timedelta(days=n * (7 if unit == "week" else 1))
        return day, day
    return _UNITS[unit](pub, -n)


def _vague_days(words: str, pub: date) -> Days | None:
    """The days a vague span covers, or None when the words don't say."""
    words = " ".join(words.lower().split())
    if words == "last night":
        return pub - timedelta(days=1), pub - timedelta(days=1)
    if words.endswith("weekend"):
        saturday, sunday = _weekend(pub, words)
        # Said of the past ("in an interview over the weekend"): not past the publication day.
        return (saturday, min(sunday, pub)) if words.startswith(("over", "during")) else (saturday, sunday)
    if (ago := _AGO.fullmatch(words)) is not None:
        return _ago(ago.group(1), ago.group(2), pub)
    span = _RELATIVE_SPAN.fullmatch(words)
    if span is None:
        return None
    part, which, unit = span.groups()
    first, last = _UNITS[unit](pub, _OFFSETS[which])
    if which == "this" and part == "earlier":
        last = min(last, pub)
    elif which == "this" and part == "later":
        first = max(first, pub)
    return first, last


def _iso(days: Days) -> str:
    first, last = days
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def resolve_date(match: re.Match[str], published: str | None) -> str | None:
    """The ISO date (or FIRST/LAST interval) a time expression stands for, None when it can't be told."""
    try:
        return _resolved_date(match, published)
    except (OverflowError, ValueError):
        # Counting from a publication day at the calendar's ends ("yesterday" of 0001-01-01, "next month" of
        # 9999-12-31) leaves the calendar: that day cannot be told, and it must not fail the whole article.
        return None


def _resolved_date(match: re.Match[str], published: str | None) -> str | None:
    pub = iso_day(published)
    found: date | None = None
    if match.group("monthday"):
        found = _month_day_date(match, pub)
    elif match.group("daymonth"):
        found = _day_month_date(match, pub)
    elif pub is None:
        found = None
    elif match.group("weekday"):
        found = _weekday_date(match, pub)
    elif match.group("deictic"):
        found = pub - timedelta(days=1) if "yesterday" in match.group("deictic").lower() else pub
    elif match.group("vague"):
        days = _vague_days(match.group("vague"), pub)
        return None if days is None else _iso(days)
    return found.isoformat() if found else None


# The word right before a weekday, capitalised: with it the weekday may be a name, not a day.
_WORD_BEFORE = re.compile(r"\b([A-Z]\w*)\s+$")
_NAME_REACH = 30  # chars before a weekday read for the word that would name it


# "Entertainment Tonight", "USA Today", "The Tonight Show": a capitalised "Today" or "Tonight" right after a
# capitalised word of the same line is part of a programme's or paper's name, not the day (a sentence that opens
# with "Today," follows a full stop, a quotation mark or a line break, not a word). The paper spells its own name
# "USA TODAY" in its articles ("the campaign told USA TODAY"), so the word in capitals is read the same way.
_DEICTIC_NAME = re.compile(r"(?:Today|Tonight|TODAY|TONIGHT)\b")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’&-]*[ \t]+$")
# "ABC's This Week", "CBS This Morning", "Last Week Tonight": a relative time written in title case, both words
# capitalised, right after a capitalised word of the same line is a programme's name, as "Today" is there; the
# relative time of running text keeps its noun in lower case ("said this week", "This week, she said"). Rule on
# against off (fast.py, cache36; timefalsefill in docs/occasion-rounds.md): train-f time 0.7301 -> 0.7362, false fill
# 0.0742 -> 0.0714 in three articles ("Trump said on ABC's This Week" now none; "went on ABC's This Week" now the
# annotated "Sunday"; "telling ABC's This Week that" now another false fill, a carried "late Friday"); train-d and
# train 0-59 outputs byte-identical; the check slice train-g time false fill 0.0920 -> 0.0861, the others unchanged.
PROGRAMME_TITLES = True
_TITLED_RELATIVE = re.compile(r"(?:This|Last|Next)\s+(?:Week|Weekend|Month|Year|Morning|Afternoon|Evening|Night)\b")


def named_day(text: str, start: int) -> bool:
    """Whether the weekday at ``text[start:]`` is part of a programme's name ("Fox News Sunday"):
    the capitalised word before it is one of ``resolve_named_days``; or "Today" / "Tonight" or a title-cased
    relative time ("This Week") there is part of a name (``_DEICTIC_NAME``, ``PROGRAMME_TITLES``)."""
    if _DEICTIC_NAME.match(text, start) is not None or (
        PROGRAMME_TITLES and _TITLED_RELATIVE.match(text, start) is not None
    ):
        return _CAPITALISED_BEFORE.search(text, max(0, start - _NAME_REACH), start) is not None
    if _WEEKDAY_WORD.match(text, start) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _NAME_REACH), start)
    return before is not None and before.group(1).lower() in lexicon("resolve_named_days")


_WEEKDAY_WORD = re.compile(WEEKDAY)


def find_times(text: str, start: int, end: int, published: str | None) -> list[TimeMatch]:
    """Time expressions inside ``text[start:end]`` with offsets into ``text``."""
    return _dated(_unnamed_matches(text, start, end), published)


def _unnamed_matches(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The pattern's matches inside ``text[start:end]``, but a programme's weekday (``named_day``)."""
    return tuple(m for m in _pattern(WEEKEND_EVENTS).finditer(text, start, end) if not named_day(text, m.start()))


def _dated(matches: tuple[re.Match[str], ...], published: str | None) -> list[TimeMatch]:
    return [TimeMatch(m.start(), m.end(), m.group(0), resolve_date(m, published)) for m in matches]


# Each document's matches by the characters searched, found once: the circumstances (``times_in``) search every
# sentence of a document and the occasion tagger searches again each sentence it tags (on PolNeAR train 0-59, 3,923
# searches of 2,907 ranges; the search was a third of the occasion tagger's features, 0.24 s of 0.75 s over every
# sentence of those articles). Kept per document (``memo.per_document``), as ``quotes.document_quote_regions`` is, so
# the matches go with their document: at most one entry a range searched. The ranges a document is asked for are not
# known when it is first asked, so the memo keeps one dictionary a document, filled by ``document_times`` range by
# range (a memo keyed by document and range would have to be handed the text too, which the caller reads once).
@per_document
def _searched_ranges(doc: Doc) -> dict[tuple[int, int], tuple[re.Match[str], ...]]:
    """The time expressions of each range of ``doc`` searched so far, by its start and end characters."""
    return {}


def document_times(doc: Doc, text: str, start: int, end: int, published: str | None) -> list[TimeMatch]:
    """``find_times(text, start, end, published)`` where ``text`` is ``doc.text`` (read once by the caller: spaCy
    joins it from every token on each read), each range of the document searched once whatever the date."""
    searched = _searched_ranges(doc)
    matches = searched.get((start, end))
    if matches is None:
        matches = searched[start, end] = _unnamed_matches(text, start, end)
    return _dated(matches, published)


def resolve_span(text: str, published: str | None) -> str | None:
    """The date of the first time expression in ``text`` (a phrase the tagger marked as a date: "in
    March", "Monday night"), None when there is none or it can't be told."""
    match = _pattern(WEEKEND_EVENTS).search(text)
    return None if match is None else resolve_date(match, published)


_A_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b")


def names_a_weekday(text: str) -> bool:
    """Whether ``text`` names a day of the week ("on Wednesday", "Tuesday night"): one day, dated or not (a page
    whose publication date was not read leaves it undated)."""
    return _A_WEEKDAY.search(text) is not None
