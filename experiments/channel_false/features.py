"""The grammar around each channel a writer chose, to set false fills beside right values of the same writer.

    python experiments/channel_false/features.py GOLD.jsonl CACHE_DIR ROWS.jsonl WRITER [--outcomes ...]

ROWS is ``provenance.py``'s output. For each row of WRITER: the channel phrase's root, its dependency, its head
(and the preposition's head), the cue verb, whether the root hangs on the cue verb, its entity type, and whether the
statement stands in the headline. Counts of each feature by outcome, then every row with its features.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from quotegraph.nlp.pipeline import load_pipeline


def features(doc: Any, span: tuple[int, int], at: int) -> dict[str, str]:
    ch = doc.char_span(span[0], span[1], alignment_mode="expand")
    cue = doc.char_span(at, at + 1, alignment_mode="expand")
    root = ch.root
    head = root.head
    prep = ""
    anchor = head
    if root.dep_ == "pobj":
        prep = head.lower_
        anchor = head.head
    cue_tok = cue[0] if cue is not None and len(cue) else None
    verb = cue_tok
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    on_cue = verb is not None and anchor == verb
    rel = "anchor=cue" if on_cue else ("anchor-other-verb" if anchor.pos_ in ("VERB", "AUX") else "anchor-noun")
    return {
        "dep": root.dep_,
        "prep": prep,
        "rel": rel,
        "anchor": anchor.lemma_.lower(),
        "cue": "" if verb is None else verb.lemma_.lower(),
        "ent": root.ent_type_,
        "pos": root.pos_,
        "headline": str(doc[: max(0, root.i)].text.count("\n") == 0),
        "before_cue": str(cue_tok is not None and root.i < cue_tok.i),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("rows", type=Path)
    parser.add_argument("writer")
    parser.add_argument("--show", default="false-fill")
    args = parser.parse_args()
    nlp = load_pipeline()
    ids = [json.loads(line)["id"] for line in args.gold.read_text().splitlines() if line.strip()]
    docs = dict(zip(ids, DocBin().from_disk(args.cache_dir / "docs.spacy").get_docs(nlp.vocab), strict=True))
    rows = [json.loads(line) for line in args.rows.read_text().splitlines()]
    rows = [r for r in rows if r["writer"] == args.writer and r["outcome"] in ("right", "wrong", "false-fill")]
    counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    shown = []
    for r in rows:
        f = features(docs[r["article"]], tuple(r["system_span"]), r["at"])
        for k, v in f.items():
            counts[k][(v, r["outcome"])] += 1
        if r["outcome"] in args.show.split(","):
            shown.append((r, f))
    for k, c in counts.items():
        values = sorted({v for v, _ in c}, key=lambda v: -sum(c[(v, o)] for o in ("right", "wrong", "false-fill")))
        print(
            k, "  ".join(f"{v or '-'}:{c[(v, 'right')]}/{c[(v, 'wrong')]}/{c[(v, 'false-fill')]}" for v in values[:25])
        )
    for r, f in shown:
        print(r["outcome"], r["system"], "|", " ".join(f"{k}={v}" for k, v in f.items()), "|", r["sentence"][:160])


if __name__ == "__main__":
    main()
