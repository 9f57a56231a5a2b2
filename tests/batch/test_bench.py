"""The batch bench's report: figures computed from the runs, not asserted for speed."""

from __future__ import annotations

from quotegraph.batch.bench import BatchBench, WorkerRun


def test_report_lines_give_rates_speed_up_and_reading_share() -> None:
    report = BatchBench(records=100, pages=100, read_seconds=0.5, html_seconds=1.0)
    report.runs = [WorkerRun(1, 100, 50.0, 2.5, 40.0), WorkerRun(2, 100, 27.0, 4.5, 41.0)]
    text = "\n".join(report.lines())
    assert (
        "workers 1: 2.00 articles/s wall (50.0 s), 2.50 articles/s after start-up, 0.400 worker CPU s/article" in text
    )
    assert "speed-up 1→2 workers: 1.85× wall" in text and "speed-up after start-up: 1.80×" in text
    assert "reading 0.50 s (1.0% of the 1-worker run), HTML extraction 1.00 s (2.0%)" in text
