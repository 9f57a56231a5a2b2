"""The news pages' counts by group, in one pass of the system over every page, no miss printed.

    python experiments/news_pages/groups.py [--tuned-only] [NAME=LIST.txt ...]

Each NAME=LIST.txt counts the pages listed in that file (one page name a line; ``#`` starts a comment) as a group;
``held-out`` is always counted from ``held_out.txt``, ``tuned`` is every page in no list given, ``all`` every page.
``--tuned-only`` leaves the held-out pages unread and unrun (no ``held-out`` line; ``all`` is every other page), so
that a round can count a check group of tuned pages without touching what it must not see.
A line per group gives the fields as ``score.py`` checks them, then as occasion.md scores them. Only counts are
printed, so the held-out pages' misses stay unread (``score.py`` prints each miss: run it on tuned pages only).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from score import HELD_OUT, PAGES, listed_pages, page_checks  # type: ignore[import-not-found]

FIELDS = ("every field", "speaker", "kind", "channel", "addressee", "time")
MEASURED = ("channel", "addressee", "time")


def main(arguments: list[str]) -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    held_out = listed_pages(HELD_OUT)
    tuned_only = "--tuned-only" in arguments
    arguments = [argument for argument in arguments if argument != "--tuned-only"]
    if tuned_only:
        expected = {page: spec for page, spec in expected.items() if page not in held_out}
        groups: dict[str, frozenset[str]] = {}
    else:
        groups = {"held-out": held_out}
    for argument in arguments:
        name, _, path = argument.partition("=")
        groups[name] = listed_pages(Path(path))
    unknown = sorted(page for pages in groups.values() for page in pages if page not in expected)
    if unknown:
        raise SystemExit(f"pages in no fixture: {', '.join(unknown)}")
    groups["tuned"] = set(expected) - set().union(*groups.values())
    groups["all"] = set(expected)
    totals: Counter[tuple[str, str]] = Counter()
    rights: Counter[tuple[str, str]] = Counter()
    for page, spec in expected.items():
        for _, ok, _ in page_checks(page, spec):
            for group in (g for g, pages in groups.items() if page in pages):
                for field, right in ok.items():
                    totals[group, field] += 1
                    rights[group, field] += right
    for group, pages in groups.items():
        checked = ", ".join(f"{f} {rights[group, f]}/{totals[group, f]}" for f in FIELDS)
        measured = ", ".join(f"{f} {rights[group, 'measured ' + f]}/{totals[group, 'measured ' + f]}" for f in MEASURED)
        print(f"{group} ({len(pages)} pages): {checked}; as occasion.md scores them: {measured}")


if __name__ == "__main__":
    main(sys.argv[1:])
