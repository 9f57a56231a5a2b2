"""Task 1 of the timecarry round: statements whose annotated time is carried from the same speaker's earlier
statement, and what the system gives them, counted by why the time was kept back.

    python experiments/occasion_carry/timecarry/carried_misses.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--show]

The setter is the first earlier annotated statement whose own (not carried) time has the same span. "Same speaker":
the system statements paired with both have one speaker entity. The time phrase is read off the setter's system
statement (its own stated time, when it found the same one): a clause (a verb), a clock time, a date or none; the
distance is in paragraphs (blank-line separated, as the carrier counts them). For tuning sets only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from paired import annotated_pairs

from quotegraph.evaluation.occasion import shares_content

CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|am|pm)\b|\bnoon\b|\bmidnight\b|o'clock", re.I)
CLAUSE = re.compile(r"^(?:when|as|while|after|before|since|until|asked|speaking|during)\b", re.I)
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def shape(text: str, date: str | None) -> str:
    if CLOCK.search(text):
        return "clock"
    if CLAUSE.search(text) and len(text.split()) > 2:
        return "clause"
    if WEEKDAY.search(text):
        return "weekday"
    if date is None:
        return "undated"
    if "/" in date:
        return "period"
    return "dated"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    by_article: dict[str, list[Any]] = {}
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        by_article.setdefault(str(pair.gold["id"]), []).append(pair)
    counts: Counter[tuple[str, ...]] = Counter()
    for pairs in by_article.values():
        stated: dict[tuple[int, int], Any] = {}
        pairs.sort(key=lambda p: p.gold["attributions"][p.index]["content"][0][0])
        for pair in pairs:
            want = pair.fields.get("time")
            if want is None:
                continue
            span = tuple(want["span"])
            if not want.get("carried"):
                stated.setdefault(span, pair)
                continue
            setter = stated.get(span)
            if setter is None:
                counts["no stated setter paired", ""] += 1
                continue
            mine, theirs = pair.system.get("speaker") or {}, setter.system.get("speaker") or {}
            if not mine.get("entity") or mine.get("entity") != theirs.get("entity"):
                counts["other speaker's time", ""] += 1
                continue
            text = pair.gold["text"]
            value = pair.system.get("time")
            if value is not None and shares_content(value["text"], want["text"]):
                counts["same speaker", "right"] += 1
                continue
            outcome = "miss" if value is None else "other value"
            own_time = setter.system.get("time") or {}
            kind = shape(want["text"], own_time.get("date") if own_time.get("text") == want["text"] else None)
            here = _paragraph(text, pair.gold["attributions"][pair.index]["content"][0][0])
            there = _paragraph(text, setter.gold["attributions"][setter.index]["content"][0][0])
            gap = here - there
            channel = pair.system.get("channel")
            addressee = pair.system.get("addressee")
            occ = "ch/addr carried" if any(v and v.get("carried") for v in (channel, addressee)) else "none carried"
            gapname = "same para" if gap == 0 else "next para" if gap == 1 else "2+ paras"
            counts["same speaker", outcome, kind, gapname, occ] += 1
            if args.show:
                print(
                    f"{pair.gold['id']} {pair.attribution_id}: want {want['text']!r} [{kind}, gap {gap}, {occ}]"
                    f" got {None if value is None else value['text']!r}"
                    f" ch={None if channel is None else channel['text']!r}"
                    f" to={None if addressee is None else addressee['text']!r}"
                )
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(n, " / ".join(k for k in key if k))


if __name__ == "__main__":
    main()
