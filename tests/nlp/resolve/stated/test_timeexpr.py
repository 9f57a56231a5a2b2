"""Time expressions and their dates against a publication date; pure text, no parser (a blank tokenizer for a
document's memo)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from quotegraph.nlp.resolve.stated import timeexpr
from quotegraph.nlp.resolve.stated.timeexpr import (
    _branches,
    _pattern,
    _searched_ranges,
    document_times,
    find_times,
    iso_day,
    named_day,
    names_a_weekday,
)


def _times(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.date) for m in find_times(text, 0, len(text), published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("She wrote on Friday that", "2025-02-01", [("on Friday", "2025-01-31")]),  # Saturday publication
        ("He said Thursday the plan", "2025-02-01", [("Thursday", "2025-01-30")]),
        ("announced on Friday morning", "2025-01-31", [("on Friday morning", "2025-01-31")]),  # same day
        ("said last Friday", "2025-01-31", [("last Friday", "2025-01-24")]),
        ("will speak next Monday", "2025-01-31", [("next Monday", None)]),
        ("told reporters yesterday", "2024-03-01", [("yesterday", "2024-02-29")]),
        # a part of yesterday is one time with it (the tagger compounds "yesterday" on the part)
        ("In the Dáil yesterday evening, she said", "2026-02-11", [("yesterday evening", "2026-02-10")]),
        # a moment of the day before the day is one time with it; not alone, with no day
        ("rang the phone-in at lunchtime today and", "2026-02-11", [("at lunchtime today", "2026-02-11")]),
        ("told the club at noon yesterday that", "2026-02-11", [("at noon yesterday", "2026-02-10")]),
        ("rang the phone-in at lunchtime and", "2026-02-11", []),
        ("said on Sept. 11 that", "2016-09-15", [("on Sept. 11", "2016-09-11")]),
        ("said on Dec. 25 that", "2016-02-01", [("on Dec. 25", "2015-12-25")]),  # not in the future
        ("wrote on March 3, 2020,", "2025-01-01", [("on March 3, 2020", "2020-03-03")]),
        # the day before the month, as British, Commonwealth and European papers write it
        ("told the hearing on 14 November that", "2026-11-20", [("on 14 November", "2026-11-14")]),
        ("said on 3 Aug. 2025 that", "2026-01-10", [("on 3 Aug. 2025", "2025-08-03")]),
        ("said on 28 December that", "2026-01-05", [("on 28 December", "2025-12-28")]),  # not in the future
        ("wrote on Tuesday 3 March 2026 that", "2026-03-10", [("on Tuesday 3 March 2026", "2026-03-03")]),
        ("on 31 February he said", "2025-03-01", [("on 31 February", None)]),
        ("said 12 Marches had passed", "2025-03-01", []),  # no month's name alone
        # Spans of days are ISO intervals; weeks run Monday to Sunday (2025-02-01 is a Saturday).
        ("said earlier this week", "2025-02-01", [("earlier this week", "2025-01-27/2025-02-01")]),
        ("said earlier this week", "2025-01-29", [("earlier this week", "2025-01-27/2025-01-29")]),
        ("will vote later this week", "2025-01-29", [("later this week", "2025-01-29/2025-02-02")]),
        ("said last week", "2025-02-01", [("last week", "2025-01-20/2025-01-26")]),
        ("in an interview over the weekend", "2025-02-03", [("over the weekend", "2025-02-01/2025-02-02")]),
        ("in an interview over the weekend", "2025-02-01", [("over the weekend", "2025-02-01")]),  # not past P
        ("will rally this weekend", "2025-01-29", [("this weekend", "2025-02-01/2025-02-02")]),
        ("said last weekend", "2025-02-02", [("last weekend", "2025-01-25/2025-01-26")]),
        # WEEKEND_EVENTS: "at the weekend" and a weekend's event are the latest weekend, as "over the weekend" is
        ("said at the weekend that", "2025-02-03", [("at the weekend", "2025-02-01/2025-02-02")]),
        ("told delegates at the weekend's party conference", "2025-02-03", [("the weekend", "2025-02-01/2025-02-02")]),
        ("told delegates at the weekend’s party conference", "2025-02-03", [("the weekend", "2025-02-01/2025-02-02")]),
        ("said last night", "2025-02-01", [("last night", "2025-01-31")]),
        ("two days ago", "2025-02-01", [("two days ago", "2025-01-30")]),
        ("wrote 3 weeks ago", "2025-02-01", [("3 weeks ago", "2025-01-11")]),
        ("a few days ago", "2025-02-01", [("few days ago", None)]),  # how many is not said
        ("said last month", "2025-01-15", [("last month", "2024-12-01/2024-12-31")]),
        ("two months ago", "2025-03-31", [("two months ago", "2025-01-01/2025-01-31")]),
        ("said last year", "2025-02-01", [("last year", "2024-01-01/2024-12-31")]),
        ("said earlier this week", None, [("earlier this week", None)]),
        ("said on Friday", None, [("on Friday", None)]),
        ("said on Friday", "not a date", [("on Friday", None)]),
        ("on Feb. 30 he said", "2025-03-01", [("on Feb. 30", None)]),
        # a hedge before the day is part of its time, which keeps the day's date
        ("said later on Monday that", "2025-02-05", [("later on Monday", "2025-02-03")]),
        ("Later Monday, she wrote", "2025-02-05", [("Later Monday", "2025-02-03")]),
        ("said late on Tuesday", "2025-02-05", [("late on Tuesday", "2025-02-04")]),
        ("said later that the vote on Monday", "2025-02-05", [("later", None), ("on Monday", "2025-02-03")]),
    ],
)
def test_time_expressions_and_dates(text: str, published: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("told reporters yesterday", "0001-01-01"),  # the day before the calendar's first
        ("said last year", "0001-06-01"),  # year 0
        ("will vote next month", "9999-12-31"),  # year 10000
        ("will rally this weekend", "9999-12-31"),
    ],
)
def test_a_day_counted_past_the_calendar_s_ends_is_not_told_and_fails_nothing(text: str, published: str) -> None:
    """A publication day any user may give (a valid ISO day) must not make the article fail: the day is unknown."""
    [(_, day)] = _times(text, published)
    assert day is None


def test_offsets_are_into_the_whole_text() -> None:
    text = "Intro. He spoke on Monday."
    (match,) = find_times(text, 7, len(text), "2025-02-01")
    assert text[match.start : match.end] == "on Monday"


def test_words_that_only_look_like_times_are_ignored() -> None:
    # lower-case "may" is a verb; a weekday starting a name ("the Sunday Times") is no date
    assert _times("They may 5 times agree; the Sunday Times said", "2025-02-01") == []


def test_a_weekday_in_a_programme_s_name_is_no_time() -> None:
    text = "She appeared on Fox News Sunday to defend the plan, and told CNBC Saturday that it would pass."
    assert [m.text for m in find_times(text, 0, len(text), "2025-02-07")] == ["Saturday"]
    assert named_day(text, text.index("Sunday")) and not named_day(text, text.index("Saturday"))


def test_a_named_day_is_read_whole_and_tells_no_date() -> None:
    text = "Sales on Black Friday rose, she said Friday, and Super Bowl Sunday was next."
    expected = [("on Black Friday", None), ("Friday", "2025-02-07"), ("Super Bowl Sunday", None)]
    assert _times(text, "2025-02-07") == expected
    # only the capitalised name: "a good Friday" is a Friday
    assert _times("It was a good Friday for us", "2025-02-07") == [("Friday", "2025-02-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At one point, she said", ["At one point"]),
        ("Trump at the time said", ["at the time"]),
        ("She had a great line a while back when she said", ["a while back"]),
        ("A few minutes later they said", ["A few minutes later"]),
        ("Two hours later, she said", ["Two hours later"]),
        # a name before the count of hours is no count ("Edinburgh hours later"), nor a noun the time follows
        ("At a news conference at the University of Edinburgh hours later, she said", ["hours later"]),
        ("Hours later, she said", ["Hours later"]),
        # what follows is dated, not the saying
        ("He said that at the time of the attack he was home", []),
        ("She said at that point when the polls closed", []),
    ],
)
def test_a_moment_told_without_a_date(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_times(text, 0, len(text), "2025-02-07")] == expected
    assert all(m.date is None for m in find_times(text, 0, len(text), "2025-02-07"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days earlier, the board said", ["Two days earlier"]),
        ("A short time later, she wrote back", ["A short time later"]),
        ("as he had written just a few years earlier", ["just a few years earlier"]),
        ("Later in the day, she said", ["Later in the day"]),
        ("in an interview later that day", ["later that day"]),
        ("He has argued in recent days that", ["in recent days"]),
        ("over the last couple of weeks, she said", ["over the last couple of weeks"]),
        # long stretches tell of what is talked about, not of a saying
        ("in recent years the tunnel has decayed", []),
        ("over the past eight years", []),
        # a short distance into an event or a short stretch from one, read whole; not a year or a month from now
        ("Trump said 30 minutes into the debate", ["30 minutes into the debate"]),
        ("posted on X within the hour", ["within the hour"]),
        ("replied within minutes", ["within minutes"]),
        ("the plant will close within a year", []),
        # a part of the day with "in the" and no date; not the morning of a named event
        ("The doctor said in the evening that he would not start.", ["in the evening"]),
        ("In the morning, she tweeted that", ["In the morning"]),
        ("said the vote in the morning of the count was fair", []),
    ],
)
def test_a_stretch_or_a_distance_in_time_is_read_whole(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_times(text, 0, len(text), "2025-02-07")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She told Entertainment Tonight on Monday that the film was done.", ["on Monday"]),
        ("He told USA Today that he would run, and he said it again today.", ["today"]),
        ("A spokesman told USA TODAY on Friday that the tour was over.", ["on Friday"]),
        ("Her aide told USA TODAY that the ad will air TONIGHT.", ["TONIGHT"]),
        ("He was a guest on The Tonight Show last week.", ["last week"]),
        # a sentence that opens with the day follows a full stop or a line break, not a capitalised word
        ("The vote was close. Today, the mayor said it was fair.", ["Today"]),
        ("Storm Report\nTonight the mayor spoke.", ["Tonight"]),
        ("The count was slow. TODAY, the board said, it will finish.", ["TODAY"]),
    ],
)
def test_today_or_tonight_in_a_programme_s_or_paper_s_name_is_no_time(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_times(text, 0, len(text), "2025-02-07")] == expected


@pytest.mark.parametrize(
    ("text", "expected", "off"),
    [
        ("Trump said on ABC's This Week that he was leading.", [], ["This Week"]),
        ("She told CBS This Morning on Monday that the film was done.", ["on Monday"], ["This Morning", "on Monday"]),
        ("He went on ABC's This Week to defend his staff this week.", ["this week"], ["This Week", "this week"]),
        # running text writes the noun in lower case; a sentence's opening follows no capitalised word
        ("The vote was close. This week, the mayor said it was fair.", ["This week"], ["This week"]),
        ("Storm Report\nThis Week the mayor spoke.", ["This Week"], ["This Week"]),
    ],
)
def test_a_title_cased_relative_time_in_a_programme_s_name_is_no_time(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: list[str], off: list[str]
) -> None:
    """PROGRAMME_TITLES: "ABC's This Week" names a programme, as "Entertainment Tonight" does."""
    assert [m.text for m in find_times(text, 0, len(text), "2025-02-07")] == expected
    monkeypatch.setattr(timeexpr, "PROGRAMME_TITLES", False)
    assert [m.text for m in find_times(text, 0, len(text), "2025-02-07")] == off


def test_an_iso_day_is_read_from_a_date_or_a_date_time_and_from_nothing_else() -> None:
    assert iso_day("2016-05-14") == date(2016, 5, 14)
    assert iso_day("2016-05-14T09:30:00") == date(2016, 5, 14)
    assert iso_day("2016-05") is None  # a month: no day
    assert iso_day("") is None and iso_day(None) is None


def test_a_weekend_is_the_latest_one_from_a_saturday_on() -> None:
    # published on a Saturday and on the Monday after: "this weekend" is that Saturday's, then the coming one
    assert _times("He said this weekend.", "2016-05-14") == [("this weekend", "2016-05-14/2016-05-15")]
    assert _times("He said this weekend.", "2016-05-16") == [("this weekend", "2016-05-21/2016-05-22")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("on Wednesday", True), ("Tuesday night", True), ("last week", False), ("Wednesdays", False)],
)
def test_names_a_weekday(text: str, expected: bool) -> None:
    assert names_a_weekday(text) is expected


# Texts with a time of every branch of the pattern, at a text's start, after punctuation, inside and after other words
# (a match may only start where a word starts), and with letters that match ASCII ones only when case is ignored
_EVERY_BRANCH = (
    "On Sept. 11, 2001 she spoke; later on Monday, earlier Tuesday and last Super Tuesday evening he did. "
    "(Yesterday evening) at lunchtime today, tonight, this morning: earlier this week, over the weekend, next month, "
    "three years ago, at one point, a while back, just a few minutes later, Two days earlier, later that day, the "
    "next morning, the day before, soon after, 30 minutes into the debate, within the hour, in recent days, in the "
    "evening, over the last few weeks, for several months, over the years, recently, afterwards. "
    "xMonday, Mondays, sayonFriday, 2days later, re-Tuesday, _today, ſoon after, \u212aater, İn recent days."
)


@pytest.mark.parametrize("weekend_events", [True, False])
def test_word_start_keeps_every_match(weekend_events: bool) -> None:
    """The pattern with its word-start test finds what its branches alone find, group for group (with and without
    the weekend's events, ``WEEKEND_EVENTS``)."""
    text = f"{_EVERY_BRANCH} At the weekend's rally, at the weekend."
    for start in range(len(text)):
        fast = [(m.span(), m.groupdict()) for m in _pattern(weekend_events).finditer(text, start)]
        slow = [(m.span(), m.groupdict()) for m in _branches(weekend_events).finditer(text, start)]
        assert fast == slow
    assert len(list(_pattern(weekend_events).finditer(text))) >= 30


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        ("said at the weekend that", [("at the weekend", "2025-02-01/2025-02-02")], []),
        ("told delegates at the weekend's party conference", [("the weekend", "2025-02-01/2025-02-02")], []),
        # "over the weekend" is its own branch, read whatever the flag
        ("in an interview over the weekend", [("over the weekend", "2025-02-01/2025-02-02")], None),
    ],
)
@pytest.mark.parametrize("weekend_events", [True, False])
def test_the_weekend_s_events_are_read_at_each_search(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    on: list[tuple[str, str]],
    off: list[tuple[str, str]] | None,
    weekend_events: bool,
) -> None:
    """``WEEKEND_EVENTS`` is read when a text is searched, not when the module is imported: switched off, "at the
    weekend" and "the weekend's" conference give no time (a search before the switch does not hold the pattern)."""
    assert _times(text, "2025-02-03") == on
    monkeypatch.setattr(timeexpr, "WEEKEND_EVENTS", weekend_events)
    assert _times(text, "2025-02-03") == (on if weekend_events or off is None else off)


def test_a_document_s_times_are_found_once_a_range_and_dated_each_time() -> None:
    """``document_times`` gives what ``find_times`` gives, for each range and date asked; the pattern runs once a
    range of the document."""
    text = "She spoke on Friday. He replied on Monday."
    doc = spacy.blank("en")(text)
    first, second = (0, 20), (21, len(text))
    for start, end in (first, second, first):
        for published in ("2025-02-01", None):
            assert document_times(doc, text, start, end, published) == find_times(text, start, end, published)
    assert [m.text for m in document_times(doc, text, *second, None)] == ["on Monday"]
    assert document_times(doc, text, *first, "2025-02-01")[0].date == "2025-01-31"
    assert document_times(doc, text, *first, None)[0].date is None
    searched = _searched_ranges(doc)
    assert set(searched) == {first, second}  # one entry a range, however often and with whatever date it was asked
    matches = searched[first]
    document_times(doc, text, *first, "2025-03-01")
    assert _searched_ranges(doc) is searched and searched[first] is matches  # the range was not searched again
    assert _searched_ranges(spacy.blank("en")(text)) == {}  # another document of the same text starts afresh
