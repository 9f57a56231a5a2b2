"""Every statement quotegraph finds on the named tuned pages (or on a text file), with its occasion: for reading a
page's misses while tuning. Never run it on a held-out page."""

import sys
from pathlib import Path

import quotegraph
from quotegraph.io import read

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def _t(part: object) -> str:
    return "" if part is None else str(part.text)  # type: ignore[attr-defined]


for name in sys.argv[1:]:
    if name.endswith(".txt"):
        text, published = Path(name).read_text(encoding="utf-8"), "2026-11-19"
    else:
        [article] = read(str(PAGES / name))
        text, published = article.text, article.published
    for a in quotegraph.extract(text, published, id=name).attributions:
        who = a.speaker.name if a.speaker is not None else ""
        print(
            f"{who[:28]:28} {a.kind:8} ch={_t(a.channel)[:40]!r} ad={_t(a.addressee)[:30]!r} ti={_t(a.time)[:25]!r}"
            f" | {_t(a.content)[:60]}"
        )
