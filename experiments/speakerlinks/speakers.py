"""The speaker of every statement of the written articles, one article a block between lines of "===".

    PYTHONPATH=src python experiments/speakerlinks/speakers.py experiments/speakerlinks/articles.txt

Prints each article's opening and, for each statement found, the speaker's name (None for none) and the content's
opening; run it with two trees first on the path to compare them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotegraph


def main(path: str) -> None:
    for text in Path(path).read_text(encoding="utf-8").split("\n===\n"):
        result = quotegraph.extract(text.strip())
        print("----", text.strip()[:80])
        for found in result.attributions:
            speaker = found.speaker.name if found.speaker else None
            print(f"  [{speaker}] <- {found.content.text[:60]!r}")


if __name__ == "__main__":
    main(sys.argv[1])
