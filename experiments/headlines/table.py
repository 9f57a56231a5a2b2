"""Two ``slices.py run`` logs side by side, as the brief's table: F1, source, and each field's accuracy and false fill.

python experiments/headlines/table.py BEFORE.log AFTER.log
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIELD_KEYS = tuple(f"occasion_{f}_{k}" for f in ("channel", "addressee", "time") for k in ("acc", "false_fill"))
KEYS = ("attribution_f1", "source_acc", *FIELD_KEYS)
HEADS = ("F1", "src", "ch", "ch ff", "ad", "ad ff", "ti", "ti ff")


def _read(path: Path) -> dict[str, dict[str, float]]:
    out = {}
    for line in path.read_text().splitlines():
        if ": {" in line:
            name, scores = line.split(": ", 1)
            out[name] = json.loads(scores)
    return out


def main() -> None:
    before, after = _read(Path(sys.argv[1])), _read(Path(sys.argv[2]))
    print("| slice | " + " | ".join(HEADS) + " |")
    print("|---" * (len(HEADS) + 1) + "|")
    for name, scores in before.items():
        new = after.get(name)
        if new is None:
            continue  # not run yet
        cells = []
        for key in KEYS:
            old, now = scores[key], new.get(key)
            cells.append(f"{old:.4f}" if now is None or now == old else f"{old:.4f} → {now:.4f}")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
