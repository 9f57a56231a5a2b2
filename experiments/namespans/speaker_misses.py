"""The speaker misses of the tuned pages (held-out and check pages skipped unread), each with the expected and the
found speaker and whether the two names overlap (a cut or an overrun).

    cd experiments/news_pages && PYTHONPATH=../../src python ../namespans/speaker_misses.py --skip LIST [PAGE ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from score import PAGES, listed_pages, page_checks


def overlap(expected: str, found: str) -> str:
    """ "cut" when the found name's words are some of the expected's, "overrun" when it holds them and more."""
    e, f = set(expected.casefold().split()), set(found.casefold().split())
    if not e or not f or e == f:
        return ""
    if f < e:
        return "cut"
    if e < f:
        return "overrun"
    return "overlap" if e & f else ""


def main(argv: list[str]) -> None:
    at = argv.index("--skip")
    skip = listed_pages(Path(argv[at + 1]))
    only = set(argv[:at] + argv[at + 2 :])
    everything = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page, spec in everything.items():
        if page in skip or (only and page not in only):
            continue
        for statement, ok, what in page_checks(page, spec):
            if ok["speaker"]:
                continue
            found = what.split("speaker ", 1)[1].split(", kind", 1)[0] if what.startswith("speaker") else "-"
            print(
                f"{overlap(statement['speaker'], found.strip(chr(39) + chr(34))) or '-'}\t{page}\t"
                f"{statement['speaker']!r}\t{found}\t{statement['content'][:40]!r}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
