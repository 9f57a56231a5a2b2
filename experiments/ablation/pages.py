"""The news-page counts of ``experiments/news_pages/score.py`` on the tuned pages only: the held-out pages
(``experiments/news_pages/held_out.txt``) are not read at all, so their misses cannot be seen. Writes each
statement's checks to a JSON file, for a before / after comparison.

    python experiments/ablation/pages.py OUT.json [--off RULE[,RULE]]   # with rules of ablate.py switched off
    python experiments/ablation/pages.py --compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import FIELDS, HELD_OUT, OCCASION_FIELDS, PAGES, listed_pages, page_checks


def count(out: Path) -> None:
    held_out = listed_pages(HELD_OUT)
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    totals: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    outcomes: dict[str, dict[str, bool]] = {}
    pages = 0
    for page, spec in expected.items():
        if page in held_out:
            continue
        pages += 1
        for n, (_, ok, _) in enumerate(page_checks(page, spec)):
            outcomes[f"{page}#{n}"] = ok
            for field, right in ok.items():
                totals[field] += 1
                rights[field] += right
    print(f"{pages} tuned pages: " + ", ".join(f"{f} {rights[f]}/{totals[f]}" for f in ("every field", *FIELDS)))
    print(
        "  as occasion.md scores them: "
        + ", ".join(f"{f} {rights['measured ' + f]}/{totals['measured ' + f]}" for f in OCCASION_FIELDS)
    )
    out.write_text(json.dumps(outcomes, indent=0, sort_keys=True))


def compare(before_path: Path, after_path: Path) -> None:
    before = json.loads(before_path.read_text())
    after = json.loads(after_path.read_text())
    for key in sorted(before.keys() | after.keys()):
        b, a = before.get(key, {}), after.get(key, {})
        for field in sorted(b.keys() | a.keys()):
            if b.get(field) != a.get(field):
                print(f"{key}: {field} {b.get(field)} -> {a.get(field)}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) > 3 and sys.argv[2] == "--off":
        from ablate import rules, switched_off

        wanted = set(sys.argv[3].split(","))
        chosen = [r for r in rules() if r.name in wanted]
        assert len(chosen) == len(wanted), f"unknown rules among {wanted}"
        with contextlib.ExitStack() as stack:
            for rule in chosen:
                stack.enter_context(switched_off(rule))
            count(Path(sys.argv[1]))
    else:
        count(Path(sys.argv[1]))
