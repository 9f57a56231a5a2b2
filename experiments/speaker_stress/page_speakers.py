"""Every statement's speaker on the news pages, one line each (page, content opening, source, speaker), for a
before / after diff of speaker names; the pages listed in the file given with --skip (the held-out ones) are left out
unread.

    PYTHONPATH=src python experiments/speaker_stress/page_speakers.py \
        --skip experiments/news_pages/held_out.txt > OUT.tsv"""

from __future__ import annotations

import sys
from pathlib import Path

import quotegraph
from quotegraph.io import read

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main(argv: list[str]) -> None:
    skip: set[str] = set()
    if "--skip" in argv:
        skip = set(Path(argv[argv.index("--skip") + 1]).read_text(encoding="utf-8").split())
    for page in sorted(PAGES.glob("*.html")):
        if page.name in skip:
            continue
        [article] = read(str(page))
        for a in quotegraph.extract(article.text, article.published, id=article.id).attributions:
            content = a.content.text[:60].replace("\n", " ") if a.content else ""
            source = a.source.text.replace("\n", " ") if a.source else ""
            speaker = a.speaker.name if a.speaker else ""
            print(f"{page.name}\t{content}\t{source}\t{speaker}")


if __name__ == "__main__":
    main(sys.argv[1:])
