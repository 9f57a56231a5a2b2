"""The analytics as plots: Vega-Lite specifications built with Altair, drawn to SVG offline by
vl-convert (the ``report`` extra). The data goes inline into each specification and vl-convert is
allowed no base URL, so drawing never reaches the network.

Each chart writes its figures on the marks (counts beside bars, shares inside them), so the SVG
alone says what it shows; ``Chart.description`` sums it up in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from quotegraph.errors import ConfigError
from quotegraph.graph.analytics import TIMELINE_SPEAKERS
from quotegraph.model.analytics import Analytics, Chart, GenderShare, PairComparison, QuotedGroup, percent
from quotegraph.model.corpus import Count
from quotegraph.model.periods import period_start, periods_between

__all__ = ["GENDER_COLOURS", "WIDTH", "charts", "svg_of"]

WIDTH = 560  # px of a plot's data area: the report's column and the web page's both hold it
BAR_ROWS = 22  # px a bar's row takes
OUTLET_TOP = 5  # speakers per outlet in the small multiples: more make each panel a list
MIN_LABELLED_SHARE = 0.06  # a stacked segment narrower than this has no room for its label
MAX_MARKED_PERIODS = 40  # above this many periods a point on every one blurs into the line
# The latest periods drawn: twenty years of weeks. Days the API takes as published run from 0001 to 9999, and a
# line over all their 520,000 weeks kept `quotegraph report` busy for over five minutes.
MAX_TIMELINE_PERIODS = 1_040
# Paul Tol's colour-blind safe scheme, one colour a pronoun, grey for none
GENDER_COLOURS = {"he": "#4477AA", "she": "#EE6677", "they": "#228833", "unknown": "#BBBBBB"}
SIDE_COLOURS = ("#4477AA", "#EE6677")
_SPACES = re.compile(r"\s+")
_ALL_OUTLETS = "all outlets"


def _altair() -> Any:
    try:
        import altair
    except ImportError as exc:
        raise ConfigError("plots need the report extra: pip install 'quotegraph[report]'") from exc
    return altair


def svg_of(spec: dict[str, Any]) -> str:
    """A Vega-Lite specification drawn as SVG, offline (no data or font is fetched)."""
    try:
        import vl_convert
    except ImportError as exc:
        raise ConfigError("plots need the report extra: pip install 'quotegraph[report]'") from exc
    version = ".".join(_altair().SCHEMA_VERSION.lstrip("v").split(".")[:2])
    svg: str = vl_convert.vegalite_to_svg(spec, vl_version=version, allowed_base_urls=[])
    return svg


def _speaker_label(speaker: Count, seen: dict[str, int]) -> str:
    """A speaker's name on one line; a second speaker with the same name gets their id after it."""
    name = _SPACES.sub(" ", speaker.name).strip()
    if seen.setdefault(name, speaker.id or 0) != (speaker.id or 0):
        return f"{name} (#{speaker.id})"
    return name


def _labelled(speakers: Sequence[Count]) -> list[tuple[str, Count]]:
    """Each speaker with the label a chart shows for them."""
    seen: dict[str, int] = {}
    return [(_speaker_label(s, seen), s) for s in speakers]


def quoted_chart(quoted: QuotedGroup, title: str) -> dict[str, Any]:
    alt = _altair()
    rows = [{"speaker": label, "statements": s.count} for label, s in _labelled(quoted.speakers)]
    order = [r["speaker"] for r in rows]
    base = alt.Chart(alt.Data(values=rows), title=title, width=WIDTH, height=BAR_ROWS * len(rows)).encode(
        y=alt.Y("speaker:N", sort=order, title=None),
        x=alt.X("statements:Q", title="statements"),
        tooltip=["speaker:N", "statements:Q"],
    )
    text = base.mark_text(align="left", dx=3).encode(text="statements:Q")
    spec: dict[str, Any] = (base.mark_bar(color=SIDE_COLOURS[0]) + text).to_dict()
    return spec


