"""The news pages' counts by group, in one pass of the system over every page, no miss printed.

    python experiments/news_pages/groups.py [NAME=LIST.txt ...]

Each NAME=LIST.txt counts the pages listed in that file (one page name a line; ``#`` starts a comment) as a group;
``held-out`` is always counted from ``held_out.txt``, ``tuned`` is every page in no list given, ``all`` every page.
A line per group gives the fields as ``score.py`` checks them, then as occasion.md scores them. Only counts are
printed, so the held-out pages' misses stay unread (``score.py`` prints each miss: run it on tuned pages only).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from score import PAGES, page_checks  # type: ignore[import-not-found]

HELD_OUT = Path(__file__).resolve().parent / "held_out.txt"
FIELDS = ("every field", "speaker", "kind", "channel", "addressee", "time")
MEASURED = ("channel", "addressee", "time")


def _listed(path: Path) -> set[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def main(arguments: list[str]) -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    groups = {"held-out": _listed(HELD_OUT)}
    for argument in arguments:
        name, _, path = argument.partition("=")
        groups[name] = _listed(Path(path))
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
