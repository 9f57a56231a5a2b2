"""Count, on the tuned pages (the skip list's pages unread), the tagger cuts the round's readings mend: a body's tagged
name right before a place its last word is a compound of, and a titled person's name cut around one untagged word.

    PYTHONPATH=src python experiments/namespans/shape_scan.py --skip LIST
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from quotegraph.io import read
from quotegraph.model import Article
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.speakers import tagged_names

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main(skip_file: str) -> None:
    skip = {line.split("#", 1)[0].strip() for line in Path(skip_file).read_text(encoding="utf-8").splitlines()}
    pages = [p for p in json.loads((PAGES / "expected.json").read_text(encoding="utf-8")) if p not in skip]
    nlp = load_pipeline()
    for page in pages:
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        doc = nlp(article.text)
        ents = doc.ents
        place_head = getattr(tagged_names, "_named_with_its_place", None)  # bodies_with_their_place.patch
        for ent, after in itertools.pairwise(ents):
            if ent.label_ == "ORG" and place_head is not None and place_head(ent, after):
                print(f"place-head\t{page}\t{doc[ent.start : after.end].text}")
            if tagged_names._cut_around_an_untagged_word(ent, after):
                print(f"around\t{page}\t{doc[ent.start : after.end].text}")


if __name__ == "__main__":
    main(sys.argv[sys.argv.index("--skip") + 1])
