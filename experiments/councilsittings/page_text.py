"""Print a tuned page's text as the system reads it (title, date, body), one paragraph a line.

    python experiments/councilsittings/page_text.py --skip LIST PAGE.html

Refuses a page named in LIST (which must hold the held-out and check pages).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))

from score import PAGES, listed_pages, read  # type: ignore[import-not-found]


def main(argv: list[str]) -> None:
    if len(argv) != 3 or argv[0] != "--skip":
        sys.exit(__doc__)
    page = argv[2]
    if page in listed_pages(Path(argv[1])):
        sys.exit(f"{page} is not a tuned page")
    [article] = read(str(PAGES / page))
    print(article.published)
    print(article.text)


if __name__ == "__main__":
    main(sys.argv[1:])
