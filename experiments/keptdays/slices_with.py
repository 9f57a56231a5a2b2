"""The fast loop on the slices (``occasion_stated/slices.py run``) with ``partly_stated.left_in_force``'s kept day
read another way, in this process only.

    python experiments/keptdays/slices_with.py ROOT OUT [--only d,f] [--chain-ends] [--sayings-only] [--no-adverbs]

``--chain-ends`` sets ``partly_stated.KEPT_DAYS_END_THE_CHAIN`` (a kept day is not kept again); ``--sayings-only`` sets
``partly_stated.KEPT_DAYS_OF_SAYINGS_ONLY`` (no day kept whose verb, ``time_verbs.verb_class``, is another act);
``--no-adverbs`` sets ``partly_stated.KEPT_DAYS_NAME_A_DAY`` (an adverb naming no day is no day to keep).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from slices import run_all  # type: ignore[import-not-found]

from quotegraph.nlp.resolve.carrying import partly_stated


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--chain-ends", action="store_true")
    parser.add_argument("--sayings-only", action="store_true")
    parser.add_argument("--no-adverbs", action="store_true")
    parser.add_argument("--kept-again-gap", type=int, default=-1)
    args = parser.parse_args()
    partly_stated.KEPT_DAYS_END_THE_CHAIN = args.chain_ends
    partly_stated.KEPT_AGAIN_GAP = args.kept_again_gap
    partly_stated.KEPT_DAYS_OF_SAYINGS_ONLY = args.sayings_only
    if hasattr(partly_stated, "KEPT_DAYS_NAME_A_DAY"):
        partly_stated.KEPT_DAYS_NAME_A_DAY = args.no_adverbs
    run_all(args.root, args.out, args.only)


if __name__ == "__main__":
    main()
