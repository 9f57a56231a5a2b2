"""List the STATED occasion misses of a system run: annotated stated value against the system's, per field.

    python experiments/occasion_stated/misses.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--field F] [--show K]
        [--category C] [--false-fill]

GOLD is the PolNeAR slice the system ran on (``quotegraph eval GOLD --occasion OCCASIONS --output SYSTEM``);
statements are paired as the scorer pairs them (``quotegraph.evaluation.occasion``): by content, then a field
is right when the system's value holds half the annotated value's content words, the system's channel or
addressee carrying either. Only annotated values marked ``carried: false`` are listed. Each miss is put in one
category:

- ``null``: the system gives nothing for the field (nor the other of channel/addressee that could carry it);
- ``overlap-long`` / ``overlap-short``: the system's value overlaps the annotated span but is too long/short
  to hold half its content words (a span choice);
- ``carried``: the system's value is a carried one (another sentence's occasion won over the stated);
- ``other``: a stated value elsewhere in the text (another phrase of the sentence).

With ``--false-fill`` it lists instead the system's STATED values where the annotation is null (false fills).
For tuning sets only (train 0-59, train-d, train-e): never run it on train-c or dev.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from paired import CARRIERS, annotated_pairs, run_parser

from quotegraph.evaluation.occasion import FIELDS, shares_content


def _spans(value: Mapping[str, Any]) -> list[tuple[int, int]]:
    spans = value.get("spans") or ([value["span"]] if "span" in value else [])
    out = []
    for span in spans:
        if isinstance(span, Mapping):
            out.append((int(span["start"]), int(span["end"])))
        else:
            out.append((int(span[0]), int(span[1])))
    return out


_REACH = 160  # characters shown either side of the annotated value and the cue


def _sentence(text: str, start: int, end: int) -> str:
    """The text around ``text[start:end]`` (the value and the cue), within its paragraph, on one line."""
    left = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    stop = text.find("\n", end)
    right = min(stop if stop >= 0 else len(text), end + _REACH)
    return " ".join(text[left:right].split())


def _category(field: str, annotated: Mapping[str, Any], system: Mapping[str, Any]) -> str:
    values: list[Mapping[str, Any]] = [value for o in CARRIERS[field] if (value := system.get(o))]
    if not values:
        return "null"
    want = _spans(annotated)
    mine: Mapping[str, Any] = system.get(field) or values[0]
    if mine.get("carried"):
        return "carried"
    got = _spans(mine)
    if want and got and any(a < d and c < b for a, b in want for c, d in got):
        long_ = sum(d - c for c, d in got) > sum(b - a for a, b in want)
        return "overlap-long" if long_ else "overlap-short"
    return "other"


def main() -> None:
    parser = run_parser()
    parser.add_argument("--category")
    parser.add_argument("--show", type=int, default=0, help="print at most this many misses")
    parser.add_argument("--false-fill", action="store_true")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    shown = 0
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        gold, fields, mine = pair.gold, pair.fields, pair.system
        text = gold["text"]
        for field in FIELDS:
            if args.field and field != args.field:
                continue
            want = fields.get(field)
            if args.false_fill:
                value = mine.get(field)
                if want is not None or value is None or value.get("carried"):
                    continue
                other = {"channel": "addressee", "addressee": "channel"}.get(field)
                if other and fields.get(other) and shares_content(value["text"], fields[other]["text"]):
                    continue
                totals[field] += 1
                if shown < args.show:
                    shown += 1
                    start = _spans(value)[0][0]
                    print(f"[{field} FF] {gold['id']} {pair.attribution_id}: sys={value['text']!r}")
                    print(f"    {_sentence(text, start, start + 1)}")
                continue
            if want is None or want.get("carried"):
                continue
            totals[field] += 1
            if any(shares_content((mine.get(o) or {}).get("text"), want["text"]) for o in CARRIERS[field]):
                counts[(field, "right")] += 1
                continue
            category = _category(field, want, mine)
            counts[(field, category)] += 1
            if shown < args.show and (args.category is None or args.category == category):
                shown += 1
                sys_value = mine.get(field)
                sys_text = None if sys_value is None else sys_value["text"]
                if field != "time" and sys_value is None:
                    other = mine.get("addressee" if field == "channel" else "channel")
                    sys_text = None if other is None else f"(other field) {other['text']}"
                start, end = _spans(want)[0]
                for cue_start, cue_end in _spans(mine.get("cue") or {}):
                    start, end = min(start, cue_start), max(end, cue_end)
                print(f"[{field} {category}] {gold['id']} {pair.attribution_id}: want={want['text']!r}")
                print(f"    sys={sys_text!r}  cue={(mine.get('cue') or {}).get('text')!r}")
                print(f"    {_sentence(text, start, end)}")
    for field in FIELDS:
        if totals[field]:
            parts = ", ".join(f"{c} {n}" for (f, c), n in sorted(counts.items()) if f == field)
            print(f"{field}: {totals[field]} {'false fills' if args.false_fill else 'stated'}; {parts}")


if __name__ == "__main__":
    main()
