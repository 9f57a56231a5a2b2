"""Train-d's annotated time values (stated and carried) whose phrase no system statement reads as a time (statedtimes).

Usage: unread.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [-v FORM]

For each article, every distinct annotated time phrase (by span) is "read" when some system statement's time
overlaps it. The unread ones are sorted by form (a rough reading of the phrase's words) and counted as values
(annotated statements holding the phrase) and articles; ``find_times`` says whether the time grammar matches
the phrase at all (a phrase the grammar matches but no rule takes is a position, not a form, problem).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from quotegraph.nlp.resolve.stated.timeexpr import find_times

FORMS = (
    ("event of a day ('Thursday's debate')", r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b"),
    ("hours/days after/before", r"\b(?:hours?|minutes?|days?|weeks?)\s+(?:after|before|later|earlier)\b"),
    ("eve of", r"\beve\b"),
    ("month day", r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"),
    ("weekday", r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("this/last/earlier unit", r"\b(?:this|last|next|past)\s+(?:week|month|year|weekend|spring|summer|fall|winter)"),
    ("month or year", r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"),
    ("month or year", r"\b\d{4}\b"),
    ("after/before/during/when + event", r"^(?:after|before|during|when|while|amid|at|in|on)\b"),
    ("adverb", r"^(?:recently|earlier|later|previously|now|then|once|today|yesterday|tonight|again)\b"),
)


def form(text: str) -> str:
    for name, pattern in FORMS:
        if re.search(pattern, text, re.IGNORECASE if name.startswith(("after", "adverb")) else 0):
            return name
    return "other"


def main() -> None:
    gold_path, occ_path, sys_path = (Path(a) for a in sys.argv[1:4])
    show = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == "-v" else None
    texts = {}
    for line in gold_path.read_text().splitlines():
        row = json.loads(line)
        texts[row["id"]] = (row["text"], row.get("date"))
    system = {}
    for line in sys_path.read_text().splitlines():
        row = json.loads(line)
        spans = []
        for a in row["attributions"]:
            for field in ("time",):
                v = a.get(field)
                if v:
                    spans.extend(tuple(s) for s in v.get("spans", [v.get("span")]) if s)
        system[row["id"]] = spans
    values: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    phrases: Counter[str] = Counter()
    grammar: Counter[str] = Counter()
    shown = []
    for line in occ_path.read_text().splitlines():
        row = json.loads(line)
        if row["id"] not in texts:
            continue
        text, published = texts[row["id"]]
        held: dict[tuple[int, int], list[bool]] = defaultdict(list)
        for a in row["attributions"]:
            t = a.get("time")
            if t:
                held[tuple(t["span"])].append(bool(t["carried"]))
        for (start, end), carried in held.items():
            if any(s < end and start < e for s, e in system.get(row["id"], [])):
                continue
            phrase = text[start:end]
            name = form(phrase)
            key = f"{name} | {'stated' if False in carried else 'carried only'}"
            values[key] += len(carried)
            articles[key].add(row["id"])
            phrases[name] += 1
            if find_times(text, start, end, published):
                grammar[name] += 1
            if show and show in key:
                shown.append(f"{row['id']}\t{len(carried)}\t{phrase!r}\t{text[max(0, start - 120) : end + 60]!r}")
    for key, n in sorted(values.items(), key=lambda kv: -kv[1]):
        name = key.split(" | ")[0]
        matched = f"grammar matches {grammar[name]}/{phrases[name]}"
        print(f"{n:5d} values {len(articles[key]):4d} articles  {key}  ({matched})")
    print(f"total {sum(values.values())} values")
    for s in shown:
        print(s)


if __name__ == "__main__":
    main()
