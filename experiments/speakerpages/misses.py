"""The speaker misses of the tuned news pages, with their sentence, for sorting by cause.

    python experiments/speakerpages/misses.py run OUT.json        # score every tuned page, save each statement's checks
    python experiments/speakerpages/misses.py show OUT.json [--causes experiments/speakerpages/causes.tsv]
    python experiments/speakerpages/misses.py diff BEFORE.json AFTER.json

The held-out pages (``experiments/news_pages/held_out.txt``) are left out unread, as ``score.py --skip`` does.
``show`` prints each tuned statement whose speaker is wrong, the expected and found speaker and the text around
the expected content on the page; with ``--causes`` (page, content prefix, cause: tab-separated) it counts them by
cause.
``diff`` prints the statements whose checks moved between two runs and the per-field totals of both.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
import score

from quotegraph.io import read
from quotegraph.model import Article


def run(out: str) -> None:
    everything: dict[str, Any] = json.loads((score.PAGES / "expected.json").read_text(encoding="utf-8"))
    held = score.listed_pages(score.HELD_OUT)
    rows = []
    for page, spec in everything.items():
        if page in held:
            continue
        for statement, ok, what in score.page_checks(page, spec):
            rows.append({"page": page, "statement": statement, "ok": ok, "what": what})
    Path(out).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    totals(rows)


def totals(rows: list[dict[str, Any]]) -> None:
    right: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for row in rows:
        for field, value in row["ok"].items():
            count[field] += 1
            right[field] += value
    print(", ".join(f"{f} {right[f]}/{count[f]}" for f in sorted(count)))


def _around(page: str, content: str, width: int = 400) -> str:
    [article] = read(str(score.PAGES / page))
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
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    causes = _causes(causes_path)
    by_cause: Counter[str] = Counter()
    for row in rows:
        if row["ok"]["speaker"]:
            continue
        content = row["statement"]["content"]
        cause = next((c for (p, pre), c in causes.items() if p == row["page"] and content.startswith(pre)), "")
        by_cause[cause or "?"] += 1
        if causes_path is None:
            print(f"## {row['page']} :: {content[:60]!r}\n expected {row['statement']['speaker']!r}; {row['what']}")
            print("   " + _around(row["page"], content) + "\n")
    for cause, n in by_cause.most_common():
        print(f"{n:4d}  {cause}")


def diff(before_path: str, after_path: str) -> None:
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    old = {(r["page"], r["statement"]["content"]): r for r in before}
    for row in after:
        was = old.get((row["page"], row["statement"]["content"]))
        if was is not None and was["ok"] != row["ok"]:
            moved = {f: (was["ok"].get(f), v) for f, v in row["ok"].items() if was["ok"].get(f) != v}
            print(f"{row['page']} :: {row['statement']['content'][:60]!r}: {moved}")
            print(f"   was {was['what']}\n   now {row['what']}")
    totals(before)
    totals(after)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "run":
        run(args[0])
    elif command == "show":
        show(args[0], args[args.index("--causes") + 1] if "--causes" in args else None)
    elif command == "diff":
        diff(args[0], args[1])