def outlets_chart(groups: Sequence[QuotedGroup]) -> dict[str, Any]:
    """Each outlet's own most quoted, one small panel an outlet."""
    alt = _altair()
    rows = []
    for group in groups:
        for rank, (label, speaker) in enumerate(_labelled(group.speakers[:OUTLET_TOP])):
            rows.append({"outlet": group.group, "speaker": label, "statements": speaker.count, "rank": rank})
    base = alt.Chart(width=WIDTH // 2 - 40, height=BAR_ROWS * OUTLET_TOP).encode(
        y=alt.Y("speaker:N", sort=alt.EncodingSortField("rank"), title=None),
        x=alt.X("statements:Q", title="statements"),
        tooltip=["outlet:N", "speaker:N", "statements:Q"],
    )
    layered = base.mark_bar(color=SIDE_COLOURS[0]) + base.mark_text(align="left", dx=3).encode(text="statements:Q")
    faceted = layered.facet(
        data=alt.Data(values=rows), facet=alt.Facet("outlet:N", title=None), columns=2
    ).resolve_scale(y="independent")
    spec: dict[str, Any] = faceted.properties(title=f"The {OUTLET_TOP} speakers each outlet quotes most").to_dict()
    return spec


def timeline_chart(timeline: Sequence[QuotedGroup], period: str, order: Sequence[Count]) -> dict[str, Any]:
    """The statements of the most quoted (``order``) in every period from the first to the last."""
    alt = _altair()
    counts = {(g.group, s.id): s.count for g in timeline for s in g.speakers}
    periods = periods_between(timeline[0].group, timeline[-1].group, period, MAX_TIMELINE_PERIODS)
    latest = f" (the latest {len(periods):,})" if periods[0] != timeline[0].group else ""
    labelled = _labelled(order)
    labels = [label for label, _ in labelled]
    rows = [
        {
            "start": period_start(p, period).isoformat(),
            "period": p,
            "speaker": label,
            "statements": counts.get((p, s.id), 0),
        }
        for p in periods
        for label, s in labelled
    ]
    chart = (
        alt.Chart(
            alt.Data(values=rows), title=f"Statements per {period} of the most quoted{latest}", width=WIDTH, height=240
        )
        .mark_line(point=len(periods) <= MAX_MARKED_PERIODS)
        .encode(
            x=alt.X("start:T", title=period),
            y=alt.Y("statements:Q", title="statements"),
            color=alt.Color("speaker:N", sort=labels, title=None, legend=alt.Legend(orient="bottom", columns=2)),
            tooltip=["period:N", "speaker:N", "statements:Q"],
        )
    )
    spec: dict[str, Any] = chart.to_dict()
    return spec


def pair_chart(pair: PairComparison) -> dict[str, Any]:
    """Each side's share of each outlet's statements, with its count."""
    alt = _altair()
    names = [side.name for side in pair.sides]
    rows = [
        {
            "outlet": row.outlet or _ALL_OUTLETS,
            "side": names[index],
            "share": side.outlet_share or 0.0,
            "label": f"{side.statements:,} ({percent(side.outlet_share)})",
        }
        for row in pair.outlets
        for index, side in enumerate(row.sides)
    ]
    outlets = [row.outlet or _ALL_OUTLETS for row in pair.outlets]
    base = alt.Chart(
        alt.Data(values=rows),
        title=f"{names[0]} and {names[1]}: their share of each outlet's statements",
        width=WIDTH,
        height=BAR_ROWS * 2 * len(outlets),
    ).encode(
        y=alt.Y("outlet:N", sort=outlets, title=None),
        yOffset=alt.YOffset("side:N", sort=names),
        x=alt.X("share:Q", title="share of the outlet's statements", axis=alt.Axis(format="%")),
        tooltip=["outlet:N", "side:N", "label:N"],
    )
    bars = base.mark_bar().encode(
        color=alt.Color("side:N", sort=names, scale=alt.Scale(range=list(SIDE_COLOURS)), title=None)
    )
    spec: dict[str, Any] = (bars + base.mark_text(align="left", dx=3).encode(text="label:N")).to_dict()
    return spec


def _gender_rows(share: GenderShare) -> list[dict[str, Any]]:
    rows, start = [], 0.0
    for pronoun in GENDER_COLOURS:
        count: int = getattr(share, pronoun)
        part = count / share.total if share.total else 0.0
        rows.append(
            {
                "outlet": share.outlet or _ALL_OUTLETS,
                "pronoun": pronoun,
                "statements": count,
                "start": start,
                "end": start + part,
                "middle": start + part / 2,
                "label": percent(part) if part >= MIN_LABELLED_SHARE else "",
            }
        )
        start += part
    return rows


