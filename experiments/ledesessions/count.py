"""Count the carried channel and time misses of a tuning slice whose setter is a narrated session or debate.

    python experiments/ledesessions/count.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--offset N] [-v]

A carried annotated value (occasion.md: set in another sentence) that the system run misses (gives nothing, or a value
without its content) is counted by its setter, the sentence of the article that holds the annotated phrase:
``session`` when that sentence names a session, sitting, debate, hearing, inquest, meeting or vote (``SESSION_WORDS``,
by words: a proxy of a reading, so that every slice is counted the same), else ``other``; and ``narrated`` when no
annotated statement's cue lies in that sentence (the lede or a paragraph of setting, the shape of the ledesessions
brief), else ``stated`` (the setter is itself a statement's sentence). Pairs statements as the scorer does
(``experiments/occasion_stated/paired.py``). Tuning slices only with ``-v`` (it prints the articles' text); on a
check slice the counts alone.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from paired import CARRIERS, annotated_articles  # type: ignore[import-not-found]

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import shares_content

# Words of a session or debate in the setter sentence (lower case, matched as a word's start)
SESSION_WORDS = (
    "session",
    "sitting",
    "debate",
    "hearing",
    "inquest",
    "inquiry",
    "meeting",
    "vote",
    "voted",
    "committee",
    "council",
    "senate",
    "house floor",
    "town hall",
    "forum",
    "trial",
)
_FIELDS = ("channel", "time")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z])|\n+")


def _spans(value: Any) -> list[tuple[int, int]]:
    if isinstance(value, list):
        return [(int(s[0]), int(s[1])) for s in value]
    raw = value.get("spans") or ([value["span"]] if "span" in value else [])
    return [(int(s[0]), int(s[1])) for s in raw]


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence of ``text`` holding offset ``at`` (a rough split by end marks and paragraphs)."""
    start, end = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    return start, end


def _right(field: str, annotated: Any, system: Any) -> bool:
    return any(
        (v := system.get(o)) and shares_content(str(v.get("text") or ""), str(annotated["text"]))
        for o in CARRIERS[field]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--offset", type=int, default=0, help="train index of the slice's first article")
    parser.add_argument("-v", action="store_true", help="list each session miss (tuning slices only)")
    parser.add_argument("--stated", action="store_true", help="with -v, list the stated setters' misses instead")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    counts: Counter[tuple[str, str, str, str]] = Counter()
    words: Counter[str] = Counter()
    articles: dict[str, set[int]] = {}
    for n, (gold, annotated, mine) in enumerate(annotated_articles(args.gold, args.occasions, args.system)):
        text = gold["text"]
        cues = [s for a in gold["attributions"] for s in _spans(a.get("cue") or [])]
        for gi, pi in overlap_matches(text, gold["attributions"], mine):
            g = gold["attributions"][gi]
            fields = annotated.get(str(g.get("id")))
            if not fields:
                continue
            for field in _FIELDS:
                want = fields.get(field)
                if not want or not want.get("carried"):
                    continue
                totals[field] += 1
                if _right(field, want, mine[pi]) or not _spans(want):
                    continue
                at = _spans(want)[0][0]
                start, end = _sentence(text, at)
                low = text[start:end].lower()
                found = [w for w in SESSION_WORDS if re.search(rf"\b{w}", low)]
                kind = "session" if found else "other"
                told = "stated" if any(start <= c0 < end for c0, _ in cues) else "narrated"
                got = "null" if not any(mine[pi].get(o) for o in CARRIERS[field]) else "wrong"
                counts[(field, kind, told, got)] += 1
                if kind == "session" and told == "narrated":
                    words.update(found)
                    articles.setdefault(field, set()).add(args.offset + n)
                if kind == "session" and (told == "stated") == args.stated and args.v:
                    cue = _spans(g.get("cue") or []) or _spans(g.get("content") or [])
                    c0 = cue[0][0] if cue else 0
                    s0, s1 = _sentence(text, c0)
                    print(f"[{args.offset + n} {g.get('id')} {field} {got}] want {want['text']!r}")
                    print(f"   set : {' '.join(text[start:end].split())[:300]}")
                    print(f"   stmt: {' '.join(text[s0:s1].split())[:300]}")
    for field in _FIELDS:
        missed = sum(v for k, v in counts.items() if k[0] == field)
        print(f"{field}: carried {totals[field]}, missed {missed}")
        for key, value in sorted(counts.items()):
            if key[0] == field:
                print(f"   {key[1]:8} {key[2]:9} {key[3]:6} {value}")
        print(f"   narrated-session articles: {len(articles.get(field, ()))}")
    print("session words in narrated setters:", dict(words.most_common()))


if __name__ == "__main__":
    main()
