"""The fast loop on the slices (``occasion_stated/slices.py run``) with the learned time fallback's model swapped in
this process only: another weights file, another threshold, or a gate on its best candidate.

    python experiments/learnedtimes/slices_with.py ROOT OUT [--only d,f] [--weights W.json] [--threshold T]

``--threshold 2`` turns the fallback off (no probability reaches it): what the fallback gives each slice, measured.
``--no-left-day`` has ``partly_stated.left_in_force`` keep no day (its channel and addressee as before): what that
rule's day gives each slice, measured. ``--keep-time-gap N`` sets ``partly_stated.MAX_KEEP_TIME_GAP`` (1 shipped).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from slices import run_all  # type: ignore[import-not-found]

from quotegraph.nlp.resolve.carrying import carrier, learned_times, partly_stated


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--weights", type=Path, default=learned_times.WEIGHTS)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--no-left-day", action="store_true")
    parser.add_argument("--keep-time-gap", type=int)
    args = parser.parse_args()
    model = learned_times.load_model(args.weights)
    if args.threshold is not None:
        model = dataclasses.replace(model, threshold=args.threshold)
    learned_times.load_model = lambda path=None: model  # type: ignore[assignment,misc]
    if args.no_left_day:
        carrier.left_in_force = partly_stated._channel_and_addressee_left  # type: ignore[attr-defined]
    if args.keep_time_gap is not None:
        partly_stated.MAX_KEEP_TIME_GAP = args.keep_time_gap
    run_all(args.root, args.out, args.only)


if __name__ == "__main__":
    main()
