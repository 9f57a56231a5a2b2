"""The searches of the load benchmark, drawn from the corpus the server holds.

Speaker names come from ``/api/speakers``, words from the contents of the newest attributions,
dates from ``/api/stats`` and outlets from ``/api/outlets``; a seeded generator combines them into
``PLAN_SIZE`` distinct searches of five kinds, as people use the search page: text, speaker, dates,
two or three filters combined, and a search followed to its second page.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import msgspec

from quotegraph.errors import QueryError
from quotegraph.server.httpclient import get_json
from quotegraph.store.query import DEFAULT_LIMIT, MAX_LIMIT, parse_text

__all__ = ["PLAN_SIZE", "Request", "plan_requests"]

PLAN_SIZE = 5_000  # distinct searches; many more than a run of 30 s can repeat often
PLAN_DRAWS = 20  # draws per wanted search before a corpus too small to give PLAN_SIZE distinct ones is given up on
PAGE = DEFAULT_LIMIT  # hits a search asks for: the search page's size (it leaves the store's default)
MATERIAL_LIMIT = MAX_LIMIT  # speakers and newest contents the plan is drawn from: one API page, the most it gives
# How often each kind is drawn (percent): free text and speakers most, as on the search page; dates on
# their own least, since people mostly narrow a text or speaker search by dates (the combined kind).
KIND_WEIGHTS = {"text": 30, "speaker": 25, "dates": 20, "combined": 25}
FOLLOW_SHARE = 0.2  # searches whose second page is asked for too
# How a text search is typed, as cut points of a roll in [0, 1): below ONE_WORD_BELOW one word (what
# people type most), below TWO_WORDS_BELOW two words, above it a quoted phrase (the costliest form).
ONE_WORD_BELOW = 0.6
TWO_WORDS_BELOW = 0.9
WINDOW_DAYS = (7, 31, 92)  # a date search's span: a week, a month or a quarter
COMBINED_FILTERS = (2, 3)  # filters a combined search sets: two or three of text, speaker, dates, outlet
# The window's start when no article of the corpus is dated: any day serves, since no dated search can
# match then; a fixed one keeps the plan the same from run to run.
UNDATED_START = dt.date(2025, 1, 1)
_WORD = re.compile(r"[A-Za-z]{5,}")  # five letters or more: shorter words are mostly ones the store ignores
_PHRASE = re.compile(r"[A-Za-z]{4,} [A-Za-z]{4,}")  # two words a phrase search can find together


@dataclass(frozen=True)
class Request:
    kind: str
    path: str
    follow: bool = False

    def next_path(self, body: bytes) -> str | None:
        """The following page's path, from this answer's ``next`` cursor."""
        cursor = msgspec.json.decode(body, type=_NextOnly).next
        return None if cursor is None else f"{self.path}&cursor={quote(cursor)}"


class _NextOnly(msgspec.Struct):
    next: str | None = None


@dataclass(frozen=True)
class _Material:
    speakers: list[str]
    words: list[str]
    phrases: list[str]
    outlets: list[str]
    first: dt.date
    last: dt.date


async def _material(host: str, port: int) -> _Material:
    stats = await get_json(host, port, "/api/stats")
    speakers = [s["name"] for s in (await get_json(host, port, f"/api/speakers?limit={MATERIAL_LIMIT}"))["items"]]
    outlets = [o["name"] for o in (await get_json(host, port, "/api/outlets"))["items"]]
    texts = [
        item["content"]["text"]
        for item in (await get_json(host, port, f"/api/attributions?limit={MATERIAL_LIMIT}"))["items"]
        if item["content"]
    ]
    words = sorted(w for w in {w.lower() for text in texts for w in _WORD.findall(text)} if _searchable(w))
    phrases = sorted(p for p in {m.group(0) for text in texts for m in _PHRASE.finditer(text)} if _searchable(p))
    first = dt.date.fromisoformat(stats["first"]) if stats["first"] else UNDATED_START
    last = dt.date.fromisoformat(stats["last"]) if stats["last"] else first
    return _Material(
        speakers or ["nobody"], words or ["said"], phrases or ["he said"], outlets or ["none"], first, last
    )


def _searchable(text: str) -> bool:
    """Words the store searches for (it ignores the most common ones: a search of those alone is a 400)."""
    try:
        parse_text(f'"{text}"')
    except QueryError:
        return False
    return True


def _window(rng: random.Random, m: _Material) -> dict[str, str]:
    """A week, a month or a quarter inside the corpus's dates."""
    days = rng.choice(WINDOW_DAYS)
    span = max(0, (m.last - m.first).days - days)
    start = m.first + dt.timedelta(days=rng.randint(0, span))
    return {"since": start.isoformat(), "until": (start + dt.timedelta(days=days - 1)).isoformat()}


def _text(rng: random.Random, m: _Material) -> dict[str, str]:
    roll = rng.random()
    if roll < ONE_WORD_BELOW:
        return {"q": rng.choice(m.words)}
    if roll < TWO_WORDS_BELOW:
        return {"q": " ".join(rng.sample(m.words, 2))}
    return {"q": f'"{rng.choice(m.phrases)}"'}


def _speaker_query(rng: random.Random, m: _Material) -> dict[str, str]:
    return {"speaker": rng.choice(m.speakers)}


def _outlet(rng: random.Random, m: _Material) -> dict[str, str]:
    return {"outlet": rng.choice(m.outlets)}


def _params(kind: str, rng: random.Random, m: _Material) -> dict[str, str]:
    single = {"text": _text, "speaker": _speaker_query, "dates": _window}
    if kind in single:
        return single[kind](rng, m)
    combined: dict[str, str] = {}
    for part in rng.sample([_text, _speaker_query, _window, _outlet], rng.choice(COMBINED_FILTERS)):
        combined.update(part(rng, m))
    return combined


async def plan_requests(host: str, port: int, rng: random.Random) -> list[Request]:
    material = await _material(host, port)
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    plan: dict[str, Request] = {}
    for _ in range(PLAN_SIZE * PLAN_DRAWS):
        if len(plan) >= PLAN_SIZE:
            break
        kind = rng.choices(kinds, weights)[0]
        path = "/api/attributions?" + urlencode({**_params(kind, rng, material), "limit": str(PAGE)})
        plan.setdefault(path, Request(kind, path, follow=rng.random() < FOLLOW_SHARE))
    return list(plan.values())
