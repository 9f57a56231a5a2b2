"""The paired statements whose time differs between two runs of a tuning slice, with the annotated time and whether
each run's value is right, a false fill or wrong; and the counts of right values and false fills gained and lost.

    python experiments/time_false/diff.py GOLD OCCASIONS BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from paired import annotated_articles

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import shares_content


def _outcome(time: Any, want: str | None) -> str:
    if time is None:
        return "none" if want is None else "miss"
    if want is None:
        return "false fill"
    return "right" if shares_content(time["text"], want) else "wrong"


def _times(gold: Path, occasions: Path, system: Path) -> dict[tuple[str, str], tuple[Any, str | None]]:
    out = {}
    for row, annotated, attrs in annotated_articles(gold, occasions, system):
        for gi, pi in overlap_matches(row["text"], row["attributions"], attrs):
            fields = annotated.get(str(row["attributions"][gi].get("id")))
            if fields is not None:
                want = (fields.get("time") or {}).get("text")
                out[(str(row["id"]), str(row["attributions"][gi].get("id")))] = (attrs[pi].get("time"), want)
    return out


def main() -> None:
    gold, occasions, before_path, after_path = map(Path, sys.argv[1:5])
    before, after = _times(gold, occasions, before_path), _times(gold, occasions, after_path)
    moves: collections.Counter[tuple[str, str]] = collections.Counter()
    for key in sorted(set(before) | set(after)):
        b, want = before.get(key, (None, None))
        a, want_after = after.get(key, (None, None))
        want = want or want_after
        if (b or {}).get("text") == (a or {}).get("text"):
            continue
        ob, oa = _outcome(b, want), _outcome(a, want)
        moves[(ob, oa)] += 1
        values = f"{(b or {}).get('text')!r} -> {(a or {}).get('text')!r}"
        print(f"{key[0]} {key[1]}: {ob} -> {oa}  {values}  (annotated {want!r})")
    for (ob, oa), n in sorted(moves.items()):
        print(f"  {ob} -> {oa}: {n}")


if __name__ == "__main__":
    main()
