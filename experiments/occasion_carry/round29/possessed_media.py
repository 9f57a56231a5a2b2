"""Every medium or scene noun one person possesses in a slice ("the president's speech on Thursday", "his interview
with CNN"), wherever it stands, with that person's system statements after it (paragraph gap) and, per field, what the
gold gives each of them against what the system holds (possessedmedia).

Usage: possessed_media.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT CACHE_DIR [-v]

Per possessed noun: where it stands (in a statement's content, in a sentence holding a statement, narrated), whether
its noun is one of the performances a speaker gives in person (``PERFORMANCES``) or another medium ("his book"). Per
statement of the possessor within ``MAX_GAP`` paragraphs and field (channel; time when the noun's phrase holds a date):
the gold's value is the noun's phrase ("phrase"), another value ("another"), nothing ("nothing") or there is no
annotated statement ("unpaired"); and the system's value is already right ("held"), empty ("empty") or something else
("other"). A reading that carries the noun to the statement gains at "phrase / empty" and "phrase / other", fills
falsely at "nothing / empty", gives a wrong value at "another / empty" and replaces a right one at "another / held".
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from paired_runs import FIELDS, field_text, holds, paired_docs, statement_start
from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.lexicons.tables import lexicons

MAX_GAP = 3  # paragraphs after the noun's, as far as the table reads
# the media and scenes a person performs by speaking there, so that the possessor is who spoke: the brief's class
PERFORMANCES = frozenset(
    {
        "speech",
        "address",
        "remarks",
        "interview",
        "testimony",
        "appearance",
        "statement",
        "announcement",
        "tweet",
        "post",
    }
)
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _owner(entities: list[dict[str, Any]], poss: Token) -> str | None:
    """The output person entity with a mention at the possessive ``poss``."""
    for entity in entities:
        if entity.get("type") != "PERSON":
            continue
        if any(m["span"][0] <= poss.idx < m["span"][1] for m in entity.get("mentions") or []):
            return str(entity["id"])
    return None


def _possessed(doc: Doc, entities: list[dict[str, Any]]) -> list[tuple[Token, Span, Span | None, str]]:
    """Each singular medium noun with a person's possessive: the noun, its phrase, a date or time in it, the owner."""
    media = lexicons().media
    found = []
    for word in doc:
        if word.tag_ != "NN" or word.lemma_.lower() not in media:
            continue
        for poss in (c for c in word.children if c.dep_ == "poss"):
            owner = _owner(entities, poss)
            if owner is None:
                continue
            phrase = doc[word.left_edge.i : word.right_edge.i + 1]
            time = next(
                (e for e in doc.ents if e.label_ in TIME_ENTITIES and phrase.start <= e.start < phrase.end), None
            )
            found.append((word, phrase, time, owner))
    return found


def _where(word: Token, attrs: list[dict[str, Any]], doc: Doc) -> str:
    for a in attrs:
        for start, end in (a.get("content") or {}).get("spans") or []:
            if start <= word.idx < end:
                return "in a statement's content"
    cues = [
        doc.char_span(s, e, alignment_mode="expand") for a in attrs for s, e in (a.get("cue") or {}).get("spans") or []
    ]
    if any(c is not None and c.sent.start == word.sent.start for c in cues):
        return "in a sentence holding a statement"
    return "narrated"


def _gold(fields: dict[str, Any] | None, field: str, phrase: Span | None) -> str:
    if fields is None:
        return "unpaired"
    annotated = fields.get(field)
    if not annotated:
        return "nothing"
    if phrase is not None and annotated["span"][0] < phrase.end_char and phrase.start_char < annotated["span"][1]:
        return "phrase"
    return "another"


def _system(attr: dict[str, Any], field: str, fields: dict[str, Any] | None) -> str:
    annotated = (fields or {}).get(field)
    if annotated and holds(attr, field, annotated["text"]):
        return "held"
    return "other" if field_text(attr, field) else "empty"


def main() -> None:
    gold_path, occ_path, sys_path, cache = sys.argv[1:5]
    verbose = "-v" in sys.argv
    counts: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    nouns: Counter[str] = Counter()
    rows = map(json.loads, Path(sys_path).read_text().splitlines())
    by_article: dict[str, list[dict[str, Any]]] = {r["id"]: r.get("entities") or [] for r in rows}  # output entities
    for article, doc in paired_docs(gold_path, occ_path, sys_path, cache):
        entities = by_article.get(article.gold["id"], [])
        for word, phrase, time, owner in _possessed(doc, entities):
            kind = "performance" if word.lemma_.lower() in PERFORMANCES else "other medium"
            where = _where(word, article.attrs, doc)
            nouns[f"{kind} | {where}"] += 1
            articles[f"nouns {kind} | {where}"].add(article.gold["id"])
            if verbose:
                print(f"== {kind} | {where} | {phrase.text!r} time={time.text if time else None!r} -> {owner}")
            paragraph = article.paragraph(phrase.start_char)
            for i, a in enumerate(article.attrs):
                if (a.get("speaker") or {}).get("entity") != owner or statement_start(a) < phrase.end_char:
                    continue
                gap = article.paragraph(statement_start(a)) - paragraph
                if gap > MAX_GAP:
                    continue
                for field in FIELDS:
                    if field == "addressee" or (field == "time" and time is None):
                        continue
                    fields = article.pairs.get(i)
                    key = f"{kind} | {field} | gold {_gold(fields, field, phrase if field == 'channel' else time)}"
                    key += f" / system {_system(a, field, fields)}"
                    counts[key] += 1
                    articles[key].add(article.gold["id"])
                    if verbose:
                        print(f"    gap={gap} {key} | system={field_text(a, field)!r}")
    for key, n in sorted(nouns.items()):
        print(f"{n:5d} nouns {len(articles['nouns ' + key]):4d} articles  {key}")
    for key, n in sorted(counts.items()):
        print(f"{n:5d} values {len(articles[key]):4d} articles  {key}")


if __name__ == "__main__":
    main()
