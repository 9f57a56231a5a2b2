"""A speaker's statements (or a statement's occurrences) per period as an SVG bar chart, drawn on the server.

Plain SVG (no script; colours from the page's style sheet) so it shows without JavaScript: one bar per
period from the first to the last, periods without statements included as empty bars so that time
runs evenly along the axis; a ``<title>`` and ``<desc>`` give screen readers the figures, and the
page puts the same counts in a table beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup

from quotegraph.errors import InputError
from quotegraph.model.corpus import PeriodCount
from quotegraph.model.periods import period_name, period_start, periods_between
from quotegraph.web.words import counted

__all__ = ["MAX_BARS", "PERIODS", "fill_periods", "timeline_svg"]

PERIODS = ("month", "week")
MAX_BARS = 260  # five years of weeks: beyond that a bar is under 3 px wide; the latest periods are drawn
MAX_LABELS = 12  # period labels under the axis; more would overlap at this width

WIDTH, HEIGHT = 720, 240  # the viewBox; the SVG scales to its container
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 16, 48  # room for the count labels and the period labels
PLOT_WIDTH, PLOT_HEIGHT = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
MAX_STEP = 60  # a bar and its gap at most: a few periods do not make slabs
LABEL_CHAR_WIDTH, LABEL_GAP = 7, 10  # px of a digit of the 12 px labels, and between two labels


def fill_periods(counts: Sequence[PeriodCount], kind: str) -> list[PeriodCount]:
    """Every period from the first counted to the last, with 0 where none was counted; at most the
    latest ``MAX_BARS``."""
    if kind not in PERIODS:
        raise InputError(f"unknown period {kind!r}: choose one of {', '.join(PERIODS)}")
    if not counts:
        return []
    by_start = {period_start(c.period, kind): c.count for c in counts}
    counted = {period_name(day, kind): count for day, count in by_start.items()}
    first, last = (period_name(day, kind) for day in (min(by_start), max(by_start)))
    return [PeriodCount(name, counted.get(name, 0)) for name in periods_between(first, last, kind, MAX_BARS)]


def _nice_ceiling(value: int) -> int:
    """The axis top: ``value`` rounded up to 1, 2 or 5 times a power of ten."""
    if value <= 1:
        return 1
    power = int(10 ** math.floor(math.log10(value)))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _summary(counts: Sequence[PeriodCount], kind: str, unit: str) -> str:
    total = counted(sum(c.count for c in counts), unit)
    if not counts:
        return f"{total}: no dated {unit}"
    busiest = max(counts, key=lambda c: c.count)
    return (
        f"{total} in {counted(len(counts), kind)} from {counts[0].period} to {counts[-1].period}; "
        f"most in {busiest.period} ({counted(busiest.count, unit)})"
    )


def _count_axis(top: int) -> list[Markup]:
    """Grid lines with their counts: 0, the middle (when it is a whole number) and the top."""
    values = sorted({0, top // 2, top}) if top % 2 == 0 else [0, top]
    lines = []
    for value in values:
        y = TOP + PLOT_HEIGHT * (1 - value / top)
        lines.append(
            Markup(
                '<line class="grid" x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}"/>'
                '<text class="count" x="{tx}" y="{y:.1f}" dy="0.35em" text-anchor="end">{value}</text>'
            ).format(x0=LEFT, x1=WIDTH - RIGHT, y=y, tx=LEFT - 6, value=f"{value:,}")
        )
    return lines


def _bars(counts: Sequence[PeriodCount], top: int, unit: str) -> list[Markup]:
    """One bar per period with its figures as a tooltip, and a label under every few bars."""
    step = min(PLOT_WIDTH / max(len(counts), 1), MAX_STEP)
    every = math.ceil(len(counts) / MAX_LABELS) if counts else 1
    widest = max((len(c.period) for c in counts), default=0) * LABEL_CHAR_WIDTH + LABEL_GAP
    every = max(every, math.ceil(widest / step))  # labels never overlap ("2025-03-03" is wider than a bar)
    parts = []
    for index, count in enumerate(counts):
        height = PLOT_HEIGHT * count.count / top
        x = LEFT + index * step
        parts.append(
            Markup(
                '<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}">'
                "<title>{period}: {n}</title></rect>"
            ).format(
                x=x + step * 0.1,
                y=TOP + PLOT_HEIGHT - height,
                w=step * 0.8,
                h=height,
                period=count.period,
                n=counted(count.count, unit),
            )
        )
        if index % every == 0:
            parts.append(
                Markup('<text class="period" x="{x:.1f}" y="{y}" text-anchor="middle">{period}</text>').format(
                    x=x + step / 2, y=TOP + PLOT_HEIGHT + 20, period=count.period
                )
            )
    return parts


def timeline_svg(counts: Sequence[PeriodCount], kind: str, *, label: str, unit: str = "statement") -> Markup:
    """The bar chart of ``counts`` (from ``fill_periods``) per ``kind`` of period, counting ``unit``s;
    ``label`` names it (``<title>``) and ``<desc>`` sums it up. Every text in it is escaped."""
    top = _nice_ceiling(max((c.count for c in counts), default=0))
    head = Markup(
        '<svg class="timeline" viewBox="0 0 {w} {h}" role="img" aria-labelledby="timeline-title timeline-desc" '
        'xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">{label}</title>'
        '<desc id="timeline-desc">{summary}</desc>'
    ).format(w=WIDTH, h=HEIGHT, label=label, summary=_summary(counts, kind, unit))
    axis = Markup('<line class="axis" x1="{x0}" x2="{x1}" y1="{y}" y2="{y}"/>').format(
        x0=LEFT, x1=WIDTH - RIGHT, y=TOP + PLOT_HEIGHT
    )
    return Markup("").join([head, *_count_axis(top), *_bars(counts, top, unit), axis, Markup("</svg>")])
