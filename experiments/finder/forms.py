"""Sort the annotated attributions the system does not pair (and the system's unpaired ones) by the form of their
cue, with counts and the number of articles each form is in.

    python experiments/finder/forms.py GOLD.jsonl CACHE_DIR SYSTEM.jsonl [--show FORM] [--false]

CACHE_DIR holds the parses of GOLD (``experiments/occasion_stated/fast.py cache``), read for the cue's part of
speech; SYSTEM the rows of ``quotegraph eval GOLD --json --output SYSTEM`` (or ``refind.py --output``). Pairing is
the scorer's (token Jaccard >= 0.5, greedy, ``experiments/finder/misses.py``). For tuning slices only: never on
train-c or dev.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from misses import _class, _rows, unpaired  # type: ignore[import-not-found]
from spacy.tokens import Doc, DocBin

from quotegraph.nlp.lexicons import lexicon_section
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.pipeline import load_pipeline

SAYING = lexicon_section("cue_verbs", "speech") | lexicon_section("cue_verbs", "writing and posting")
THINKING = {w for w, c in lexicons().type_cues.items() if c.cls == "thought"} | {"want", "wish", "seek", "intend"}
SHOWING = {w for w, c in lexicons().type_cues.items() if c.cls in ("finding", "evidential", "raising")}
# characters between a direct content and its cue beyond which the cue is "elsewhere" (another sentence)
FAR = 80


def _head(doc: Doc, spans: list[list[int]]) -> Any:
    tokens = []
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return None
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (verbs or roots or words)[0]


def form(doc: Doc, text: str, cue: Any, content: Any, quoted: bool) -> str:
    if not cue:
        return "no cue"
    cue_text = " ".join(text[a:b] for a, b in cue).strip().lower()
    first_line = text.find("\n")
    if first_line > 0 and cue[0][0] < first_line:
        return "headline"
    if cue_text.startswith(("according to", "according")):
        return "according to"
    head = _head(doc, cue)
    if head is None:
        return "punctuation (colon, dash)"
    far = bool(content) and (cue[0][0] - content[-1][1] > FAR or content[0][0] - cue[-1][1] > FAR)
    prefix = "quote, cue elsewhere: " if quoted and far else ""
    lemma = head.lemma_.lower()
    if head.pos_ == "ADP" or head.dep_ == "prep":
        return prefix + "preposition"
    if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return prefix + ("noun of saying" if lemma in SAYING else "noun cue")
    if head.tag_ == "MD":
        return prefix + "modal"
    if head.pos_ in ("ADJ", "ADV"):
        return prefix + "adjective or adverb"
    if head.pos_ in ("VERB", "AUX"):
        if lemma in SAYING:
            return prefix + "verb of saying"
        if lemma in THINKING:
            return prefix + "verb of thinking or wanting"
        if lemma in SHOWING:
            return prefix + "verb of showing or seeming"
        return prefix + "other verb (action, attitude)"
    return prefix + "other (" + head.pos_ + ")"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    nlp = load_pipeline()
    gold_rows = _rows(args.gold)
    docs = dict(zip(gold_rows, DocBin().from_disk(args.cache_dir / "docs.spacy").get_docs(nlp.vocab), strict=True))
    system = _rows(args.system)
    misses: Counter[str] = Counter()
    miss_articles: dict[str, set[str]] = defaultdict(set)
    status: Counter[tuple[str, str]] = Counter()
    extras: Counter[str] = Counter()
    extra_articles: dict[str, set[str]] = defaultdict(set)
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    for gid, row in gold_rows.items():
        text = row["text"]
        doc = docs[gid]
        _gold, golds, preds, left_g, left_p = unpaired(gid, row, system)
        for g in (golds[gi] for gi in left_g):
            name = form(doc, text, g.cue, g.content, g.kind == "direct")
            misses[name] += 1
            miss_articles[name].add(gid)
            kind = _class(g, preds)
            status[(name, kind)] += 1
            cue = " ".join(text[x:y] for x, y in g.cue).lower()
            cues[name][cue] += 1
            if args.show and args.show == name:
                content = " | ".join(text[x:y] for x, y in g.content)[:160]
                print(f"[{name}] [{kind}] {gid} cue {cue!r}: {content!r}")
        for p in (preds[pi] for pi in left_p):
            name = form(doc, text, p.cue, p.content, p.kind == "direct")
            extras[name] += 1
            if args.show and args.show == "system " + name:
                content = " | ".join(text[x:y] for x, y in p.content)[:160]
                cue = " ".join(text[x:y] for x, y in p.cue).lower()
                print(f"[system {name}] {gid} cue {cue!r}: {content!r}")
            extra_articles[name].add(gid)
    print("annotated attributions not paired, by cue form (count, articles; not found / merged / split / boundary)")
    for name, n in misses.most_common():
        parts = " / ".join(str(status[(name, k)]) for k in ("not found", "merged", "split", "boundary"))
        top = ", ".join(f"{c!r} {k}" for c, k in cues[name].most_common(6))
        print(f"{n:5d} {len(miss_articles[name]):4d}  {name:45s} {parts:18s} {top}")
    print("system attributions not paired, by cue form (count, articles)")
    for name, n in extras.most_common():
        print(f"{n:5d} {len(extra_articles[name]):4d}  {name}")


if __name__ == "__main__":
    main()
