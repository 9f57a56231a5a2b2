"""Count the system's STATED times and the annotated ones per cue lemma and per cue kind, on a tuning slice.

    python experiments/occasion_stated/cues.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl CACHE_DIR [--top N]
        [--show LEMMA]

GOLD, OCCASIONS and SYSTEM as for ``misses.py``; CACHE_DIR is ``fast.py cache``'s for GOLD (the cue's lemma is
read off the cached parse: the cue's token the others hang on). For each statement paired with an annotation:
whether the annotators give a stated time (``ann``), whether the system gives one (``sys``) and, of those, right
(``ok``: holds the annotated stated or carried time), another value (``other``) or a false fill (``ff``:
annotated null). For tuning sets only (train 0-59, train-d, train-e): never on train-c or dev.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from paired import annotated_pairs
from spacy.tokens import DocBin, Token

from quotegraph.evaluation.occasion import shares_content
from quotegraph.nlp.pipeline import load_pipeline

_LEXICONS = Path(__file__).parents[2] / "src/quotegraph/nlp/lexicons"
# the lemmas of the cue tagger's verbs of saying, writing, posting or belief (``cue_verbs.txt``)
_SPEECH = frozenset(
    line.strip() for line in (_LEXICONS / "cue_verbs.txt").read_text().splitlines() if line and line[0] != "#"
)


_SHAPES = (
    ("weekday", r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btoday\b|\btonight\b|\byesterday\b"),
    ("year or years ago", r"\b(?:1[89]|20)\d\d\b|\byears?\b"),
    ("this / last week / month", r"\b(?:week|month)s?\b"),
    ("a month", r"\b(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)"),
    ("a clause of time", r"^(?:when|after|before|as|once|until|following|during|amid|asked)\b"),
)


def _shape(text: str) -> str:
    import re

    return next((name for name, pattern in _SHAPES if re.search(pattern, text, re.IGNORECASE)), "other")


def _form(root: Token | None) -> str:
    if root is None:
        return "?"
    deps = {c.dep_ for c in root.children}
    lemmas = {c.lemma_ for c in root.children if c.dep_ == "aux"}
    if "auxpass" in deps or "nsubjpass" in deps:
        return "passive"
    if root.tag_ == "VBN" and "have" in lemmas:
        return "perfect"
    if root.tag_ == "VBG" and root.dep_ != "ROOT" and "be" not in lemmas:
        return "participle"
    if lemmas & {"will", "would", "could", "might", "can", "may", "should"}:
        return "modal"
    return root.tag_


def _kind(root_pos: str, lemma: str, text: str, classes: dict[str, str]) -> str:
    if text.lower().startswith("according"):
        return "according to"
    cls = classes.get(lemma)
    if cls in ("thought", "raising"):
        return "cognition"
    if cls in ("evidential", "finding"):
        return "evidential"
    if root_pos in ("NOUN", "PROPN"):
        return "noun cue"
    return "speech verb" if lemma in _SPEECH else "other word (not a speech verb)"


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("gold", "occasions", "system", "cache"):
        parser.add_argument(name, type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--show")
    args = parser.parse_args()
    nlp = load_pipeline()
    ids = [json.loads(line)["id"] for line in args.gold.read_text().splitlines() if line.strip()]
    docs = dict(zip(map(str, ids), DocBin().from_disk(args.cache / "docs.spacy").get_docs(nlp.vocab), strict=True))
    table = _LEXICONS / "type_cues.tsv"
    rows = [line.split("\t") for line in table.read_text().splitlines() if line and not line.startswith("#")]
    classes = {row[0]: row[1].strip() for row in rows if len(row) > 1}
    by_lemma: dict[str, Counter[str]] = defaultdict(Counter)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    by_shape: dict[tuple[bool, str], Counter[str]] = defaultdict(Counter)
    by_form: dict[tuple[bool, str], Counter[str]] = defaultdict(Counter)
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        cue = pair.system.get("cue") or {}
        spans = cue.get("spans") or ([cue["span"]] if "span" in cue else [])
        doc = docs[str(pair.gold["id"])]
        tokens = [
            t
            for s in spans
            for t in doc.char_span(*(s["start"], s["end"]) if isinstance(s, dict) else s, alignment_mode="expand") or ()
        ]
        inside = {t.i for t in tokens}
        root = next((t for t in tokens if t.head.i not in inside or t.head == t), None)
        lemma = "?" if root is None else root.lemma_.lower()
        kind = _kind("" if root is None else root.pos_, lemma, cue.get("text") or "", classes)
        want = pair.fields.get("time")
        mine = pair.system.get("time")
        counts = Counter({"n": 1})
        if want is not None and not want.get("carried"):
            counts["ann"] += 1
        if mine is not None and not mine.get("carried"):
            counts["sys"] += 1
            if want is None:
                counts["ff"] += 1
                outcome = "FF"
            elif shares_content(mine["text"], want["text"]):
                counts["ok"] += 1
                outcome = "ok"
            else:
                counts["other"] += 1
                outcome = "other"
            if args.show and args.show in (lemma, f"{kind == 'speech verb'}/{_form(root)}"):
                print(
                    f"[{outcome}] {pair.gold['id']}: sys={mine['text']!r} want={(want or {}).get('text')!r} "
                    f"cue={cue.get('text')!r} type={pair.system.get('type')} kind={pair.system.get('kind')}"
                )
        by_lemma[lemma] += counts
        by_kind[kind] += counts
        if mine is not None and not mine.get("carried"):
            by_shape[(kind == "speech verb", _shape(mine["text"]))][outcome] += 1
            by_form[(kind == "speech verb", _form(root))][outcome] += 1
    keys = ("n", "ann", "sys", "ok", "other", "ff")
    print("kind\t" + "\t".join(keys))
    for kind, c in sorted(by_kind.items(), key=lambda kv: -kv[1]["n"]):
        print(kind + "\t" + "\t".join(str(c[k]) for k in keys))
    print("\nspeech verb?\tshape\tok\tother\tff")
    for (speech, shape), c in sorted(by_shape.items()):
        print(f"{speech}\t{shape}\t{c['ok']}\t{c['other']}\t{c['FF']}")
    print("\nspeech verb?\tform\tok\tother\tff")
    for (speech, form), c in sorted(by_form.items()):
        print(f"{speech}\t{form}\t{c['ok']}\t{c['other']}\t{c['FF']}")
    print("\nlemma\t" + "\t".join(keys))
    for lemma, c in sorted(by_lemma.items(), key=lambda kv: (-kv[1]["ff"], -kv[1]["n"]))[: args.top]:
        print(lemma + "\t" + "\t".join(str(c[k]) for k in keys))


if __name__ == "__main__":
    main()
