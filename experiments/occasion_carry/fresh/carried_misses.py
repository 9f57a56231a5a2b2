"""List every annotated CARRIED value a system run misses (empty or wrong), per field, with where it was set and
whether the system read the setting phrase anywhere in the article (as any statement's value of that field).

    python experiments/occasion_carry/fresh/carried_misses.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--offset N] [-v]

Pairs statements as the scorer does (``experiments/occasion_stated/paired.py``). A miss is put in one of:
``null`` (the system gives nothing), ``wrong-carried`` (a carried value from another occasion), ``wrong-stated``
(a value of the statement's own sentence). ``setter-read`` says whether some system statement of the article holds
the annotated phrase (then the system set the occasion and did not carry it here); ``setter-unread`` that none does.
For tuning slices; on train-c and dev counts only (no ``-v``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from paired import CARRIERS, annotated_articles

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import FIELDS, shares_content

_REACH = 110  # characters of context shown either side of a statement's cue
FRAME_PARAGRAPHS = 3  # a setter in the first paragraphs of the body ...
FRAME_REACH = 3  # ... read at least this many paragraphs on is the story's frame, not the statement's neighbour
# What the setter sentence names, by words (a proxy of the reader's cue, to count the same forms on every slice; the
# first that matches wins)
_FORMS = (
    ("poll", ("poll", "survey", "surveyed", "respondent")),
    ("question", ("asked", "question", "posing")),
    ("debate-rally-townhall", ("debate", "town hall", "rally", "forum", "crowd", "audience", "caucus", "convention")),
    ("show-interview", ("show", "interview", "this week", "face the nation", "meet the press", "podcast", "panel")),
    ("call-conference-hearing", ("call", "conference", "briefing", "hearing", "meeting", "testi")),
)


def _form(setter: str) -> str:
    low = setter.lower()
    return next((name for name, words in _FORMS if any(w in low for w in words)), "other")


def _where(text: str, s0: int, st: int) -> str:
    body = text.find("\n\n") + 2  # the headline is the first paragraph
    paras = text.count("\n\n", min(s0, st), max(s0, st))
    if s0 > st:
        return "after"
    if text.count("\n\n", body, s0) < FRAME_PARAGRAPHS and paras >= FRAME_REACH:
        return "frame"
    return {0: "same-para", 1: "next-para"}.get(paras, "2-para+")


def _spans(value: Any) -> list[tuple[int, int]]:
    if isinstance(value, list):
        return [(int(s[0]), int(s[1])) for s in value]
    raw = value.get("spans") or ([value["span"]] if "span" in value else [])
    return [(int(s[0]), int(s[1])) for s in raw]


def _right(field: str, annotated: Any, system: Any) -> bool:
    return any(
        (v := system.get(o)) and shares_content(str(v.get("text") or ""), str(annotated["text"]))
        for o in CARRIERS[field]
    )


def _line(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    stop = text.find("\n", end)
    right = min(stop if stop >= 0 else len(text), end + _REACH)
    return " ".join(text[left:right].split())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--offset", type=int, default=0, help="train index of the slice's first article")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str]] = Counter()
    forms: Counter[tuple[str, str, str]] = Counter()
    totals: Counter[str] = Counter()
    for n, (gold, annotated, mine) in enumerate(annotated_articles(args.gold, args.occasions, args.system)):
        text = gold["text"]
        for gi, pi in overlap_matches(text, gold["attributions"], mine):
            g = gold["attributions"][gi]
            fields = annotated.get(str(g.get("id")))
            if not fields:
                continue
            sysa = mine[pi]
            for field in FIELDS:
                want = fields.get(field)
                if not want or not want.get("carried"):
                    continue
                totals[field] += 1
                if _right(field, want, sysa):
                    continue
                values = [v for o in CARRIERS[field] if (v := sysa.get(o))]
                cat = "null" if not values else ("wrong-carried" if values[0].get("carried") else "wrong-stated")
                ws = _spans(want)
                read = any(
                    (v := a.get(o)) and any(c < b2 and a2 < d for a2, b2 in ws for c, d in _spans(v))
                    for a in mine
                    for o in CARRIERS[field]
                )
                setter = "setter-read" if read else "setter-unread"
                counts[(field, cat, setter)] += 1
                cue0 = _spans(g.get("cue") or []) or _spans(g.get("content") or [])
                at = cue0[0][0] if cue0 else 0
                s00 = ws[0][0] if ws else 0
                forms[(field, _where(text, s00, at), _form(_line(text, s00, s00 + 1)))] += 1
                if args.v:
                    cue = g.get("cue") or []
                    cs = _spans(cue) or _spans(g.get("content") or [])
                    st = cs[0][0] if cs else 0
                    s0 = ws[0][0] if ws else 0
                    paras = text.count("\n", min(s0, st), max(s0, st)) * (1 if s0 <= st else -1)
                    got = "; ".join(
                        f"{o}={v.get('text')!r}{'(c)' if v.get('carried') else ''}"
                        for o in CARRIERS[field]
                        if (v := sysa.get(o))
                    )
                    print(f"[{args.offset + n} {g.get('id')} {field}] {cat} {setter} paras={paras}")
                    print(f"   want {want['text']!r}   got {got or '-'}   note {fields.get('note', '')}")
                    print(f"   stmt: {_line(text, st, st)}")
                    print(f"   set : {_line(text, s0, s0)}")
    for field in FIELDS:
        missed = sum(v for k, v in counts.items() if k[0] == field)
        print(f"{field}: carried {totals[field]}, missed {missed}")
        for k, v in sorted(counts.items()):
            if k[0] == field:
                print(f"   {k[1]:14} {k[2]:14} {v}")
        for k, v in sorted(forms.items()):
            if k[0] == field:
                print(f"   where={k[1]:10} form={k[2]:24} {v}")


if __name__ == "__main__":
    main()
