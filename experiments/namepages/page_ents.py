"""Print the tagger's names (with labels) of a text given on the command line, or of a tuning page's sentences holding
a word, and each token's tag, dependency and head, to see where a name was cut (malaynames' ``print_sentences``).

    PYTHONPATH=src:experiments/malaynames python experiments/namepages/page_ents.py "TEXT"
    PYTHONPATH=src:experiments/malaynames python experiments/namepages/page_ents.py --page PAGE.html WORD
"""

from __future__ import annotations

import sys
from pathlib import Path

from ents import print_sentences  # type: ignore[import-not-found]

from quotegraph.io import read
from quotegraph.nlp.pipeline import load_pipeline

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
HELD_OUT = Path(__file__).resolve().parents[1] / "news_pages" / "held_out.txt"


def main(argv: list[str]) -> None:
    if argv[0] == "--page":
        if argv[1] in HELD_OUT.read_text(encoding="utf-8").split():
            raise SystemExit(f"{argv[1]} is held out")
        [article] = read(str(PAGES / argv[1]))
        text, word = article.text, argv[2]
    else:
        text, word = argv[0], ""
    print_sentences(load_pipeline()(text), word)


if __name__ == "__main__":
    main(sys.argv[1:])
