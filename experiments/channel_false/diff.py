"""Set two ``provenance.py`` runs of one slice side by side: every paired statement whose channel outcome changed.

python experiments/channel_false/diff.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def _rows(path: str) -> dict[tuple[str, str], dict[str, object]]:
    rows = (json.loads(line) for line in Path(path).read_text().splitlines())
    return {(str(r["article"]), str(r["gold_id"])): r for r in rows}


def main() -> None:
    before, after = _rows(sys.argv[1]), _rows(sys.argv[2])
    moves: Counter[tuple[str, str]] = Counter()
    for key in sorted(before.keys() | after.keys()):
        b, a = before.get(key), after.get(key)
        ob = "unpaired" if b is None else str(b["outcome"])
        oa = "unpaired" if a is None else str(a["outcome"])
        sb = None if b is None else b["system"]
        sa = None if a is None else a["system"]
        if ob != oa or sb != sa:
            moves[(ob, oa)] += 1
            gold = (a or b or {}).get("gold")
            sentence = str((a or b or {}).get("sentence"))[:200]
            print(f"{key[0][:45]} {key[1]}: {ob} -> {oa} | {sb!r} -> {sa!r} | gold {gold!r} | {sentence}")
    for (ob, oa), n in moves.most_common():
        print(f"{n:4d} {ob} -> {oa}")


if __name__ == "__main__":
    main()
