"""Append the namepages pages' expectations (expected_pages.PAGES) to tests/fixtures/news-pages/expected.json,
keeping the file's own indentation, without printing it; checks every content stands once in the reader's text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from expected_pages import PAGES

from quotegraph.io import read

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "news-pages"


def main() -> int:
    problems = []
    for page, spec in PAGES.items():
        [article] = read(str(FIXTURES / page))
        text = article.text
        for statement in spec["statements"]:
            words = len(statement["content"].split())
            if text.count(statement["content"]) != 1 or not 3 <= words <= 12:
                problems.append((page, statement["content"], text.count(statement["content"]), words))
        for piece in spec["furniture"]:
            if piece in text:
                problems.append((page, "furniture in the text", piece))
    if problems:
        for problem in problems:
            print(problem)
        return 1
    if "--check" in sys.argv:
        return 0
    path = FIXTURES / "expected.json"
    raw = path.read_text(encoding="utf-8")
    expected = json.loads(raw)
    indent = len(raw.split("\n")[1]) - len(raw.split("\n")[1].lstrip())
    clash = set(PAGES) & set(expected)
    if clash:
        print("already there:", sorted(clash))
        return 1
    expected.update(PAGES)
    path.write_text(json.dumps(expected, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")
    print("added", len(PAGES), "pages,", sum(len(s["statements"]) for s in PAGES.values()), "statements")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
