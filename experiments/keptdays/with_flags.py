"""The fast loop on the slices, or the tuned pages' counts, with ``partly_stated.left_in_force``'s kept day read another
way in this process only (apply ``kept_days.patch`` first).

    python experiments/keptdays/with_flags.py slices ROOT OUT [--only d,f] FLAGS   # occasion_stated/slices.py run
    python experiments/keptdays/with_flags.py pages FLAGS                          # news_pages/score.py, tuned pages

FLAGS: ``--chain-ends`` sets ``partly_stated.KEPT_DAYS_END_THE_CHAIN`` (a kept day is not kept again; with
``--kept-again-gap 0`` it still is within its paragraph); ``--sayings-only`` sets ``KEPT_DAYS_OF_SAYINGS_ONLY`` (no day
kept whose verb, ``time_verbs.verb_class``, is another act); ``--no-adverbs`` sets ``KEPT_DAYS_NAME_A_DAY`` (a phrase
naming no day keeps the day under it or none). ``pages`` always skips the held-out pages.
"""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path

EXPERIMENTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(EXPERIMENTS / "occasion_stated"), str(EXPERIMENTS / "news_pages")]

import score  # type: ignore[import-not-found]  # noqa: E402
from slices import run_all  # type: ignore[import-not-found]  # noqa: E402

from quotegraph.nlp.resolve.carrying import partly_stated  # noqa: E402


def _set_flags(args: Namespace) -> None:
    partly_stated.KEPT_DAYS_END_THE_CHAIN = args.chain_ends  # type: ignore[attr-defined]
    partly_stated.KEPT_AGAIN_GAP = args.kept_again_gap  # type: ignore[attr-defined]
    partly_stated.KEPT_DAYS_OF_SAYINGS_ONLY = args.sayings_only  # type: ignore[attr-defined]
    partly_stated.KEPT_DAYS_NAME_A_DAY = args.no_adverbs  # type: ignore[attr-defined]


def main() -> None:
    cli = ArgumentParser()
    cli.add_argument("mode", choices=("slices", "pages"))
    cli.add_argument("root", type=Path, nargs="?")
    cli.add_argument("out", type=Path, nargs="?")
    cli.add_argument("--only")
    cli.add_argument("--chain-ends", action="store_true")
    cli.add_argument("--kept-again-gap", type=int, default=-1)
    cli.add_argument("--sayings-only", action="store_true")
    cli.add_argument("--no-adverbs", action="store_true")
    args = cli.parse_args()
    _set_flags(args)
    if args.mode == "pages":
        score.main(set(), score.listed_pages(score.HELD_OUT))
    elif args.root is None or args.out is None:
        cli.error("slices needs ROOT and OUT")
    else:
        run_all(args.root, args.out, args.only)


if __name__ == "__main__":
    main()
