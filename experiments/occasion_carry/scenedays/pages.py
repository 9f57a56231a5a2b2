"""Statement-by-statement page results for the scenedays round, held-out pages left out unless named.

    python experiments/occasion_carry/scenedays/pages.py OUT.json                 # the tuned pages, every statement
    python experiments/occasion_carry/scenedays/pages.py --aggregate PAGE.html ...  # named pages, figures only

The tuned pages are every page of ``expected.json`` not listed in ``experiments/news_pages/held_out.txt``; the named
pages (``--aggregate``) print only their totals, as ``score.py`` counts them, so that held-out pages are
scored without their statements being read.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "news_pages"))
from score import FIELDS, HELD_OUT, PAGES, _checks, _holding, _measured, listed_pages


def _run(pages: list[str], expected: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for page in pages:
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        found = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
        for statement in expected[page]["statements"]:
            ok, what = _checks(found, statement)
            ok["every field"] = all(ok.values())
            measured = _measured(found, statement)
            holding = _holding(found, statement)
            time = holding[0].time.text if holding and holding[0].time is not None else None
            rows.append(
                {
                    "page": page,
                    "content": statement["content"],
                    "expected": statement,
                    "ok": ok,
                    "measured": measured,
                    "what": what,
                    "time": time,
                }
            )
    return rows


def _totals(rows: list[dict[str, Any]]) -> str:
    rights: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for row in rows:
        for field, right in row["ok"].items():
            totals[field] += 1
            rights[field] += right
        for field, right in row["measured"].items():
            totals["measured " + field] += 1
            rights["measured " + field] += right
    return ", ".join(f"{f} {rights[f]}/{totals[f]}" for f in ("every field", *FIELDS, "measured time"))


def main(argv: list[str]) -> None:
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    if argv[0] == "--aggregate":
        print("named pages:", _totals(_run(argv[1:], expected)))
        return
    held = listed_pages(HELD_OUT)
    rows = _run([p for p in expected if p not in held], expected)
    Path(argv[0]).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print("tuned pages:", _totals(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
