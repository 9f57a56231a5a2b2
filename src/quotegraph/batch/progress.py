"""Progress of a batch run: a rich bar (articles/s, failures so far, ETA) or nothing at all."""

from __future__ import annotations

import time
from typing import Protocol

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

__all__ = ["BarProgress", "Counts", "QuietProgress", "Reporter"]


class Counts:
    def __init__(self) -> None:
        self.read = self.extracted = self.failed = self.skipped = 0
        self.started = time.monotonic()
        # When the first and the latest part finished, and how many articles were done at the first:
        # the rate between the two leaves out worker start-up (loading a model per process).
        self.first_part: tuple[float, int] | None = None
        self.last_part_at = self.started

    def part_done(self, extracted: int, failed: int) -> None:
        self.extracted += extracted
        self.failed += failed
        self.last_part_at = time.monotonic()
        if self.first_part is None:
            self.first_part = (self.last_part_at, self.extracted + self.failed)

    def warm_rate(self) -> float | None:
        if self.first_part is None or self.last_part_at - self.first_part[0] < 1.0:
            return None  # too few parts after the first to time
        return (self.extracted + self.failed - self.first_part[1]) / (self.last_part_at - self.first_part[0])

    def rate(self) -> float:
        return (self.extracted + self.failed) / max(time.monotonic() - self.started, 1e-9)

    def line(self) -> str:
        return (
            f"read {self.read:,} · extracted {self.extracted:,} · failed {self.failed:,} · "
            f"skipped (done before) {self.skipped:,} · {self.rate():.1f} articles/s"
        )


class Reporter(Protocol):
    def start(self, total_bytes: int) -> None: ...
    def update(self, position: int, counts: Counts) -> None: ...
    def close(self) -> None: ...


class QuietProgress:
    def start(self, total_bytes: int) -> None:
        pass

    def update(self, position: int, counts: Counts) -> None:
        pass

    def close(self) -> None:
        pass


class BarProgress:
    """ETA comes from input bytes consumed, the one total known before the run without reading it all."""

    def __init__(self, console: Console | None = None) -> None:
        self._progress = Progress(
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TextColumn(
                "{task.fields[articles]:,} articles · {task.fields[rate]:.1f}/s · {task.fields[failed]:,} failed"
            ),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
        )
        self._task: TaskID | None = None

    def start(self, total_bytes: int) -> None:
        self._progress.start()
        self._task = self._progress.add_task("batch", total=max(total_bytes, 1), articles=0, rate=0.0, failed=0)

    def update(self, position: int, counts: Counts) -> None:
        if self._task is not None:
            done = counts.extracted + counts.failed + counts.skipped
            self._progress.update(
                self._task, completed=position, articles=done, rate=counts.rate(), failed=counts.failed
            )

    def close(self) -> None:
        self._progress.stop()
