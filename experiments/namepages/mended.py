"""Remove the known misses a change mended from KNOWN_MISSES of tests/nlp/test_news_pages.py: the case ids (one a
line, "page.html:content") read from argv[1], as pytest's strict XPASS reports name them.

    python experiments/namepages/mended.py IDS.txt
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

TEST = Path(__file__).resolve().parents[2] / "tests" / "nlp" / "test_news_pages.py"


def main(ids_path: str) -> int:
    wanted = {line.strip() for line in Path(ids_path).read_text(encoding="utf-8").splitlines() if line.strip()}
    lines = TEST.read_text(encoding="utf-8").split("\n")
    keep, n, removed = [], 0, 0
    while n < len(lines):
        line = lines[n]
        if line.startswith('    "') and not line.startswith("        "):
            # the key's pieces run to the line ending in ": (" (or holding '": "' for a one-line entry)
            end = n
            while not lines[end].rstrip().endswith(": (") and '": "' not in lines[end] and end - n < 4:
                end += 1
            if lines[end].rstrip().endswith(": ("):
                key = ast.literal_eval("(" + " ".join(lines[k].strip() for k in range(n, end + 1))[:-3] + ")")
                if key in wanted:
                    stop = end
                    while lines[stop] != "    ),":
                        stop += 1
                    n, removed = stop + 1, removed + 1
                    continue
        keep.append(line)
        n += 1
    TEST.write_text("\n".join(keep), encoding="utf-8")
    print(removed, "of", len(wanted), "removed")
    return 0 if removed == len(wanted) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
