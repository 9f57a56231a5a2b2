"""Count, on a tuning slice, the annotated addressees that are the object of a verb (its direct or indirect object,
or the object of its "to" / "on" / "with"), by the verb and by how the verb stands to the gold cue (is it, governs
it, or stands elsewhere: a question set before the answer), whether the system has them; and, where the annotation
has no addressee, the same forms on the cue (the false fills a reading would add).

    python experiments/addressed_verbs/count.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl CACHE_DIR [--show VERB,...]

For tuning slices only (train-d, train 0-59, train-f): never on train-c, train-g or dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc, DocBin, Token

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from paired import CARRIERS, annotated_pairs

from quotegraph.evaluation.occasion import shares_content
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.stated.addressee_words import is_addressee_word

_OBJECTS = ("dobj", "dative", "nsubjpass", "oprd")
_PREPS = ("to", "on", "with", "of", "by")


def _span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc if t.idx < end and t.idx + len(t) > start]


def _governor(tokens: list[Token]) -> tuple[Token, str] | None:
    """The verb whose object the span's head is, and how ("dobj", "to", ...)."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head == t]
    if not heads:
        return None
    head = heads[0]
    if head.dep_ in _OBJECTS and head.head.pos_ in ("VERB", "AUX", "NOUN"):
        return head.head, head.dep_
    if head.dep_ == "pobj" and head.head.lower_ in _PREPS:
        return head.head.head, head.head.lower_
    if head.dep_ == "appos" or head.dep_ == "compound":
        return _governor([head.head])
    return None


def _relation(verb: Token, cue: list[Token]) -> str:
    if verb in cue:
        return "cue"
    if any(verb in c.ancestors for c in cue):
        return "governs"
    if any(c in verb.ancestors for c in cue):
        return "under-cue"
    return "elsewhere"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    nlp = load_pipeline()
    docs = list(DocBin().from_disk(args.cache / "docs.spacy").get_docs(nlp.vocab))
    ids = [line.split('"id": "', 1)[1].split('"', 1)[0] for line in args.gold.read_text().splitlines() if line.strip()]
    by_id = dict(zip(ids, docs, strict=True))
    show = set(args.show.split(",")) if args.show else set()
    missed: Counter[tuple[str, str, str]] = Counter()
    right: Counter[tuple[str, str, str]] = Counter()
    unread: Counter[str] = Counter()
    arts: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    null_forms: Counter[tuple[str, str]] = Counter()
    null_arts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        doc = by_id[str(pair.gold["id"])]
        attribution = pair.gold["attributions"][pair.index]
        cue = [t for s, e in attribution["cue"] for t in _span_tokens(doc, s, e)]
        want = pair.fields.get("addressee")
        if want is None:
            # the forms on the cue where no addressee is annotated
            for c in cue:
                if c.pos_ not in ("VERB", "AUX"):
                    continue
                for ch in c.children:
                    how = ch.dep_ if ch.dep_ in ("dobj", "dative") else None
                    obj = ch
                    if ch.dep_ == "prep" and ch.lower_ in ("to", "on", "with"):
                        objs = [o for o in ch.children if o.dep_ == "pobj"]
                        how, obj = (ch.lower_, objs[0]) if objs else (None, ch)
                    if how is None or not is_addressee_word(obj):
                        continue
                    key = (c.lemma_.lower(), how)
                    null_forms[key] += 1
                    null_arts[key].add(str(pair.gold["id"])[:40])
                    sys_value = pair.system.get("addressee")
                    if c.lemma_.lower() in show:
                        print(
                            f"NULL {key} {pair.gold['id'][:50]} {pair.attribution_id} obj={obj.text!r}"
                            f" sys={(sys_value or {}).get('text')!r}\n    {c.sent.text[:300]!r}"
                        )
            continue
        got = any(shares_content((pair.system.get(o) or {}).get("text"), want["text"]) for o in CARRIERS["addressee"])
        carried = "carried" if want.get("carried") else "stated"
        spans = want.get("spans") or [want["span"]]
        tokens = _span_tokens(doc, int(spans[0][0]), int(spans[0][1]))
        governed = _governor(tokens) if tokens else None
        if governed is None:
            unread[carried + (" right" if got else " missed")] += 1
            continue
        verb, how = governed
        key = (verb.lemma_.lower() + "/" + how, _relation(verb, cue), carried)
        (right if got else missed)[key] += 1
        if not got:
            arts[key].add(str(pair.gold["id"])[:40])
        if verb.lemma_.lower() in show and not got:
            print(
                f"MISS {key} {pair.gold['id'][:50]} {pair.attribution_id} want={want['text']!r} "
                f"sys={(pair.system.get('addressee') or {}).get('text')!r} cue={cue and cue[0].text!r}"
                f"\n    {verb.sent.text[:300]!r}"
            )
    print("annotated addressees, not an object of a verb:", dict(unread))
    print("missed / right by verb/how, relation to the cue, stated or carried:")
    for key in sorted(set(missed) | set(right), key=lambda k: -missed[k]):
        print(f"  {missed[key]:3d} / {right[key]:3d}  {key}  {sorted(arts[key])[:4]}")
    print("forms on the cue where no addressee is annotated:")
    for key, n in null_forms.most_common():
        print(f"  {n:3d}  {key}  {len(null_arts[key])} articles")


if __name__ == "__main__":
    main()
