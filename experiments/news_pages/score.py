"""Field-by-field counts on the news pages of ``tests/nlp/test_news_pages.py``, known misses included.

    python experiments/news_pages/score.py [PAGE.html ...]

Each expected statement is checked as the test checks it (speaker, kind, channel, addressee, time, source,
once, not_channel); the pages named on the command line are counted apart as "new", the rest as "old".
Prints the counts per field, the statements right in every field per page, and each miss with what was
found. The test stays the gate; this is for counting a round's before and after.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
FIELDS = ("speaker", "kind", "channel", "addressee", "time")


def _text(part: Any) -> str:
    return "" if part is None else str(part.text).casefold()


def _checks(found: list[Any], expected: dict[str, Any]) -> tuple[dict[str, bool], str]:
    holding = [a for a in found if a.content is not None and expected["content"] in a.content.text]
    statement = holding[0] if holding else None
    name = statement.speaker.name if statement is not None and statement.speaker is not None else ""
    ok = {"found": statement is not None, "speaker": bool(name) and expected["speaker"].casefold() in name.casefold()}
    parties = "" if statement is None else _text(statement.channel) + " | " + _text(statement.addressee)
    if "kind" in expected:
        ok["kind"] = statement is not None and statement.kind == expected["kind"]
    for field in ("channel", "addressee"):
        if field in expected:
            ok[field] = expected[field].casefold() in parties
    if "time" in expected:
        ok["time"] = statement is not None and expected["time"].casefold() in _text(statement.time)
    if "once" in expected:
        ok["once"] = len(holding) == 1
    if "source" in expected:
        ok["source"] = statement is not None and _text(statement.source) == expected["source"].casefold()
    if "not_channel" in expected:
        ok["not_channel"] = statement is not None and expected["not_channel"].casefold() not in _text(statement.channel)
    what = "nothing" if statement is None else f"speaker {name!r}, kind {statement.kind}, {parties!r}, time "
    what += "" if statement is None else repr(_text(statement.time))
    return ok, what


def main(new: set[str]) -> None:
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    totals: Counter[tuple[str, str]] = Counter()
    rights: Counter[tuple[str, str]] = Counter()
    misses = []
    for page, spec in expected.items():
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        found = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
        group = "new" if page in new else "old"
        for statement in spec["statements"]:
            ok, what = _checks(found, statement)
            ok["every field"] = all(ok.values())
            for field, right in ok.items():
                totals[group, field] += 1
                rights[group, field] += right
                totals[page, field] += 1
                rights[page, field] += right
            if not ok["every field"]:
                misses.append(f"{page}: {statement['content']!r}: {[f for f, r in ok.items() if not r]}; {what}")
    for group in ("old", "new"):
        counts = ", ".join(f"{f} {rights[group, f]}/{totals[group, f]}" for f in ("every field", *FIELDS))
        print(f"{group} pages: {counts}")
    for page in expected:
        print(f"  {page}: {rights[page, 'every field']}/{totals[page, 'every field']}")
    print("\n".join(misses))


if __name__ == "__main__":
    main(set(sys.argv[1:]))
