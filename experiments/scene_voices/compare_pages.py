"""Compare two ``dump_pages.py`` runs on the tuned pages: each expected channel and time right as ``score.py`` checks it
(the expected phrase inside the found one) before and after, and the statements that changed.

    python experiments/scene_voices/compare_pages.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _text(part: Any) -> str:
    return "" if part is None else str(part["text"]).casefold()


def outcomes(path: Path) -> dict[tuple[str, int, str], tuple[bool, str]]:
    out = {}
    for line in path.read_text().splitlines():
        row = json.loads(line)
        for n, exp in enumerate(row["expected"]):
            holding = [a for a in row["found"] if a.get("content") and exp["content"] in a["content"]["text"]]
            att = holding[0] if holding else None
            for field in ("channel", "addressee", "time"):
                if field not in exp:
                    continue
                if att is None:
                    out[row["page"], n, field] = (False, "nothing")
                    continue
                got = _text(att["time"]) if field == "time" else _text(att["channel"]) + " | " + _text(att["addressee"])
                out[row["page"], n, field] = (exp[field].casefold() in got, got)
    return out


def main() -> None:
    before, after = outcomes(Path(sys.argv[1])), outcomes(Path(sys.argv[2]))
    counts: Counter[str] = Counter()
    for key, (right, got) in sorted(after.items()):
        was, had = before[key]
        counts[f"{key[2]} before"] += was
        counts[f"{key[2]} after"] += right
        if (was, had) != (right, got):
            print(
                f"{'GAIN' if right and not was else 'LOSS' if was and not right else 'moved'} {key}: {had!r} -> {got!r}"
            )
    print(dict(counts))


if __name__ == "__main__":
    main()
