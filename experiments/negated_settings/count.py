"""Count occasion values the system reads from a negated or unrealised setting, against the gold.

    python experiments/negated_settings/count.py SYS.jsonl GOLD.jsonl CACHE_DIR OCCASIONS.jsonl [--show]

For each system statement paired with an annotated one, each filled channel, addressee or time whose phrase hangs
from a verb that is negated ("did not speak in the debate"), or is the complement of "decline/refuse/fail to"
("declined to comment at the meeting"), is counted with the gold verdict: right, the gold null (a false fill) or
another value. Tuning slices only (the brief's rules): ``--show`` prints the sentences.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin, Token

from quotegraph.evaluation.occasion import FIELDS, paired_annotations, read_occasions, shares_content
from quotegraph.nlp.pipeline import load_pipeline

_UNREALISED = frozenset({"decline", "refuse", "fail"})
_NEVER = frozenset({"never"})


# Within the setting's noun phrase (a day's "Thursday's summit"), then from the phrase to the verb that holds it as
# its object or through a preposition: a setting the verb does not take ("The beginning of Saturday night's debate
# could not have been more awkward": a subject) is no setting the negation denies.
_INSIDE = frozenset({"poss", "compound", "amod", "nmod", "npadvmod", "det"})
_TAKEN = frozenset({"dobj", "pobj", "prep"})


def negated_verb(token: Token) -> str | None:
    """The form of negation on the verb that takes ``token``'s phrase as its object or prepositional phrase."""
    node = token
    while node.dep_ in _INSIDE and node.head.i != node.i:
        node = node.head
    while node.dep_ in _TAKEN and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    verb = node
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ == "neg":
            return "neg"
        if c.lower_ in _NEVER:
            return "never"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _UNREALISED:
        return verb.head.lemma_ + " to"
    return None


def span_token(doc: Doc, field: dict) -> Token | None:
    start = field["spans"][0][0]
    span = doc.char_span(start, field["spans"][0][1], alignment_mode="expand")
    return None if span is None else span.root


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("system", type=Path)
    p.add_argument("gold", type=Path)
    p.add_argument("cache", type=Path)
    p.add_argument("occasions", type=Path)
    p.add_argument("--show", action="store_true")
    a = p.parse_args()
    nlp = load_pipeline()
    gold = [json.loads(x) for x in a.gold.read_text().splitlines() if x.strip()]
    docs = list(DocBin().from_disk(a.cache / "docs.spacy").get_docs(nlp.vocab))
    system = {json.loads(x)["id"]: json.loads(x) for x in a.system.read_text().splitlines() if x.strip()}
    occ = read_occasions(a.occasions)
    counts: Counter[str] = Counter()
    for row, doc in zip(gold, docs, strict=True):
        attrs = system[str(row["id"])]["attributions"]
        pairs = paired_annotations(row, attrs, occ)
        for pi, fields in pairs.items():
            for f in FIELDS:
                val = attrs[pi].get(f)
                if not val:
                    continue
                tok = span_token(doc, val)
                form = None if tok is None else negated_verb(tok)
                if form is None:
                    continue
                g = fields.get(f)
                verdict = "gold-null" if g is None else ("right" if shares_content(val["text"], g["text"]) else "other")
                carried = "carried" if val.get("carried") else "stated"
                counts[f"{f} {carried} {form} {verdict}"] += 1
                if a.show:
                    print(f"{row['id']} {f} {carried} {form} {verdict}: {val['text']!r} | gold {g and g['text']!r}")
                    print("   ", tok.sent.text.replace("\n", " ")[:300])
    for k, v in sorted(counts.items()):
        print(v, k)


if __name__ == "__main__":
    main()
