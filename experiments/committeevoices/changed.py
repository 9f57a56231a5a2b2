"""The statements whose channel, addressee or time differ between two fast-loop outputs of one slice, with the
annotated values (tuning slices: printed in full; check slices: ``--count`` prints the number of changes only).

    python experiments/committeevoices/changed.py GOLD OCCASIONS BEFORE AFTER [--count]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from paired import annotated_pairs  # type: ignore[import-not-found]


def _text(value: object) -> str | None:
    return value.get("text") if isinstance(value, dict) else None


def main() -> None:
    gold, occasions, before, after = (Path(a) for a in sys.argv[1:5])
    count = "--count" in sys.argv
    old = {(p.gold["id"], p.index): p.system for p in annotated_pairs(gold, occasions, before)}
    changed = 0
    for pair in annotated_pairs(gold, occasions, after):
        was = old.get((pair.gold["id"], pair.index))
        if was is None:
            continue
        fields = ("channel", "addressee", "time")
        if all(_text(was.get(f)) == _text(pair.system.get(f)) for f in fields):
            continue
        changed += 1
        if count:
            continue
        print(f"{str(pair.gold['id'])[:50]} {pair.attribution_id}")
        for f in fields:
            want = pair.fields.get(f)
            print(f"   {f:9} gold={_text(want)!r:36} {_text(was.get(f))!r} -> {_text(pair.system.get(f))!r}")
    print(f"{changed} statements changed")


if __name__ == "__main__":
    main()
