"""The statements whose channel two system outputs (JSON lines of ``fast.py --output``) give differently.

python experiments/learned_channel/changed.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(before: Path, after: Path) -> None:
    old = {r["id"]: r for r in map(json.loads, before.read_text().splitlines())}
    for row in map(json.loads, after.read_text().splitlines()):
        for a, b in zip(old[row["id"]]["attributions"], row["attributions"], strict=True):
            if a.get("channel") != b.get("channel"):
                content = (b.get("content") or {}).get("text", "")[:70]
                was = (a.get("channel") or {}).get("text")
                print(f"{row['id']}\t{b['id']}\t{was!r} -> {(b.get('channel') or {}).get('text')!r}\t{content!r}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
