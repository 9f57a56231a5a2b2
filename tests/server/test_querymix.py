"""The load benchmark's searches: drawn from what the server holds, in the shapes and sizes named."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest

from quotegraph.server import querymix
from quotegraph.server.querymix import (
    MATERIAL_LIMIT,
    ONE_WORD_BELOW,
    PAGE,
    PLAN_SIZE,
    TWO_WORDS_BELOW,
    WINDOW_DAYS,
    plan_requests,
)
from quotegraph.store.query import MAX_LIMIT

FIRST, LAST = dt.date(2025, 2, 1), dt.date(2025, 9, 30)
TEXTS = [
    "The minister promised sweeping reforms of pension funding tomorrow",
    "Critics warned about hospital closures across northern regions",
    "Officials confirmed the budget negotiations collapsed overnight",
]
DRAWS = 10_000
SHARE_SLACK = 0.02  # over 10,000 draws a share's standard error is under 0.005: four of them


def _plan(monkeypatch: pytest.MonkeyPatch) -> tuple[list[querymix.Request], list[str]]:
    asked: list[str] = []

    async def answer(host: str, port: int, path: str) -> dict[str, object]:
        asked.append(path)
        if path == "/api/stats":
            return {"first": FIRST.isoformat(), "last": LAST.isoformat()}
        if path.startswith("/api/speakers"):
            return {"items": [{"name": name} for name in ("Ann Lee", "Bo Chan", "Cy Diaz")]}
        if path == "/api/outlets":
            return {"items": [{"name": "Planet"}, {"name": "Star"}]}
        return {"items": [{"content": {"text": text}} for text in TEXTS] + [{"content": None}]}

    monkeypatch.setattr(querymix, "get_json", answer)
    return asyncio.run(plan_requests("localhost", 0, random.Random(7))), asked


def test_the_plan_asks_the_server_for_one_full_page_of_material_and_searches_a_page_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan, asked = _plan(monkeypatch)
    assert MATERIAL_LIMIT == MAX_LIMIT
    assert f"/api/speakers?limit={MAX_LIMIT}" in asked and f"/api/attributions?limit={MAX_LIMIT}" in asked
    assert len({r.path for r in plan}) == len(plan) == PLAN_SIZE
    assert all(parse_qs(urlsplit(r.path).query)["limit"] == [str(PAGE)] for r in plan)


def test_date_windows_lie_inside_the_corpus_and_last_a_week_a_month_or_a_quarter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan, _ = _plan(monkeypatch)
    lengths = set()
    for request in plan:
        query = parse_qs(urlsplit(request.path).query)
        if "since" in query:
            since, until = (dt.date.fromisoformat(query[k][0]) for k in ("since", "until"))
            assert FIRST <= since <= until <= LAST
            lengths.add((until - since).days + 1)
    assert lengths == set(WINDOW_DAYS)


def test_text_searches_are_one_word_two_words_or_a_phrase_in_the_named_shares() -> None:
    material = querymix._Material(["Ann Lee"], ["pension", "reforms", "hospital"], ["budget talks"], [], FIRST, LAST)
    rng = random.Random(7)
    forms: Counter[str] = Counter()
    for _ in range(DRAWS):
        q = querymix._text(rng, material)["q"]
        forms["phrase" if q.startswith('"') else "two words" if " " in q else "one word"] += 1
    assert forms["one word"] / DRAWS == pytest.approx(ONE_WORD_BELOW, abs=SHARE_SLACK)
    assert forms["two words"] / DRAWS == pytest.approx(TWO_WORDS_BELOW - ONE_WORD_BELOW, abs=SHARE_SLACK)
    assert forms["phrase"] / DRAWS == pytest.approx(1 - TWO_WORDS_BELOW, abs=SHARE_SLACK)
