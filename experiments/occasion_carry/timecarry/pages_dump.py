"""Run the pipeline on the tuned news pages (the held-out ones of ``experiments/news_pages/held_out.txt`` left out,
never read) and write each page's text and found statements to JSON, for ``carried_misses.py`` to read offline.

    python experiments/occasion_carry/timecarry/pages_dump.py OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "news-pages"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "news_pages"))
from score import HELD_OUT, listed_pages  # type: ignore[import-not-found]  # noqa: E402


def _part(part: Any) -> dict[str, Any] | None:
    if part is None:
        return None
    return {"text": str(part.text), "carried": bool(getattr(part, "carried", False))}


def main(out: Path) -> None:
    held = listed_pages(HELD_OUT)
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    dump = {}
    for page in expected:
        if page in held:
            continue
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        found = quotegraph.extract(article.text, article.published, id=article.id).attributions
        dump[page] = {
            "text": article.text,
            "found": [
                {
                    "content": None if a.content is None else a.content.text,
                    "start": None if a.content is None else a.content.spans[0].start,
                    "speaker": None if a.speaker is None else a.speaker.name,
                    "channel": _part(a.channel),
                    "addressee": _part(a.addressee),
                    "time": _part(a.time),
                }
                for a in found
            ],
        }
    out.write_text(json.dumps(dump))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
