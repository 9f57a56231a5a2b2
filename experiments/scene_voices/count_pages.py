"""Count, on the tuned news pages dumped by ``dump_pages.py``, the statements after another speaker's scene and what
the expectation does with them (carried to them, or not given), split by the same clues as ``count_train.py``.

    python experiments/scene_voices/count_pages.py PAGES.jsonl [--show]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from count_train import count_statement, print_tables


def held(row: dict[str, Any], expected: dict[str, Any]) -> Any:
    """The system statement whose content holds the expected content piece (as ``score.py`` pairs them), with a cue."""
    holding = [a for a in row["found"] if a.get("content") and expected["content"] in a["content"]["text"]]
    return holding[0] if holding and holding[0].get("cue") else None


def main() -> None:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines()]
    show = "--show" in sys.argv
    counts: Counter[tuple[str, ...]] = Counter()
    for row in rows:
        text = row["text"]
        ordered = sorted((a for a in row["found"] if a.get("cue")), key=lambda a: a["cue"]["spans"][0][0])
        for exp in row["expected"]:
            att = held(row, exp)
            if att is None:
                continue
            want = {f: exp.get(f) for f in ("channel", "time")}
            for field, g, sent, gap, clues, scene in count_statement(counts, text, ordered, att, want):
                if show:
                    print(
                        f"[{field} {g}] {row['page']} gap={gap} scene={scene[field]['text']!r} {clues['part']} "
                        f"{clues['between']} {clues['report']} | {sent.strip()[:160]}"
                    )
    print_tables(counts)


if __name__ == "__main__":
    main()
