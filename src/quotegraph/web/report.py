"""The analytics as a folder that reads offline: ``index.html`` (its style and plots inline, no
script, nothing fetched) and each plot again as an SVG file beside it.

The report is the ``/analytics`` page's body (``_analytics.html``) in a page of its own, so the two
always show the same figures; here names do not link, as there is no server to follow them to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from quotegraph.errors import InputError
from quotegraph.model.analytics import Analytics, Chart, Window
from quotegraph.model.corpus import CorpusStats
from quotegraph.web.templating import template_environment

__all__ = ["INDEX", "ChartView", "chart_views", "window_text", "write_report"]

INDEX = "index.html"
STYLE = Path(__file__).parent / "static" / "style.css"
# the files an earlier report may have left: removed first, so that the folder holds one report
_OUR_FILES = (INDEX, "quoted-*.svg", "pair-*.svg", "genders.svg")


@dataclass(frozen=True)
class ChartView:
    """A chart as a template prints it: its SVG as markup (vl-convert escapes every text it draws)."""

    name: str
    title: str
    description: str
    svg: Markup


def chart_views(charts: Sequence[Chart]) -> dict[str, ChartView]:
    return {c.name: ChartView(c.name, c.title, c.description, Markup(c.svg)) for c in charts}


def window_text(window: Window) -> str:
    """The window in words ("from 2016-01-01 to 2016-03-31"); "" for all days."""
    if window.since and window.until:
        return f"from {window.since} to {window.until}"
    if window.since:
        return f"since {window.since}"
    return f"until {window.until}" if window.until else ""


def write_report(
    out: Path, analytics: Analytics, charts: Sequence[Chart], stats: CorpusStats, *, made: str
) -> list[Path]:
    """Writes the report into the folder ``out`` (created when missing) and returns the files
    written, ``index.html`` first. ``made`` says when, as the page prints it."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is not a folder: give --out a folder for the report")
    try:
        out.mkdir(parents=True, exist_ok=True)
        for pattern in _OUR_FILES:
            for old in out.glob(pattern):
                old.unlink()
        html = _render(analytics, chart_views(charts), stats, made)
        written = [out / INDEX]
        written[0].write_text(html, encoding="utf-8")
        for chart in charts:
            path = out / f"{chart.name}.svg"
            path.write_text(chart.svg, encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise InputError(f"cannot write the report into {out}: {exc.strerror or exc}") from exc
    return written


def _render(analytics: Analytics, charts: Mapping[str, ChartView], stats: CorpusStats, made: str) -> str:
    return (
        template_environment()
        .get_template("report.html")
        .render(
            analytics=analytics,
            charts=charts,
            linked=False,
            stats=stats,
            made=made,
            window_text=window_text(analytics.request.window),
            style=Markup(STYLE.read_text(encoding="utf-8")),
        )
    )
