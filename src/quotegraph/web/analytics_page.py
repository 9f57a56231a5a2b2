"""The ``/analytics`` page: the report's figures and plots for a window, a period and a pair of
speakers chosen in a form; the same body as the offline report (``_analytics.html``)."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from quotegraph.errors import QueryError
from quotegraph.model.analytics import MAX_TOP, PERIODS
from quotegraph.web.analyst import Analyst
from quotegraph.web.pages import Pages
from quotegraph.web.params import link
from quotegraph.web.report import chart_views

__all__ = ["FIELDS", "AnalyticsPage"]

FIELDS = ("since", "until", "period", "top", "a", "b")  # named as /api/analytics's parameters
DEFAULT_TOP = "10"


class AnalyticsPage:
    def __init__(self, analyst: Analyst, pages: Pages) -> None:
        self.analyst, self.pages = analyst, pages

    def page(self, request: Request) -> HTMLResponse:
        values = {name: request.query_params.get(name, "").strip() for name in FIELDS}
        values["period"] = values["period"] or PERIODS[0]
        values["top"] = values["top"] or DEFAULT_TOP
        context: dict[str, Any] = {"values": values, "periods": PERIODS, "max_top": MAX_TOP, "section": "analytics"}
        try:
            top = int(values["top"]) if values["top"].isdigit() else -1
            pairs = [(values["a"], values["b"])] if values["a"] else []
            found, charts = self.analyst.report(
                since=values["since"], until=values["until"], period=values["period"], pairs=pairs, top=top
            )
        except QueryError as exc:
            return self.pages.render("analytics.html", status=400, error=str(exc), **context)
        return self.pages.render(
            "analytics.html",
            error=None,
            analytics=found,
            charts=chart_views(charts),
            linked=True,
            api_url=link("/api/analytics", values),
            **context,
        )
