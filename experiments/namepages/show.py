"""Print each statement the system finds on a tuning page (tests/fixtures/news-pages): speaker, kind, channel,
addressee, time and the content's start. Never for a held-out page.

    PYTHONPATH=src python experiments/namepages/show.py PAGE.html [WORD]
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotegraph
from quotegraph.io import read

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
HELD_OUT = Path(__file__).resolve().parents[1] / "news_pages" / "held_out.txt"


def main(page: str, word: str = "") -> None:
    if page in HELD_OUT.read_text(encoding="utf-8").split():
        raise SystemExit(f"{page} is held out")
    [article] = read(str(PAGES / page))
    for a in quotegraph.extract(article.text, article.published, id=article.id).attributions:
        content = a.content.text if a.content else ""
        if word not in content:
            continue
        parts = [p.text if p is not None else "" for p in (a.channel, a.addressee, a.time)]
        speaker = a.speaker.name if a.speaker else ""
        print(f"{speaker!r:40} {a.kind:8} {' | '.join(parts)!r:60} {content[:60]!r}")


if __name__ == "__main__":
    main(*sys.argv[1:])
