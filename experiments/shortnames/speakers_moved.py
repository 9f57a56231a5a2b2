"""The statements whose speaker's name or entity changed between two runs of one slice (fast.py / eval outputs).

    python experiments/shortnames/speakers_moved.py BEFORE.jsonl AFTER.jsonl

Statements are paired by their content span; each changed one is printed with its source text, before and after,
so every move can be read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _speakers(path: Path) -> dict[tuple[str, int, int], tuple[str, str, str]]:
    found = {}
    for line in path.read_text().splitlines():
        result: dict[str, Any] = json.loads(line)
        for att in result["attributions"]:
            content = att.get("content")
            if not content:
                continue
            speaker = att.get("speaker") or {}
            source = (att.get("source") or {}).get("text", "")
            found[result["id"], content["spans"][0][0], content["spans"][-1][1]] = (
                speaker.get("name", ""),
                source,
                content["text"],
            )
    return found


def main(before: Path, after: Path) -> None:
    old, new = _speakers(before), _speakers(after)
    moved = 0
    for key in sorted(old.keys() & new.keys()):
        if old[key][0] != new[key][0]:
            moved += 1
            print(f"{key[0]}: source {old[key][1]!r}: {old[key][0]!r} -> {new[key][0]!r}  [{old[key][2][:60]!r}]")
    print(f"{moved} moved; {len(old.keys() - new.keys())} statements gone, {len(new.keys() - old.keys())} new")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
