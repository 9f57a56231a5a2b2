"""Every statement's checks on a chosen set of news pages, as ``experiments/news_pages/score.py`` counts them.

    python experiments/session_voices/pages.py OUT.jsonl [--skip NAMES.txt] [--only NAMES.txt]

One JSON line per expected statement (page, content, each check, what was found), so two runs can be compared
statement by statement, and aggregates taken over any group of pages (``--sum OUT.jsonl [NAMES.txt]``). Pages named in
``--skip`` (the held-out list) are never extracted, so none of their misses is printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from score import FIELDS, OCCASION_FIELDS, PAGES, page_checks


def _names(path: str) -> set[str]:
    return {line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()}


def dump(out: str, skip: set[str], only: set[str] | None) -> None:
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    with open(out, "w", encoding="utf-8") as sink:
        for page, spec in expected.items():
            if page in skip or (only is not None and page not in only):
                continue
            for statement, ok, what in page_checks(page, spec):
                row = {"page": page, "content": statement["content"], "ok": ok, "what": what}
                sink.write(json.dumps(row) + "\n")


def summed(out: str, only: set[str] | None, skip: set[str]) -> None:
    totals: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    for line in Path(out).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["page"] in skip or (only is not None and row["page"] not in only):
            continue
        for field, right in row["ok"].items():
            totals[field] += 1
            rights[field] += right
    print(", ".join(f"{f} {rights[f]}/{totals[f]}" for f in ("every field", *FIELDS)))
    measured = ", ".join(f"{f} {rights['measured ' + f]}/{totals['measured ' + f]}" for f in OCCASION_FIELDS)
    print("  as occasion.md: " + measured)


if __name__ == "__main__":
    args = sys.argv[1:]
    skip = _names(args[args.index("--skip") + 1]) if "--skip" in args else set()
    only = _names(args[args.index("--only") + 1]) if "--only" in args else None
    if args[0] == "--sum":
        summed(args[1], only, skip)
    else:
        dump(args[0], skip, only)
