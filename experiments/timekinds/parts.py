"""``slices.py run`` with rule constants turned off, to measure each part of a rule apart (aggregates only).

python experiments/timekinds/parts.py OUT [--off sayings.HABITS_UNDATED ...] [--only d,f]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "time_false"))
from trace import turn_off

from slices import run_all  # type: ignore[import-not-found]

ROOT = Path("/work/annotations/cache36")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--off", action="append", default=[])
    parser.add_argument("--only")
    args = parser.parse_args()
    for name in args.off:
        turn_off(name)
    run_all(ROOT, args.out, args.only)


if __name__ == "__main__":
    main()
