"""Which attributions' speaker or occasion moved between two system outputs of one slice.

Usage: moved.py BEFORE.jsonl AFTER.jsonl

Per article whose output differs: each attribution (by content span) whose speaker name, channel, addressee or time
changed, before -> after. Entities are compared by name, not id (ids shift when two entities become one).
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _row(a: dict[str, Any]) -> tuple[str, ...]:
    def text(f: str) -> str:
        v = a.get(f)
        return "" if not v else str(v.get("text") or v.get("name") or "")

    return (text("speaker"), text("channel"), text("addressee"), text("time"))


def _key(a: dict[str, Any]) -> tuple[tuple[int, ...], ...]:
    """An attribution by its content's spans (a cue may be missing)."""
    return tuple(map(tuple, a["content"]["spans"]))


def main() -> None:
    with open(sys.argv[1]) as b, open(sys.argv[2]) as a:
        for lb, la in zip(b, a, strict=True):
            if lb == la:
                continue
            rb, ra = json.loads(lb), json.loads(la)
            before = {_key(x): x for x in rb["attributions"]}
            after = {_key(x): x for x in ra["attributions"]}
            print(f"== {rb['id']}  entities {len(rb['entities'])} -> {len(ra['entities'])}")
            for key in sorted(set(before) | set(after)):
                x, y = before.get(key), after.get(key)
                if x is None or y is None:
                    print(f"   {key} {'added' if x is None else 'dropped'}")
                    continue
                if _row(x) != _row(y):
                    cue = (x.get("cue") or {}).get("text")
                    print(f"   {cue!r} {key[0][0]}: {_row(x)} -> {_row(y)}")


if __name__ == "__main__":
    main()
