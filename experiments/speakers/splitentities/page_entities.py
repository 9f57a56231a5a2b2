"""Each fixture news page's speaking entities (name and mention count), one line a page, to compare two trees' entity
splits on the pages: ``page_entities.py > OUT`` under each tree's PYTHONPATH, then ``diff``."""

from __future__ import annotations

import json
from pathlib import Path

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "news-pages"


def main() -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page in expected:
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        result = quotegraph.extract(article.text, article.published, id=article.id)
        people = sorted(f"{e.name} ({len(e.mentions)})" for e in result.entities if e.type == "PERSON")
        print(f"{page}\t{len(people)}\t{'; '.join(people)}")


if __name__ == "__main__":
    main()
