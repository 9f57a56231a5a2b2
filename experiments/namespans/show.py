"""Print, for a text file or a tuned page and a word, each sentence holding the word with the tagger's entities and
the statements found there with their speakers (a reading aid of the round).

    PYTHONPATH=src python experiments/namespans/show.py FILE WORD [WORD ...]
"""

from __future__ import annotations

import sys

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article
from quotegraph.nlp.pipeline import load_pipeline


def main(path: str, words: list[str]) -> None:
    if path.endswith(".html"):
        [article] = read(path)
        assert isinstance(article, Article)
        text, published = article.text, article.published
    else:
        with open(path, encoding="utf-8") as handle:
            text, published = handle.read(), None
    nlp = load_pipeline()
    doc = nlp(text)
    for sent in doc.sents:
        if any(w in sent.text for w in words):
            print("S:", sent.text.strip()[:300])
            print("   ents:", [(e.text, e.label_) for e in sent.ents])
    result = quotegraph.extract(text, published)
    for a in result.attributions:
        said = a.content.text + (a.source.text if a.source else "") if a.content is not None else ""
        if a.content is not None and (not path.endswith(".html") or any(w in said for w in words)):
            name = a.speaker.name if a.speaker else None
            print("A:", repr(a.content.text[:60]), "| source:", a.source.text if a.source else None, "| speaker:", name)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
