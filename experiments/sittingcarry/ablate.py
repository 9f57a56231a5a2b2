"""The fast loop on chosen slices with rules of ``lede_sessions`` set off, one run per flag, for the cost of each.

    PYTHONPATH=src python experiments/sittingcarry/ablate.py OUT SLICE[,SLICE] FLAG [FLAG ...]

Writes OUT/FLAG/SLICE.jsonl and prints each run's aggregates (fast.py's output), for check slices as for tuning ones:
aggregates only, no article read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from fast import run  # type: ignore[import-not-found]
from slices import OCCASION, SLICES  # type: ignore[import-not-found]

from quotegraph.nlp.resolve.carrying import lede_sessions

CACHE = Path("/work/annotations/cache36")


def main(out: Path, slices: list[str], flags: list[str]) -> None:
    for flag in flags:
        setattr(lede_sessions, flag, False)
        for name in slices:
            folder = CACHE / name
            where = out / flag
            where.mkdir(parents=True, exist_ok=True)
            print(f"== {flag} off, {name}", flush=True)
            run(folder / "articles.jsonl", folder, OCCASION / SLICES[name].gold, where / f"{name}.jsonl", False)
        setattr(lede_sessions, flag, True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2].split(","), sys.argv[3:])
