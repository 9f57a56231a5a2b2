"""Print the tagger's names (with labels) of a text given on the command line, or of a page's sentences holding a
word, and each token's tag, dependency and head, to see where a name was cut.

    PYTHONPATH=src python experiments/namepages/ents.py "TEXT"
    PYTHONPATH=src python experiments/namepages/ents.py --page PAGE.html WORD
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotegraph.io import read
from quotegraph.nlp.pipeline import load_pipeline

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main(argv: list[str]) -> None:
    if argv[0] == "--page":
        [article] = read(str(PAGES / argv[1]))
        text, word = article.text, argv[2]
    else:
        text, word = argv[0], ""
    doc = load_pipeline()(text)
    for sent in doc.sents:
        if word in sent.text:
            print(sent.text)
            print("  ents:", [(e.text, e.label_) for e in sent.ents])
            for t in sent:
                print(f"    {t.i} {t.text!r} {t.tag_} {t.dep_}->{t.head.i} ent={t.ent_iob_}{t.ent_type_}")


if __name__ == "__main__":
    main(sys.argv[1:])
