"""Compare two system runs on a tuning slice, per occasion field: right values (stated / carried annotations) and
false fills, and the statements whose outcome changed.

    python experiments/occasion_stated/compare.py GOLD.jsonl OCCASIONS.jsonl BEFORE.jsonl AFTER.jsonl [--show K]
        [--field F]

Pairs statements as ``misses.py`` (and the scorer) does. An outcome is ``right`` (the value, or for channel and
addressee either of the two, holds half the annotated value's content words), ``wrong``, ``miss`` (annotated,
nothing given), ``ff`` (annotated null, a value given: a false fill) or ``null`` (both null). For tuning sets only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from paired import CARRIERS, annotated_pairs

from quotegraph.evaluation.occasion import FIELDS, shares_content


def _outcomes(gold_path: Path, occasions_path: Path, system_path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    found: dict[tuple[str, str, str], tuple[str, str]] = {}
    for pair in annotated_pairs(gold_path, occasions_path, system_path):
        mine = pair.system
        for field in FIELDS:
            want = pair.fields.get(field)
            value = mine.get(field)
            shown = "" if value is None else value["text"] + (" (c)" if value.get("carried") else "")
            if want is None:
                outcome = "null" if value is None else "ff"
            else:
                kind = "carried" if want.get("carried") else "stated"
                if any(shares_content((mine.get(o) or {}).get("text"), want["text"]) for o in CARRIERS[field]):
                    outcome = f"right-{kind}"
                else:
                    outcome = f"miss-{kind}" if value is None else f"wrong-{kind}"
                shown += f"  [want {want['text']!r}]"
            found[(str(pair.gold["id"]), pair.attribution_id, field)] = (outcome, shown)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--field", choices=FIELDS)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    before = _outcomes(args.gold, args.occasions, args.before)
    after = _outcomes(args.gold, args.occasions, args.after)
    for field in FIELDS:
        if args.field and field != args.field:
            continue
        counts = [Counter(o for (_, _, f), (o, _) in run.items() if f == field) for run in (before, after)]
        line = ", ".join(
            f"{k} {counts[0][k]}->{counts[1][k]}"
            for k in ("right-stated", "right-carried", "ff", "wrong-stated", "wrong-carried", "miss-stated")
        )
        print(f"{field}: {line}")
        shown = 0
        for key in sorted(set(before) | set(after)):
            if key[2] != field or key not in before or key not in after or before[key][0] == after[key][0]:
                continue
            if shown < args.show:
                shown += 1
                print(
                    f"  {key[0]} {key[1]}: {before[key][0]} -> {after[key][0]}: {before[key][1]!r} -> {after[key][1]!r}"
                )


if __name__ == "__main__":
    main()
