"""The tuned pages' time misses whose expected time is told outside the statement's own sentence: where the day was
told (the sentence holding its last mention before the statement) and what the system gave, for reading by hand.

    python experiments/occasion_carry/scenedays/page_misses.py PAGES.json   # pages.py's output (tuned pages only)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from quotegraph.io import read
from quotegraph.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "news_pages"))
from score import PAGES

_ENDS = re.compile(r"(?<=[.!?\"”])\s+|\n+")


def _sentence_at(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in _ENDS.finditer(text)]
    start = max(s for s in starts if s <= offset)
    later = [s for s in starts if s > offset]
    return start, (later[0] if later else len(text))


def main(path: str) -> None:
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    carried = 0
    for row in rows:
        if "time" not in row["expected"] or row["ok"].get("time", True):
            continue
        page = row["page"]
        if page not in texts:
            [article] = read(str(PAGES / page))
            assert isinstance(article, Article)
            texts[page] = article.text
        text = texts[page]
        at = text.find(row["content"])
        want = row["expected"]["time"]
        own = _sentence_at(text, max(at, 0))
        low = text.lower()
        told = [m.start() for m in re.finditer(re.escape(want.lower()), low)]
        before = [t for t in told if t < at] or told
        if not before or own[0] <= before[-1] < own[1]:
            continue  # told in its own sentence: a stated miss, not this round's
        carried += 1
        setter = _sentence_at(text, before[-1])
        print(f"{page} | want {want!r} got {row['time']!r} | {row['expected']['speaker']}")
        print("   SET:", text[setter[0] : setter[1]].strip()[:300].replace("\n", " "))
        print("   SAY:", text[own[0] : own[1]].strip()[:200].replace("\n", " "))
    print("carried time misses:", carried)


if __name__ == "__main__":
    main(sys.argv[1])
