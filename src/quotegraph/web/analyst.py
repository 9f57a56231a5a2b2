"""The seam through which the ``/analytics`` page gets the corpus's analytics and their plots: the
server supplies it (the plots are drawn in the graph layer, which the web layer does not import)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from quotegraph.model.analytics import Analytics, Chart

__all__ = ["Analyst"]


class Analyst(Protocol):
    def report(
        self, *, since: str | None, until: str | None, period: str, pairs: Sequence[tuple[str, str]], top: int
    ) -> tuple[Analytics, list[Chart]]:
        """The analytics of the window (``since``/``until`` as a search takes them) with their plots;
        a pair whose second name is "" compares the first with the most quoted other. Raises
        ``QueryError`` for a request that cannot be answered (a bad date, a pair whose names share a
        speaker)."""
        ...
