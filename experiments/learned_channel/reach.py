"""How many annotated values the rules leave empty have a right candidate, and from which source (a statement's
stated channel, a carried one, a phrase of a sentence), per set: the ceiling of any selector over these candidates.

    python experiments/learned_channel/reach.py DECISIONS.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def main(path: Path) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for line in path.read_text().splitlines():
        d = json.loads(line)
        name = d["set"] + ("-blind" if d.get("blind") else "")
        counts[name, "decisions"] += 1
        counts[name, "annotated"] += d["gold"] is not None
        counts[name, "right already (the other field holds it)"] += d["already"]
        right = [c for c in d["candidates"] if c["label"]]
        if right and not d["already"]:
            counts[name, "a right candidate"] += 1
            for source in {k for c in right for k in c["features"] if k.startswith("source=") and c["features"][k]}:
                counts[name, "a right candidate " + source] += 1
    for key in sorted(counts):
        print(f"{key[0]:12} {key[1]}: {counts[key]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
