"""The speaker misses of the tuned news pages, with their sentence, sorted by cause; and what moved between two runs.

    python experiments/occasion_carry/scenedays/pages.py OUT.json    # each tuned statement, held-out pages left out
    python experiments/speakerpages/misses.py show OUT.json [--causes experiments/speakerpages/causes.tsv]
    python experiments/speakerpages/misses.py diff BEFORE.json AFTER.json

Reads the statement-by-statement file ``scenedays/pages.py`` writes for the tuned pages (it leaves the held-out pages
of ``experiments/news_pages/held_out.txt`` out unread). ``show`` prints each statement whose speaker is wrong, the
expected and found speaker and the text around the expected content on its page; with ``--causes`` (page, content
prefix, cause: tab-separated) it counts them by cause instead. ``diff`` prints the statements whose checks moved
between two runs, then both runs' totals.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_carry" / "scenedays"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from pages import _totals
from score import PAGES

from quotegraph.io import read
from quotegraph.model import Article


def _rows(path: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return rows


def _around(page: str, content: str, width: int = 400) -> str:
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    at = article.text.find(content)
    return " ".join(article.text[max(0, at - width) : at + len(content) + width // 2].split())


def _causes(path: str | None) -> dict[tuple[str, str], str]:
    if path is None:
        return {}
    found = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, prefix, cause = line.split("\t")[:3]
            found[page, prefix] = cause
    return found


def show(path: str, causes_path: str | None) -> None:
    causes = _causes(causes_path)
    by_cause: Counter[str] = Counter()
    for row in _rows(path):
        if row["ok"]["speaker"]:
            continue
        content = row["content"]
        cause = next((c for (p, pre), c in causes.items() if p == row["page"] and content.startswith(pre)), "")
        by_cause[cause or "?"] += 1
        if causes_path is None:
            print(f"## {row['page']} :: {content[:60]!r}\n expected {row['expected']['speaker']!r}; {row['what']}")
            print("   " + _around(row["page"], content) + "\n")
    for cause, n in by_cause.most_common():
        print(f"{n:4d}  {cause}")


def diff(before_path: str, after_path: str) -> None:
    before, after = _rows(before_path), _rows(after_path)
    old = {(r["page"], r["content"]): r for r in before}
    for row in after:
        was = old.get((row["page"], row["content"]))
        if was is not None and (was["ok"], was["measured"]) != (row["ok"], row["measured"]):
            moved = {f: (was["ok"].get(f), v) for f, v in row["ok"].items() if was["ok"].get(f) != v}
            print(f"{row['page']} :: {row['content'][:60]!r}: {moved}")
            print(f"   was {was['what']}\n   now {row['what']}")
    print("before:", _totals(before))
    print("after: ", _totals(after))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "show":
        show(args[0], args[args.index("--causes") + 1] if "--causes" in args else None)
    elif command == "diff":
        diff(args[0], args[1])
