"""Narrated sentences whose main verb's subject is a scene noun with a day in the sentence ("The hearing opened on
Tuesday", "By 6am on Thursday the queue ... stretched"), counted on a cached slice or on the news pages (sharedscenes).

Usage: subject_scenes.py CACHE_DIR | --pages
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin

from quotegraph.io import read
from quotegraph.model import Article
from quotegraph.nlp.pipeline import load_pipeline, parse_articles
from quotegraph.nlp.resolve.carrying.scene_parts import scene_as_channel

DAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(yesterday|today|tonight|last night)\b")
QUOTES = set('"“”')
SUBJECTS = ("nsubj", "nsubjpass")


def _docs() -> list[tuple[str, Doc]]:
    nlp = load_pipeline()
    if sys.argv[1] == "--pages":
        pages = sorted(Path("tests/fixtures/news-pages").glob("*.html"))
        held = set(Path("/tmp/ss/held.txt").read_text().split())
        articles = [a for p in pages if p.name not in held for a in read(str(p))]
        assert all(isinstance(a, Article) for a in articles)
        return [(a.id, d) for a, d in zip(articles, parse_articles(nlp, articles), strict=True)]
    docs = list(DocBin().from_disk(Path(sys.argv[1]) / "docs.spacy").get_docs(nlp.vocab))
    return [(str(i), d) for i, d in enumerate(docs)]


def main() -> None:
    found = 0
    for name, doc in _docs():
        for sentence in doc.sents:
            if any(t.text in QUOTES for t in sentence) or not DAY.search(sentence.text):
                continue
            root = sentence.root
            subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.tag_ == "NN" and scene_as_channel(c)]
            if subjects:
                found += 1
                print(f"{name}\t{subjects[0].text}\t{root.lemma_}\t{sentence.text[:200]!r}")
    print(found, "sentences")


if __name__ == "__main__":
    main()
