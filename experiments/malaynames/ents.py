"""Print the tagger's names (with their labels) of the malaynames articles' sentences that hold a given word, and each
token's tag, dependency and head, to see where a name was cut.

    PYTHONPATH=src python experiments/malaynames/ents.py ARTICLE WORD
"""

from __future__ import annotations

import sys

from articles import ARTICLES  # type: ignore[import-not-found]
from spacy.tokens import Doc

from quotegraph.nlp.pipeline import load_pipeline


def main(article: str, word: str) -> None:
    text = next(t for name, _, t, _ in ARTICLES if name == article)
    print_sentences(load_pipeline()(text), word)


def print_sentences(doc: Doc, word: str) -> None:
    """Each sentence of ``doc`` holding ``word``, its tagged names and each token's tag, dependency and head (also
    experiments/namepages/page_ents.py's)."""
    for sent in doc.sents:
        if word in sent.text:
            print(sent.text)
            print("  ents:", [(e.text, e.label_) for e in sent.ents])
            for t in sent:
                print(f"    {t.i} {t.text!r} {t.tag_} {t.dep_}->{t.head.i} ent={t.ent_iob_}{t.ent_type_}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
