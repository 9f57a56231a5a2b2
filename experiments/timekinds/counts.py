"""Aggregate time counts of slice runs (``slices.py run`` outputs): right times, annotated times, false fills, nulls,
so that a change's gains and losses are counted, not only its rates. Aggregates only: safe on check slices.

    python experiments/timekinds/counts.py BEFORE_DIR AFTER_DIR [SLICE ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from slices import OCCASION, SLICES  # type: ignore[import-not-found]

from quotegraph.evaluation.occasion import read_occasions, score_occasions

ROOT = Path("/work/annotations/cache36")


def counts(out: Path, name: str) -> tuple[int, int, int, int]:
    """Right times, annotated times, false fills and annotated nulls of one slice's run."""
    gold = [json.loads(line) for line in (ROOT / name / "articles.jsonl").read_text().splitlines() if line.strip()]
    rows = [json.loads(line) for line in (out / f"{name}.jsonl").read_text().splitlines() if line.strip()]
    s = score_occasions(gold, rows, read_occasions(OCCASION / SLICES[name].gold))
    n, nulls = int(s["occasion_time_n"]), int(s["occasion_time_null_n"])
    return round(s["occasion_time_acc"] * n), n, round(s["occasion_time_false_fill"] * nulls), nulls


def main() -> None:
    before, after, *names = sys.argv[1:]
    for name in names or [p.stem for p in sorted(Path(after).glob("train-*.jsonl"))]:
        b, a = counts(Path(before), name), counts(Path(after), name)
        print(f"{name}: right {b[0]} -> {a[0]} of {a[1]}; false fills {b[2]} -> {a[2]} of {a[3]} nulls")


if __name__ == "__main__":
    main()
