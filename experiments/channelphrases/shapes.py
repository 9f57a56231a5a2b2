"""How often two phrases that both name a setting (an event after which one speaks, an event at a venue, a show on
a station, a station's show) are annotated as channel or time, and what the engine gives. Adapted from
``experiments/eventphrases/shapes.py``.

    python experiments/channelphrases/shapes.py slices SYS.jsonl=GOLD.jsonl=OCCASIONS.jsonl ... [--show]
    python experiments/channelphrases/shapes.py pages [--show]

A phrase is found in the text by pattern (``PATTERNS``): an event one speaks after ("after the weekly state executive
council meeting at Alausa on Wednesday", "following Friday's prayers"), an event at a venue ("at a hearing at the
Hennepin County courthouse", "an inquest at Dublin Coroner's Court"), a show or a column on or in a medium ("on the
Coaches Corner podcast on SEN", "Morning Ireland on RTÉ Radio 1", "a column in the Globe and Mail"). A paired statement
counts for a phrase when its annotated channel or time lies in it; it is then counted by shape and by what the
annotation takes from the phrase (channel, time, both) and by what the engine's channel and time are (right as
occasion.md scores them, missing, wrong). ``--show`` lists every such statement on the slices, the misses on the
pages.

``slices`` reads fast-loop outputs of tuning slices (train-a, train-d, train-f) only. ``pages`` runs the tuned news
pages that hold such a phrase (every page not in ``experiments/news_pages/held_out.txt``, which is never read) and
checks their expected statements' channel and time the same way. Never point it at a check slice, dev or a held-out
page: their misses are not to be read.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from paired import annotated_articles  # type: ignore[import-not-found]

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import shares_content

_DAYNAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = (
    rf"(?:{_DAYNAME}(?:\s+(?:morning|afternoon|evening|night))?|(?:the\s+)?weekend|yesterday|today|tonight|"
    r"last\s+(?:night|week|month)|this\s+(?:morning|afternoon|evening|week)|earlier\s+this\s+week|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})"
)
EVENTS = (
    r"(?:briefing|sitting|session|meeting|conference|hearing|interview|rally|speech|address|debate|event|"
    r"appearance|town\s+hall|forum|summit|convention|gathering|question\s+time|trial|vote|ceremony|visit|"
    r"prayers|inquest|inquiry|service|mass|retreat|caucus|assembly|meet|talks|launch|dinner|luncheon|lecture)s?"
)
SHOWS = r"(?:show|programme|program|podcast|broadcast|segment|episode|column|op-ed|editorial|newsletter)s?"
_WORDS = r"(?:[\w’'.&-]+\s+){0,4}?"
_DET = rf"(?:a|an|the|his|her|their|its|this|last|{_DAY}(?:'s|’s))"
_PLACE = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,5}"
PATTERNS = {
    # "after the weekly state executive council meeting at Alausa on Wednesday", "following Friday's prayers"
    "after an event": re.compile(
        rf"\b(?i:after|following)\s+(?i:{_DET})\s+{_WORDS}(?i:{EVENTS})\b(?:\s+(?:at|in)\s+{_PLACE})?"
        rf"(?:,?\s+(?:on\s+|last\s+)?(?i:{_DAY}))?"
    ),
    # "at a hearing at the Hennepin County courthouse", "an inquest at Dublin Coroner's Court"
    "event at a venue": re.compile(
        rf"\b(?i:at|during|in)\s+(?i:a|an|the)\s+{_WORDS}(?i:{EVENTS})\s+(?:at|in)\s+{_PLACE}"
        rf"(?:,?\s+(?:on\s+|last\s+)?(?i:{_DAY}))?"
    ),
    # "on the Coaches Corner podcast on SEN", "Morning Ireland on RTÉ Radio 1", "a column in the Globe and Mail"
    "show on a medium": re.compile(rf"\b{_WORDS}(?i:{SHOWS})\s+(?:on|in)\s+{_PLACE}"),
}


def phrases(text: str) -> list[tuple[str, int, int]]:
    """Every event phrase with its day in ``text``: (shape, start, end), the first shape that matches a stretch."""
    found: list[tuple[str, int, int]] = []
    for shape, pattern in PATTERNS.items():
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((shape, m.start(), m.end()))
    return found


def _inside(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def _outcome(system: Any, want: str | None, other: Any = None) -> str:
    """Right (the system value, or for channel the system addressee, holds half the annotated content words), missing,
    wrong; "given (null annotated)" when the annotation is null and the engine gives one."""
    values = [v["text"] for v in (system, other) if v]
    if want is None:
        return "given (null annotated)" if system else "null, null"
    if not values:
        return "missing"
    return "right" if any(shares_content(v, want) for v in values) else f"wrong ({values[0]})"


def slices(triples: list[str], show: bool) -> None:
    counts: collections.Counter[tuple[str, ...]] = collections.Counter()
    for triple in triples:
        system_path, gold_path, occasions = (Path(p) for p in triple.split("="))
        for gold, annotated, system in annotated_articles(gold_path, occasions, system_path):
            found = phrases(gold["text"])
            counts["phrases", "", ""] += len(found)
            for gi, pi in overlap_matches(gold["text"], gold["attributions"], system):
                fields = annotated.get(str(gold["attributions"][gi].get("id")))
                if not fields:
                    continue
                spans = {k: (tuple(fields[k]["span"]) if fields.get(k) else None) for k in ("channel", "time")}
                for shape, start, end in found:
                    takes = [k for k in ("channel", "time") if _inside(spans[k], start, end)]  # type: ignore[arg-type]
                    if not takes:
                        continue
                    what = "+".join(takes)
                    carried = "carried" if any(fields[k].get("carried") for k in takes) else "stated"
                    ch = _outcome(system[pi].get("channel"), (fields.get("channel") or {}).get("text"),
                                  system[pi].get("addressee"))  # fmt: skip
                    ti = _outcome(system[pi].get("time"), (fields.get("time") or {}).get("text"))
                    counts[shape, what, carried] += 1
                    counts["channel " + ch.split(" (")[0], what, carried] += 1
                    counts["time " + ti.split(" (")[0], what, carried] += 1
                    if show:
                        print(f"{gold['id']} {gold['attributions'][gi].get('id')} [{shape}] {gold['text'][start:end]!r}"
                              f"\n   gold ch={(fields.get('channel') or {}).get('text')!r} ti="
                              f"{(fields.get('time') or {}).get('text')!r}; engine ch={ch} ti={ti}")  # fmt: skip
                    break
    for key, n in sorted(counts.items()):
        print(f"{n:5}  {' / '.join(k for k in key if k)}")


def pages(show: bool) -> None:
    from score import HELD_OUT, PAGES, _checks, listed_pages  # type: ignore[import-not-found]

    import quotegraph
    from quotegraph.io import read

    held = listed_pages(HELD_OUT)
    everything: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    counts: collections.Counter[tuple[str, ...]] = collections.Counter()
    for page, spec in everything.items():
        if page in held:
            continue
        [article] = read(str(PAGES / page))
        found = phrases(article.text)
        if not found:
            continue
        counts["pages with a phrase", ""] += 1
        counts["phrases", ""] += len(found)
        extracted = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
        for statement in spec["statements"]:
            for shape, start, end in found:
                stretch = article.text[start:end].casefold()
                takes = [k for k in ("channel", "time") if statement.get(k) and statement[k].casefold() in stretch]
                if not takes:
                    continue
                ok, what = _checks(extracted, statement)
                counts[shape, "+".join(takes)] += 1
                for k in ("channel", "time"):
                    if k in statement:
                        counts[f"{k} {'right' if ok.get(k) else 'miss'}", "+".join(takes)] += 1
                if show and not all(ok.get(k, True) for k in ("channel", "time")):
                    print(f"{page} [{shape}] {article.text[start:end]!r}: expected ch={statement.get('channel')!r} "
                          f"ti={statement.get('time')!r}; {what}")  # fmt: skip
                break
    for key, n in sorted(counts.items()):
        print(f"{n:5}  {' / '.join(k for k in key if k)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("slices", "pages"))
    parser.add_argument("triples", nargs="*", help="SYS.jsonl=GOLD.jsonl=OCCASIONS.jsonl of tuning slices (slices)")
    parser.add_argument("--show", action="store_true", help="list each statement not right in channel and time")
    args = parser.parse_args()
    slices(args.triples, args.show) if args.mode == "slices" else pages(args.show)


if __name__ == "__main__":
    main()
