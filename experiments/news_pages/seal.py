"""Move a set of sealed pages into the news-page fixtures, then record their first run's misses.

    python experiments/news_pages/seal.py move next12          # pages and expectations into the fixtures
    python experiments/news_pages/seal.py misses PAGE.html ...  # their misses as strict known misses

``move`` copies ``sealed/NAME/*.html`` into ``tests/fixtures/news-pages`` and merges ``sealed/NAME/expected.json``
into the fixtures' ``expected.json`` (a page already there is an error). ``misses`` runs the system once on the
named pages, checks them as ``tests/nlp/test_news_pages.py`` does (score.py's checks, the furniture check) and adds
one entry per miss to the held-out pages' known misses (``known-misses-held-out.json`` beside the fixtures: a
sealed set joins the held-out list when it is moved), saying what was expected and found, so that the test stays
green and each entry is a strict xfail until a round mends it.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from score import PAGES, _checks, _text  # type: ignore[import-not-found]

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

SEALED = Path(__file__).resolve().parent / "sealed"
HELD_OUT_MISSES = PAGES / "known-misses-held-out.json"
FIRST_RUN = "sealed page, first run (not yet diagnosed): "


def _expected_json(expected: dict[str, Any]) -> str:
    return json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def move(name: str) -> None:
    source = SEALED / name
    fixtures_file = PAGES / "expected.json"
    expected: dict[str, Any] = json.loads(fixtures_file.read_text(encoding="utf-8"))
    sealed: dict[str, Any] = json.loads((source / "expected.json").read_text(encoding="utf-8"))
    taken = [page for page in sealed if page in expected or (PAGES / page).exists()]
    if taken:
        raise SystemExit(f"already in the fixtures: {taken}")
    for page in sealed:
        shutil.copyfile(source / page, PAGES / page)
    expected.update(sealed)
    fixtures_file.write_text(_expected_json(expected), encoding="utf-8")
    statements = sum(len(spec["statements"]) for spec in sealed.values())
    print(f"moved {len(sealed)} pages, {statements} statements: {' '.join(sealed)}")


def _reason(expected: dict[str, Any], ok: dict[str, bool], what: str) -> str:
    wrong = [field for field, right in ok.items() if not right]
    said = [f"expected {field} {expected[field]!r}" for field in wrong if field in expected]
    return FIRST_RUN + f"wrong {', '.join(wrong)}; " + "; ".join([*said, f"found {what}"])


def _page_misses(page: str, spec: dict[str, Any]) -> dict[str, str]:
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    found = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
    misses = {}
    for expected in spec["statements"]:
        ok, what = _checks(found, expected)
        if not all(ok.values()):
            misses[f"{page}:{expected['content']}"] = _reason(expected, ok, what)
    said = " | ".join(_text(a.content) + " | " + _text(a.source) for a in found)
    furniture = [piece for piece in spec["furniture"] if piece.casefold() in said]
    names = sorted({a.speaker.name for a in found if a.speaker is not None} & set(spec["not_speakers"]))
    if furniture or names:
        misses[page] = FIRST_RUN + f"furniture {furniture} or not-speakers {names} found"
    return misses


def misses(pages: list[str]) -> None:
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    entries: dict[str, str] = {}
    for page in pages:
        entries.update(_page_misses(page, expected[page]))
    known: dict[str, str] = json.loads(HELD_OUT_MISSES.read_text(encoding="utf-8"))
    HELD_OUT_MISSES.write_text(json.dumps(known | entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} known misses added for {len(pages)} pages")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("move", "misses"):
        raise SystemExit(__doc__)
    move(sys.argv[2]) if sys.argv[1] == "move" else misses(sys.argv[2:])
