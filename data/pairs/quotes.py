#!/usr/bin/env python3
"""Extract quotes from quotegraph's PolNeAR extraction (read-only) -> quotes.jsonl.

A quote is
  * direct attribution: its content_text (discontinuous spans joined by " … ", as stored);
  * mixed attribution: the parts of the content that lie inside quotation marks
    (“…” or "..."), read off the article text at the content spans; several parts of one
    attribution are joined by " … ".
Quotes under 4 words are dropped.

Usage: python3 quotes.py [OUT]   (default: quotes.jsonl next to this script)
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
from pathlib import Path

DB = "file:/work/annotations/polnear.db?mode=ro"
SPLITS = {"train": "/work/shared/data/polnear/train.jsonl", "dev": "/work/shared/data/polnear/dev.jsonl"}
MIN_WORDS = 4
JOINER = " … "
WORD = re.compile(r"\w+(?:['’]\w+)*")
# characters that may sit between the end of a content span and its closing quote mark
TRAILING = set(".,;:!?—–-…’ ")
TRAIL_LOOKAHEAD = 4  # chars


def article_splits() -> dict[str, str]:
    out: dict[str, str] = {}
    for split, path in SPLITS.items():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                out[json.loads(line)["id"]] = split
    return out


def is_opening_straight(text: str, i: int) -> bool:
    """A straight double quote opens when it follows start/space/opening bracket."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-"


def quote_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close') for every double quotation mark in text[start:end].

    The NYT texts write a double quotation mark as two apostrophes (''); such a mark is
    reported at its second character, so that text after offset+1 is inside the quote.
    """
    marks = []
    for i in range(start, end):
        ch = text[i]
        if ch == "'" and i + 1 < len(text) and text[i + 1] == "'":
            continue  # first half of ''
        if ch == "'" and i > 0 and text[i - 1] == "'":
            marks.append((i, "open" if is_opening_straight(text, i - 1) else "close"))
        elif ch == "“":
            marks.append((i, "open"))
        elif ch == "”":
            marks.append((i, "close"))
        elif ch == '"':
            marks.append((i, "open" if is_opening_straight(text, i) else "close"))
    return marks


def inside_at(text: str, pos: int) -> bool:
    """Is offset pos inside an open quotation (scanning from the paragraph start)?"""
    par_start = text.rfind("\n", 0, pos) + 1
    inside = False
    for _, kind in quote_marks(text, par_start, pos):
        inside = kind == "open"
    return inside


def extend_end(text: str, end: int) -> int:
    """Include a closing quote that sits just after the span (after punctuation)."""
    j = end
    while j < len(text) and j - end < TRAIL_LOOKAHEAD and text[j] in TRAILING:
        j += 1
    if j < len(text) and text[j] in "”\"":
        return j + 1
    if text[j:j + 2] == "''":
        return j + 2
    return end


def quoted_parts(text: str, spans: list[list[int]]) -> list[str]:
    parts: list[str] = []
    for s, e in spans:
        e2 = extend_end(text, e)
        inside = inside_at(text, s)
        cur = s
        for i, kind in quote_marks(text, s, e2):
            if kind == "open" and not inside:
                inside, cur = True, i + 1
            elif kind == "close" and inside:
                parts.append(text[cur:i - 1] if text[i] == "'" else text[cur:i])
                inside = False
            elif kind == "open" and inside:
                # a second opening while inside: treat as a restart (nested/unbalanced)
                cur = i + 1
        if inside:
            parts.append(text[cur:e])
    cleaned = [clean(p) for p in parts]
    return [p for p in cleaned if p]


def clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" ,;:—–-")


def n_words(s: str) -> int:
    return len(WORD.findall(s))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("quotes.jsonl")
    splits = article_splits()
    con = sqlite3.connect(DB, uri=True)
    texts = dict(con.execute("SELECT id, text FROM articles"))
    outlets = dict(con.execute("SELECT a.id, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id"))
    rows = con.execute(
        "SELECT article_id, position, attribution_id, kind, content_spans, content_text, speaker_name, speaker_id, day "
        "FROM attributions WHERE kind IN ('direct', 'mixed') ORDER BY article_id, position"
    )
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for art, pos, aid, kind, spans, ctext, sname, sid, day in rows:
            if kind == "direct":
                quote = clean(ctext or "")
            else:
                quote = JOINER.join(quoted_parts(texts[art], json.loads(spans or "[]")))
            if n_words(quote) < MIN_WORDS:
                continue
            rec = {
                "article": art, "split": splits.get(art, "?"), "outlet": outlets.get(art), "day": day,
                "position": pos, "attribution": aid, "kind": kind,
                "speaker": sname, "speaker_id": sid, "text": quote,
                "spans": json.loads(spans or "[]"),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} quotes -> {out}")


if __name__ == "__main__":
    main()
