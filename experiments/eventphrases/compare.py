"""Before and after figures of ``slices.py run`` logs, one row per slice: F1, source, and channel, addressee and time
accuracy and false fill, with the change.

    python experiments/eventphrases/compare.py BEFORE.log AFTER.log
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KEYS = [
    ("F1", "attribution_f1"),
    ("src", "source_acc"),
    ("ch", "occasion_channel_acc"),
    ("ch ff", "occasion_channel_false_fill"),
    ("ad", "occasion_addressee_acc"),
    ("ad ff", "occasion_addressee_false_fill"),
    ("ti", "occasion_time_acc"),
    ("ti ff", "occasion_time_false_fill"),
]


def _figures(path: str) -> dict[str, dict[str, float]]:
    found = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        name, _, rest = line.partition(": ")
        if rest.strip().startswith("{"):
            found[name] = json.loads(rest)
    return found


def main() -> None:
    before, after = _figures(sys.argv[1]), _figures(sys.argv[2])
    print("| slice | " + " | ".join(k for k, _ in KEYS) + " |")
    print("|---" * (len(KEYS) + 1) + "|")
    for name, figures in before.items():
        if name not in after:
            continue
        cells = []
        for _, key in KEYS:
            b, a = figures[key], after[name][key]
            cells.append(f"{b:.4f}" if a == b else f"{b:.4f} → **{a:.4f}**")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
