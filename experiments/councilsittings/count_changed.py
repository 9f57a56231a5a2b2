"""Count the statements told to a body whose sitting changes with ``SITTING_SPOKEN_AT``, on the tuned pages.

    python experiments/councilsittings/count_changed.py --skip LIST [PAGE.html ...]

Runs every tuned page (none named in LIST, which must hold the held-out and check pages) and, for each statement told
to a body, reads ``sitting_told`` with the reading on and off; prints the page, the addressee and both answers where
they differ, and how many statements were told to a body at all.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))

from score import PAGES, listed_pages, read  # type: ignore[import-not-found]

import quotegraph
import quotegraph.nlp.resolve.stated.circumstances as circumstances
from quotegraph.nlp.resolve.stated import sitting_hearers

told: list[int] = [0]
changed: list[str] = []
page_now: list[str] = [""]
_reading = sitting_hearers.sitting_told


def _both(*args: Any, **options: Any) -> sitting_hearers.SittingTold | None:
    on = _reading(*args, **options)
    sitting_hearers.SITTING_SPOKEN_AT = False
    off = _reading(*args, **options)
    sitting_hearers.SITTING_SPOKEN_AT = True
    told[0] += 1
    if on != off:
        show = [None if s is None else (s.channel.text, s.time and s.time.span.text) for s in (on, off)]
        changed.append(f"{page_now[0]} | told {args[0].text!r} | on {show[0]} | off {show[1]}")
    return on


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] != "--skip":
        sys.exit(__doc__)
    skip = listed_pages(Path(argv[1]))
    named = set(argv[2:])
    circumstances.sitting_told = _both  # type: ignore[assignment]
    everything = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page in everything:
        if page in skip or (named and page not in named):
            continue
        page_now[0] = page
        [article] = read(str(PAGES / page))
        quotegraph.extract(article.text, article.published, id=article.id)
    print(f"sitting_told asked {told[0]} times on the tuned pages; answers differing: {len(changed)}")
    print("\n".join(changed))


if __name__ == "__main__":
    main(sys.argv[1:])