def genders_chart(shares: Sequence[GenderShare]) -> dict[str, Any]:
    """Statements of people by pronoun, as shares of each outlet's (the corpus first)."""
    alt = _altair()
    rows = [row for share in shares for row in _gender_rows(share)]
    outlets = [share.outlet or _ALL_OUTLETS for share in shares]
    base = alt.Chart(
        alt.Data(values=rows),
        title="Statements of people by the pronouns their article uses for them",
        width=WIDTH,
        height=BAR_ROWS * len(outlets),
    ).encode(y=alt.Y("outlet:N", sort=outlets, title=None))
    bars = base.mark_bar().encode(
        x=alt.X("start:Q", title="share of the statements", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        x2="end:Q",
        color=alt.Color(
            "pronoun:N",
            sort=list(GENDER_COLOURS),
            scale=alt.Scale(domain=list(GENDER_COLOURS), range=list(GENDER_COLOURS.values())),
            title="pronoun",
            legend=alt.Legend(orient="bottom"),
        ),
        tooltip=["outlet:N", "pronoun:N", "statements:Q"],
    )
    spec: dict[str, Any] = (bars + base.mark_text(color="black").encode(x="middle:Q", text="label:N")).to_dict()
    return spec


def charts(analytics: Analytics) -> list[Chart]:
    """The plots of a report: only those with something to show."""
    found = [
        _quoted_most(analytics),
        _by_outlet(analytics),
        _timeline_chart(analytics),
        *(_pair_chart(number, pair) for number, pair in enumerate(analytics.pairs, 1)),
        _genders(analytics),
    ]
    return [chart for chart in found if chart is not None]


def _drawn(name: str, title: str, description: str, spec: dict[str, Any]) -> Chart:
    """The chart drawn, its title and description inside the SVG too (for a file opened alone)."""
    svg = svg_of(spec)
    head_end = svg.index(">") + 1
    described = f"<title>{escape(title)}</title><desc>{escape(description)}</desc>"
    return Chart(name, title, description, f'{svg[: head_end - 1]} role="img">{described}{svg[head_end:]}')


def _quoted_most(analytics: Analytics) -> Chart | None:
    quoted = analytics.quoted
    if not quoted.speakers:
        return None
    top, title = quoted.speakers[0], "Who is quoted most"
    description = f"The {len(quoted.speakers)} speakers with the most statements; {top.name} leads with {top.count:,}."
    return _drawn("quoted-most", title, description, quoted_chart(quoted, title))


def _by_outlet(analytics: Analytics) -> Chart | None:
    if not analytics.by_outlet:
        return None
    description = f"For each of {len(analytics.by_outlet)} outlets, its {OUTLET_TOP} most quoted speakers."
    return _drawn("quoted-by-outlet", "Who each outlet quotes most", description, outlets_chart(analytics.by_outlet))


def _timeline_chart(analytics: Analytics) -> Chart | None:
    timeline, period = analytics.timeline, analytics.request.period
    if not timeline:
        return None
    followed = analytics.quoted.speakers[:TIMELINE_SPEAKERS]
    description = (
        f"Statements per {period} of the {len(followed)} most quoted speakers, "
        f"from {timeline[0].group} to {timeline[-1].group}."
    )
    title = f"The most quoted, {period} by {period}"
    return _drawn(f"quoted-per-{period}", title, description, timeline_chart(timeline, period, followed))


def _pair_chart(number: int, pair: PairComparison) -> Chart | None:
    first, second = (side.name for side in pair.sides)
    whole = pair.outlets[0].sides
    if not whole[0].statements + whole[1].statements:
        return None
    description = (
        f"Across all outlets, {whole[0].statements:,} statements of {first} and {whole[1].statements:,} "
        f"of {second}, and their share of each outlet's statements."
    )
    return _drawn(f"pair-{number}", f"{first} and {second} in each outlet", description, pair_chart(pair))


def _genders(analytics: Analytics) -> Chart | None:
    shares = analytics.genders.outlets
    if not shares or not shares[0].total:
        return None
    corpus = shares[0]
    parts = [percent(getattr(corpus, pronoun) / corpus.total) for pronoun in GENDER_COLOURS]
    description = (
        f"Of {corpus.total:,} statements of people, {parts[0]} 'he', {parts[1]} 'she', {parts[2]} 'they', "
        f"{parts[3]} no pronoun."
    )
    title = "Statements by speaker gender, as the articles' pronouns say"
    return _drawn("genders", title, description, genders_chart(shares))
