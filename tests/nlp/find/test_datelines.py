"""Datelines opening a story's first paragraph are no part of a source or content."""

from __future__ import annotations

import pytest

from quotegraph.nlp.find.datelines import dateline_place, in_dateline, past_dateline
from quotegraph.nlp.find.lines import Lines


@pytest.mark.parametrize(
    "line",
    [
        "LONDON, April 9 (Reuters) - SkyBridge Airways said it would cut jobs.",
        "WASHINGTON (AP) — Sen. Maria Delgado said the bill would wait.",
        "NEW YORK, Dec. 22 (UPI) -- The mayor said the parade would go on.",
        "KYIV, Ukraine — The minister said talks would resume.",
        "MEXICO CITY – Officials said the airport would reopen.",
        "BELÉM, Brazil (Global Desk) — Delegates said the draft fell short.",  # accented capitals
        "SÃO PAULO, March 3 (Reuters) - The bank said rates would hold.",
        "ALMATY, 5 December — Residents said the smog had lasted for weeks.",  # the day before the month
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at her rival.",  # AFP's place in small letters
        "Mexico City (AFP) – The anchor said the debate was over.",
    ],
)
def test_a_span_opening_on_a_dateline_starts_after_it(line: str) -> None:
    text = "Headline of the story\n\n" + line
    start = text.index(line)
    [(new_start, end)] = past_dateline(text, Lines(text), [(start, start + 40)])
    assert end == start + 40
    assert text[new_start].isupper() and text[start:new_start].rstrip().endswith(("-", "—", "–"))


@pytest.mark.parametrize(
    "line",
    [
        "NATO said on Friday that its members would meet.",  # an acronym speaking, no dash after it
        "The U.S. - China talks ended, the minister said.",  # a dash inside a sentence
        "Smith - who led the talks - said they ended.",
        "Smith (R-Texas) - who led the talks - said they ended.",  # a party after a name is no agency
    ],
)
def test_a_span_without_a_dateline_is_unchanged(line: str) -> None:
    text = "Headline\n\n" + line
    start = text.index(line)
    assert past_dateline(text, Lines(text), [(start, start + 30)]) == [(start, start + 30)]


def test_a_span_not_at_a_line_start_is_unchanged() -> None:
    text = "He said LONDON (Reuters) - was named."
    assert past_dateline(text, Lines(text), [(8, 30)]) == [(8, 30)]


def test_a_dateline_s_date_is_read_on_its_own_line() -> None:
    text = "Road to close\nMEXICO CITY, Feb. 8 (UPI) — The mayor said on Friday that the road would close."
    lines = Lines(text)
    date = text.index("Feb. 8"), text.index(" (UPI)")
    friday = text.index("Friday"), text.index(" that")
    assert in_dateline(text, lines, *date)
    assert not in_dateline(text, lines, *friday)
    flat = text.replace("\n", " ")  # the headline before it on the same line: no dateline
    assert not in_dateline(flat, Lines(flat), *date)


def test_a_dateline_s_place_is_read_up_to_its_date_or_dash() -> None:
    text = "Court hears case\nST. PAUL — Justices of the court appeared divided, Justice Paul Sandvik said."
    line = text.index("ST.")
    assert dateline_place(text, line) == (line, text.index(" —"))
    wire = "Headline\nLONDON, April 9 (Reuters) - SkyBridge said."
    assert dateline_place(wire, wire.index("LONDON")) == (wire.index("LONDON"), wire.index(","))
    assert dateline_place(text, 0) is None  # the headline opens no dateline


def test_a_dateline_s_date_written_day_first_is_read_on_its_own_line() -> None:
    """ "TÓRSHAVN, 14 November —": the day before the month is the dateline's date, the story's, not a statement's."""
    text = "Quay to be rebuilt\nTÓRSHAVN, 14 November — The harbour director said on Monday that the quay would close."
    lines = Lines(text)
    assert in_dateline(text, lines, text.index("14 November"), text.index(" —"))
    assert not in_dateline(text, lines, text.index("Monday"), text.index(" that"))
