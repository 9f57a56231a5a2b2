"""The namecuts round's sentences: each statement's speaker against the name expected in it.

    python experiments/namecuts/probe.py [experiments/namecuts/sentences.txt]

Each line of the file is ``EXPECTED || SENTENCE``; a line passes when every statement found in the sentence credits a
speaker whose name holds EXPECTED (case folded), as the news pages' check counts a speaker. Prints each line's result
and the count passed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotegraph

SENTENCES = Path(__file__).with_name("sentences.txt")


def main(path: Path) -> None:
    passed = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, text = line.split(" || ")
        names = [a.speaker.name if a.speaker else "" for a in quotegraph.extract(text, "2026-03-05").attributions]
        ok = bool(names) and all(expected.casefold() in name.casefold() for name in names)
        passed, total = passed + ok, total + 1
        print(f"{'ok' if ok else 'XX'}  {expected!r} -> {names!r}  | {text[:70]}")
    print(f"{passed} of {total}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SENTENCES)
