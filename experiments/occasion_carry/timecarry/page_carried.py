"""Task 1 on the tuned news pages: statements whose expected time is the expected time of the same speaker's earlier
statement (the speakers' expected names share a word), and what the system gives them (``pages_dump.py``'s JSON).

    python experiments/occasion_carry/timecarry/page_carried.py DUMP.json [--show]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "news-pages"


def _found(page: dict[str, Any], content: str) -> dict[str, Any] | None:
    return next((a for a in page["found"] if a["content"] is not None and content in a["content"]), None)


def main(dump_path: Path, show: bool) -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    dump = json.loads(dump_path.read_text())
    counts: Counter[str] = Counter()
    for name, page in dump.items():
        firsts: list[tuple[set[str], str, dict[str, Any] | None]] = []
        for statement in expected[name]["statements"]:
            time, words = statement.get("time"), set(statement["speaker"].casefold().split())
            found = _found(page, statement["content"])
            setter = next((f for w, t, f in firsts if t == time and w & words), None) if time else None
            if time and not any(t == time and w & words for w, t, _ in firsts):
                firsts.append((words, time, found))
                continue
            if setter is None and not (time and any(t == time and w & words for w, t, _ in firsts)):
                continue
            if found is None:
                counts["statement not found"] += 1
                continue
            got = found["time"]
            right = got is not None and time.casefold() in got["text"].casefold()
            channel, addressee = found["channel"], found["addressee"]
            occ = "ch/addr carried" if any(v and v["carried"] for v in (channel, addressee)) else "none carried"
            outcome = "right" if right else "miss" if got is None else "other value"
            counts[f"{outcome} / {occ}"] += 1
            if show and not right:
                shown = [None if v is None else v["text"] for v in (got, channel, addressee)]
                print(
                    f"{name}: {statement['content'][:40]!r} want {time!r} got {shown[0]!r} ch={shown[1]!r}"
                    f" to={shown[2]!r}"
                )
    for key, n in counts.most_common():
        print(n, key)


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--show" in sys.argv[2:])
