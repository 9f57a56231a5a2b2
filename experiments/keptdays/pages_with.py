"""``news_pages/score.py`` on the tuned pages with ``partly_stated``'s kept-day flags set in this process only (apply
``kept_days.patch`` first; see ``slices_with.py`` for the flags).

    python experiments/keptdays/pages_with.py [--chain-ends] [--sayings-only] [--no-adverbs] [--kept-again-gap N]

Always skips the held-out pages (``--skip experiments/news_pages/held_out.txt``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))

import score  # type: ignore[import-not-found]

from quotegraph.nlp.resolve.carrying import partly_stated


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chain-ends", action="store_true")
    parser.add_argument("--sayings-only", action="store_true")
    parser.add_argument("--no-adverbs", action="store_true")
    parser.add_argument("--kept-again-gap", type=int, default=-1)
    args = parser.parse_args()
    if hasattr(partly_stated, "KEPT_DAYS_END_THE_CHAIN"):
        partly_stated.KEPT_DAYS_END_THE_CHAIN = args.chain_ends
        partly_stated.KEPT_AGAIN_GAP = args.kept_again_gap
        partly_stated.KEPT_DAYS_OF_SAYINGS_ONLY = args.sayings_only
        partly_stated.KEPT_DAYS_NAME_A_DAY = args.no_adverbs
    score.main(set(), score.listed_pages(score.HELD_OUT))


if __name__ == "__main__":
    main()
